/**
 * The plainest front matter, read line by line without the yaml lexer: block maps of `key: value`
 * lines, block lists (of values or of compact maps like `- file: chart.png`), single-line flow lists
 * of words, and single-line plain or simply quoted values. Scalars are resolved by the `yaml`
 * package's own YAML 1.2 core schema tags, as the other paths do. Lexing every post with the yaml
 * package was most of validate's time over thousands of posts.
 *
 * Anything else (comments, tabs, anchors, tags, indicators, escapes, flow maps, multi-line values,
 * unusual characters, duplicate keys, empty values...) returns undefined and leaves nothing
 * behind: the CST path in yaml-fast.ts, or a full Document, reads the text instead. Both are
 * checked to give exactly what a full Document gives (test/content/yaml-fast.test.ts).
 */
import { isScalar, LineCounter, Schema } from 'yaml';
import type { SourcePos } from '../model/diagnostic.js';
import type { PositionMap } from '../model/post.js';

interface ScalarTag {
  test: RegExp;
  resolve: (source: string, onError: (message: string) => void, options: object) => unknown;
}
const coreTags = new Schema({}).tags.filter((tag) => tag.default === true && tag.test !== undefined) as unknown as ScalarTag[];

/**
 * Characters this reader never has to think about: no tabs, CR, comments, control or format
 * characters, no-break or line/paragraph separators, BOMs or surrogates (emoji take the CST path).
 */
const UNUSUAL = /[^\n\x20-\x22\x24-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
/** A block-context plain value: no leading indicator, no `: ` inside, no `:` at the end, no brackets. */
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:[\]{}]|:(?! |$))*$/;
/** A flow-list item: words, numbers, dates, zones. */
const FLOW_ITEM = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_./+-]| (?! ))*$/u;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;

/** Thrown by the fast readers for anything they leave to a full Document; they return undefined. */
export class Unsupported extends Error {}

