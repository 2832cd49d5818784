/**
 * The common shape of front matter (block maps and lists, single-line flow lists and maps, and
 * single-line plain or quoted scalars),
 * composed straight from the `yaml` package's own lexer/parser tokens (its CST), with scalars
 * resolved by the package's own YAML 1.2 core schema tags. It skips building a `Document`, which
 * is about half of parsing time over thousands of posts. Anything else (anchors, aliases, tags,
 * explicit keys, duplicate or empty keys, empty values, tabs, multi-line scalars or flow
 * collections, syntax errors, deep nesting) returns
 * undefined, and the caller parses the text as a `Document`, which reports it.
 */
import { CST, LineCounter, Parser } from 'yaml';
import type { SourcePos } from '../model/diagnostic.js';
import type { PositionMap } from '../model/post.js';
import { defineData, parseSimple, positionIn, resolvePlain, Unsupported, type FastResult } from './yaml-simple.js';

type Token = CST.Token;
type SourceToken = CST.SourceToken;

const IGNORABLE = new Set(['space', 'newline', 'comment']);

export function parseFast(text: string, maxDepth: number): FastResult | undefined {
  // Tabs are allowed in few places in YAML; leave every text with one to the full Document.
  if (text.includes('\t')) return undefined;
  // The plainest front matter (most posts) needs no lexer at all.
  const simple = parseSimple(text, maxDepth);
  if (simple) return simple;
  const lineCounter = new LineCounter();
  let document: CST.Document | undefined;
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
    if (token.type === 'document' && !document) document = token;
    else if (!IGNORABLE.has(token.type)) return undefined;
  }
  if (!document || document.end?.length || !only(document.start, IGNORABLE)) return undefined;
  if (!document.value) return { data: null, positions: {}, keys: {} };
  if (document.value.type !== 'block-map') return undefined;
  const positions: PositionMap = {};
  const keys: PositionMap = {};
  try {
    const data = new Composer(positionIn(lineCounter), positions, keys, maxDepth).value(document.value, '', 0);
    return { data, positions, keys };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function only(tokens: readonly SourceToken[] | undefined, allowed: ReadonlySet<string>): boolean {
  return (tokens ?? []).every((t) => allowed.has(t.type));
}

const MAP_SEP = new Set(['space', 'newline', 'comment', 'map-value-ind']);
const SEQ_START = new Set(['space', 'newline', 'comment', 'seq-item-ind']);
const FLOW_START = new Set(['space', 'newline', 'comment', 'comma']);

class Composer {
  constructor(
    private readonly at: (offset: number) => SourcePos,
    private readonly positions: PositionMap,
    private readonly keys: PositionMap,
    private readonly maxDepth: number,
  ) {}

  value(token: Token, prefix: string, depth: number): unknown {
    if (depth > this.maxDepth) throw new Unsupported();
    switch (token.type) {
      case 'block-map':
        return this.map(token.items, prefix, depth, IGNORABLE);
      case 'block-seq':
        // Every `-` of one list in the same column; the Document reports any other indentation.
        this.sameColumn(token.items.map((item) => item.start.find((t) => t.type === 'seq-item-ind')?.offset));
        return token.items.map((item, index) => {
          if (!only(item.start, SEQ_START) || !item.value) throw new Unsupported();
          return this.item(item.value, prefix, index, depth);
        });
      case 'flow-collection': {
        const closing = token.start.source === '{' ? 'flow-map-end' : 'flow-seq-end';
        const close = token.end.findIndex((t) => t.type === closing);
        if (close === -1 || !only(token.end.slice(0, close), FLOW_START) || !only(token.end.slice(close + 1), IGNORABLE)) throw new Unsupported();
        // Single-line flow collections only: indentation rules for multi-line ones are subtle.
        const inside = [...token.end.slice(0, close), ...token.items.flatMap((item) => [...item.start, ...(item.sep ?? [])])];
        if (inside.some((t) => t.type === 'newline')) throw new Unsupported();
        // One comma between entries and none before the first: `[a,,b]` and `[,a]` are errors the Document reports.
        if (token.items.some((item, index) => item.start.filter((t) => t.type === 'comma').length !== (index === 0 ? 0 : 1))) throw new Unsupported();
        if (token.start.source === '{') return this.map(token.items, prefix, depth, FLOW_START);
        return token.items.map((item, index) => {
          if (!only(item.start, FLOW_START) || item.key || item.sep || !item.value) throw new Unsupported();
          return this.item(item.value, prefix, index, depth);
        });
      }
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return scalar(token);
      default:
        throw new Unsupported();
    }
  }

  private sameColumn(offsets: Array<number | undefined>): void {
    const columns = new Set(offsets.map((offset) => (offset === undefined ? -1 : this.at(offset).column)));
    if (columns.size > 1 || columns.has(-1)) throw new Unsupported();
  }

  private item(value: Token, prefix: string, index: number, depth: number): unknown {
    const path = prefix ? `${prefix}.${index}` : String(index);
    this.positions[path] = this.keys[path] = this.at(value.offset);
    return this.value(value, path, depth + 1);
  }

  private map(items: CST.CollectionItem[], prefix: string, depth: number, allowedStart: ReadonlySet<string>): Record<string, unknown> {
    // A block map's keys all start in one column; the Document reports any other indentation.
    if (allowedStart === IGNORABLE) this.sameColumn(items.map((item) => item.key?.offset));
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const item of items) {
      if (!only(item.start, allowedStart) || !item.key || !item.value || !item.sep || !only(item.sep, MAP_SEP)) throw new Unsupported();
      if (!item.sep.some((t) => t.type === 'map-value-ind')) throw new Unsupported();
      // Implicit keys are single-line and at most 1024 characters; the Document reports others.
      if (!('source' in item.key) || /[\n\r]/.test(item.key.source) || item.key.source.length > 1024) throw new Unsupported();
      const keyValue = scalar(item.key);
      if (keyValue === null || typeof keyValue === 'object') throw new Unsupported();
      const keyName = String(keyValue);
      if (seen.has(keyName)) throw new Unsupported();
      seen.add(keyName);
      const path = prefix ? `${prefix}.${keyName}` : keyName;
      const keyPos = this.at(item.key.offset);
      this.keys[path] = keyPos;
      // A block collection starts on the next line; the key is where a reader looks. On the key's
      // own line it is a nested compact mapping, which YAML forbids: the Document says so.
      const block = item.value.type === 'block-map' || item.value.type === 'block-seq';
      if (block && !item.sep.some((t) => t.type === 'newline')) throw new Unsupported();
      this.positions[path] = block ? keyPos : this.at(item.value.offset);
      defineData(result, keyName, this.value(item.value, path, depth + 1));
    }
    return result;
  }
}

function scalar(token: Token): unknown {
  // Single-line scalars only: multi-line ones have indentation rules the Document checks.
  if (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar') throw new Unsupported();
  if (/[\n\r]/.test(token.source)) throw new Unsupported();
  let failed = false;
  const resolved = CST.resolveAsScalar(token, true, () => (failed = true));
  if (failed || !resolved) throw new Unsupported();
  return resolved.type === 'PLAIN' ? resolvePlain(resolved.value) : resolved.value;
}
