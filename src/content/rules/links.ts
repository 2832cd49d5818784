/** `bare-link` and `hashtag-count`: what X itself recognises as links and hashtags (twitter-text). */
import twitterText from 'twitter-text';
import { wordSegmenter } from './segmenter.js';

export interface LinkComment {
  /** Offset of the first link. */
  linkOffset: number;
  /** Words of the author's own, besides links, @mentions and #hashtags. */
  words: number;
}

/** undefined when the text has no link. */
export function linkComment(text: string): LinkComment | undefined {
  // Every link X recognises has a dot before its top-level domain (or a scheme).
  if (!/[.．。｡][\p{L}\p{N}]|:\/\//u.test(text)) return undefined;
  const urls = twitterText.extractUrlsWithIndices(text);
  if (urls.length === 0) return undefined;
  const entities = [...urls, ...twitterText.extractMentionsOrListsWithIndices(text), ...twitterText.extractHashtagsWithIndices(text)];
  let own = text;
  for (const entity of entities) {
    const [from, to] = entity.indices;
    own = own.slice(0, from) + ' '.repeat(to - from) + own.slice(to);
  }
  // A word segmenter counts Thai (no spaces) and CJK words properly; numbers count as words.
  let words = 0;
  for (const segment of wordSegmenter().segment(own)) if (segment.isWordLike) words++;
  return { linkOffset: urls[0].indices[0], words };
}

/** Offsets of hashtags as X links them. */
export function hashtagOffsets(text: string): number[] {
  if (!/[#＃]/.test(text)) return [];
  return twitterText.extractHashtagsWithIndices(text).map((h) => h.indices[0]);
}
