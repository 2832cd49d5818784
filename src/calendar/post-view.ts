/**
 * What previews show of one post beyond its first text, shared by the calendar and the review:
 * the zones its local times are listed in (the post's own zone first), the media of each part,
 * and the x.com address of each part already published.
 */
import { type Account, statusUrl } from '../model/account.js';
import type { MediaRef, Post } from '../model/post.js';
import { fixedOffsetZoneOf, isShownZone } from '../time/fixed-offset.js';

/**
 * The zone the writer meant: `publish.zone`; else, for an `at` written with an offset and no zone,
 * that offset (`UTC+03:00`); else the account's zone.
 */
function postZone(post: Pick<Post, 'publish'>, account: Pick<Account, 'zone'> | undefined): string | undefined {
  if (post.publish.zone !== undefined) return post.publish.zone;
  if (post.publish.kind === 'at') {
    const fixed = fixedOffsetZoneOf(post.publish.at);
    if (fixed !== undefined) return fixed;
  }
  return account?.zone;
}

/**
 * Zones whose local times a preview lists, without repeats: the post's own zone first (a post
 * written for 10:00 Moscow reads 10:00 Moscow first), then the post's `audience:` or, without one,
 * the account's zone and audience. Names that are not zones are left out (validate reports them).
 */
export function previewZones(post: Pick<Post, 'publish' | 'audience'>, account: Pick<Account, 'zone' | 'audience'> | undefined): string[] {
  const audience = post.audience ?? (account ? [account.zone, ...account.audience] : []);
  const own = postZone(post, account);
  return [...new Set([...(own === undefined ? [] : [own]), ...audience])].filter(isShownZone);
}

/** One attachment of a part: the file relative to the content root (`/`-separated), and its alt text. */
export interface PartMedia {
  /** 1-based part number. */
  part: number;
  file: string;
  alt?: string;
}

/**
 * The media of each part. A post's `media:` goes out with part 1 (publish attaches it there), so
 * that is where previews show it. Paths are resolved against the post's folder.
 */
export function partMedia(post: Pick<Post, 'file' | 'media'>): PartMedia[] {
  return post.media.map((m: MediaRef) => ({ part: 1, file: mediaPath(post.file, m.file), ...(m.alt !== undefined ? { alt: m.alt } : {}) }));
}

/** `posts/2026/launch.md` + `img/a.png` → `posts/2026/img/a.png`; `..` segments are folded. */
function mediaPath(postFile: string, written: string): string {
  const segments = postFile.split('/').slice(0, -1);
  for (const segment of written.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The x.com address of each published part, in part order. */
export function partUrls(tweetIds: readonly string[], handle: string | undefined): string[] {
  return tweetIds.filter((id) => id !== undefined && id !== '').map((id) => statusUrl(handle, id));
}
