/**
 * The fast front-matter path must give exactly what a full yaml Document gives: the same values,
 * the same positions of every key and value, the same diagnostics. Differential, over real and
 * generated front matter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileReporter } from '../../src/content/diagnostics.js';
import { parseFast } from '../../src/content/yaml-fast.js';
import { parseSimple } from '../../src/content/yaml-simple.js';
import { parseYamlSource } from '../../src/content/yaml-source.js';
import { repoRoot } from '../helpers/cli.js';

function both(text: string) {
  const fastReporter = new FileReporter('f');
  const slowReporter = new FileReporter('f');
  const fast = parseYamlSource(text, fastReporter, { fast: true });
  const slow = parseYamlSource(text, slowReporter, { fast: false });
  return { fast: { ...fast, diagnostics: fastReporter.diagnostics }, slow: { ...slow, diagnostics: slowReporter.diagnostics } };
}

function takesFastPath(text: string): boolean {
  return parseFast(text, 64) !== undefined;
}

function takesLineReader(text: string): boolean {
  return parseSimple(text, 64) !== undefined;
}

function frontMatterOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return text;
  const end = text.indexOf('\n---', 3);
  return text.slice(3, end === -1 ? text.length : end);
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => path.join(e.parentPath, e.name));
}

const scalar = fc.oneof(
  fc.constantFrom(
    'main',
    '2026-12-01 09:00',
    '"09:00"',
    "'it''s'",
    '"a\\tb \\u00e9"',
    '42',
    '-7',
    '0o17',
    '0x1F',
    '3.50',
    '1e3',
    '.inf',
    '-.Inf',
    '.nan',
    'true',
    'False',
    'null',
    '~',
    'yes',
    'no',
    '@acme',
    '"@acme"',
    'Our new dashboard: weekly totals',
    'https://x.com/a',
    '2h',
    'Мы',
    'เรา',
    'chúng tôi',
    '"multi\n  line"',
    'plain\n  folded',
  ),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
);
const key = fc.constantFrom(
  'account',
  'publish',
  'at',
  'tags',
  'media',
  'file',
  'alt',
  'draft',
  'id',
  'zone',
  '__proto__',
  'constructor',
  '"quoted key"',
  '1',
  'true',
  'a b',
);
const flow = fc
  .array(
    scalar.filter((s) => !s.includes('\n') && !s.includes(':') && !s.includes(',')),
    { maxLength: 4 },
  )
  .map((items) => `[${items.join(', ')}]`);
const flowMap = fc
  .array(
    fc.tuple(
      key,
      scalar.filter((s) => !s.includes('\n') && !s.includes(',') && !s.includes(':')),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
const comment = fc.constantFrom('', ' # a note', '  #x');

const block: fc.Arbitrary<string> = fc.letrec<{ map: string; seq: string }>((tie) => ({
  map: fc
    .array(
      fc.tuple(
        key,
        fc.oneof(
          { depthSize: 'small' },
          scalar,
          flow,
          flowMap,
          tie('map').map((m) => `\n${indent(m)}`),
          tie('seq').map((s) => `\n${indent(s)}`),
          fc.constant(''),
        ),
        comment,
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((pairs) => pairs.map(([k, v, c]) => `${k}:${v.startsWith('\n') ? c + v : ` ${v}${v.includes('\n') ? '' : c}`}`).join('\n')),
  seq: fc
    .array(
      fc.oneof(
        { depthSize: 'small' },
        scalar,
        flow,
        tie('map').map((m) => indent(m).trimStart()),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((items) => items.map((i) => `- ${i}`).join('\n')),
})).map;

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

describe('the fast front-matter path', () => {
  it('equals a full Document on every post and account file in this repository and its fixtures', () => {
    const files = [
      ...filesUnder(path.join(repoRoot, 'posts'), '.md'),
      ...filesUnder(path.join(repoRoot, 'schedules'), '.yaml'),
      ...filesUnder(path.join(repoRoot, 'test/fixtures'), '.md'),
      ...filesUnder(path.join(repoRoot, 'test/fixtures'), '.yaml'),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = frontMatterOf(file);
      const { fast, slow } = both(text);
      expect(fast, file).toEqual(slow);
    }
  });

  it('is taken for the usual shapes of front matter and account files', () => {
    expect(takesFastPath(frontMatterOf(path.join(repoRoot, 'posts/2026-12/support-hours.md')))).toBe(true);
    expect(takesFastPath(frontMatterOf(path.join(repoRoot, 'schedules/main.yaml')))).toBe(true);
    expect(takesFastPath('\naccount: main\npublish:\n  at: &a 2026-12-01 09:00\n')).toBe(false);
  });

  it('equals a full Document on generated YAML, valid or not', () => {
    fc.assert(
      fc.property(block, fc.nat(400), fc.boolean(), (text, cut, truncate) => {
        const input = `\n${truncate ? text.slice(0, cut) : text}\n`;
        const { fast, slow } = both(input);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 1500 },
    );
  });

  it('equals a full Document on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { fast, slow } = both(text);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves to the Document what it reports: doubled or leading commas, keys or list marks out of line', () => {
    for (const text of [
      '\naccount: [a,,b]\nconstructor: main',
      '\ntags: [,a]\n',
      '\nrules: {a: 1,, b: 2} # x\n',
      '\naccount:\n    - account: [a  b]\n        alt:\n            - main\n    - main\na_b: main',
      '\nmedia:\n  - file: a.png # x\n   alt: b\n',
      '\nlist:\n  - a # x\n   - b\n',
    ]) {
      expect(takesFastPath(text), text).toBe(false);
      const { fast, slow } = both(text);
      expect(fast, text).toEqual(slow);
    }
  });

  it('reads the plainest front matter without the lexer', () => {
    expect(takesLineReader(frontMatterOf(path.join(repoRoot, 'posts/2026-12/support-hours.md')))).toBe(true);
    expect(takesLineReader('\naccount: main\npublish:\n  at: 2026-12-01 09:00\ntags: [a, b]\nmedia:\n  - file: a.png\n    alt: "A chart"\n')).toBe(true);
    expect(takesLineReader('\naccount: main # note\n')).toBe(false);
  });

  it('reads, line by line, exactly what a full Document reads, whenever it takes a text', () => {
    const plainValue = fc.constantFrom(
      'main',
      'a,b',
      'a:b',
      'x: y',
      'x:',
      '-7',
      '- x',
      '1e3',
      '0x1F',
      '0o17',
      '.inf',
      'true',
      'TRUE',
      'Null',
      '~',
      '"q"',
      "'s'",
      '""',
      "''",
      '"a\'b"',
      "'a\"b'",
      '"a\\tb"',
      '[a, b]',
      '[]',
      '[ ]',
      '[a,]',
      '[ a , b ]',
      '[a b, c]',
      '[a  b]',
      '[1, 2.5, true, null]',
      '["10:00", \'x\']',
      '[a]]',
      'a  b',
      'x ',
      '2027-03-07 12:00',
      'America/New_York',
      'Мы',
      'เรา',
      'chúng tôi',
      'a]',
      'a{',
      '=',
      '<x>',
      '.',
      'a - b',
      'x,',
      'a?',
      '?a',
      'a!',
      'a\u3000b',
      '-',
      '--',
      '...',
      '-1',
      '+1',
      '0',
      '007',
      '1_000',
      'é',
      'x:y:z',
      'http://x.com/a?b=c',
      'a "q"',
      "it's",
    );
    const plainKey = fc.constantFrom(
      'account',
      'publish',
      'at',
      'tags',
      'file',
      'alt',
      '__proto__',
      'constructor',
      'true',
      'Null',
      'null',
      'a-b',
      'a_b',
      '_x',
      'A1',
      'key ',
      'k:x',
      'on',
      'y',
    );
    const space = fc.constantFrom(' ', ' ', ' ', '  ', '   ');
    const plainBlock: fc.Arbitrary<string> = fc.letrec<{ map: string; seq: string }>((tie) => ({
      map: fc
        .array(
          fc.tuple(
            plainKey,
            space,
            fc.oneof(
              { depthSize: 'small' },
              plainValue,
              plainValue,
              tie('map').map((m) => `\n${indent(m)}`),
              tie('seq').map((s) => `\n${indent(s)}`),
              fc.constant(''),
            ),
          ),
          { minLength: 1, maxLength: 4 },
        )
        .map((pairs) => pairs.map(([k, s, v]) => `${k}:${v.startsWith('\n') || v === '' ? v : s + v}`).join('\n')),
      seq: fc.array(fc.tuple(space, fc.oneof({ depthSize: 'small' }, plainValue, tie('map'))), { minLength: 1, maxLength: 3 }).map((items) =>
        items
          .map(
            ([s, item]) =>
              `-${s}${item
                .split('\n')
                .map((l, n) => (n === 0 ? l : ' '.repeat(1 + s.length) + l))
                .join('\n')}`,
          )
          .join('\n'),
      ),
    })).map;
    let taken = 0;
    fc.assert(
      fc.property(plainBlock, fc.constantFrom('', '\n', '\n\n  \n'), fc.constantFrom(2, 3, 4), fc.boolean(), (text, tail, width, blank) => {
        let input = `\n${text.replace(/^( +)/gm, (m) => ' '.repeat((m.length / 2) * width))}${tail}`;
        if (blank) input = input.replace('\n', '\n\n   \n');
        if (!takesLineReader(input)) return;
        taken++;
        const { fast, slow } = both(input);
        expect(fast, input).toEqual(slow);
      }),
      { numRuns: 5000 },
    );
    expect(taken).toBeGreaterThan(100);
  });
});
