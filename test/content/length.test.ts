/** Length as X counts it, and the cheap bound that lets validate skip the exact count. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedLength, weightedLengthBound } from '../../src/content/length.js';

describe('weightedLength', () => {
  it('counts a URL as 23 whatever its length', () => {
    expect(weightedLength('https://example.com/a/very/long/path/that/goes/on/and/on')).toBe(23);
    expect(weightedLength('see example.com')).toBe(4 + 23);
  });

  it('counts CJK characters and emoji as 2, Latin, Cyrillic and Thai as 1', () => {
    expect(weightedLength('日本語')).toBe(6);
    expect(weightedLength('👍🏽')).toBe(2);
    expect(weightedLength('Мы')).toBe(2);
    expect(weightedLength('เรา')).toBe(3);
  });
});

describe('weightedLengthBound', () => {
  it('is never below the exact length, so skipping the exact count is safe', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        'https://example.com/x',
        'a.co',
        'x.com/y',
        '日本語',
        '👍🏽',
        'เรา',
        ' ',
        '\n',
        '#tag',
        '@who',
        '．',
        '。',
        '\uFB2C',
        '\u0958',
        'e\u0301',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(weightedLengthBound(text)).toBeGreaterThanOrEqual(weightedLength(text));
      }),
      { numRuns: 500 },
    );
  });
});
