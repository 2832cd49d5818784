/** Media attached to posts: where the files are, and whether X takes them. */
import path from 'node:path';
import type { SourcePos } from '../model/diagnostic.js';
import type { MediaRef } from '../model/post.js';
import { type LocateReason, sizeText, type RepositoryDoor } from '../repository/door.js';
import { extensionFor, MAX_MEDIA_BYTES, mediaKindFor, type MediaKind } from '../x/media-type.js';
import type { FileReporter } from './diagnostics.js';
import type { Said } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';

/** What the first bytes of each kind look like: a `.png` that is really a script or a text file is refused before X sees it. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  'image/png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  'image/webp': (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  'image/gif': (h) => ['GIF87a', 'GIF89a'].includes(h.subarray(0, 6).toString('latin1')),
  // ISO base media (mp4, mov): a box whose type at offset 4 is ftyp (or, in older QuickTime files, moov/mdat/wide/free).
  'video/mp4': (h) => ['ftyp'].includes(h.subarray(4, 8).toString('latin1')),
  'video/quicktime': (h) => ['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].includes(h.subarray(4, 8).toString('latin1')),
};

const HEAD_BYTES = 12;

/**
 * Check one post's media through the repository door: the path must stay inside the repository
 * (links resolved, never into `.git/`), the file must be what its name says (its first bytes) and
 * within X's size limit, and X takes up to four images or one video or GIF. Everything X would
 * refuse at publish time is found here, at validate time. Synchronous like the loader's reads: a
 * thread-pool round trip per file costs more than the call itself.
 */
export function checkMedia(media: readonly MediaRef[], door: RepositoryDoor, postFile: string, reporter: FileReporter, at: (key: string) => SourcePos): void {
  const categories: MediaKind['category'][] = [];
  for (const [i, item] of media.entries()) {
    const where = at(`media.${i}.file`);
    const written = item.file;
    const suggestion = `file: ${path.basename(written) || 'image.png'}`;
    const located = door.locate(postFile, written);
    if (!located.ok) {
      const { rule, message, reason } = located.problem;
      if (rule === 'not-a-file') reporter.error('media-not-found', where, reason ? notFound(written, reason) : message);
      else reporter.error('media-outside-repo', where, say('media-outside-repo', { problem: reason ? outside(written, reason) : message, suggestion }));
      continue;
    }
    const kind = mediaKindFor(written);
    if (!kind) {
      reporter.error('media-type', where, say('media-type', { ext: path.extname(written) || written }));
    }
    const peeked = door.peek(located.value.real, HEAD_BYTES);
    if (!peeked.ok || !peeked.value.isFile) {
      reporter.error('media-not-found', where, say('media-not-found.unreadable', { file: written }));
      continue;
    }
    if (kind) {
      categories.push(kind.category);
      const { size, head } = peeked.value;
      const limit = MAX_MEDIA_BYTES[kind.category];
      if (size > limit) {
        const what = say(kind.category === 'tweet_video' ? 'media-kind.videos' : kind.category === 'tweet_gif' ? 'media-kind.gifs' : 'media-kind.images');
        reporter.error('media-too-large', where, say('media-too-large', { file: written, size: sizeText(size), what, limit: sizeText(limit) }));
      }
      if (!SIGNATURES[kind.mimeType]!(head)) {
        const really = Object.entries(SIGNATURES).find(([, matches]) => matches(head))?.[0];
        const format = path.extname(written).slice(1).toUpperCase();
        const fix = really ? say('media-content.really', { really, renamed: renamed(written, really), format }) : describeHead(head, format);
        reporter.error('media-content', where, say('media-content', { file: written, mime: kind.mimeType, fix }));
      }
    }
    // Images and GIFs need alt text.
    if ((kind?.category === 'tweet_image' || kind?.category === 'tweet_gif') && !item.alt?.trim()) {
      reporter.error('missing-alt-text', at(`media.${i}`), say('missing-alt-text', { file: written }));
    }
  }
  const moving = categories.filter((c) => c !== 'tweet_image').length;
  if (moving > 0 && categories.length > 1) {
    reporter.error('media-mix', at('media'), say('media-mix', { count: categories.length, moving }));
  }
}

function renamed(written: string, mimeType: string): string {
  const base = path.posix.basename(written.replaceAll('\\', '/'));
  return base.slice(0, base.length - path.extname(base).length) + (extensionFor(mimeType) ?? path.extname(base));
}

function describeHead(head: Buffer, format: string): Said {
  if (head.length === 0) return say('media-content.empty', { format });
  const printable = head.toString('latin1').replace(/[^\x20-\x7e]/g, '.');
  return say('media-content.starts', { start: printable, format });
}

/** A media file that is not there, or not a file. */
function notFound(file: string, reason: LocateReason): Said {
  if (reason.kind === 'missing') return say('media-not-found.missing', { file, looked: reason.looked ?? file });
  return say('media-not-found.not-regular', { file });
}

/** Why a media path is not a file inside the repository, as a fragment of `media-outside-repo`. */
function outside(file: string, reason: LocateReason): Said {
  switch (reason.kind) {
    case 'path':
      return say('media-path.bad', { file, why: say(`path.${reason.path}`) });
    case 'nul':
    case 'absolute':
    case 'outside':
    case 'link-outside':
    case 'link-git':
      return say(`media-path.${reason.kind}`, { file });
    default:
      return say('media-path.outside', { file });
  }
}
