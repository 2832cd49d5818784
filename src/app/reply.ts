/**
 * The reply use case, shared by `herald reply` and the action's reply mode: read the answers and
 * account files, fill the answer, check it, then send it exactly once (src/publish/reply.ts).
 * Every mistake an agent can make in the request (the link, the answer id, a value) is refused
 * here, before any request to X.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { fillAnswer } from '../content/answers/placeholders.js';
import { findAnswerById, parseSets } from '../content/answers/values.js';
import { MAX_WEIGHTED_LENGTH, weightedLength } from '../content/length.js';
import { loadAnswerContent } from '../content/load.js';
import { UsageError, UserError } from '../model/errors.js';
import { pricesFor } from '../plan/cost.js';
import { clientFor, graceMsFor, timeoutFromEnv, DEFAULT_X_TIMEOUT_MS } from '../publish/index.js';
import { parseReplyTarget, type ReplyReport, sendReply } from '../publish/reply.js';
import { accountFilePath } from '../repository/paths.js';
import { openLogWriter, readLog } from '../repository/log.js';

export interface ReplyOptions {
  /** The answer's id (its path under answers/ without .md). */
  answer: string;
  /** The customer's post: an x.com / twitter.com status link, or its id. */
  to: string;
  /** The placeholders' values, `name=value` each (`--set`, or the action's `set` lines). */
  sets: readonly string[];
  /** Send from this account (default: the answer's `account`); it must be the answer's. */
  account?: string;
  /** Credentials (`X_<ACCOUNT>_*`), `X_API_BASE_URL`, `HERALD_X_TIMEOUT_MS`. */
  env: NodeJS.ProcessEnv;
  /** The clock (epoch ms): stamps the log and measures the response time. */
  nowMs: () => number;
  /** Progress, one line each. */
  log?: (message: string) => void;
}

export async function replyWithAnswer(root: string, options: ReplyOptions): Promise<ReplyReport> {
  const progress = options.log ?? (() => {});
  const targetId = parseReplyTarget(options.to);
  const values = parseSets(options.sets);
  const { accounts, answers, diagnostics } = await loadAnswerContent(root);
  const answer = findAnswerById(answers, options.answer);
  const errors = diagnostics.filter((d) => d.severity === 'error' && d.file === answer.file);
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new UserError(
      `answer ${answer.id} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} (${first.file}:${first.line}: ${first.message}); nothing was sent. Fix the answer (herald validate lists every error) and merge the fix first`,
    );
  }
  const accountName = options.account ?? answer.account;
  if (accountName !== answer.account) {
    throw new UsageError(
      `--account ${accountName}: answer ${answer.id} is approved for account ${answer.account} (its \`account:\`); leave --account out, or write --account ${answer.account}`,
    );
  }
  const account = accounts.get(accountName);
  if (!account)
    throw new UsageError(
      `answer ${answer.id} is for account ${accountName}, but ${accountFilePath(accountName)} does not exist; create it (herald init writes one)`,
    );
  const accountErrors = (account.problems ?? []).filter((d) => d.severity === 'error');
  if (accountErrors.length > 0) {
    const first = accountErrors[0]!;
    throw new UserError(`${first.file}:${first.line}: ${first.message}; the account file has errors, so nothing is sent from it until they are fixed`);
  }

  const filled = fillAnswer(answer, values);
  if (!filled.ok) throw new UsageError(`${filled.problems.map((p) => p.message).join('\n')}\nNothing was sent.`);
  const length = weightedLength(filled.text);
  if (length > MAX_WEIGHTED_LENGTH) {
    throw new UserError(
      `filled in, answer ${answer.id} is ${length} characters as X counts them (links count 23, emoji and CJK characters 2); the limit is ${MAX_WEIGHTED_LENGTH}: use shorter values. Nothing was sent`,
    );
  }

  const history = await readLog(root);
  for (const d of history.diagnostics) progress(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  const timeoutMs = timeoutFromEnv(options.env) ?? DEFAULT_X_TIMEOUT_MS;
  const secrets: string[] = [];
  return sendReply({
    request: { answerId: answer.id, targetId, account: account.name, handle: account.handle, text: filled.text, prices: pricesFor(account) },
    log: history.entries,
    openLog: () => openLogWriter(root),
    client: () => clientFor(account.name, options.env, timeoutMs, secrets),
    nowMs: options.nowMs,
    graceMs: graceMsFor(timeoutMs),
    sleep: (ms) => delay(ms),
    progress,
    secrets: () => secrets,
  });
}
