/**
 * Apply a plan: log `skipped` / `expired` decisions once, and send each due post's remaining parts
 * with the protocol attempt (on disk) → send → outcome (on disk). Nothing here decides whether a
 * post is due: that is the plan's `status`, `nextPart` and `tweetIds`.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { LogEntry } from '../model/log.js';
import type { Plan, PlanEntry } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { plural } from '../model/words.js';
import { fromMicros } from '../model/prices.js';
import { partCostMicros, pricesFor } from '../plan/cost.js';
import { XError, type XAccountClient } from '../x/port.js';
import { lookUpPart, recordLookUp, stopForError, tweetUrl } from './reconcile.js';
import { applyRetractions } from './retract.js';
import { asXError, type PublishRun } from './run.js';

export interface ApplyInput {
  plan: Plan;
  /** Only entries for which this is true are acted on (`--account`). */
  include: (entry: PlanEntry) => boolean;
  /** Content errors by file (relative to the root): a due post with any is never sent. */
  contentErrors: ReadonlyMap<string, Diagnostic[]>;
}

export async function applyPlan(run: PublishRun, input: ApplyInput): Promise<void> {
  const entries = input.plan.entries.filter(input.include);
  for (const entry of entries) await logDecision(run, entry);
  // An account file with errors holds back every post of the account, on every run, until fixed:
  // the run fails so somebody looks (the skip itself is logged once per post).
  for (const entry of entries)
    if (entry.blockedBy === 'account-invalid') run.stop(entry.post.account, 'account-invalid', entry.reason ?? 'its account file has errors');

  // Deletes first: a post taken down is usually urgent, and they do not depend on what is sent.
  await applyRetractions(run, entries);

  // Accounts in order of their first due post; within one, posts in window order (the plan's order).
  const byAccount = new Map<string, PlanEntry[]>();
  for (const entry of entries) {
    if (entry.status !== 'due') continue;
    const list = byAccount.get(entry.post.account) ?? [];
    list.push(entry);
    byAccount.set(entry.post.account, list);
  }
  for (const [account, due] of byAccount) {
    for (const entry of due) {
      if (run.isStopped(account)) break;
      const errors = input.contentErrors.get(entry.post.file);
      if (errors && errors.length > 0) {
        await refuseInvalid(run, entry, errors);
        continue;
      }
      // An attempt still unresolved here could not be checked: sending could post it twice.
      if (entry.unresolvedAttempt !== undefined) continue;
      if (run.options.dryRun) {
        describe(run, entry);
        continue;
      }
      const client = await run.client(account);
      if (!client) {
        await refuseStopped(run, due.slice(due.indexOf(entry)));
        break;
      }
      await sendPost(run, client, entry);
    }
  }
}

/**
 * The account was stopped before anything was sent because herald could not confirm whose
 * credentials these are: each due post is reported and logged as failed with the reason, so the
 * run fails and the post's history says why it did not go out.
 */
async function refuseStopped(run: PublishRun, entries: readonly PlanEntry[]): Promise<void> {
  const stop = run.stopped(entries[0]?.post.account ?? '');
  if (!stop || (stop.kind !== 'wrong-account' && stop.kind !== 'unreachable')) return;
  for (const entry of entries) {
    if (entry.unresolvedAttempt !== undefined) continue;
    const post = entry.post;
    run.report.failed.push({
      post: post.id,
      account: post.account,
      file: post.file,
      part: entry.nextPart,
      error: stop.reason,
      retryable: true,
      kind: stop.kind,
    });
    await run.log(post, { event: 'failed', part: entry.nextPart, error: stop.reason, retryable: true, kind: stop.kind });
  }
}

