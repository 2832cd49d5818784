/**
 * `answerMatcher`: which approved answer a reply sent from X's apps is, by its text as X shows it
 * (links expanded). The report counts a reply that matches none as written by hand.
 */
import { describe, expect, it } from 'vitest';
import { answerMatcher } from '../../src/answers/match.js';
import type { Answer } from '../../src/model/answer.js';

type Matchable = Pick<Answer, 'id' | 'text' | 'placeholders'>;

const refund: Matchable = {
  id: 'en/refund',
  text: 'Thanks {{name}}, the refund shows within {{ days }} days.',
  placeholders: [
    { name: 'name', max: 20, example: 'Anna' },
    { name: 'days', max: 2, example: '5' },
  ],
};
const reset: Matchable = {
  id: 'en/password-reset',
  text: 'Hi {{name}}, reset your password at example.com/reset (it takes 1 min).',
  placeholders: [{ name: 'name', max: 20, example: 'Anna' }],
};

describe('answerMatcher', () => {
  const match = answerMatcher([refund, reset]);

  it('matches a filled answer, each placeholder standing for its value', () => {
    expect(match('Thanks Anna, the refund shows within 5 days.')).toBe('en/refund');
    expect(match('Hi Kenji, reset your password at example.com/reset (it takes 1 min).')).toBe('en/password-reset');
  });

  it('compares as X does: NFC, white space collapsed, trimmed, and the scheme X adds to a link dropped', () => {
    // A line break and double spaces; X's `http://`; "é" written as e + combining accent.
    expect(match('  Thanks Renée,\nthe refund  shows within 10 days. ')).toBe('en/refund');
    expect(match('Hi Kenji, reset your password at http://example.com/reset (it takes 1 min).')).toBe('en/password-reset');
    expect(match('Hi Kenji, reset your password at https://example.com/reset (it takes 1 min).')).toBe('en/password-reset');
    const merci: Matchable = { id: 'fr/merci', text: 'Merci {{name}}, c’est réglé.', placeholders: [{ name: 'name', max: 20, example: 'Anna' }] };
    expect(answerMatcher([merci])('Merci Anna, c’est re\u0301gle\u0301.')).toBe('fr/merci');
  });

  it('drops the @handles X puts before a reply typed in its app, but not a handle inside the text', () => {
    expect(match('@ana_customer Thanks Anna, the refund shows within 5 days.')).toBe('en/refund');
    expect(match('@ana_customer @acme_help Thanks Anna, the refund shows within 5 days.')).toBe('en/refund');
    expect(match('Thanks Anna, @ana_customer the refund shows within 5 days.')).toBeUndefined();
    expect(match('@ana_customer')).toBeUndefined();
  });

  it("an agent's sign-off at the end (allow_signoff) does not make a reply hand-written", () => {
    expect(match('@ana_customer Thanks Anna, the refund shows within 5 days. – MJ')).toBe('en/refund');
    expect(match('Thanks Anna, the refund shows within 5 days. ^Maria')).toBe('en/refund');
    expect(match('Thanks Anna, the refund shows within 5 days. Call us – MJ')).toBeUndefined();
  });

  it('a value longer than its max, or an empty one, is not the answer', () => {
    expect(match('Thanks Anna, the refund shows within 120 days.')).toBeUndefined(); // days: max 2
    expect(match('Thanks , the refund shows within 5 days.')).toBeUndefined();
  });

  it('the rest is literal: regular-expression characters of the answer match only themselves', () => {
    // `.` and `(…)` in the answer are not patterns: any other character there is another text.
    expect(match('Hi Kenji, reset your password at exampleXcom/reset (it takes 1 min).')).toBeUndefined();
    expect(match('Hi Kenji, reset your password at example.com/reset it takes 1 min.')).toBeUndefined();
  });

  it('a reply the agent wrote (or changed) by hand matches no answer', () => {
    expect(match('So sorry about this! We are looking into your order now.')).toBeUndefined();
    expect(match('Thanks Anna, the refund shows within 5 days. Anything else?')).toBeUndefined();
  });

  it('of two answers that match, the one with more literal text wins, whatever their order', () => {
    const loose: Matchable = { id: 'a/anything', text: 'Thanks {{all}}', placeholders: [{ name: 'all', max: 280, example: 'x' }] };
    const text = 'Thanks Anna, the refund shows within 5 days.';
    expect(answerMatcher([loose, refund])(text)).toBe('en/refund');
    expect(answerMatcher([refund, loose])(text)).toBe('en/refund');
  });

  it('a placeholder the answer does not declare stays literal (validate reports it)', () => {
    const odd: Matchable = { id: 'en/odd', text: 'Order {{order}} is on its way.', placeholders: [] };
    expect(answerMatcher([odd])('Order {{order}} is on its way.')).toBe('en/odd');
    expect(answerMatcher([odd])('Order A-1 is on its way.')).toBeUndefined();
  });

  it('placeholders side by side take 2 to the sum of their max characters, and a failing text stays fast', () => {
    const code: Matchable = {
      id: 'en/code',
      text: 'Your code: {{a}}{{b}}.',
      placeholders: [
        { name: 'a', max: 2, example: 'AB' },
        { name: 'b', max: 3, example: 'CDE' },
      ],
    };
    const match = answerMatcher([code]);
    expect(match('Your code: AB.')).toBe('en/code'); // 1 + 1
    expect(match('Your code: ABCDE.')).toBe('en/code'); // 2 + 3
    expect(match('Your code: A.')).toBeUndefined();
    expect(match('Your code: ABCDEF.')).toBeUndefined();
  });

  it('placeholders between one-character literals match without trying every split (a backtracking pattern took minutes on this)', () => {
    // A licence key of eight parts, and a reply of 150 dashes that fails only at its end.
    const key: Matchable = {
      id: 'en/licence',
      text: `Your licence key is ${['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((n) => `{{${n}}}`).join('-')}.`,
      placeholders: ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((name) => ({ name, max: 14, example: 'ABCD' })),
    };
    const match = answerMatcher([key]);
    expect(match(`Your licence key is ${'-'.repeat(150)}. Thanks`)).toBeUndefined();
    expect(match('Your licence key is AB12-CD34-EF56-GH78-IJ90-KL12-MN34-OP56.')).toBe('en/licence');
    expect(match(`Your licence key is ${'x'.repeat(270)}!y`)).toBeUndefined();
  });
});
