/**
 * Reconciliation: deciding from the account's timeline whether a part whose outcome is unknown
 * went out. This is what makes "exactly once" hold when a run dies or an answer is lost.
 */
import { statusUrl } from '../model/account.js';
import type { Plan, PlanEntry } from '../model/plan.js';
import type { Post } from '../model/post.js';
import type { XAccountClient, XError, XTweet } from '../x/port.js';
import { comparableText } from '../x/tweet-text.js';
import { asXError, type PublishRun } from './run.js';

export type TimelineAnswer = { found: true; tweetId: string } | { found: false } | { error: XError };

/**
 * The tweet on the timeline that is this part: same text (normalised; the client has already
 * expanded t.co links and decoded entities), replying to the previous part for parts after the
 * first, and not already recorded in the log for another part. The oldest such tweet wins.
 */
export function findPart(timeline: readonly XTweet[], text: string, replyTo: string | undefined, claimed: ReadonlySet<string>): XTweet | undefined {
  const wanted = comparableText(text);
  const matches = timeline.filter(
    (t) => !claimed.has(t.id) && comparableText(t.text) === wanted && (replyTo === undefined || t.in_reply_to_tweet_id === replyTo),
  );
  return matches[matches.length - 1];
}

/**
 * Read the timeline and look for the part, retrying reads (they are safe to repeat) on server
 * errors and lost answers; rate limits and rejected credentials end the look-up at once.
 */
export async function lookUpPart(run: PublishRun, client: XAccountClient, post: Post, part: number, replyTo: string | undefined): Promise<TimelineAnswer> {
  const { tries } = run.options.retry;
  for (let n = 1; ; n++) {
    try {
      const userId = await run.userId(post.account, client);
      const timeline = await client.recentTweets(userId);
      const match = findPart(timeline, post.parts[part], replyTo, run.claimed);
      return match ? { found: true, tweetId: match.id } : { found: false };
    } catch (caught) {
      const error = asXError(caught);
      const retryable = error.kind === 'server' || error.kind === 'uncertain' || error.kind === 'unreachable';
      if (!retryable || n >= tries) return { error };
      await run.options.sleep(run.backoffMs(n));
    }
  }
}

export function tweetUrl(run: PublishRun, account: string, tweetId: string): string {
  return statusUrl(run.options.accounts.get(account)?.handle, tweetId);
}

/** Log and report what the timeline said about an unresolved part. */
export async function recordLookUp(
  run: PublishRun,
  entry: PlanEntry,
  part: number,
  answer: { found: true; tweetId: string } | { found: false },
  why: string,
): Promise<void> {
  const post = entry.post;
  if (answer.found) {
    const url = tweetUrl(run, post.account, answer.tweetId);
    await run.log(post, {
      event: 'reconciled',
      part,
      found: true,
      tweet_id: answer.tweetId,
      url,
      ...((entry.partsAt?.[part] ?? entry.at) ? { scheduled_for: entry.partsAt?.[part] ?? entry.at } : {}),
      reason: `${why}; found on the timeline`,
    });
  } else {
    await run.log(post, { event: 'reconciled', part, found: false, reason: `${why}; not on the timeline, safe to send again` });
  }
  run.report.reconciled.push({
    post: post.id,
    account: post.account,
    part,
    found: answer.found,
    ...(answer.found ? { tweet_id: answer.tweetId } : {}),
    reason: answer.found ? `${why}; found on the timeline` : `${why}; not on the timeline`,
  });
}

/** Stop the account when a look-up failed for a reason that concerns the whole account. */
export async function stopForError(run: PublishRun, account: string, error: XError): Promise<void> {
  await run.stopForError(account, error);
}

/**
 * Before anything is sent: every attempt the log leaves without an outcome is looked up on the
 * timeline. Parts that cannot be looked up stay unresolved, and their posts are not sent this run.
 */
export async function reconcileUnresolved(run: PublishRun, plan: Plan, include: (entry: PlanEntry) => boolean): Promise<void> {
  for (const entry of plan.entries) {
    const part = entry.unresolvedAttempt;
    if (part === undefined || !include(entry)) continue;
    const post = entry.post;
    if (run.options.dryRun) {
      (run.report.would_reconcile ??= []).push({ post: post.id, account: post.account, part });
      continue;
    }
    const client = await run.client(post.account);
    if (!client) continue;
    if (part >= post.parts.length) continue;
    const replyTo = part > 0 ? entry.tweetIds[part - 1] : undefined;
    const answer = await lookUpPart(run, client, post, part, replyTo);
    if ('error' in answer) {
      await stopForError(run, post.account, answer.error);
      run.report.failed.push({
        post: post.id,
        account: post.account,
        file: post.file,
        part,
        retryable: true,
        kind: 'unconfirmed',
        error: run.scrub(
          `an earlier attempt of part ${part + 1} has no outcome and the timeline could not be read (${answer.error.message}); nothing is sent for this post until the next run has checked it`,
        ),
      });
      continue;
    }
    await recordLookUp(run, entry, part, answer, 'an earlier run attempted this part and did not record the outcome');
  }
}
