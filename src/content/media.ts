/** Media attached to posts: where the files are, and whether X takes them. */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourcePos } from '../model/diagnostic.js';
import type { MediaRef } from '../model/post.js';
import { mediaKindFor } from '../x/media-type.js';
import type { FileReporter } from './diagnostics.js';

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/**
 * Check one post's media. Paths that leave the repository are rejected before touching the file
 * system, and symlinks are resolved (realpath) and rejected when they point outside: herald never
 * reads a file outside the repository. Synchronous like the loader's reads: a thread-pool round trip
 * per file costs more than the call itself.
 */
export function checkMedia(
  media: readonly MediaRef[],
  realRoot: string,
  root: string,
  reporter: FileReporter,
  at: (key: string) => SourcePos,
): void {
  for (const [i, item] of media.entries()) {
    const where = at(`media.${i}.file`);
    const written = item.file;
    if (path.isAbsolute(written) || path.win32.isAbsolute(written) || /^[a-z]+:/i.test(written)) {
      reporter.error('media-outside-repo', where, `\`${written}\` is an absolute path or a URL; put the file in the repository and write its path relative to the post, e.g. \`file: ${path.basename(written) || 'image.png'}\``);
      continue;
    }
    if (!isInside(root, item.absPath)) {
      reporter.error('media-outside-repo', where, `\`${written}\` points outside the repository; copy the file next to the post and write \`file: ${path.basename(written) || 'image.png'}\``);
      continue;
    }
    const kind = mediaKindFor(written);
    if (!kind) {
      reporter.error('media-type', where, `X does not accept \`${path.extname(written) || written}\` files as media; use an image (png, jpg, webp), a gif, or a video (mp4, mov)`);
    }
    let real: string;
    try {
      real = realpathSync(item.absPath);
    } catch {
      reporter.error('media-not-found', where, `\`${written}\` does not exist (looked for ${path.relative(root, item.absPath).split(path.sep).join('/')}); check the name, which is relative to the post file`);
      continue;
    }
    if (!isInside(realRoot, real)) {
      reporter.error('media-outside-repo', where, `\`${written}\` is a link to a file outside the repository; copy the file into the repository instead`);
      continue;
    }
    let info;
    try {
      info = statSync(real);
    } catch {
      info = undefined;
    }
    if (!info?.isFile()) {
      reporter.error('media-not-found', where, `\`${written}\` is not a file; point at an image or video file`);
      continue;
    }
    // Images and GIFs need alt text.
    if ((kind?.category === 'tweet_image' || kind?.category === 'tweet_gif') && !item.alt?.trim()) {
      reporter.error('missing-alt-text', at(`media.${i}`), `\`${written}\` has no alt text; describe what it shows for people using screen readers, e.g. \`alt: Our new dashboard showing weekly totals\``);
    }
  }
}
