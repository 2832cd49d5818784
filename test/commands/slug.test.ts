import { describe, expect, it } from 'vitest';
import { MAX_SLUG, slugify } from '../../src/commands/slug.js';

describe('herald new: a readable Latin file name from a title in any language', () => {
  it('gives the issue’s Russian example exactly (ё→e, й→i, ы→y)', () => {
    expect(slugify('Новый отчёт')).toBe('novyi-otchet');
  });

  it('spells the other Russian letters by the documented table, dropping ъ and ь', () => {
    expect(slugify('Щука, жёлтый чай и объявление: юбилей')).toBe('shchuka-zheltyi-chai-i-obyavlenie-yubilei');
    expect(slugify('Хороший цех')).toBe('khoroshii-tsekh');
  });

  it('cuts Thai into words before transliterating, so the slug has hyphens between them', () => {
    const slug = slugify('สวัสดีชาวโลก');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+){2,}$/);
    expect(slug.split('-')).toHaveLength(3);
  });

  it('strips Vietnamese tone marks and writes đ as d', () => {
    expect(slugify('Ra mắt tính năng mới ở Đà Nẵng')).toBe('ra-mat-tinh-nang-moi-o-da-nang');
  });

  it('keeps Latin titles as before', () => {
    expect(slugify('Weekly totals launch')).toBe('weekly-totals-launch');
  });

  it('handles a title mixing scripts and emoji', () => {
    expect(slugify('Новый отчёт for Q4 🚀 Tiếng Việt')).toBe('novyi-otchet-for-q4-tieng-viet');
  });

  it('gives an emoji-only title the readable name post, never a hash', () => {
    expect(slugify('🎉🚀✨')).toBe('post');
    expect(slugify('   ')).toBe('post');
  });

  it('caps a very long title at a word boundary', () => {
    const slug = slugify('Очень длинный заголовок поста о новой функции, который никто не дочитает до конца');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(slug).toBe('ochen-dlinnyi-zagolovok-posta-o-novoi-funktsii-kotoryi-nikto');
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(MAX_SLUG));
  });
});
