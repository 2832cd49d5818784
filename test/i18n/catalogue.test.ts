import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { en } from '../../src/i18n/messages/en.js';
import { CATALOGUES, phrase, render, say, t } from '../../src/i18n/say.js';
import { placeholders, type Template } from '../../src/i18n/template.js';
import { marketerGuide } from '../../src/i18n/guide/index.js';
import { slugify } from '../../src/commands/slug.js';

const ids = Object.keys(en).sort();
const translations = LANGS.filter((lang) => lang !== 'en');

describe('the message catalogue', () => {
  it.each(translations)('%s translates every English message id, and no other', (lang) => {
    const catalogue = CATALOGUES[lang] as Record<string, Template>;
    expect(ids.filter((id) => catalogue[id] === undefined)).toEqual([]);
    expect(Object.keys(catalogue).filter((id) => !(id in en))).toEqual([]);
  });

  it.each(translations)('%s keeps each message’s placeholders, no more and no fewer', (lang) => {
    const catalogue = CATALOGUES[lang] as Record<string, Template>;
    const differing = ids
      .filter((id) => catalogue[id] !== undefined)
      .filter((id) => placeholders(catalogue[id]!).join() !== placeholders((en as Record<string, Template>)[id]!).join())
      .map((id) => `${id}: ${placeholders(catalogue[id]!).join()} (en: ${placeholders((en as Record<string, Template>)[id]!).join()})`);
    expect(differing).toEqual([]);
  });

  it.each(LANGS)('%s gives every plural form the same placeholders, and always an `other` form', (lang) => {
    for (const [id, template] of Object.entries(CATALOGUES[lang] as Record<string, Template>)) {
      if (typeof template === 'string') continue;
      expect(template.other, id).toBeTypeOf('string');
      for (const form of Object.values(template)) expect(placeholders(form!), `${lang} ${id}`).toEqual(placeholders(template.other));
    }
  });

  it('finds a missing translation: the test above fails for a catalogue without one id', () => {
    const { 'too-long': _dropped, ...missing } = CATALOGUES.ru as Record<string, Template>;
    expect(ids.filter((id) => missing[id] === undefined)).toEqual(['too-long']);
    expect(placeholders('{part} is {length}, max {max}').join()).not.toBe(placeholders((en as Record<string, Template>)['too-long']).join());
  });
});

describe('saying and rendering a message', () => {
  it('keeps the English sentence as the message, and its id and values to render in another language', () => {
    const said = say('hashtag-count', { count: 4, part: say('part.thread', { n: 2 }), max: 2 });
    expect(said.message).toBe('4 hashtags in part 2 of the thread; keep at most 2, the ones people actually search for');
    expect(render('ru', said.text)).toBe('часть 2 треда содержит 4 хештега; оставьте не больше 2, только те, которые действительно ищут');
  });

  it('replaces {name} with the value as plain text: a value that looks like a placeholder or code is never read again', () => {
    const said = say('missing-alt-text', { file: '{file}$' + '{process.exit()}.png' });
    expect(said.message).toContain('`{file}$' + '{process.exit()}.png` has no alt text');
  });

  it('leaves braces that are not a placeholder as text', () => {
    expect(t('en', 'audience-night', { zones: 'Asia/Bangkok (02:00)', quiet: '23:00-07:00', file: 'schedules/main.yaml' })).toContain(
      'set rules: { audience-night: off } in schedules/main.yaml',
    );
  });

  it('picks the plural form the language’s rules ask for', () => {
    expect([1, 2, 5, 21].map((n) => t('ru', 'count.error', { n }))).toEqual(['1 ошибка', '2 ошибки', '5 ошибок', '21 ошибка']);
    expect([1, 2].map((n) => t('en', 'count.error', { n }))).toEqual(['1 error', '2 errors']);
    expect(t('vi', 'count.error', { n: 3 })).toBe('3 lỗi');
  });

  it('shows an id it does not know in English, or as the id, rather than failing', () => {
    expect(render('th', { id: 'a-rule-from-a-newer-herald', params: {} })).toBe('a-rule-from-a-newer-herald');
    expect(render('th', phrase('part.post'))).toBe('โพสต์');
  });
});

describe('wording a native speaker reviewed', () => {
  it('reads naturally whether the part is "the post" or "part 2 of the thread" (ru hashtag-count, duplicate-text)', () => {
    expect(t('ru', 'hashtag-count', { count: 5, part: say('part.post'), max: 2 })).toMatch(/^пост содержит 5 хештегов;/);
    const where = 'posts/a.md:5';
    expect(t('ru', 'duplicate-text.content', { part: say('part.post'), where, account: 'main' })).toMatch(/^пост повторяет текст из posts\/a\.md:5/);
    expect(t('ru', 'duplicate-text.content', { part: say('part.thread', { n: 2 }), where, account: 'main' })).toMatch(/^часть 2 треда повторяет текст/);
  });

  it('says an unknown front-matter key is "not a setting of the post", without "settings block" twice', () => {
    const params = { key: 'foo', where: say('where.front-matter'), allowed: 'account', suggestion: 'account' } as const;
    expect(t('ru', 'unknown-key.suggest', params)).toMatch(/^`foo` — не настройка поста;/);
    expect(t('vi', 'unknown-key.suggest', params)).toContain('không phải là cài đặt của bài đăng;');
    expect(t('th', 'unknown-key.suggest', params)).toContain('ไม่ใช่การตั้งค่าของโพสต์ ');
  });

  it('asks in Russian for the brand’s English "we" consistently, and writes out the days of content-mix', () => {
    const firstPerson = t('ru', 'first-person-singular', { word: 'I', instead: 'we' });
    expect(firstPerson).toContain('Пишите от имени бренда — «we», а не «I»');
    expect(firstPerson).not.toContain('«мы»');
    const mix = { promo: 3, total: 5, account: 'main', when: '2026-12-01', tags: 'promo', share: '60%', max: '40%' };
    expect(t('ru', 'content-mix', { ...mix, days: 7 })).toMatch(/^за 7 дней до 2026-12-01, вместе с этим постом, 3 из 5 постов/);
    expect(t('ru', 'content-mix', { ...mix, days: 1 })).toMatch(/^за 1 день до/);
  });
});

describe('the marketer guide (posts/README.md)', () => {
  it.each(LANGS)('%s is its own text, with the keys and commands herald reads untranslated', (lang) => {
    const guide = marketerGuide(lang);
    for (const kept of ['account: main', 'publish:', 'slot: next', 'draft: true', 'npx herald validate', `HERALD_LANG=${lang === 'en' ? 'ru' : lang}`]) {
      expect(guide).toContain(kept);
    }
    expect(guide.endsWith('\n')).toBe(true);
    if (lang !== 'en') expect(guide).not.toBe(marketerGuide('en'));
  });

  it('names the file herald new really makes for its example titles', () => {
    expect(marketerGuide('en')).toContain(`posts/queued-${slugify('Winter release')}.md`);
    expect(marketerGuide('ru')).toContain(`posts/queued-${slugify('Зимний релиз')}.md`);
    expect(marketerGuide('vi')).toContain(`posts/queued-${slugify('Ra mắt phiên bản mùa đông')}.md`);
  });
});
