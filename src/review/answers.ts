/**
 * Changed support answers in a review: each shown filled with its examples (what an agent would
 * send), with its length as X counts it at the examples and at every placeholder's `max`.
 */
import { exampleText, longestText } from '../content/answers/placeholders.js';
import { MAX_WEIGHTED_LENGTH, weightedLength } from '../content/length.js';
import type { Answer } from '../model/answer.js';
import { mdCode, mdFenced, mdText } from '../model/escape.js';
import { ANSWERS_DIR } from '../repository/paths.js';

export interface AnswerPreview {
  id: string;
  file: string;
  title: string;
  lang: string;
  account: string;
  tags: string[];
  /** The text filled with each placeholder's example. */
  example: string;
  /** Weighted length of `example`, and of the text with every placeholder at its max. */
  weighted: number;
  longest: number;
  max: number;
}

/** The answer files `loadContent` reads: `.md` under answers/, except read-me files. */
export function isAnswerFile(file: string): boolean {
  const lower = file.toLowerCase();
  return lower.startsWith(`${ANSWERS_DIR}/`) && lower.endsWith('.md') && !/(^|\/)readme\.md$/.test(lower);
}

export function answerPreviews(changed: readonly string[], answers: readonly Answer[]): AnswerPreview[] {
  const byFile = new Map(answers.map((a) => [a.file, a]));
  return changed.flatMap((file) => {
    const answer = byFile.get(file);
    if (!answer) return [];
    const example = exampleText(answer);
    return [
      {
        id: answer.id,
        file,
        title: answer.title,
        lang: answer.lang,
        account: answer.account,
        tags: answer.tags,
        example,
        weighted: weightedLength(example),
        longest: weightedLength(longestText(answer.text, answer.placeholders)),
        max: MAX_WEIGHTED_LENGTH,
      },
    ];
  });
}

/** The "Answers" section of the review's Markdown; empty when no answer changed. */
export function answersMarkdown(previews: readonly AnswerPreview[], unreadable: readonly string[], removed: readonly string[]): string {
  if (previews.length === 0 && unreadable.length === 0 && removed.length === 0) return '';
  const out = ['### Answers'];
  for (const p of previews) {
    const over = p.longest > p.max ? ' ❌ too long at the longest values' : '';
    out.push(
      `#### ${mdCode(p.file)} — ${mdText(p.title)} (${mdText(p.lang)}, ${mdText(p.account)})\n\n` +
        `With the examples · ${p.weighted}/${p.max} · at every placeholder's max ${p.longest}/${p.max}${over}\n\n${mdFenced(p.example)}`,
    );
  }
  if (unreadable.length > 0) out.push(`Answer files that cannot be read as answers (see Validation): ${unreadable.map((f) => mdCode(f)).join(', ')}`);
  if (removed.length > 0) out.push(`Deleted answer files: ${removed.map((f) => mdCode(f)).join(', ')}`);
  return out.join('\n\n');
}
