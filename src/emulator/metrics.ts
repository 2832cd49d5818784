/**
 * Engagement that grows with a post's age, so `herald stats` has something real to read. Every
 * number is a pure function of the emulator's seed, the post's id and its age at the emulator's
 * clock: the same seed and clock give the same metrics in every run, and a later clock never gives
 * a smaller number (each count is a floor of a curve that only rises).
 */

/** X's `public_metrics` of a post, with X's live field names (`retweet_count`, not 2.167's `repost_count`). */
export interface PublicMetrics {
  retweet_count: number;
  reply_count: number;
  like_count: number;
  quote_count: number;
  bookmark_count: number;
  impression_count: number;
}

const HOUR_MS = 3_600_000;
/** Hours for a post to reach about 63% of the audience it will ever reach. */
const REACH_HOURS = 12;

export function metricsAt(seed: number, tweetId: string, createdAt: string, now: Date): PublicMetrics {
  const ageHours = Math.max(0, (now.getTime() - Date.parse(createdAt)) / HOUR_MS);
  const grown = 1 - Math.exp(-ageHours / REACH_HOURS);
  // A post's own audience (200 to 5199 views at most) and rates, drawn from the seed and its id.
  const reach = 200 + (hash(seed, tweetId, 'reach') % 5000);
  const impressions = Math.floor(reach * grown);
  const share = (salt: string, perMille: number) => Math.floor((impressions * (hash(seed, tweetId, salt) % (perMille + 1))) / 1000);
  return {
    impression_count: impressions,
    like_count: share('likes', 40),
    retweet_count: share('reposts', 10),
    reply_count: share('replies', 8),
    quote_count: share('quotes', 3),
    bookmark_count: share('bookmarks', 6),
  };
}

/** FNV-1a (32 bits) of the seed, the id and a salt: small, stable across Node versions, good enough to spread values. */
function hash(seed: number, id: string, salt: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${id}:${salt}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
