/**
 * A post body → the thread parts exactly as they will be published, each with a way back to the
 * file's lines and columns. HTML comments are notes for reviewers and never published.
 */
import type { Said } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import type { SourcePos } from '../model/diagnostic.js';
import type { LineIndex } from './text-index.js';

export interface BodyPart {
  text: string;
  /** Where the part's text starts (for an empty part: where it would start). */
  start: SourcePos;
  /** Visible pieces of the file this part's text is made of: text offset → file offset. */
  pieces: Array<{ textOffset: number; fileOffset: number }>;
  /** The separator line above this part, when it carries a time (`--- +45m`, `--- at …`): what follows `---`, and where. */
  separator?: { spec: string; pos: SourcePos };
}

/** Comments plus, when a comment fills its own lines, those lines: no blank line is left behind. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const SEPARATOR = /^---[ \t]*\r?$/;
/**
 * A separator with a time (src/content/part-times.ts reads it): `+` and one word, or `at` and one or
 * two words. Longer lines (`--- at the end of the day, we ship.`) stay text.
 */
const TIMED_SEPARATOR = /^---[ \t]+(\+[^ \t\r]+|at(?:[ \t]+[^ \t\r]+){1,2})[ \t]*\r?$/;

/**
 * Split the body (which starts at `bodyOffset` in `index.text`) into parts. Pure and cheap: one pass
 * to drop comments, one to split lines.
 */
export function splitBody(index: LineIndex, bodyOffset: number): BodyPart[] {
  const source = index.text;
  // Visible text of the body, with a map of where each visible run came from.
  let visible = '';
  const runs: Array<{ visibleOffset: number; fileOffset: number }> = [];
  let cursor = bodyOffset;
  const body = source.slice(bodyOffset);
  const emit = (from: number, to: number) => {
    if (to <= from) return;
    runs.push({ visibleOffset: visible.length, fileOffset: from });
    visible += source.slice(from, to);
  };
  if (body.includes('<!--')) {
    for (const match of body.matchAll(COMMENT)) {
      let from = bodyOffset + match.index;
      let to = from + match[0].length;
      const lineStart = source.lastIndexOf('\n', from - 1) + 1;
      const lineEndIndex = source.indexOf('\n', to);
      const lineEnd = lineEndIndex === -1 ? source.length : lineEndIndex;
      if (lineStart >= cursor && /^[ \t]*$/.test(source.slice(lineStart, from)) && /^[ \t]*\r?$/.test(source.slice(to, lineEnd))) {
        from = lineStart;
        to = Math.min(source.length, lineEnd + 1);
      }
      emit(cursor, from);
      cursor = Math.max(cursor, to);
    }
  }
  emit(cursor, source.length);

  const fileOffsetOf = (visibleOffset: number): number => {
    let run = runs[0];
    for (const candidate of runs) {
      if (candidate.visibleOffset > visibleOffset) break;
      run = candidate;
    }
    return run ? run.fileOffset + (visibleOffset - run.visibleOffset) : Math.min(bodyOffset, source.length);
  };

  // Split on lines holding only `---`.
  const ranges: Array<[number, number]> = [];
  const separators: Array<BodyPart['separator']> = [undefined];
  let partStart = 0;
  let lineStart = 0;
  while (lineStart <= visible.length) {
    const newline = visible.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? visible.length : newline;
    const line = visible.slice(lineStart, lineEnd);
    const timed = SEPARATOR.test(line) ? undefined : TIMED_SEPARATOR.exec(line);
    if (timed || SEPARATOR.test(line)) {
      ranges.push([partStart, lineStart]);
      partStart = Math.min(visible.length, lineEnd + 1);
      separators.push(timed ? { spec: timed[1], pos: index.pos(fileOffsetOf(lineStart + line.indexOf(timed[1]))) } : undefined);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  ranges.push([partStart, visible.length]);

  return ranges.map(([from, to], i) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(visible[start])) start++;
    while (end > start && /\s/.test(visible[end - 1])) end--;
    const text = visible.slice(start, end);
    const pieces: BodyPart['pieces'] = [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const runEnd = runs[i + 1]?.visibleOffset ?? visible.length;
      if (runEnd <= start || run.visibleOffset >= end) continue;
      const overlapStart = Math.max(start, run.visibleOffset);
      pieces.push({ textOffset: overlapStart - start, fileOffset: run.fileOffset + (overlapStart - run.visibleOffset) });
    }
    // An empty part points at where it would have started, never past the end of the file.
    const anchor = text === '' ? Math.min(from, Math.max(0, visible.length - 1)) : start;
    const fileOffset = visible.length === 0 ? Math.min(bodyOffset, Math.max(0, source.length - 1)) : fileOffsetOf(anchor);
    const separator = separators[i];
    return { text, start: index.pos(fileOffset), pieces, ...(separator ? { separator } : {}) };
  });
}

/** The file position of `offset` within a part's text. */
export function partPosition(index: LineIndex, part: BodyPart, offset: number): SourcePos {
  let piece = part.pieces[0];
  if (!piece) return part.start;
  for (const candidate of part.pieces) {
    if (candidate.textOffset > offset) break;
    piece = candidate;
  }
  return index.pos(piece.fileOffset + (offset - piece.textOffset));
}

/** How messages name a part: "the post", or "part 2 of the thread". */
export function partName(parts: readonly unknown[], index: number): string {
  return partPhrase(parts, index).message;
}

/** partName as a catalogue fragment, for messages said in the reader's language. */
export function partPhrase(parts: readonly unknown[], index: number): Said {
  return parts.length > 1 ? say('part.thread', { n: index + 1 }) : say('part.post');
}

/**
 * Where a `<!--` that is never closed starts, if one is. splitBody drops everything after it (to
 * the end of the file), which silently shortens a thread or a post: checks refuse it instead.
 * Same pairing as COMMENT: each `<!--` ends at the first `-->` after it.
 */
export function unclosedComment(source: string, bodyOffset: number): number | undefined {
  for (let open = source.indexOf('<!--', bodyOffset); open !== -1; ) {
    const close = source.indexOf('-->', open + 4);
    if (close === -1) return open;
    open = source.indexOf('<!--', close + 3);
  }
  return undefined;
}
