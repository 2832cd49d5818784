/** What X returns for a post's text, turned back into what was sent, so the two compare. */

export interface UrlEntity {
  url: string;
  expanded_url?: string;
}

/** X escapes these three in returned text (and only these). */
export function decodeXEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_m, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : '>'));
}

/**
 * Replace each t.co link by the link that was written. Replacing by value rather than by the
 * entity indices keeps this right whatever unit X counted the indices in.
 */
export function expandLinks(text: string, urls: readonly UrlEntity[] | undefined): string {
  let out = text;
  for (const entity of urls ?? []) {
    if (entity.expanded_url) out = out.split(entity.url).join(entity.expanded_url);
  }
  return out;
}

export function tweetTextAsSent(text: string, urls: readonly UrlEntity[] | undefined): string {
  // Decode first: expanded URLs are raw, and one may legitimately contain `&amp;`.
  return expandLinks(decodeXEntities(text), urls);
}

/**
 * Text reduced to what matters when asking "is this the same post?": Unicode-normalised, runs of
 * white space collapsed, and the scheme of links dropped (X reports a link written as
 * `example.com` as `http://example.com`).
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\bhttps?:\/\//gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}
