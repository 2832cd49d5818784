/**
 * The readable Latin part of a file name `herald new` makes from a title, in any of herald's
 * languages: `Новый отчёт` → `novyi-otchet`, `ยินดีต้อนรับ สู่ herald` → words joined by hyphens,
 * `Ra mắt tính năng mới` → `ra-mat-tinh-nang-moi`.
 *
 * - Russian letters follow a simple BGN/PCGN-like table (RUSSIAN below): ё→e, й→i, ы→y, ж→zh, х→kh,
 *   ц→ts, ч→ch, ш→sh, щ→shch, ю→yu, я→ya, ъ and ь dropped. It is ours, not the transliteration
 *   package's default (`novyy-otchyot`), because it reads more naturally to the teams that write posts.
 * - Thai is written without spaces between words, so it is cut into words first
 *   (Intl.Segmenter, `th`, word granularity) and each word becomes one hyphenated piece.
 * - Everything else (Vietnamese, other scripts) goes through the transliteration package; Vietnamese
 *   loses its tone marks and đ becomes d.
 * - Emoji and symbols are dropped; a title with nothing readable left becomes `post`, never a hash.
 * - At most MAX_SLUG characters, cut at a word boundary.
 */
import { transliterate } from 'transliteration';

export const MAX_SLUG = 60;

const RUSSIAN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const THAI = /[\u0E00-\u0E7F]/;

export function slugify(title: string): string {
  const words = wordsOf(title.normalize('NFC').toLowerCase());
  const latin = words
    .map((word) => transliterate(word.replace(/[а-яё]/g, (letter) => RUSSIAN[letter] ?? letter).replace(/đ/g, 'd'), { unknown: ' ' }))
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return capAtWord(latin) || 'post';
}

/** The title in words; a Thai run is split by the segmenter, since Thai puts no spaces between words. */
function wordsOf(text: string): string[] {
  if (!THAI.test(text)) return [text];
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

function capAtWord(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const boundary = cut.lastIndexOf('-');
  // One word longer than the cap is cut inside it rather than lost.
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}
