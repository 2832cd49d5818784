/**
 * `herald reply`: one approved answer, sent from the support account as a reply to a customer's
 * post, exactly once per (answer, target post) across crashes and reruns. The same protocol as a
 * post's part: `attempt` on disk before the send, the outcome after, and an attempt without an
 * outcome looked up on the account's timeline (reconcile.ts `findPart`) before anything is sent.
 *
 * The log key is the post id `reply/<answer id>/<target post id>` of the support account, part 0.
 */
import crypto from 'node:crypto';
import { sameHandle, statusUrl } from '../model/account.js';
import { UsageError, UserError } from '../model/errors.js';
import { isSentEntry, type LogEntry, replyLogId } from '../model/log.js';
import { parseReplyTo } from '../content/reply-to.js';
import type { LogWriter } from '../repository/log.js';
import type { XError, XPost } from '../x/port.js';
import { type Prices, fromMicros, toMicros } from '../model/prices.js';
import { hasUrl } from '../plan/cost.js';
import { findPart } from './reconcile.js';
import { scrub } from '../x/credentials.js';
import { asXError, type ClientLookup } from './run.js';

/** What to send, once the answer is filled and checked. */
export interface ReplyRequest {
  answerId: string;
  /** The customer's post, by id. */
  targetId: string;
  /** The support account's name (`schedules/<account>.yaml`) and its handle. */
  account: string;
  handle: string;
  /** The filled answer, as X receives it. */
  text: string;
  /** The account's prices (`pricesFor`): the reply's `cost_usd`. */
  prices: Prices;
}

export type ReplyOutcome = 'sent' | 'already-sent' | 'reconciled' | 'failed';

export interface ReplyReport {
  answer: string;
  account: string;
  /** The target post's id, and its link. */
  to: string;
  to_url: string;
  outcome: ReplyOutcome;
  tweet_id?: string;
  url?: string;
  text: string;
  /** Why it failed, or how an earlier attempt was resolved. */
  reason?: string;
  /** Posts read from X by id (billed as post reads): the target, when it had to be looked up. */
  post_reads: number;
  exit_code: 0 | 1;
}

/** sha256 of what X receives: the target and the text. An attempt with another hash was another text. */
function replyHash(targetId: string, text: string): string {
  return crypto.createHash('sha256').update(`${targetId}\n${text}`).digest('hex');
}

/**
 * `--to`: an x.com or twitter.com status link, or a post id. Anything else is a usage error that
 * says what to write.
 */
export function parseReplyTarget(written: string): string {
  const target = parseReplyTo(written);
  if (target?.kind === 'tweet') return target.id;
  throw new UsageError(
    `--to ${JSON.stringify(written)} is not a post on X; give the customer's post link, like --to https://x.com/ana_customer/status/1870000000000000000, or its id alone`,
  );
}

/** What the log says about this reply: out already, an attempt without outcome, or nothing yet. */
export type ReplyState = { kind: 'published'; tweetId: string; url?: string; at: string } | { kind: 'unresolved'; hash?: string } | { kind: 'new' };

/** Pure: the reply's entries in log order; a `published` or a found `reconciled` is final. */
export function replyState(log: readonly LogEntry[], account: string, postId: string): ReplyState {
  const entries = log.filter((e) => e.account === account && e.post === postId);
  const done = entries.find(isSentEntry);
  if (done) return { kind: 'published', tweetId: done.tweet_id, ...(done.url ? { url: done.url } : {}), at: done.at };
  const last = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).pop();
  if (last?.event === 'attempt') return { kind: 'unresolved', ...(last.hash ? { hash: last.hash } : {}) };
  return { kind: 'new' };
}

/**
 * X's 2026 rule, checked before sending: an API app may reply only to its own posts and to posts
 * that mention it. Returns the reason a reply would be refused, or undefined when it is allowed.
 */
export function replyRefusal(target: XPost, me: { id: string; username: string }): string | undefined {
  if (target.authorId !== undefined && target.authorId === me.id) return undefined;
  if (target.mentions.some((name) => sameHandle(name, me.username))) return undefined;
  const author = target.authorUsername ? `@${target.authorUsername}` : 'its author';
  return `the post by ${author} does not mention @${me.username}: X (since 2026-02) lets API apps reply only to the account's own posts and to posts that mention it, so X would refuse this reply`;
}

export interface SendReplyOptions {
  request: ReplyRequest;
  /** The log as read before this run. */
  log: readonly LogEntry[];
  openLog: () => Promise<LogWriter>;
  client: () => Promise<ClientLookup>;
  /** Stamps entries and measures the response time (epoch ms). */
  nowMs: () => number;
  /** After an unanswered send, wait this long before reading the timeline. */
  graceMs: number;
  sleep: (ms: number) => Promise<void>;
  progress: (message: string) => void;
  /** Credential values seen so far (filled when the client is made): scrubbed from every message. */
  secrets: () => readonly string[];
}

