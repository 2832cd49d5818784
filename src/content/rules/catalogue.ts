/**
 * Every rule's row in one list, and the `rules:` section of schema/account.schema.json made from it.
 *
 * The schema's `properties.rules.properties` is generated: `scripts/generate-validators.mjs` (after
 * `npm run build`) rewrites that part of the committed file with `accountSchemaSource`, and the rest
 * of the file stays as written. test/content/schemas.test.ts fails while the committed file is stale.
 * Loading content never imports this module.
 */
import { PLAN_RULES, type RuleOption, type RuleRow } from '../../model/rules.js';
import { CONTENT_RULES } from './index.js';

/** Every rule, in catalogue order: the content rules (in the order they run), then the plan's. */
export const RULE_CATALOGUE: readonly RuleRow[] = [...CONTENT_RULES, ...Object.values(PLAN_RULES)];

const LEVEL = { $ref: '#/$defs/level' };

/** A value as a flow-style YAML example in a message: `true`, `4`, `"23:00-07:00"`, `[promo, product]`. */
function yamlFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (typeof value === 'string') return /^[a-z][a-z0-9_-]*$/i.test(value) ? value : JSON.stringify(value);
  return String(value);
}

function optionSchema(o: RuleOption<unknown>): Record<string, unknown> {
  return { ...o.schema, 'x-expect': o.expect, examples: [o.example ?? o.default] };
}

/** A rule's entry under `rules.properties`: the level alone, or an object with the level and its options. */
export function ruleSchema(row: RuleRow): Record<string, unknown> {
  const options = Object.entries(row.options);
  if (options.length === 0) return { $ref: '#/$defs/levelOnly', description: row.description };
  const example = { level: row.level, ...Object.fromEntries(options.map(([name, o]) => [name, o.example ?? o.default])) };
  const expect =
    row.expect ??
    `off, warning, error, or { ${Object.entries(example)
      .map(([name, value]) => `${name}: ${yamlFlow(value)}`)
      .join(', ')} }`;
  return {
    description: row.description,
    anyOf: [
      LEVEL,
      {
        type: 'object',
        additionalProperties: false,
        properties: { level: LEVEL, ...Object.fromEntries(options.map(([name, o]) => [name, optionSchema(o)])) },
      },
    ],
    'x-expect': expect,
    examples: [example],
  };
}

/** `rules.properties` of the account schema: the rows an account file may set. */
export function rulesSchema(): Record<string, unknown> {
  return Object.fromEntries(RULE_CATALOGUE.filter((row) => row.settable).map((row) => [row.id, ruleSchema(row)]));
}

/** The text of schema/account.schema.json (`text`, as committed) with its `rules:` entries generated. */
export function accountSchemaSource(text: string): string {
  const span = valueSpan(text, ['properties', 'rules', 'properties']);
  if (!span) throw new Error('schema/account.schema.json has no properties.rules.properties to generate');
  const lineStart = text.lastIndexOf('\n', span.start) + 1;
  const indent = /^ */.exec(text.slice(lineStart))![0].length;
  const result = text.slice(0, span.start) + formatJson(rulesSchema(), indent, span.start - lineStart) + text.slice(span.end);
  JSON.parse(result);
  return result;
}

const LINE_WIDTH = 160;

/**
 * JSON as the schema files write it: a value on one line (`{ "a": 1 }`, `[1, 2]`) when it fits in
 * the line, otherwise one member a line, indented by two; `properties` always one a line.
 */
function formatJson(value: unknown, indent: number, column: number, expand = false): string {
  const inline = inlineJson(value);
  // +1: a comma may follow.
  if ((!expand && column + inline.length + 1 <= LINE_WIDTH) || value === null || typeof value !== 'object') return inline;
  const inner = ' '.repeat(indent + 2);
  const members = Array.isArray(value)
    ? value.map((item) => inner + formatJson(item, indent + 2, inner.length))
    : Object.entries(value).map(([key, item]) => {
        const head = `${inner}${JSON.stringify(key)}: `;
        return head + formatJson(item, indent + 2, head.length, key === 'properties');
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${members.join(',\n')}\n${' '.repeat(indent)}${close}`;
}

function inlineJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  const members = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`);
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
}

/** Where the value at `path` (object keys) starts and ends in a JSON text. */
function valueSpan(text: string, path: readonly string[]): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  const space = (i: number): number => {
    while (/\s/.test(text[i] ?? '')) i++;
    return i;
  };
  const stringEnd = (i: number): number => {
    for (i++; text[i] !== '"'; i++) {
      if (i >= text.length) throw new Error('unterminated string in JSON');
      if (text[i] === '\\') i++;
    }
    return i + 1;
  };
  /** The end of the value starting at `i`, whose path is `at`. */
  const value = (i: number, at: readonly string[]): number => {
    const c = text[i];
    if (c === '"') return stringEnd(i);
    if (c !== '{' && c !== '[') {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
      return i;
    }
    const close = c === '{' ? '}' : ']';
    i = space(i + 1);
    let index = 0;
    while (text[i] !== close) {
      if (i >= text.length) throw new Error('unterminated object or array in JSON');
      let key = String(index++);
      if (c === '{') {
        const end = stringEnd(i);
        key = JSON.parse(text.slice(i, end)) as string;
        i = space(space(end) + 1); // past the colon
      }
      const inner = [...at, key];
      const end = value(i, inner);
      if (inner.length === path.length && inner.every((k, n) => k === path[n])) found = { start: i, end };
      i = space(end);
      if (text[i] === ',') i = space(i + 1);
    }
    return i + 1;
  };
  value(space(0), []);
  return found;
}
