/** `herald answers find`: the documented ranking, and answers in other languages found by a shared tag. */
import { describe, expect, it } from 'vitest';
import { findAnswers } from '../../src/answers/find.js';
import type { Answer } from '../../src/model/answer.js';

function answer(id: string, lang: string, title: string, tags: string[], text: string): Answer {
  return { id, file: `answers/${id}.md`, title, tags, lang, account: 'support', placeholders: [], text, textStart: { line: 6, column: 1 }, positions: {} };
}

const library = [
  answer('en/password-reset', 'en', 'Password reset', ['login', 'password'], 'Open Settings and reset your password; we email you a link.'),
  answer('en/login-help', 'en', 'Cannot sign in', ['login'], 'Check the email address you sign in with.'),
  answer('en/outage', 'en', 'Service outage', ['status'], 'We know the app is down and are working on it.'),
  answer('ru/password-reset', 'ru', 'Сброс пароля', ['password'], 'Откройте Настройки и сбросьте пароль.'),
  answer('vi/mat-khau', 'vi', 'Đặt lại mật khẩu', ['password'], 'Mở Cài đặt và đặt lại mật khẩu.'),
  answer('th/status', 'th', 'ระบบขัดข้อง', ['status'], 'เรากำลังแก้ไขอยู่'),
];
const ids = (query: string, lang?: string) => findAnswers(library, query, { lang }).map((f) => [f.answer.id, f.score, f.viaTag]);

describe('answers find', () => {
  it('ranks a title match (3) over a tag match (2) over a text match (1), adding up over words', () => {
    expect(ids('password reset')).toEqual([
      ['en/password-reset', 3 + 2 + 1 + 3 + 1, undefined],
      ['ru/password-reset', 2, undefined],
      ['vi/mat-khau', 2, undefined],
    ]);
    expect(ids('login')[0]).toEqual(['en/login-help', 2, undefined]);
  });

  it('matches words from their start, case and accents aside', () => {
    expect(ids('PASS')[0]?.[0]).toBe('en/password-reset');
    expect(ids('mat khau')[0]).toEqual(['vi/mat-khau', 3 + 1 + 3 + 1, undefined]);
  });

  it('lists answers in other languages that share a tag with the best matches, after the matches', () => {
    expect(ids('reset')).toEqual([
      ['en/password-reset', 3 + 1, undefined],
      ['ru/password-reset', 0, 'password'],
      ['vi/mat-khau', 0, 'password'],
    ]);
    expect(ids('outage')).toEqual([
      ['en/outage', 3, undefined],
      ['th/status', 0, 'status'],
    ]);
  });

  it('--lang filters the list, so a search in English finds the Russian answer', () => {
    expect(ids('reset', 'ru')).toEqual([['ru/password-reset', 0, 'password']]);
    expect(ids('outage', 'en')).toEqual([['en/outage', 3, undefined]]);
  });

  it('finds nothing for words no answer has', () => {
    expect(ids('refund')).toEqual([]);
  });
});
