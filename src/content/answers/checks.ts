/**
 * Checks of support answers: the post checks (account, characters, the content rules: voice, bare
 * links, hashtags) with the length measured at every placeholder's longest value, then what only
 * answers have: placeholders declared and used, examples within their `max`, no two answers alike.
 */
import type { Account } from '../../model/account.js';
import type { Answer } from '../../model/answer.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { RepositoryDoor } from '../../repository/door.js';
import { partPosition } from '../body.js';
import { checkPost, type PartLength } from '../checks.js';
import { weightedLength } from '../length.js';
import { didYouMean } from '../text-index.js';
import type { AnswerSource } from './answer-file.js';
import { longestText, placeholderUses, withoutPlaceholders } from './placeholders.js';

export function checkAnswer(read: AnswerSource, accounts: ReadonlyMap<string, Account>, door: RepositoryDoor, errorsOnly = false): void {
  const { source, answer } = read;
  const placeholders = answer?.placeholders ?? [];
  const atLongest: PartLength = {
    bound: (text) => weightedLength(longestText(text, placeholders)),
    exact: (text) => weightedLength(longestText(text, placeholders)),
    // The message names HEAVIEST_CHARACTER (字) as the filling.
    tooLong: placeholders.length > 0 ? 'too-long.answer-placeholders' : 'too-long.answer',
  };
  checkPost(source, accounts, door, errorsOnly, atLongest);
  if (answer && read.yaml) checkPlaceholders(read, answer);
}

/** Fewer letters of its own than this and an answer matches almost any reply (answers/match.ts). */
const OWN_WORDS_MIN = 12;

function checkPlaceholders(read: AnswerSource, answer: Answer): void {
  const { reporter, index, parts } = read.source;
  const keys = read.yaml!.keys;
  const declared = answer.placeholders.map((p) => p.name);
  const used = new Set<string>();
  for (const use of placeholderUses(answer.text)) {
    used.add(use.name);
    if (declared.includes(use.name)) continue;
    const suggestion = didYouMean(use.name, declared);
    reporter.error(
      'placeholder-undeclared',
      partPosition(index, parts[0]!, use.offset),
      `{{${use.name}}} is not declared, so agents could not fill it in` +
        (suggestion
          ? `; did you mean {{${suggestion}}}?`
          : `; declare it in the front matter, e.g. \`placeholders: { ${/^[A-Za-z_]\w*$/.test(use.name) ? use.name : 'name'}: { max: 20, example: Anna } }\``),
    );
  }
  // herald report tells which answer an agent's reply used by the answer's own words: with almost
  // none, any reply of about that length is "this answer", and "written by hand" would read 0.
  const ownWords = withoutPlaceholders(answer.text).replace(/[\s\p{P}\p{S}]+/gu, '');
  if (answer.placeholders.length > 0 && [...ownWords].length < OWN_WORDS_MIN) {
    reporter.report(
      'warning',
      'answer-open',
      answer.textStart,
      `the text is almost all placeholders (${[...ownWords].length} letters of its own), so herald report would count most replies agents write by hand as this answer; write the fixed words of the answer around its placeholders`,
    );
  }
  for (const placeholder of answer.placeholders) {
    const at = keys[`placeholders.${placeholder.name}`] ?? answer.positions.placeholders ?? answer.textStart;
    if (!used.has(placeholder.name)) {
      reporter.error(
        'placeholder-unused',
        at,
        `the placeholder \`${placeholder.name}\` is declared but the text never uses it; write {{${placeholder.name}}} where the value goes, or remove \`${placeholder.name}\` from placeholders`,
      );
    }
    const length = [...placeholder.example].length;
    if (length > placeholder.max) {
      reporter.error(
        'schema',
        answer.positions[`placeholders.${placeholder.name}.example`] ?? at,
        `the example of \`${placeholder.name}\` is ${length} characters, more than its \`max: ${placeholder.max}\`; shorten the example or raise \`max\``,
      );
    }
  }
}

/** Two answer files with the same text (spacing aside): agents would find two and reviewers approve one change twice. */
export function checkDuplicateAnswers(answers: readonly Answer[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const seen = new Map<string, Answer>();
  for (const answer of answers) {
    if (answer.text === '') continue;
    const key = answer.text.replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, answer);
      continue;
    }
    found.push({
      file: answer.file,
      line: answer.textStart.line,
      column: answer.textStart.column,
      severity: 'error',
      rule: 'duplicate-answer',
      message: `this answer has the same text as ${first.file}:${first.textStart.line} (${first.id}); keep one of them, and give the other its own wording or delete it`,
    });
  }
  return found;
}
