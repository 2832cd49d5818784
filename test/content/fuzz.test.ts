/**
 * Hostile and broken input never crashes the loader: random bytes, truncated YAML, wrong types,
 * huge values and deep nesting always end as located diagnostics, never as a throw or a stack trace.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAccountFile } from '../../src/content/account-file.js';
import { checkPost } from '../../src/content/checks.js';
import { readPostFile } from '../../src/content/post-file.js';
import type { Account } from '../../src/model/account.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { RepositoryDoor } from '../../src/repository/door.js';

// An empty repository: media named by fuzzed posts are never found, so only the parsers are exercised.
const door = RepositoryDoor.open(mkdtempSync(path.join(os.tmpdir(), 'herald-fuzz-')));
const accounts = new Map<string, Account>([['main', readAccountFile('schedules/main.yaml', 'zone: America/New_York\n').account!]]);

function checkPostText(text: string): Diagnostic[] {
  const source = readPostFile('posts/fuzz.md', text);
  checkPost(source, accounts, door);
  return source.reporter.diagnostics;
}

function expectLocated(diagnostics: Diagnostic[], file: string, text: string): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.message).not.toMatch(/\n\s+at /);
  }
}

const VALID =
  '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\n  window: 2h\ntags: [product]\nmedia:\n  - file: a.png\n    alt: A chart\n---\nOur winter release is out today.\n\n---\n\nSecond part.\n';
const CLOSE = VALID.indexOf('\n---\n', 3);

/** Values of every JSON type, written as YAML flow text (JSON is YAML). */
const int = fc.integer();
const num = fc.double({ noNaN: true, noDefaultInfinity: true });
const bool = fc.boolean();
const str = fc.string({ maxLength: 30 });
const scalar = fc.oneof(int, num, bool, str);
const list = fc.array(scalar, { maxLength: 4 });
const map = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), scalar, { maxKeys: 3 });
/** A non-empty list holding at least one item of the wrong kind, somewhere. */
const listWith = (wrong: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.array(scalar, { maxLength: 3 }), wrong, fc.array(scalar, { maxLength: 3 })).map(([before, item, after]) => [...before, item, ...after]);

/** For each front-matter key, values of a type its schema does not allow. */
const WRONG_TYPED: Record<string, fc.Arbitrary<unknown>> = {
  account: fc.oneof(int, num, bool, list, map),
  publish: fc.oneof(int, num, bool, str, list),
  tags: fc.oneof(int, num, bool, map, listWith(fc.oneof(int, num, bool, list, map))),
  media: fc.oneof(int, num, bool, str, map, listWith(fc.oneof(int, num, bool, str, list))),
  draft: fc.oneof(int, num, str, list, map),
  id: fc.oneof(int, num, bool, list, map),
};

/** YAML that is odd rather than wrong: tags, aliases, anchors, block scalars, broken quotes, tabs. */
const oddYaml = fc.constantFrom(
  'null',
  '~',
  '[1, [2, {a: b}]]',
  '{ at: [] }',
  '!!js/function "function () { throw new Error(1) }"',
  '*alias',
  '&anchor value',
  '|\n  block\n  text',
  '"unterminated',
  '\t tab',
);

/**
 * A valid post with `key: yaml` (in place of the valid line if the post has one), and the line
 * `key` is on.
 */
function postWith(key: string, yaml: string): { text: string; line: number } {
  const front = ['account: main', 'publish:\n  at: 2026-12-01 09:00'].filter((field) => !field.startsWith(`${key}:`));
  front.push(`${key}: ${yaml}`);
  const before = ['---', ...front.slice(0, -1)].join('\n');
  return { text: `${before}\n${front.at(-1)}\n---\nText of the post.\n`, line: before.split('\n').length + 1 };
}

const DEEP: Array<[string, string]> = [
  ['20,000 nested flow sequences', `---\naccount: main\npublish: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\nText.\n`],
  ['500 nested block maps', `---\naccount: main\npoll:\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} x\n---\nText.\n`],
  [
    'aliases that expand to 9^5 items (a billion laughs)',
    `---\naccount: main\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\nText.\n`,
  ],
];

describe('the loader under fuzzing', () => {
  it('random text: never throws, every diagnostic is located', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectLocated(checkPostText(text), 'posts/fuzz.md', text);
        const account = readAccountFile('schedules/fuzz.yaml', text);
        expectLocated(account.reporter.diagnostics, 'schedules/fuzz.yaml', text);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes behind a front-matter opener: never throws, always says something', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = `---\n${Buffer.from(bytes).toString('utf8')}`;
        const diagnostics = checkPostText(text);
        expectLocated(diagnostics, 'posts/fuzz.md', text);
        expect(diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid post truncated inside its front matter: a located diagnostic, never a throw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CLOSE }), (cut) => {
        const text = VALID.slice(0, cut);
        const diagnostics = checkPostText(text);
        expectLocated(diagnostics, 'posts/fuzz.md', text);
        expect(diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("any key given a value of the wrong type: an error at that key's line", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(WRONG_TYPED)).chain((key) => fc.tuple(fc.constant(key), WRONG_TYPED[key])),
        ([key, value]) => {
          const { text, line } = postWith(key, JSON.stringify(value));
          const diagnostics = checkPostText(text);
          expectLocated(diagnostics, 'posts/fuzz.md', text);
          expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toContain(line);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any key given odd YAML: never throws, whatever it reports is located', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(WRONG_TYPED)), oddYaml, (key, yaml) => {
        const { text } = postWith(key, yaml);
        expectLocated(checkPostText(text), 'posts/fuzz.md', text);
      }),
      { numRuns: 100 },
    );
  });

  it('huge values: located diagnostics', () => {
    const huge = `---\naccount: ${'m'.repeat(1_000_000)}\npublish:\n  at: 2026-12-01 09:00\n---\n${'word '.repeat(50_000)}\n`;
    const hugeFindings = checkPostText(huge);
    expectLocated(hugeFindings, 'posts/fuzz.md', huge);
    expect(hugeFindings.map((d) => d.rule)).toEqual(expect.arrayContaining(['unknown-account', 'too-long']));
  });

  it.each(DEEP)('deep nesting, %s: located diagnostics, no stack overflow', (_name, deep) => {
    const findings = checkPostText(deep);
    expectLocated(findings, 'posts/fuzz.md', deep);
    expect(findings.length).toBeGreaterThan(0);
  });
});
