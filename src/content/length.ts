import twitterText from 'twitter-text';

/** X's own limit for standard accounts; longer posts are rejected. */
export const MAX_WEIGHTED_LENGTH = 280;

/**
 * The length of `text` as X counts it (twitter-text, config v3): every URL counts 23, CJK and
 * emoji count 2, most other characters 1. This is what the 280 limit applies to.
 */
export function weightedLength(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}
