/**
 * Where a post's YAML front matter and its body are, split exactly as gray-matter splits them (it
 * used to do this; its Buffer round trip and option handling cost ~100 ms over 10,000 posts, and
 * herald reads no front matter language but YAML, so its engines were never wanted).
 * test/content/front-matter.test.ts holds this to gray-matter's own results.
 *
 * Call only for a text that starts with `---` not followed by `-` and has a line starting with
 * `---` after the first (post-file.ts checks both first).
 */
export interface FrontMatterSplit {
  /** From the end of the opening `---` (and a language name after it) to the closing line. */
  frontMatter: string;
  /** Blank, or comment lines only: gray-matter gave `{}` without parsing it. */
  empty: boolean;
  /** Where the body starts: after the closing `---` and one CR and one LF after it. */
  bodyOffset: number;
  /**
   * Where the closing line starts. gray-matter closes at any line that starts with `---`
   * (`----`, `---x`); post-file.ts refuses those instead of splitting somewhere unexpected.
   */
  closeOffset: number;
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  const firstLineEnd = text.slice(3).search(/\r?\n/);
  const language = firstLineEnd === -1 ? text.slice(3, -1) : text.slice(3, 3 + firstLineEnd);
  const start = language.trim() === '' ? 3 : 3 + language.length;
  let close = text.indexOf('\n---', start);
  if (close === -1) close = text.length;
  const frontMatter = text.slice(start, close);
  let bodyOffset = Math.min(text.length, close + 4);
  if (text[bodyOffset] === '\r') bodyOffset++;
  if (text[bodyOffset] === '\n') bodyOffset++;
  return { frontMatter, empty: frontMatter.replace(/^\s*#[^\n]+/gm, '').trim() === '', bodyOffset, closeOffset: Math.min(text.length, close + 1) };
}
