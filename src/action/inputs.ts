/**
 * The action's inputs, read once from the runner's environment. A mistyped input is a setup error
 * (exit 2 in the CLI's terms) before anything runs. This is the only place the action reads the
 * clock (when the `now` input is empty).
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { UsageError } from '../model/errors.js';
import { parseDuration } from '../time/duration.js';
import { hasOffset } from '../time/offset.js';
import { chooseLang, LANGS, type Lang } from '../i18n/lang.js';

export type ActionCommand = 'publish' | 'review' | 'validate' | 'stats' | 'review-comment' | 'reply';

const COMMANDS: readonly ActionCommand[] = ['publish', 'review', 'validate', 'stats', 'review-comment', 'reply'];

export interface ActionInputs {
  command: ActionCommand;
  /** Absolute content root. */
  root: string;
  /** The content root relative to the repository (the workspace), for annotation paths. */
  rootInRepo: string;
  dryRun: boolean;
  commit: boolean;
  now: DateTime;
  /** Stamps log entries: the pinned `now`, or the running clock. */
  clock: () => DateTime;
  /** Minutes between scheduled runs, to tell a late or dropped schedule. */
  intervalMinutes: number;
  /** review: the base to compare with. */
  base?: string;
  /** stats: parts published within this many milliseconds before now (input `since`, default 30d). */
  sinceMs: number;
  /** stats: the most posts to read (input `max-reads`); absent: the default that keeps a run under $1. */
  maxReads?: number;
  /**
   * review: the folder the review Markdown and the pull request's number are written to (for the
   * review-comment workflow's artifact); review-comment: the folder that artifact was downloaded to.
   */
  reviewArtifact?: string;
  /** reply: the answer's id, the customer's post (link or id), and `name=value` lines (input `set`). */
  reply?: { answer: string; to: string; sets: string[] };
  /** A GitHub token: review-comment writes the pull-request comment with it, publish the failure issues. */
  token?: string;
  /** The language of job summaries and messages: input `language`, else HERALD_LANG, else English. */
  lang: Lang;
}

/** The runner passes input `dry-run` as INPUT_DRY-RUN: spaces become underscores, hyphens stay. */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UsageError(`input ${name}: "${value}" is not a boolean; write ${name}: true or ${name}: false`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const command = input(env, 'command') || 'publish';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`input command: "${command}" is not one of ${COMMANDS.join(', ')}; write for example command: publish`);
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const root = path.resolve(workspace, input(env, 'root') || '.');
  const nowText = input(env, 'now');
  let now: DateTime;
  let clock: () => DateTime;
  if (nowText === '') {
    now = DateTime.utc();
    clock = () => DateTime.utc();
  } else {
    now = DateTime.fromISO(nowText, { setZone: true });
    if (!now.isValid || !hasOffset(nowText)) {
      throw new UsageError(
        `input now: "${nowText}" is not an ISO instant with an offset; write for example now: 2026-12-01T09:00:00Z, or leave it empty for the clock`,
      );
    }
    const pinned = now.toUTC();
    now = pinned;
    clock = () => pinned;
  }
  const intervalText = input(env, 'interval') || '30';
  const intervalMinutes = Number(intervalText);
  if (!Number.isFinite(intervalMinutes) || intervalMinutes <= 0) {
    throw new UsageError(`input interval: "${intervalText}" is not a number of minutes; write for example interval: 30`);
  }
  const sinceText = input(env, 'since') || '30d';
  const since = parseDuration(sinceText);
  if (!since) throw new UsageError(`input since: "${sinceText}" is not a duration; write for example since: 30d`);
  const maxReadsText = input(env, 'max-reads');
  if (maxReadsText !== '' && !/^\d{1,7}$/.test(maxReadsText)) {
    throw new UsageError(`input max-reads: "${maxReadsText}" is not a whole number; write for example max-reads: 200, or leave it empty for the default`);
  }
  const reviewArtifact = input(env, 'review-artifact');
  let reply: ActionInputs['reply'];
  if (command === 'reply') {
    const answer = input(env, 'answer');
    const to = input(env, 'to');
    if (answer === '' || to === '') {
      throw new UsageError(
        `command: reply needs the inputs answer and to; write for example answer: en/refund and to: https://x.com/ana_customer/status/1870000000000000000 (${answer === '' ? 'answer' : 'to'} is empty)`,
      );
    }
    // One `name=value` a line: a workflow_dispatch text box, or a YAML block in a workflow.
    const sets = (env.INPUT_SET ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    reply = { answer, to, sets };
  }
  const token = input(env, 'token');
  const chosen = chooseLang(input(env, 'language'), env.HERALD_LANG);
  if (!('lang' in chosen)) {
    const named = chosen.source === 'explicit' ? `input language: "${chosen.wrong}"` : `HERALD_LANG="${chosen.wrong}"`;
    throw new UsageError(`${named} is not a language herald speaks; write one of ${LANGS.join(', ')}, e.g. language: ru`);
  }
  const baseRef = input(env, 'base') || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : '');
  return {
    command: command as ActionCommand,
    root,
    rootInRepo: path.relative(workspace, root).split(path.sep).join('/'),
    dryRun: booleanInput(env, 'dry-run', false),
    commit: booleanInput(env, 'commit', true),
    now,
    clock,
    intervalMinutes,
    lang: chosen.lang,
    ...(baseRef ? { base: baseRef } : {}),
    sinceMs: since.as('milliseconds'),
    ...(maxReadsText !== '' ? { maxReads: Number(maxReadsText) } : {}),
    ...(reviewArtifact ? { reviewArtifact: path.resolve(workspace, reviewArtifact) } : {}),
    ...(token ? { token } : {}),
    ...(reply ? { reply } : {}),
  };
}