/** Send the reply exactly once; a refusal before sending throws (UserError, UsageError). */
export async function sendReply(options: SendReplyOptions): Promise<ReplyReport> {
  const { request } = options;
  const scrubbed = (message: string) => scrub(message, options.secrets());
  const postId = replyLogId(request.answerId, request.targetId);
  const hash = replyHash(request.targetId, request.text);
  const report: ReplyReport = {
    answer: request.answerId,
    account: request.account,
    to: request.targetId,
    to_url: statusUrl(undefined, request.targetId),
    outcome: 'failed',
    text: request.text,
    post_reads: 0,
    exit_code: 1,
  };

  // Already out: nothing is asked of X at all.
  const state = replyState(options.log, request.account, postId);
  if (state.kind === 'published') {
    // The link is built from the id, not read from the log: a log line's url is only checked to
    // start with http(s)://, and it is printed to the terminal and the job summary.
    const url = statusUrl(request.handle, state.tweetId);
    options.progress(`answer ${request.answerId} already went out to post ${request.targetId} (${url}, logged ${state.at}); nothing sent`);
    return { ...report, outcome: 'already-sent', tweet_id: state.tweetId, url, exit_code: 0 };
  }
  if (state.kind === 'unresolved' && state.hash !== undefined && state.hash !== hash) {
    throw new UserError(
      `an earlier run attempted answer ${request.answerId} to post ${request.targetId} with other values and did not record the outcome; run herald reply again with the same --set values, so herald can look for that reply on the timeline before sending anything`,
    );
  }

  const found = await options.client();
  if (!found.ok) {
    throw new UsageError(
      `no X credentials for account ${request.account} in the environment; set ${found.missing.join(', ')} (README: "Secrets to create"); nothing was sent`,
    );
  }
  const client = found.client;
  const me = await ask(() => client.me(), 'could not ask X which account the credentials belong to');
  if (!sameHandle(me.username, request.handle)) {
    throw new UsageError(
      `the credentials in ${found.variables.slice(0, 2).join(' / ')} belong to @${me.username}, but schedules/${request.account}.yaml says handle ${request.handle}; nothing was sent. Put ${request.handle}'s access token and secret there`,
    );
  }

  // Opened on the first entry: a reply refused before sending leaves the repository untouched.
  let writer: Promise<LogWriter> | undefined;
  let targetCreatedAt: string | undefined;
  let lastMs = Math.max(-Infinity, ...options.log.filter((e) => e.account === request.account && e.post === postId).map((e) => Date.parse(e.at)));
  const log = async (fields: Omit<LogEntry, 'at' | 'post' | 'account' | 'part' | 'hash'>): Promise<void> => {
    // Always after the reply's previous entry: with a pinned clock (--now) an outcome must not share its attempt's instant.
    lastMs = Math.max(options.nowMs(), lastMs + 1);
    const entry: LogEntry = { at: new Date(lastMs).toISOString(), post: postId, account: request.account, part: 0, ...fields, hash };
    if (entry.error) entry.error = scrubbed(entry.error);
    if (entry.reason) entry.reason = scrubbed(entry.reason);
    writer ??= options.openLog();
    await (await writer).append(entry);
  };
  const claimed = new Set(options.log.filter((e) => e.account === request.account && e.tweet_id).map((e) => e.tweet_id!));
  const lookUp = async (): Promise<{ found: true; tweetId: string } | { found: false } | { error: XError }> => {
    try {
      const timeline = await client.recentTweets(me.id);
      const match = findPart(timeline, request.text, request.targetId, claimed);
      return match ? { found: true, tweetId: match.id } : { found: false };
    } catch (caught) {
      return { error: asXError(caught) };
    }
  };
  const urlOf = (tweetId: string) => statusUrl(request.handle, tweetId);
  /** What the reply cost: the post, and the read of the target it needed (spend reads `cost_usd`). */
  const costUsd = fromMicros(toMicros(hasUrl(request.text) ? request.prices.post_with_url : request.prices.post) + toMicros(request.prices.post_read));
  /** The reply was found on the timeline after an attempt without outcome (before or after reading the target). */
  const logFound = (tweetId: string, reason: string) =>
    log({
      event: 'reconciled',
      found: true,
      tweet_id: tweetId,
      url: urlOf(tweetId),
      ...(targetCreatedAt ? { scheduled_for: targetCreatedAt } : {}),
      cost_usd: costUsd,
      reason,
    });

  try {
    if (state.kind === 'unresolved') {
      const answer = await lookUp();
      if ('error' in answer) {
        return {
          ...report,
          reason: scrubbed(
            `an earlier attempt has no outcome and the timeline could not be read (${answer.error.message}); nothing was sent, run herald reply again later`,
          ),
        };
      }
      if (answer.found) {
        const url = urlOf(answer.tweetId);
        await logFound(answer.tweetId, 'an earlier run attempted this reply and did not record the outcome; found on the timeline');
        options.progress(`answer ${request.answerId} to post ${request.targetId}: an earlier run sent it (${url}); nothing sent`);
        return { ...report, outcome: 'reconciled', tweet_id: answer.tweetId, url, reason: 'an earlier attempt was found on the timeline', exit_code: 0 };
      }
      await log({
        event: 'reconciled',
        found: false,
        reason: 'an earlier run attempted this reply and did not record the outcome; not on the timeline, safe to send again',
      });
    }

    // One post read: who wrote the target and whom it mentions (X's 2026 rule), before anything is sent.
    report.post_reads = 1;
    const target = await ask(() => client.getPost(request.targetId), `could not read post ${request.targetId}`);
    if (!target) {
      throw new UserError(
        `X has no post ${request.targetId} that @${me.username} can see (deleted, protected, or never existed); check --to; nothing was sent`,
      );
    }
    targetCreatedAt = target.created_at;
    const refusal = replyRefusal(target, me);
    if (refusal)
      throw new UserError(`--to ${request.targetId}: ${refusal}. Nothing was sent; reply on x.com by hand, or ask the customer to mention @${me.username}`);

    await log({ event: 'attempt' });
    let error: XError;
    try {
      const { id } = await client.createTweet({ text: request.text, replyTo: request.targetId });
      return await published(id, 'sent');
    } catch (caught) {
      error = asXError(caught);
    }

    if (error.kind === 'uncertain' || error.kind === 'server' || error.kind === 'duplicate') {
      // The request may have reached X: look before saying anything, never send blindly again.
      if (error.kind === 'uncertain') await options.sleep(options.graceMs);
      const answer = await lookUp();
      if ('error' in answer) {
        return {
          ...report,
          reason: scrubbed(
            `${error.message}; the timeline could not be read (${answer.error.message}), so the next herald reply looks for it there before sending anything`,
          ),
        };
      }
      if (answer.found) {
        await logFound(answer.tweetId, `${error.message}; found on the timeline`);
        return await published(answer.tweetId, 'reconciled', `${error.message}; found on the timeline`, false);
      }
      await log({ event: 'reconciled', found: false, reason: `${error.message}; not on the timeline, safe to send again` });
    }
    const retryable = error.kind !== 'bad-request' && error.kind !== 'reply-restricted' && error.kind !== 'duplicate';
    const advice = retryable
      ? 'nothing went out; run herald reply again'
      : error.kind === 'duplicate'
        ? // X refuses one account's same text twice in a day, whichever post it replies to.
          'X refuses the same text from one account twice within 24 hours, and this answer with these values already went out (to another post); vary a value, such as the name, or send it later'
        : 'X will not take this reply as written';
    const message = scrubbed(`${error.message}; ${advice}`);
    await log({ event: 'failed', error: message, retryable, kind: error.kind });
    options.progress(`answer ${request.answerId} to post ${request.targetId}: failed: ${message}`);
    return { ...report, reason: message };
  } finally {
    if (writer) await (await writer).close();
  }

  async function published(id: string, outcome: ReplyOutcome, reason?: string, logIt = true): Promise<ReplyReport> {
    const url = urlOf(id);
    if (logIt) {
      // `scheduled_for` is when the customer wrote, so `delay_s` is the support team's response time.
      const nowMs = options.nowMs();
      const since = targetCreatedAt ?? new Date(nowMs).toISOString();
      await log({
        event: 'published',
        tweet_id: id,
        url,
        scheduled_for: since,
        delay_s: Math.max(0, Math.round((nowMs - Date.parse(since)) / 1000)),
        cost_usd: costUsd,
      });
    }
    options.progress(`answer ${request.answerId} to post ${request.targetId}: published ${url}`);
    return { ...report, outcome, tweet_id: id, url, ...(reason ? { reason } : {}), exit_code: 0 };
  }
}

/** An X call whose failure ends the reply before anything is sent: its message, without a stack. */
async function ask<T>(call: () => Promise<T>, what: string): Promise<T> {
  try {
    return await call();
  } catch (caught) {
    const error = asXError(caught);
    throw new UserError(`${what}: ${error.message}; nothing was sent`);
  }
}
