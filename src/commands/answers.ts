/**
 * `herald answers list|find|show`: the support desk's library of approved answers (answers/**.md).
 * `list --format html` writes one searchable page for agents. Answers are read and checked as
 * `herald validate` reads them; an answer with errors is listed (with a note) but never shown
 * filled, since `show` is what an agent copies and `herald reply` sends.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { findAnswers, sameLanguage } from '../answers/find.js';
import { filledText, foundJson, foundText, listJson, listText } from '../answers/text.js';
import { fillAnswer } from '../content/answers/placeholders.js';
import { findAnswerById, parseSets } from '../content/answers/values.js';
import { MAX_WEIGHTED_LENGTH, weightedLength } from '../content/length.js';
import { loadAnswerContent } from '../content/load.js';
import { formatText } from '../content/report.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { EXIT_OK, UsageError, UserError } from '../model/errors.js';
import { terminalLine } from '../model/escape.js';
import { RepositoryDoor } from '../repository/door.js';
import type { CommandContext } from './context.js';

export interface AnswersOptions {
  lang?: string;
  format?: string;
  out?: string;
}

const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i;

async function load(ctx: CommandContext, options: AnswersOptions) {
  if (options.lang !== undefined && !LANG.test(options.lang)) {
    throw new UsageError(`--lang ${JSON.stringify(options.lang)} is not a language tag; write for example --lang en, --lang ru, --lang th or --lang vi`);
  }
  const loaded = await loadAnswerContent(ctx.root);
  const answerErrors = loaded.diagnostics.filter((d) => d.severity === 'error' && d.file.startsWith('answers/'));
  return { ...loaded, answerErrors };
}

function noteErrors(ctx: CommandContext, errors: readonly Diagnostic[]): void {
  if (errors.length === 0) return;
  const files = new Set(errors.map((d) => d.file)).size;
  ctx.stderr(`herald: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} answer file${files === 1 ? '' : 's'}; run herald validate\n`);
}

export async function runAnswersList(options: AnswersOptions, ctx: CommandContext): Promise<number> {
  const format = options.format ?? 'text';
  const { answers, answerErrors } = await load(ctx, options);
  const shown = options.lang === undefined ? answers : answers.filter((a) => sameLanguage(a.lang, options.lang!));
  noteErrors(ctx, answerErrors);
  if (shown.length === 0 && answers.length > 0) {
    // "No answers" would send the agent to write files that exist: say which languages there are.
    // A language tag the schema refused still names a loaded answer: shown, never obeyed.
    const languages = terminalLine([...new Set(answers.map((a) => a.lang))].sort().join(', '));
    ctx.stderr(`herald: no answer is in ${JSON.stringify(options.lang)}; the answers are in ${languages}\n`);
  }
  let output: string;
  if (format === 'json') output = listJson(shown);
  else if (format === 'html') output = (await import('../answers/html.js')).renderAnswersHtml(shown);
  else output = listText(shown);
  if (options.out !== undefined && options.out !== '') {
    const where = await writeOut(ctx, options.out, output);
    ctx.stderr(`herald: wrote ${shown.length} answer${shown.length === 1 ? '' : 's'} as ${format} to ${where}\n`);
  } else {
    ctx.stdout(output);
  }
  return EXIT_OK;
}

export async function runAnswersFind(words: string[], options: AnswersOptions, ctx: CommandContext): Promise<number> {
  const query = words.join(' ');
  if (query.trim() === '') throw new UsageError('answers find needs words to look for, e.g. herald answers find password reset');
  const { answers, answerErrors } = await load(ctx, options);
  noteErrors(ctx, answerErrors);
  const found = findAnswers(answers, query, { lang: options.lang });
  ctx.stdout(options.format === 'json' ? foundJson(found) : foundText(found, query));
  return EXIT_OK;
}

export async function runAnswersShow(id: string, options: AnswersOptions & { set?: string[] }, ctx: CommandContext): Promise<number> {
  const values = parseSets(options.set ?? []);
  const { answers, answerErrors } = await load(ctx, options);
  const answer = findAnswerById(answers, id);
  const errors = answerErrors.filter((d) => d.file === answer.file);
  if (errors.length > 0) {
    ctx.stderr(formatText(errors));
    throw new UserError(`answer ${answer.id} (${answer.file}) has errors, so it is not filled in; fix them (herald validate lists them)`);
  }
  const filled = fillAnswer(answer, values);
  if (!filled.ok) throw new UsageError(filled.problems.map((p) => p.message).join('\n'));
  const length = weightedLength(filled.text);
  // Nothing to copy is printed when X would refuse it.
  if (length > MAX_WEIGHTED_LENGTH) {
    throw new UserError(
      `filled in, answer ${answer.id} is ${length} characters as X counts them (links count 23, emoji and CJK characters 2); the limit is ${MAX_WEIGHTED_LENGTH}: use shorter values`,
    );
  }
  if (options.format === 'json') {
    ctx.stdout(
      `${JSON.stringify({ id: answer.id, lang: answer.lang, account: answer.account, text: filled.text, length, limit: MAX_WEIGHTED_LENGTH }, null, 2)}\n`,
    );
  } else {
    ctx.stdout(filledText(filled.text));
    ctx.stderr(`herald: ${length} of ${MAX_WEIGHTED_LENGTH} characters as X counts them\n`);
  }
  return EXIT_OK;
}

/**
 * `--out FILE`: inside the repository through its door (no link followed, nothing written into
 * `.git/`); elsewhere (a temp folder, a shared drive) as a plain file. Returns the path as shown.
 */
async function writeOut(ctx: CommandContext, out: string, output: string): Promise<string> {
  const target = path.resolve(ctx.cwd, out);
  const inRepository = path.relative(ctx.root, target);
  try {
    if (inRepository && !inRepository.startsWith('..') && !path.isAbsolute(inRepository)) {
      await RepositoryDoor.open(ctx.root).writeFile(inRepository.split(path.sep).join('/'), output);
    } else {
      await writeFile(target, output);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `cannot write --out ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; choose a path in an existing, writable folder`,
    );
  }
  const relative = path.relative(ctx.cwd, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}
