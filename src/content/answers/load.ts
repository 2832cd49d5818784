/** Read and check `answers/**\/*.md` through the repository door. Never throws for bad content. */
import type { Account } from '../../model/account.js';
import type { Answer } from '../../model/answer.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { doorDiagnostic, type RepositoryDoor, SIZE_LIMITS } from '../../repository/door.js';
import { ANSWERS_DIR } from '../../repository/paths.js';
import { isPostName } from '../load.js';
import { readText } from '../load-posts.js';
import { readAnswerFile } from './answer-file.js';
import { checkAnswer, checkDuplicateAnswers } from './checks.js';

export interface LoadedAnswers {
  answers: Answer[];
  diagnostics: Diagnostic[];
  /** Answer files read, including those too broken to become an answer. */
  files: number;
}

/** A repository without `answers/` has no answers (and no finding). */
export function loadAnswers(door: RepositoryDoor, accounts: ReadonlyMap<string, Account>, errorsOnly = false): LoadedAnswers {
  const listing = door.listFiles(ANSWERS_DIR, isPostName, true);
  const diagnostics: Diagnostic[] = listing.problems.map(doorDiagnostic);
  const answers: Answer[] = [];
  for (const file of listing.files) {
    const read = readText(door, file, SIZE_LIMITS.post, 'answer');
    if (!('text' in read)) {
      diagnostics.push(doorDiagnostic(read));
      continue;
    }
    const answer = readAnswerFile(file, read.text, read.problem);
    checkAnswer(answer, accounts, door, errorsOnly);
    diagnostics.push(...answer.source.reporter.diagnostics);
    if (answer.answer) answers.push(answer.answer);
  }
  diagnostics.push(...checkDuplicateAnswers(answers));
  return { answers, diagnostics, files: listing.files.length };
}
