/**
 * The front-matter keys a post's time is written under, most specific first, for a diagnostic to
 * point at: `publish.slot` for a queued post, `publish.at` for a fixed time, then `publish` and
 * `account` when the post does not write the key itself.
 */
export function timeKeys(post: { slotted: boolean }): string[] {
  return post.slotted ? ['publish.slot', 'publish', 'account'] : ['publish.at', 'publish', 'account'];
}
