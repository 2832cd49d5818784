import crypto from 'node:crypto';
import twitterText from 'twitter-text';
import type { UrlEntityRecord } from './types.js';

/** twitter-text's v3 configuration (what X counts with); its typings omit `configs`, so it is spelled out. */
const V3_CONFIG = {
  version: 3,
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  emojiParsingEnabled: true,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
};

export function weightedLength(text: string, max: number): { length: number; valid: boolean } {
  const parsed = twitterText.parseTweet(text, { ...V3_CONFIG, maxWeightedTweetLength: max });
  return { length: parsed.weightedLength, valid: parsed.valid };
}

/** X wraps every link, with or without a scheme, in a t.co link; this names them deterministically. */
export function wrapLinks(text: string, tweetId: string): UrlEntityRecord[] {
  return twitterText.extractUrlsWithIndices(text).map(({ url }, index) => {
    const expanded = /^https?:\/\//i.test(url) ? url : `http://${url}`;
    const withoutScheme = expanded.replace(/^https?:\/\//i, '');
    return {
      url: `https://t.co/${tcoCode(`${tweetId}:${index}:${url}`)}`,
      expanded_url: expanded,
      display_url: withoutScheme.length > 23 ? `${withoutScheme.slice(0, 23)}…` : withoutScheme,
    };
  });
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function tcoCode(seed: string): string {
  const digest = crypto.createHash('sha256').update(seed).digest();
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[digest[i] % ALPHABET.length];
  return code;
}

/**
 * The text as X returns it: links replaced by their t.co links, then `&`, `<`, `>` escaped.
 * Entity `start`/`end` are code-point offsets into the returned (escaped) text.
 */
export function renderText(
  text: string,
  urls: readonly UrlEntityRecord[],
): { text: string; entities?: { urls: Array<UrlEntityRecord & { start: number; end: number }> } } {
  const found = twitterText.extractUrlsWithIndices(text);
  let out = '';
  let last = 0;
  const pieces: Array<{ before: string; entity: UrlEntityRecord }> = [];
  found.forEach((match, index) => {
    const entity = urls[index];
    if (!entity) return;
    pieces.push({ before: text.slice(last, match.indices[0]), entity });
    last = match.indices[1];
  });
  const entities: Array<UrlEntityRecord & { start: number; end: number }> = [];
  for (const piece of pieces) {
    out += escapeEntities(piece.before);
    const start = [...out].length;
    out += piece.entity.url;
    entities.push({ start, end: start + [...piece.entity.url].length, ...piece.entity });
  }
  out += escapeEntities(text.slice(last));
  return entities.length > 0 ? { text: out, entities: { urls: entities } } : { text: out };
}

function escapeEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * X's `entities.mentions` of a text as X returns it: each `@username` with code-point offsets, and
 * the user's id when X knows the user (matched case-insensitively, as X matches handles).
 */
export function mentionEntities(
  rendered: string,
  userIdOf: (username: string) => string | undefined,
): Array<{ start: number; end: number; username: string; id?: string }> {
  return twitterText.extractMentionsWithIndices(rendered).map(({ screenName, indices }) => {
    const start = [...rendered.slice(0, indices[0])].length;
    const end = start + [...rendered.slice(indices[0], indices[1])].length;
    const id = userIdOf(screenName);
    return { start, end, username: screenName, ...(id ? { id } : {}) };
  });
}

/**
 * Whether a post names `username` in its `entities.mentions` as X would return them (the same
 * extraction, on the text as X returns it, handles matched case-insensitively): what puts a post
 * on that user's mentions timeline.
 */
export function mentionsUser(text: string, urls: readonly UrlEntityRecord[], username: string): boolean {
  const wanted = username.toLowerCase();
  return mentionEntities(renderText(text, urls).text, () => undefined).some((m) => m.username.toLowerCase() === wanted);
}
