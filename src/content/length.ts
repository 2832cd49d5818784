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

/**
 * A cheap upper bound on `weightedLength`, so the exact count (twitter-text's URL regexes are the
 * slowest thing validate does per post) only runs for texts that might be over the limit:
 * ASCII counts 1, anything else 2 (X counts at most 2 per character), and every dot might end a
 * short link that X counts as 23. Measured on the NFC form, as X counts (a few characters grow
 * under normalisation).
 */
export function weightedLengthBound(original: string): number {
  const text = original.normalize('NFC');
  let bound = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bound += code === 0x2e ? 24 : 1;
    else bound += code === 0xff0e || code === 0x3002 || code === 0xff61 ? 25 : 2;
  }
  return bound;
}
