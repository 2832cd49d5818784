/** `fillAnswer` (what `answers show` and `herald reply` fill answers with) and the longest text the length check measures. */
import { describe, expect, it } from 'vitest';
import { fillAnswer, HEAVIEST_CHARACTER, longestText } from '../../src/content/answers/placeholders.js';
import { weightedLength } from '../../src/content/length.js';
import type { Answer } from '../../src/model/answer.js';

const answer: Pick<Answer, 'id' | 'text' | 'placeholders'> = {
  id: 'en/refund',
  text: 'Thanks {{name}}, the refund shows within {{ days }} days.',
  placeholders: [
    { name: 'name', max: 20, example: 'Anna' },
    { name: 'days', max: 2, example: '5' },
  ],
};

describe('fillAnswer', () => {
  it('fills every placeholder (spaces inside the braces allowed)', () => {
    expect(fillAnswer(answer, { name: 'Anna', days: '5' })).toEqual({ ok: true, text: 'Thanks Anna, the refund shows within 5 days.' });
  });

  it('a missing value names the placeholder and the flag to add', () => {
    const result = fillAnswer(answer, { name: 'Anna' });
    expect(result).toMatchObject({ ok: false, problems: [{ kind: 'missing', name: 'days' }] });
    if (!result.ok) expect(result.problems[0]!.message).toContain('--set days=5');
  });

  it('a value for a placeholder the answer does not declare is refused, listing those it has', () => {
    const result = fillAnswer(answer, { name: 'Anna', days: '5', order: 'A-1' });
    expect(result).toMatchObject({ ok: false, problems: [{ kind: 'undeclared', name: 'order' }] });
    if (!result.ok) expect(result.problems[0]!.message).toContain('its placeholders are: name, days');
  });

  it('a value longer than its max (in characters) is refused', () => {
    expect(fillAnswer(answer, { name: 'Anna', days: '120' })).toMatchObject({ ok: false, problems: [{ kind: 'too-long', name: 'days' }] });
    expect(fillAnswer(answer, { name: '安'.repeat(20), days: '5' }).ok).toBe(true);
  });

  it('a value with a line break or a bidi override is refused: the approved text keeps its shape', () => {
    expect(fillAnswer(answer, { name: 'Anna\nP.S. call us', days: '5' })).toMatchObject({ ok: false, problems: [{ kind: 'invalid-character', name: 'name' }] });
    expect(fillAnswer(answer, { name: 'Anna\u202e', days: '5' })).toMatchObject({ ok: false, problems: [{ kind: 'invalid-character', name: 'name' }] });
  });
});

describe('the longest text', () => {
  it('fills each placeholder with max characters that X counts 2, the heaviest there are', () => {
    const longest = longestText(answer.text, answer.placeholders);
    expect(longest).toBe(`Thanks ${HEAVIEST_CHARACTER.repeat(20)}, the refund shows within ${HEAVIEST_CHARACTER.repeat(2)} days.`);
    expect(weightedLength(longest)).toBe(weightedLength('Thanks , the refund shows within  days.') + 2 * 22);
    expect(weightedLength('😀'.repeat(22))).toBe(44);
  });
});