/** Set `key` on `target`: a `__proto__` key is data, never the object's prototype. */
export function defineData(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

interface Line {
  indent: number;
  /** The line without its indentation and trailing spaces. */
  text: string;
  /** Offset of `text` in the whole input. */
  offset: number;
}

/** A value read by a fast path, with where each key and value starts (as yaml-source.ts's YamlSource). */
export interface FastResult {
  data: unknown;
  positions: PositionMap;
  keys: PositionMap;
}

/** 1-based line and column of an offset, as `lineCounter` has counted the lines. */
export function positionIn(lineCounter: LineCounter): (offset: number) => SourcePos {
  return (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

export function parseSimple(input: string, maxDepth: number): FastResult | undefined {
  if (UNUSUAL.test(input)) return undefined;
  const lines: Line[] = [];
  let start = 0;
  const lineStarts: number[] = [];
  for (;;) {
    lineStarts.push(start);
    const newline = input.indexOf('\n', start);
    const end = newline === -1 ? input.length : newline;
    let indent = start;
    while (indent < end && input.charCodeAt(indent) === 0x20) indent++;
    let last = end;
    while (last > indent && input.charCodeAt(last - 1) === 0x20) last--;
    if (last > indent) lines.push({ indent: indent - start, text: input.slice(indent, last), offset: indent });
    if (newline === -1) break;
    start = newline + 1;
  }
  if (lines.length === 0 || lines[0].indent !== 0) return undefined;

  // Positions are worked out at the end, once the whole text is known to be in this shape.
  const found: Array<[path: string, valueOffset: number, keyOffset: number | undefined]> = [];
  const reader = new Reader(lines, found, maxDepth);
  let data: unknown;
  try {
    data = reader.map(0, '', 0);
    if (reader.next < lines.length) return undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const lineCounter = new LineCounter();
  for (const offset of lineStarts) lineCounter.addNewLine(offset);
  const at = positionIn(lineCounter);
  const positions: PositionMap = {};
  const keys: PositionMap = {};
  for (const [path, valueOffset, keyOffset] of found) {
    positions[path] = at(valueOffset);
    keys[path] = keyOffset === undefined ? positions[path] : at(keyOffset);
  }
  return { data, positions, keys };
}

class Reader {
  next = 0;

  constructor(
    private readonly lines: Line[],
    private readonly found: Array<[string, number, number | undefined]>,
    private readonly maxDepth: number,
  ) {}

  /** The block map whose keys start at column `indent`, from the current line on. */
  map(indent: number, prefix: string, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) throw new Unsupported();
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    while (this.next < this.lines.length) {
      const line = this.lines[this.next];
      if (line.indent < indent) break;
      if (line.indent > indent) throw new Unsupported();
      const match = KEY_LINE.exec(line.text);
      if (!match) throw new Unsupported();
      const key = match[1];
      if (key.length > 1024 || seen.has(key) || typeof resolvePlain(key) !== 'string') throw new Unsupported();
      seen.add(key);
      const path = prefix ? `${prefix}.${key}` : key;
      const rest = line.text.slice(match[0].length);
      this.next++;
      let value: unknown;
      if (rest === '') {
        // A nested block: on the following lines, further in. Anything else is an empty value.
        const child = this.lines[this.next];
        if (!child || child.indent <= indent) throw new Unsupported();
        this.found.push([path, line.offset, undefined]);
        value = child.text.startsWith('- ') ? this.list(child.indent, path, depth + 1) : this.map(child.indent, path, depth + 1);
      } else {
        this.found.push([path, line.offset + match[0].length, line.offset]);
        value = this.inline(rest, line.offset + match[0].length, path, depth + 1);
        this.noContinuation(indent);
      }
      defineData(result, key, value);
    }
    return result;
  }

  /** A block list whose `- ` marks are at column `indent`. */
  private list(indent: number, prefix: string, depth: number): unknown[] {
    if (depth > this.maxDepth) throw new Unsupported();
    const result: unknown[] = [];
    while (this.next < this.lines.length) {
      const line = this.lines[this.next];
      if (line.indent < indent) break;
      if (line.indent > indent || !line.text.startsWith('- ')) throw new Unsupported();
      let skip = 2;
      while (line.text.charCodeAt(skip) === 0x20) skip++;
      const rest = line.text.slice(skip);
      const path = `${prefix}.${result.length}`;
      const offset = line.offset + skip;
      this.found.push([path, offset, undefined]);
      if (KEY_LINE.test(rest)) {
        // `- file: chart.png`: a map whose keys line up with this first one.
        this.lines[this.next] = { indent: indent + skip, text: rest, offset };
        result.push(this.map(indent + skip, path, depth + 1));
      } else {
        this.next++;
        result.push(this.inline(rest, offset, path, depth + 1));
        this.noContinuation(indent);
      }
    }
    return result;
  }

  /** A value on the key's own line: a flow list, a quoted or a plain scalar. */
  private inline(text: string, offset: number, path: string, depth: number): unknown {
    if (depth > this.maxDepth) throw new Unsupported();
    if (text.startsWith('[')) return this.flowList(text, offset, path);
    return scalar(text, PLAIN);
  }

  private flowList(text: string, offset: number, prefix: string): unknown[] {
    if (!text.endsWith(']')) throw new Unsupported();
    const inner = text.slice(1, -1);
    if (inner.trim() === '') return [];
    const result: unknown[] = [];
    let itemOffset = offset + 1;
    for (const raw of inner.split(',')) {
      const item = raw.trim();
      if (item === '') throw new Unsupported();
      const itemStart = itemOffset + raw.indexOf(item);
      this.found.push([`${prefix}.${result.length}`, itemStart, undefined]);
      result.push(scalar(item, FLOW_ITEM));
      itemOffset += raw.length + 1;
    }
    return result;
  }

  /** A line further in after a value would continue it over several lines: not this reader's job. */
  private noContinuation(indent: number): void {
    const following = this.lines[this.next];
    if (following && following.indent > indent) throw new Unsupported();
  }
}

function scalar(text: string, plainShape: RegExp): unknown {
  const quoted = DOUBLE_QUOTED.exec(text) ?? SINGLE_QUOTED.exec(text);
  if (quoted) return quoted[1];
  if (!plainShape.test(text)) throw new Unsupported();
  return resolvePlain(text);
}

/** A plain (unquoted) scalar's value by the YAML 1.2 core schema; throws Unsupported if a tag rejects it. */
export function resolvePlain(text: string): unknown {
  const tag = coreTags.find((t) => t.test.test(text));
  if (!tag) return text;
  let failed = false;
  const value = tag.resolve(text, () => (failed = true), {});
  if (failed) throw new Unsupported();
  return isScalar(value) ? value.value : value;
}
