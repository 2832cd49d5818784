/**
 * YAML parsing that keeps where every key and value came from. Front matter and account files are
 * parsed with the `yaml` package only (YAML 1.2 core schema: no dates, no custom tags evaluated).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { SourcePos } from '../model/diagnostic.js';
import type { PositionMap } from '../model/post.js';
import type { FileReporter } from './diagnostics.js';
import { parseFast } from './yaml-fast.js';
import { defineData, positionIn } from './yaml-simple.js';

export interface YamlSource {
  /** The plain value; undefined when the text could not be parsed. */
  data: unknown;
  /** Where each value starts (the key for block collections), by dotted path. */
  positions: PositionMap;
  /** Where each key starts, by dotted path: unknown keys are reported here. */
  keys: PositionMap;
}

/** Deeper than any real front matter; protects the walk (and the parser) from hostile input. */
const MAX_DEPTH = 64;

/** Parse `text`, reporting syntax errors to `reporter`. Never throws. */
export function parseYamlSource(text: string, reporter: FileReporter, options: { fast?: boolean } = {}): YamlSource {
  const positions: PositionMap = {};
  const keys: PositionMap = {};
  const fail = (message: string): YamlSource => {
    reporter.error('yaml-syntax', { line: 1, column: 1 }, message);
    return { data: undefined, positions, keys };
  };
  try {
    if (options.fast !== false) {
      const fast = parseFast(text, MAX_DEPTH);
      if (fast) return fast;
      // Not the common shape: a full Document, which also reports what is wrong.
    }
    const lineCounter = new LineCounter();
    const at = positionIn(lineCounter);
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors.slice(0, 3)) {
        reporter.error('yaml-syntax', at(error.pos[0]), yamlErrorMessage(error.code, error.message, text, error.pos[0]));
      }
      return { data: undefined, positions, keys };
    }
    const walker = new Walker(at, positions, keys);
    let data = walker.value(doc.contents as YamlNode | null, '', 0);
    // Aliases are rare in front matter; yaml's own conversion resolves them with its alias limits.
    if (walker.sawAlias) data = doc.toJS({ maxAliasCount: 50 });
    return { data, positions, keys };
  } catch (error) {
    if (error instanceof TooDeep) {
      return fail(`nesting deeper than ${MAX_DEPTH} levels is not a post or account setting; remove the nested lists or maps`);
    }
    // Pathological input (alias bombs, extreme nesting) ends up here, never as a crash.
    return fail(`this YAML cannot be read (${firstLine(String((error as Error)?.message ?? error))}); simplify it to plain keys and values`);
  }
}

class TooDeep extends Error {}

/**
 * One pass over the document that records every key's and value's position and builds the plain
 * value at the same time (cheaper than a second pass with yaml's toJS).
 */
class Walker {
  sawAlias = false;

  constructor(
    private readonly at: (offset: number) => SourcePos,
    private readonly positions: PositionMap,
    private readonly keys: PositionMap,
  ) {}

  value(node: YamlNode | null, prefix: string, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyName = isScalar(keyNode) ? String(keyNode.value) : keyNode === null ? '' : JSON.stringify(this.value(keyNode, prefix, depth + 1));
        const path = prefix ? `${prefix}.${keyName}` : keyName;
        const keyPos = keyNode?.range ? this.at(keyNode.range[0]) : undefined;
        if (keyPos) this.keys[path] = keyPos;
        const value = pair.value as YamlNode | null;
        // A block collection starts on the next line; the key is where a reader looks.
        const blockCollection = (isMap(value) || isSeq(value)) && !value.flow;
        const valuePos = value?.range && !blockCollection ? this.at(value.range[0]) : keyPos;
        if (valuePos) this.positions[path] = valuePos;
        defineData(result, keyName, this.value(value, path, depth + 1));
      }
      return result;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const path = prefix ? `${prefix}.${index}` : String(index);
        const itemNode = item as YamlNode | null;
        if (itemNode?.range) this.positions[path] = this.keys[path] = this.at(itemNode.range[0]);
        return this.value(itemNode, path, depth + 1);
      });
    }
    this.sawAlias = true;
    return null;
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

/** yaml's messages are written for programmers; say what a marketer should type instead. */
function yamlErrorMessage(code: string, message: string, text: string, offset: number): string {
  const original = firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
  // `reply_to: post: launch`: a space after `post:` makes YAML read a second key.
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && /^post:\s/.test(text.slice(offset)) && /(?:^|\n)[ \t]*reply_to:[ \t]*$/.test(text.slice(0, offset)))
    return 'write `post:<id>` without a space, like `reply_to: post:2026-12/launch`; with a space YAML reads `post:` as a second key';
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^\n:]*/.exec(text.slice(offset))?.[0].trim();
      return `${key ? `\`${key}\`` : 'this key'} appears twice; keep only one of them`;
    }
    case 'TAB_AS_INDENT':
      return 'YAML does not allow tabs for indentation; indent with spaces instead';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return `YAML cannot read this line (${original}); a value that contains ": " or starts with a quote, [, { or # must be quoted, e.g. alt: "Dashboard: weekly totals"`;
    case 'BAD_INDENT':
      return `the indentation here does not line up (${original}); indent nested keys by the same number of spaces, e.g. two`;
    case 'MISSING_CHAR':
      return `something is not closed (${original}); close every quote, [ and {`;
    default:
      return `YAML cannot read this (${original}); check the indentation and quote values that contain ": "`;
  }
}