/** `skipped` (paused, blackout, daily cap, budget) and `expired` are logged once per post and reason. */
async function logDecision(run: PublishRun, entry: PlanEntry): Promise<void> {
  const post = entry.post;
  const decision = { post: post.id, account: post.account, reason: entry.reason ?? entry.status };
  if (entry.status === 'expired' && !entry.alreadyLogged) {
    // A post that kept failing until its window closed was lost to the failures: say so, with their kind.
    const failures = failureHistory(run.options.ledger, post);
    const expired =
      failures.count > 0
        ? {
            ...decision,
            file: post.file,
            reason: `expired after ${plural(failures.count, 'failed attempt')}${failures.kind ? ` (${failures.kind})` : ''}: ${decision.reason}`,
            failed_attempts: failures.count,
            ...(failures.kind ? { last_failure: failures.kind } : {}),
          }
        : decision;
    run.report.expired.push(expired);
    if (!run.options.dryRun)
      await run.log(
        post,
        { event: 'expired', part: entry.nextPart, reason: expired.reason, blocked_by: entry.blockedBy ?? 'window-closed' },
        { batched: true },
      );
  } else if (entry.status === 'blocked' && entry.blockedBy && entry.blockedBy !== 'failed' && !entry.alreadyLogged && !budgetNotYetDue(run, entry)) {
    run.report.skipped.push(decision);
    if (!run.options.dryRun)
      await run.log(post, { event: 'skipped', part: entry.nextPart, reason: decision.reason, blocked_by: entry.blockedBy }, { batched: true });
  }
}

/**
 * A budget block depends on every other post of the month, which may still change before this one
 * is due: it is logged when the post's window is open (the run that would have sent it), not ahead.
 */
function budgetNotYetDue(run: PublishRun, entry: PlanEntry): boolean {
  return entry.blockedBy === 'budget' && (entry.at === undefined || Date.parse(entry.at) > Date.parse(run.report.now));
}

/** The post's `failed` entries (same account, and its id or its current text) and the kind of the last one. */
function failureHistory(ledger: readonly LogEntry[], post: Post): { count: number; kind?: string } {
  let count = 0;
  let kind: string | undefined;
  for (const e of ledger) {
    // By id, as the ledger decides identity: another post that once had the same words is not this post's past.
    if (e.event !== 'failed' || e.account !== post.account || e.post !== post.id) continue;
    count++;
    kind = e.kind ?? kindFromMessage(e.error);
  }
  return { count, ...(kind ? { kind } : {}) };
}

/** Logs written before `failed` carried a `kind`: read it back from herald's own wording. */
function kindFromMessage(error: string | undefined): string | undefined {
  const status = /X answered (\d{3})/.exec(error ?? '')?.[1];
  if (status === '401' || status === '403') return /duplicate/i.test(error ?? '') ? 'duplicate' : 'auth';
  if (status === '429') return 'rate-limit';
  if (status?.startsWith('5')) return 'server';
  if (status === '400') return 'bad-request';
  if (/could not connect to X/.test(error ?? '')) return 'unreachable';
  return undefined;
}

