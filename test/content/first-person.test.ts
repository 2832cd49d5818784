/** The brand-voice pronoun finder, per language: a true hit and a look-alike that must not hit. */
import { describe, expect, it } from 'vitest';
import { endsWithSignOff, findFirstPersonSingular } from '../../src/content/rules/first-person.js';

const words = (text: string) => findFirstPersonSingular(text).map((f) => f.word);
const instead = (text: string) => findFirstPersonSingular(text).map((f) => f.instead);

describe('first-person-singular in English', () => {
  it('finds I, its contractions, me, my, mine and myself, and suggests the "we" form', () => {
    expect(words("I think I'm sure I’ve seen my order; give me mine, I'll check myself.")).toEqual(['I', "I'm", 'I’ve', 'my', 'me', 'mine', "I'll", 'myself']);
    expect(instead("I'm glad my team helped me")).toEqual(["we're", 'our', 'us']);
  });

  it('does not hit inside words, in I/O, in Roman numerals, in codes, links, handles, hashtags or quotations', () => {
    expect(words('Improve I/O with Mimic, my-sql? No: MySQL, enemy, Part I, World War I.')).toEqual([]);
    expect(words('Shipping to the US and ME regions; see https://example.com/my/page by @myteam #mytips')).toEqual([]);
    expect(words('A customer wrote: “I love the new search” and we agree.')).toEqual([]);
  });
});

describe('first-person-singular in Russian', () => {
  it('finds я, меня, мне, мой… in any case, with the "мы" form', () => {
    expect(words('Я проверил заказ, мне кажется, мой менеджер ответит. Напишите Мне.')).toEqual(['Я', 'мне', 'мой', 'Мне']);
    expect(instead('Я проверил мой заказ')).toEqual(['мы', 'наш']);
  });

  it('does not hit inside longer words (мнение, моих… only whole words)', () => {
    expect(words('Ваше мнение важно; мойка, меняем, Моисей, моряк, мы и наши клиенты.')).toEqual([]);
  });
});

describe('first-person-singular in Vietnamese', () => {
  it('finds tôi, tớ and a standalone mình, also when typed decomposed', () => {
    expect(words('Tôi sẽ kiểm tra giúp bạn.')).toEqual(['Tôi']);
    expect(words('Mình đã gửi email cho bạn rồi nhé.')).toEqual(['Mình']);
    expect(words('Tôi sẽ kiểm tra.'.normalize('NFD'))).toEqual(['Tôi']);
    expect(instead('Tớ sẽ gọi lại')).toEqual(['chúng tớ']);
  });

  it('does not hit the plural "chúng tôi", "chúng mình", reflexive "tự mình", or look-alike syllables', () => {
    expect(words('Chúng tôi và chúng mình, bọn tớ luôn sẵn sàng. Bạn có thể tự mình đổi mật khẩu của mình.')).toEqual([]);
    expect(words('Buổi tối, tới nơi, tôm và minh bạch.')).toEqual([]);
  });
});

describe('first-person-singular in Thai (no spaces between words)', () => {
  it.each([
    ['ผมชอบสินค้านี้มาก', ['ผม']],
    ['ดิฉันขอบคุณทุกท่าน', ['ดิฉัน']],
    ['วันนี้ฉันจะตรวจสอบคำสั่งซื้อให้คุณ', ['ฉัน']],
    ['กระผมยินดีให้บริการ', ['กระผม']],
    ['ข้าพเจ้าขอต้อนรับทุกท่านสู่งานเปิดตัวสินค้าใหม่', ['ข้าพเจ้า']],
  ])('finds the whole word in %s: %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('suggests เรา instead', () => {
    expect(instead('ผมชอบสินค้านี้มาก')).toEqual(['เรา']);
  });

  it('does not hit ฉันท์ (verse), ฉันทามติ (consensus), or ผม meaning hair', () => {
    expect(words('กลอนฉันท์และฉันทามติของที่ประชุม')).toEqual([]);
    expect(words('ยาสระผมของเรา ทรงผมใหม่ และผมหงอก')).toEqual([]);
    expect(words('เราขอขอบคุณทุกท่าน')).toEqual([]);
  });
});

describe('agent sign-offs', () => {
  it('recognises "– MJ", "- Maria", "^MJ" at the very end', () => {
    expect(endsWithSignOff('Fixed now, thanks for waiting. – MJ')).toBe(true);
    expect(endsWithSignOff('Fixed now. - Maria')).toBe(true);
    expect(endsWithSignOff('Fixed now ^MJ')).toBe(true);
  });

  it('does not take a dash in the middle of a sentence for a sign-off', () => {
    expect(endsWithSignOff('Fixed now – thanks for waiting, everyone.')).toBe(false);
  });
});
