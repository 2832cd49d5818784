/** `herald answers list|find|show` as text and JSON (the JSON shapes are documented in the README). */
import type { Answer } from '../model/answer.js';
import { terminalLine } from '../model/escape.js';
import type { Found } from './find.js';

/** One answer in JSON: what the list and search print. */
function answerJson(answer: Answer) {
  return {
    id: answer.id,
    file: answer.file,
    title: answer.title,
    lang: answer.lang,
    tags: answer.tags,
    account: answer.account,
    placeholders: Object.fromEntries(answer.placeholders.map((p) => [p.name, { max: p.max, example: p.example }])),
  };
}

export function listJson(answers: readonly Answer[]): string {
  return `${JSON.stringify(answers.map(answerJson), null, 2)}\n`;
}

export function foundJson(found: readonly Found[]): string {
  return `${JSON.stringify(
    found.map((f) => ({ ...answerJson(f.answer), score: f.score, ...(f.viaTag === undefined ? {} : { via_tag: f.viaTag }) })),
    null,
    2,
  )}\n`;
}

/** Columns padded to the widest id and language; content is one escaped line each. */
function rows(lines: Array<{ lead?: string; answer: Answer; tail?: string }>): string {
  const idWidth = Math.max(2, ...lines.map((l) => terminalLine(l.answer.id).length));
  const leadWidth = Math.max(0, ...lines.map((l) => (l.lead ?? '').length));
  return lines
    .map(({ lead, answer, tail }) => {
      const tags = answer.tags.length > 0 ? `  [${terminalLine(answer.tags.join(', '))}]` : '';
      const first = lead === undefined ? '' : `${lead.padStart(leadWidth)}  `;
      return `${first}${terminalLine(answer.id).padEnd(idWidth)}  ${terminalLine(answer.lang).padEnd(5)}  ${terminalLine(answer.title)}${tags}${tail ?? ''}\n`;
    })
    .join('');
}

export function listText(answers: readonly Answer[]): string {
  if (answers.length === 0) return 'No answers (add Markdown files under answers/).\n';
  return rows(answers.map((answer) => ({ answer })));
}

export function foundText(found: readonly Found[], query: string): string {
  if (found.length === 0) return `No answer matches ${JSON.stringify(terminalLine(query))}.\n`;
  return rows(
    found.map((f) => ({
      lead: f.viaTag === undefined ? String(f.score) : '~',
      answer: f.answer,
      tail: f.viaTag === undefined ? '' : `  (same tag as the best matches: ${terminalLine(f.viaTag)})`,
    })),
  );
}

/** The filled text for a terminal: its lines kept, anything that could act on the terminal shown instead. */
export function filledText(text: string): string {
  return `${text.split('\n').map(terminalLine).join('\n')}\n`;
}