async function refuseInvalid(run: PublishRun, entry: PlanEntry, errors: Diagnostic[]): Promise<void> {
  const post = entry.post;
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run herald validate ${post.file})` : '';
  const error = `${first.file}:${first.line}: ${first.message}${more}; fix the file and the post goes out while its window is open`;
  run.report.failed.push({ post: post.id, account: post.account, file: post.file, part: entry.nextPart, error, retryable: true, kind: 'content' });
  if (run.options.dryRun) return;
  // Logged once per message: a broken file must not add a line to the log on every scheduled run.
  const last = [...run.options.ledger].reverse().find((e) => e.account === post.account && e.post === post.id);
  if (last?.event === 'failed' && last.error === error) return;
  await run.log(post, { event: 'failed', part: entry.nextPart, error, retryable: true, kind: 'content' });
}

function describe(run: PublishRun, entry: PlanEntry): void {
  const post = entry.post;
  for (let part = entry.nextPart; part < lastDue(entry); part++) {
    run.report.sent.push({
      post: post.id,
      account: post.account,
      part,
      parts: post.parts.length,
      scheduled_for: partAt(entry, part) ?? run.report.now,
      delay_s: delaySeconds(run, entry, part),
      text: post.parts[part],
      ...(part === 0 && post.media.length > 0 ? { media: post.media.map((m) => ({ file: m.file, ...(m.alt ? { alt: m.alt } : {}) })) } : {}),
      ...(part > 0 ? { reply_to: part === entry.nextPart ? (entry.tweetIds[part - 1] ?? 'previous part') : 'previous part' } : {}),
      ...(part === 0 && entry.replyTo ? { reply_to: entry.replyTo } : {}),
      ...(part === 0 && post.poll ? { poll: { options: post.poll.options, duration_minutes: post.poll.durationMinutes } } : {}),
    });
  }
}

function delaySeconds(run: PublishRun, entry: PlanEntry, part: number): number {
  const at = partAt(entry, part);
  if (!at) return 0;
  return Math.max(0, Math.round((run.options.now().toMillis() - Date.parse(at)) / 1000));
}

/** When a part is scheduled: its own time in a thread with timed parts, else the post's window start. */
const partAt = (entry: PlanEntry, part: number) => entry.partsAt?.[part] ?? entry.at;

/** The parts due now end here: a timed part later in the thread waits for its own time (the plan's `dueUntil`). */
const lastDue = (entry: PlanEntry) => Math.min(entry.dueUntil ?? entry.post.parts.length, entry.post.parts.length);

/** Send the post's remaining parts in order; a part that does not go out holds back the rest. */
async function sendPost(run: PublishRun, client: XAccountClient, entry: PlanEntry): Promise<void> {
  // Part 1 replies to `reply_to` (the plan resolved it), each later part to the one before.
  let replyTo = entry.nextPart > 0 ? entry.tweetIds[entry.nextPart - 1] : entry.replyTo;
  for (let part = entry.nextPart; part < lastDue(entry); part++) {
    const tweetId = await sendPart(run, client, entry, part, replyTo);
    if (tweetId === undefined) return;
    replyTo = tweetId;
  }
}

type Failure = { error: string; retryable: boolean; kind: string };

/** What to change after X refused a part (a 400, or a 403 about this one post): the part's own `reply_to` when it is the reply. */
function badRequestFix(post: Post, part: number, message: string): string {
  if (part === 0 && post.replyTo) {
    return /deleted or not visible/i.test(message)
      ? 'the post it replies to is deleted or not visible: change or remove `reply_to`, then it is sent again'
      : 'X will not take this reply as written: change or remove `reply_to` (or edit the text or media), then it is sent again';
  }
  return 'X will not take this part as written: edit the text or media, then it is sent again';
}

/** One part, exactly once: returns its tweet id, or undefined when it did not (knowably) go out. */
async function sendPart(run: PublishRun, client: XAccountClient, entry: PlanEntry, part: number, replyTo: string | undefined): Promise<string | undefined> {
  const post = entry.post;
  const account = post.account;
  const { tries, graceMs } = run.options.retry;
  const at = partAt(entry, part);
  const scheduled = at ? { scheduled_for: at } : {};
  const label = `${account}/${post.id} part ${part + 1}/${post.parts.length}`;

  const fail = async (failure: Failure): Promise<undefined> => {
    const error = run.scrub(failure.error);
    await run.log(post, { event: 'failed', part, error, retryable: failure.retryable, kind: failure.kind });
    run.report.failed.push({ post: post.id, account, file: post.file, part, error, retryable: failure.retryable, kind: failure.kind });
    run.options.progress(`${label}: failed: ${error}`);
    return undefined;
  };

  for (let n = 1; ; n++) {
    await run.log(post, { event: 'attempt', part, ...scheduled });

    let mediaIds: string[] | undefined;
    if (part === 0 && post.media.length > 0) {
      const uploaded = await uploadMedia(run, client, entry);
      if ('error' in uploaded) {
        // Nothing was posted: the upload comes before the post.
        await stopForError(run, account, uploaded.error);
        return fail({
          error: `uploading media: ${uploaded.error.message}`,
          retryable: uploaded.error.kind !== 'bad-request' && uploaded.error.kind !== 'duplicate',
          kind: uploaded.error.kind,
        });
      }
      mediaIds = uploaded.ids;
    }

    let error: XError;
    try {
      const poll = part === 0 ? post.poll : undefined;
      const { id } = await client.createTweet({
        text: post.parts[part],
        ...(replyTo ? { replyTo } : {}),
        ...(mediaIds ? { mediaIds } : {}),
        ...(poll ? { poll } : {}),
      });
      const url = tweetUrl(run, account, id);
      const delay_s = delaySeconds(run, entry, part);
      // What this part cost, at the prices of the day it went out: spend stays right after the file or the table changes.
      const cost_usd = fromMicros(partCostMicros(post, part, pricesFor(run.options.accounts.get(account))));
      await run.log(post, { event: 'published', part, tweet_id: id, url, ...scheduled, delay_s, cost_usd });
      run.report.sent.push({
        post: post.id,
        account,
        part,
        parts: post.parts.length,
        tweet_id: id,
        url,
        scheduled_for: at ?? run.report.now,
        delay_s,
        text: post.parts[part],
      });
      run.options.progress(`${label}: published ${url}`);
      return id;
    } catch (caught) {
      error = asXError(caught);
    }

    switch (error.kind) {
      case 'rate-limit':
        await stopForError(run, account, error);
        return fail({ error: error.message, retryable: true, kind: error.kind });
      case 'auth':
        await stopForError(run, account, error);
        return fail({ error: error.message, retryable: true, kind: error.kind });
      case 'reply-restricted':
        // X refuses this reply permanently; the account's credentials are fine, so it is not stopped.
        return fail({
          error: `${error.message}; X will not take this reply: change or remove \`reply_to\`, then it is sent again (or reply on x.com by hand)`,
          retryable: false,
          kind: error.kind,
        });
      case 'bad-request':
        return fail({
          error: `${error.message}; ${badRequestFix(post, part, error.message)}`,
          retryable: false,
          kind: error.kind,
        });
      case 'unreachable':
        // Nothing reached X, so there is nothing to look up: a plain failure, tried again with backoff.
        if (n >= tries)
          return fail({ error: `${error.message}; gave up after ${tries} tries, it stays due for the next run`, retryable: true, kind: error.kind });
        run.options.progress(`${label}: ${run.scrub(error.message)}; trying again`);
        await run.options.sleep(run.backoffMs(n));
        continue;
      case 'duplicate': {
        const answer = await lookUpPart(run, client, post, part, replyTo);
        if ('error' in answer) return unresolved(run, entry, part, answer.error, label);
        if (answer.found) {
          await recordLookUp(run, entry, part, answer, 'X called the part a duplicate');
          return answer.tweetId;
        }
        return fail({
          error: `${error.message}; X says duplicate but it is not on the timeline, so it was not sent. Change the wording so it differs from an earlier post`,
          retryable: false,
          kind: error.kind,
        });
      }
      case 'server':
      case 'uncertain': {
        // The request may have reached X: never send again before the timeline says it did not.
        if (error.kind === 'uncertain') await run.options.sleep(graceMs);
        const answer = await lookUpPart(run, client, post, part, replyTo);
        if ('error' in answer) return unresolved(run, entry, part, answer.error, label);
        await recordLookUp(run, entry, part, answer, error.message);
        if (answer.found) return answer.tweetId;
        if (n >= tries)
          return fail({ error: `${error.message}; gave up after ${tries} tries, it stays due for the next run`, retryable: true, kind: error.kind });
        run.options.progress(`${label}: ${run.scrub(error.message)}; not on the timeline, trying again`);
        await run.options.sleep(run.backoffMs(n));
        continue;
      }
    }
  }
}

