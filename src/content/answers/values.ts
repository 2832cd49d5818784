/**
 * What an agent gives on the command line to fill an answer, read once for `herald answers show`,
 * `herald reply` and the action's `reply` mode: the answer by id, and `--set name=value` values.
 */
import type { Answer } from '../../model/answer.js';
import { UsageError } from '../../model/errors.js';
import { visibleName } from '../../model/escape.js';
import { didYouMean } from '../text-index.js';

/** `--set name=value`, each name once; the value may hold `=` and spaces. */
export function parseSets(sets: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set ${JSON.stringify(set)} has no name; write --set name=value, e.g. --set name=Anna`);
    const name = set.slice(0, eq).trim();
    if (Object.hasOwn(values, name)) throw new UsageError(`--set ${name}= is given twice; give each placeholder one value`);
    values[name] = set.slice(eq + 1);
  }
  return values;
}

/** The answer an id (or its path, `answers/en/refund.md`) names, or a UsageError with the closest id. */
export function findAnswerById(answers: readonly Answer[], id: string): Answer {
  const wanted = id.replace(/^answers\//, '').replace(/\.md$/i, '');
  const answer = answers.find((a) => a.id === wanted);
  if (answer) return answer;
  const suggestion = didYouMean(
    wanted,
    answers.map((a) => a.id),
  );
  throw new UsageError(
    `there is no answer ${JSON.stringify(wanted)} (no answers/${visibleName(wanted)}.md that reads as an answer)` +
      (suggestion
        ? `; did you mean ${suggestion}?`
        : answers.length > 0
          ? `; herald answers list shows the ${answers.length} there are`
          : '; there are no answers yet'),
  );
}
