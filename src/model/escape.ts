/**
 * Every output target's escaping, in one place. Ids, file names, account names, handles, post
 * text, reasons and X's error messages all come from the repository (or from X), so they are data:
 * each target gets exactly one function here that makes data unable to act as markup, as a
 * workflow command, or as a terminal control sequence. Renderers call these and nothing else.
 */

/**
 * Characters that reorder, hide or break what a reader sees: C0 and C1 controls (ANSI escapes,
 * lone CR, NUL), DEL, bidi embeddings, overrides and isolates (Trojan-source reordering), and the
 * Unicode line and paragraph separators. Tab and LF are handled by each target. The bidi marks
 * (LRM, RLM, ALM) stay: right-to-left writers use them, and they cannot reorder a run of text.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\u{1b}`: the character named, visibly, so the reader sees that it was there. */
function shown(c: string): string {
  return `\\u{${c.codePointAt(0)!.toString(16)}}`;
}

/** True when the text holds a character that `UNSAFE` would make visible (for refusing names). */
const UNSAFE_OR_BREAK = new RegExp(UNSAFE.source.replace('[', '[\\t\\n'));
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE_OR_BREAK.test(text);
}

/** The text with each such character (and tab and LF) as a space: for text herald writes into a file from a flag. */
const UNSAFE_OR_BREAK_ALL = new RegExp(UNSAFE_OR_BREAK.source, 'g');
export function unsafeAsSpaces(text: string): string {
  return text.replace(UNSAFE_OR_BREAK_ALL, ' ');
}

/** A name written so control characters show: `posts/a\u{a}b.md`. For messages about such names. */
export function visibleName(text: string): string {
  return text.replace(UNSAFE, shown).replace(/[\n\t]/g, shown);
}

// ---- terminal and plain-text logs ---------------------------------------------------------------

/**
 * One line of plain text for a terminal or a text report: no line breaks (so every printed line
 * starts with what herald put there, never with content), no escape sequences, no reordering.
 */
export function terminalLine(text: string): string {
  return text.replace(/\r\n|\n/g, ' ⏎ ').replace(UNSAFE, shown);
}

// ---- the GitHub Actions job log ------------------------------------------------------------------

/**
 * The runner reads a line as a command when, after leading white space, it starts with `::` (or
 * the legacy `##[`). The runner splits lines at LF and at a lone CR.
 */
const COMMAND_START = /^[\s\u0085]*(::|##\[)/;

/**
 * Free text for the job log (core.info): each line that would start a workflow command is
 * prefixed with a backslash, so `::set-output` from a post is shown, never obeyed. Lines stay lines.
 */
export function logText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const clean = line.replace(UNSAFE, shown);
      return COMMAND_START.test(clean) ? `\\${clean}` : clean;
    })
    .join('\n');
}

/** A workflow command's message (after `::`): the runner unescapes %25, %0D and %0A. */
export function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (`file=`, `title=`): also `:` and `,`, which end one. */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// ---- Markdown (job summaries, PR comments, calendar md) -------------------------------------------

const MD_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `@name` as GitHub links it; a word joiner after the `@` keeps it readable and notifies nobody. */
const MENTION = /@(?=[A-Za-z0-9])/g;
const MENTION_UNLINKED = '@\u2060';

/**
 * Text inside a table cell, a list item or a heading: it cannot end the cell (`|`) or the row
 * (line breaks), open HTML or a comment (`<`, `<!--`), link or embed (`[`, `](`, `![`), emphasise,
 * strike, start math (`$`) or a code span (backticks), decode an entity (`&`), or mention and so
 * notify anyone (`@team`: a word joiner keeps the name readable but unlinked).
 */
export function mdText(text: string): string {
  return text
    .replace(/\r?\n/g, ' ⏎ ')
    .replace(UNSAFE, shown)
    .replace(/[\\`*_[\]~$|]/g, '\\$&')
    .replace(/[&<>]/g, (c) => MD_ESCAPES[c]!)
    .replace(MENTION, MENTION_UNLINKED);
}

/** Markdown written elsewhere with every `@name` unlinked, and nothing else changed. */
export function withoutMentions(text: string): string {
  return text.replace(MENTION, MENTION_UNLINKED);
}

/**
 * Inline code, safe in a table cell: the fence is longer than any backtick run inside, so the
 * content cannot close it; pipes are escaped (GitHub's tables split cells before code spans).
 */
export function mdCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ⏎ ').replace(UNSAFE, shown).replace(/\|/g, '\\|');
  if (flat === '') return '` `';
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A herald message for Markdown: messages quote what to write as `code`, so paired backticks
 * become code spans and everything between them is text. A stray backtick from content only
 * changes which pieces are code; every piece is escaped for what it became.
 */
export function mdMessage(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
    out += mdText(text.slice(last, m.index)) + mdCode(m[1]!);
    last = m.index! + m[0].length;
  }
  return out + mdText(text.slice(last));
}

/** A fenced block that no backtick run inside can close early; lines stay lines, controls show. */
export function mdFenced(text: string, info = 'text'): string {
  const body = text.replace(/\r\n?/g, '\n').replace(UNSAFE, shown);
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${body}\n${fence}`;
}

// ---- HTML (calendar page, reports) -----------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and quoted attribute values alike: no tag, no entity, no way out of `"..."` or `'...'`. */
export function htmlText(text: string): string {
  return text.replace(UNSAFE, shown).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A value as JSON inside `<script>`: `</script>`, `<!--` and the line separators (which end a
 * JavaScript string in older engines) are written as \u escapes, so data stays data.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---- URLs (media links in previews) ----------------------------------------------------------------

/**
 * A repository path as the path of a URL: every segment percent-encoded, including `( ) ' ! *`,
 * which encodeURIComponent leaves alone but which end a Markdown link or an HTML attribute. The
 * result holds only letters, digits, `-._~`, `%` escapes and `/`, so it is safe in any target.
 */
export function urlPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment.replace(UNSAFE, shown)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * An image in Markdown: `![alt](url)`. The alt text is escaped as text (no `]` ends it, nothing in
 * it links or mentions); the URL must come from `urlPath` or `statusUrl`, which encode everything else.
 */
export function mdImage(alt: string, url: string): string {
  return `![${mdText(alt)}](${url})`;
}