/** The outcome cannot be known now: leave the attempt open so the next run looks it up first. */
async function unresolved(run: PublishRun, entry: PlanEntry, part: number, error: XError, label: string): Promise<undefined> {
  await stopForError(run, entry.post.account, error);
  const message = run.scrub(
    `the answer to the post was lost and the timeline could not be read (${error.message}); the next run checks the timeline before sending it`,
  );
  run.report.failed.push({
    post: entry.post.id,
    account: entry.post.account,
    file: entry.post.file,
    part,
    retryable: true,
    error: message,
    kind: 'unconfirmed',
  });
  run.options.progress(`${label}: ${message}`);
  return undefined;
}

async function uploadMedia(run: PublishRun, client: XAccountClient, entry: PlanEntry): Promise<{ ids: string[] } | { error: XError }> {
  const ids: string[] = [];
  for (const media of entry.post.media) {
    for (let n = 1; ; n++) {
      try {
        const bytes = run.options.readMedia(entry.post, media);
        if (!bytes.ok) return { error: new XError('bad-request', bytes.problem.message) };
        ids.push(await client.uploadMedia({ name: media.file, bytes: bytes.value }, media.alt));
        break;
      } catch (caught) {
        const error = asXError(caught);
        // An upload creates no post, so repeating one is harmless (X discards unused media).
        if ((error.kind !== 'server' && error.kind !== 'uncertain' && error.kind !== 'unreachable') || n >= run.options.retry.tries) return { error };
        await run.options.sleep(run.backoffMs(n));
      }
    }
  }
  return { ids };
}
