/**
 * decodeSource, the one place bytes become text: properties over random bytes and strings, held to
 * the platform's own UTF-8 and UTF-16 decoders. (The CLI-level cases are in content.test.ts.)
 */
import os from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAccountFile } from '../../src/content/account-file.js';
import { checkPost } from '../../src/content/checks.js';
import { decodeSource, firstInvalidUtf8 } from '../../src/content/decode.js';
import { RepositoryDoor } from '../../src/repository/door.js';
import { readPostFile } from '../../src/content/post-file.js';
import { LineIndex } from '../../src/content/text-index.js';

const fatal = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Mostly text with now and then a byte that breaks it: random bytes alone are rarely near-valid. */
const nearlyUtf8 = fc
  .tuple(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, bad, after]) => Buffer.concat([Buffer.from(before.replace(/\0|\uFFFD/g, '')), Buffer.from(bad), Buffer.from(after)]));

describe('decodeSource', () => {
  it('finds the first invalid UTF-8 byte exactly where the platform decoder stops', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 60 }), nearlyUtf8), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        expect(at === bytes.length).toBe(fatal(bytes));
        expect(fatal(bytes.subarray(0, at))).toBe(true);
        if (at < bytes.length) expect(fatal(bytes.subarray(at))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('names invalid UTF-8 at the line and column where the replacement character lands in the text', () => {
    fc.assert(
      fc.property(nearlyUtf8, (bytes) => {
        fc.pre(bytes[0] !== 0xff && bytes[0] !== 0xfe);
        const { text, problem } = decodeSource(bytes);
        if (fatal(bytes)) return;
        expect(problem).toMatchObject({ rule: 'invalid-encoding', offset: firstInvalidUtf8(bytes) });
        expect(problem!.message).toContain(`byte ${problem!.offset} (line ${problem!.line}, column ${problem!.column})`);
        expect({ line: problem!.line, column: problem!.column }).toEqual(new LineIndex(text).pos(text.indexOf('\uFFFD')));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back any UTF-8 text as written, a BOM dropped and lone CRs read as line breaks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.boolean(), (raw, bom) => {
        const written = raw.replace(/\0/g, '').replace(/[\uD800-\uDFFF]/g, '');
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(written)]);
        const { text, problem } = decodeSource(bytes);
        expect(problem).toBeUndefined();
        const expected = (!bom && written.startsWith('\uFEFF') ? written.slice(1) : written).replace(/\r(?!\n)/g, '\n');
        expect(text).toBe(expected);
        expect(text.length).toBe(!bom && written.startsWith('\uFEFF') ? written.length - 1 : written.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.boolean(), (raw, bigEndian) => {
        const written = raw.replace(/\0/g, '');
        const units = Buffer.from(`\uFEFF${written}`, 'utf16le');
        const { text, problem } = decodeSource(bigEndian ? Buffer.from(units).swap16() : units);
        expect(problem).toBeUndefined();
        expect(text).toBe(written.replace(/\r(?!\n)/g, '\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and every problem is located inside the text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { text, problem } = decodeSource(bytes);
        if (!problem) return;
        expect(['invalid-encoding', 'nul-character']).toContain(problem.rule);
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.line).toBeLessThanOrEqual(text.split('\n').length);
        expect(problem.column).toBeGreaterThanOrEqual(1);
        expect(problem.offset).toBeGreaterThanOrEqual(0);
        expect(problem.offset).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports a NUL at its byte offset, also after a BOM and multi-byte characters', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Grüße\nab\0c')]);
    expect(decodeSource(bytes).problem).toMatchObject({ rule: 'nul-character', line: 2, column: 3, offset: bytes.indexOf(0) });
  });

  it('bytes through the whole post path: never a throw, every finding located, bad bytes always an error', () => {
    const accounts = new Map([['main', readAccountFile('schedules/main.yaml', 'zone: UTC\n').account!]]);
    const door = RepositoryDoor.open(os.tmpdir());
    const head = Buffer.from('---\naccount: main\npublish:\n  at: 2026-12-01 09:00\n---\n');
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 120 }), nearlyUtf8), (body) => {
        const bytes = Buffer.concat([head, body]);
        const { text, problem } = decodeSource(bytes);
        const source = readPostFile('posts/bytes.md', text, problem);
        checkPost(source, accounts, door);
        const lines = text.split('\n').length;
        for (const d of source.reporter.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        if (!fatal(bytes) || bytes.includes(0)) {
          expect(source.reporter.diagnostics.map((d) => d.rule)).toContain(fatal(bytes) ? 'nul-character' : 'invalid-encoding');
        }
      }),
      { numRuns: 500 },
    );
  });
});
