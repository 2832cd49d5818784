/**
 * `herald answers find WORDS`: which answers an agent most likely wants, best first. Pure.
 *
 * Ranking: every query word scores for each answer by where it occurs — 3 in the title, 2 in a tag,
 * 1 in the text — and an answer's score is the sum over the words (a word counts once per field).
 * Words match from their start (`pass` finds `password`), case, accents and Unicode forms aside;
 * Thai, which has no spaces, is split into words by ICU. Ties go to the answer matching more of the
 * words, then to the id. Then, across languages: an answer in another language that shares a tag
 * with the best matches (those with the top score) is listed after the matches, with the tag it
 * shares, so an agent who searches in English also finds the Russian answer to send. `--lang`
 * filters the final list (a search in one language can thus return answers in another).
 */
import { wordSegmenter } from '../content/rules/segmenter.js';
import type { Answer } from '../model/answer.js';

export interface Found {
  answer: Answer;
  /** 0 for answers listed through a shared tag. */
  score: number;
  /** How many of the query words it matched. */
  matched: number;
  /** Set when the answer is listed because it shares this tag with the best matches. */
  viaTag?: string;
}

/** Lower case, compatibility forms folded, accents removed: "Mật khẩu" and "mat khau" meet. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded (placeholders `{{name}}` are not words of the answer). */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const segment of wordSegmenter().segment(fold(text.replace(/\{\{[^{}]*\}\}/g, ' ')))) {
    if (segment.isWordLike) found.push(segment.segment);
  }
  return found;
}

const FIELD_WEIGHTS = { title: 3, tags: 2, text: 1 } as const;

export function findAnswers(answers: readonly Answer[], query: string, options: { lang?: string } = {}): Found[] {
  const wanted = [...new Set(words(query))];
  if (wanted.length === 0) return [];
  const matches: Found[] = [];
  for (const answer of answers) {
    const fields = { title: words(answer.title), tags: answer.tags.flatMap(words), text: words(answer.text) };
    let score = 0;
    let matched = 0;
    for (const word of wanted) {
      let hit = false;
      for (const field of ['title', 'tags', 'text'] as const) {
        if (fields[field].some((w) => w.startsWith(word))) {
          score += FIELD_WEIGHTS[field];
          hit = true;
        }
      }
      if (hit) matched++;
    }
    if (score > 0) matches.push({ answer, score, matched });
  }
  matches.sort((a, b) => b.score - a.score || b.matched - a.matched || compare(a.answer.id, b.answer.id));

  const related: Found[] = [];
  const top = matches[0]?.score;
  const best = matches.filter((m) => m.score === top);
  const listed = new Set(matches.map((m) => m.answer.id));
  for (const answer of answers) {
    if (listed.has(answer.id)) continue;
    const shared = best.find((m) => m.answer.lang !== answer.lang && m.answer.tags.some((tag) => answer.tags.includes(tag)));
    if (!shared) continue;
    related.push({ answer, score: 0, matched: 0, viaTag: shared.answer.tags.find((tag) => answer.tags.includes(tag))! });
  }
  related.sort((a, b) => compare(a.answer.lang, b.answer.lang) || compare(a.answer.id, b.answer.id));

  const all = [...matches, ...related];
  return options.lang === undefined ? all : all.filter((found) => sameLanguage(found.answer.lang, options.lang!));
}

/** `--lang pt` keeps `pt` and `pt-BR`; case aside, as BCP 47 says. */
export function sameLanguage(lang: string, wanted: string): boolean {
  const a = lang.toLowerCase();
  const b = wanted.toLowerCase();
  return a === b || a.startsWith(`${b}-`);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
