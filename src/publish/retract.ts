/**
 * Carrying out `retract:` (DESIGN, "The rest of a post's life"): every part of a published post is
 * deleted from X, last part first, exactly once across crashes. The protocol mirrors sending:
 * `retract-attempt` (with the tweet id) is on disk before each DELETE, `retracted` after. A
 * `retract-attempt` without outcome (the run died, or the answer was lost) is settled by looking
 * the post up on X before anything else: gone → `retracted`; still there → delete it again. A 404
 * to the delete means X no longer has it: `retracted` too. Which parts are left, in which order,
 * is the plan's (`retractPending`); this module only carries it out.
 */
import type { PlanEntry, RetractPart } from '../model/plan.js';
import type { XAccountClient, XError } from '../x/port.js';
import { tweetUrl } from './reconcile.js';
import type { RetractedPart } from './report.js';
import { asXError, type PublishRun } from './run.js';

/** The retracted posts of the plan with parts still on X, each account's in plan order. */
export async function applyRetractions(run: PublishRun, entries: readonly PlanEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.status !== 'retracted' || !entry.post.retract || !entry.retractPending?.length) continue;
    // An earlier send of this post has no outcome: the next part may be on X too. Reconciliation
    // runs first; when it could not settle it, wait for a run that can, rather than leave a part behind.
    if (entry.unresolvedAttempt !== undefined) continue;
    const account = entry.post.account;
    if (run.isStopped(account)) continue;
    if (run.options.dryRun) {
      for (const target of entry.retractPending) report(run, entry, target, 'would-delete');
      continue;
    }
    const client = await run.client(account);
    if (!client) continue;
    for (const target of entry.retractPending) {
      // Last part first: a part that is not deleted keeps the earlier ones, so a thread is never left without its end.
      if (!(await retractPart(run, client, entry, target))) break;
    }
  }
}

function report(run: PublishRun, entry: PlanEntry, target: RetractPart, how: RetractedPart['how']): void {
  const post = entry.post;
  (run.report.retracted ??= []).push({
    post: post.id,
    account: post.account,
    part: target.part,
    parts: post.parts.length,
    tweet_id: target.tweetId,
    url: tweetUrl(run, post.account, target.tweetId),
    how,
    ...(post.retract?.reason ? { reason: post.retract.reason } : {}),
  });
}

type LookUp = { present: boolean } | { error: XError };

/** Whether X still shows the post; reads are safe to repeat, so lost answers and 5xx are retried. */
async function lookUp(run: PublishRun, client: XAccountClient, tweetId: string): Promise<LookUp> {
  for (let n = 1; ; n++) {
    try {
      return { present: (await client.lookUpTweets([tweetId])).has(tweetId) };
    } catch (caught) {
      const error = asXError(caught);
      const retryable = error.kind === 'server' || error.kind === 'uncertain' || error.kind === 'unreachable';
      if (!retryable || n >= run.options.retry.tries) return { error };
      await run.options.sleep(run.backoffMs(n));
    }
  }
}

/** One part, exactly once: true when X no longer has it (and the log says so). */
async function retractPart(run: PublishRun, client: XAccountClient, entry: PlanEntry, target: RetractPart): Promise<boolean> {
  const post = entry.post;
  const account = post.account;
  const { part, tweetId } = target;
  const label = `${account}/${post.id} part ${part + 1}/${post.parts.length} (retract)`;
  const reason = post.retract?.reason;

  const gone = async (how: 'deleted' | 'gone', why?: string): Promise<true> => {
    await run.log(post, {
      event: 'retracted',
      part,
      tweet_id: tweetId,
      ...(how === 'gone' ? { gone: true } : {}),
      ...(why || reason ? { reason: why ?? reason } : {}),
    });
    report(run, entry, target, how);
    run.options.progress(`${label}: ${how === 'deleted' ? 'deleted' : 'already gone from X'} ${tweetUrl(run, account, tweetId)}`);
    return true;
  };
  const fail = async (error: XError, retryable = true): Promise<false> => {
    const message = run.scrub(`${error.message}; the post is still on X, and the next publish run tries to delete it again`);
    await run.log(post, { event: 'failed', part, tweet_id: tweetId, error: message, retryable, kind: error.kind });
    run.report.failed.push({ post: post.id, account, file: post.file, part, error: message, retryable, kind: error.kind });
    run.options.progress(`${label}: failed: ${message}`);
    return false;
  };
  /** The answer was lost and X could not be asked: the attempt stays open, the next run looks first. */
  const unresolved = async (error: XError): Promise<false> => {
    await run.stopForError(account, error);
    const message = run.scrub(
      `the delete of ${tweetId} may have reached X and X could not be asked whether the post is gone (${error.message}); the next run checks before deleting again`,
    );
    run.report.failed.push({ post: post.id, account, file: post.file, part, retryable: true, error: message, kind: 'unconfirmed' });
    run.options.progress(`${label}: ${message}`);
    return false;
  };

  if (target.attempted) {
    // An earlier run sent (or was about to send) this delete and recorded no outcome: ask X first.
    const seen = await lookUp(run, client, tweetId);
    if ('error' in seen) return unresolved(seen.error);
    if (!seen.present) return gone('gone', 'an earlier run sent the delete without recording the outcome; X no longer has the post');
    run.options.progress(`${label}: an earlier delete did not go through; deleting again`);
  }

  const { tries, graceMs } = run.options.retry;
  for (let n = 1; ; n++) {
    await run.log(post, { event: 'retract-attempt', part, tweet_id: tweetId, ...(reason ? { reason } : {}) });
    let error: XError;
    try {
      return gone(await client.deleteTweet(tweetId));
    } catch (caught) {
      error = asXError(caught);
    }
    switch (error.kind) {
      case 'rate-limit':
      case 'auth':
        await run.stopForError(account, error);
        return fail(error);
      case 'bad-request':
      case 'duplicate':
        return fail(error);
      case 'unreachable':
        if (n >= tries) return fail(error);
        await run.options.sleep(run.backoffMs(n));
        continue;
      case 'server':
      case 'uncertain': {
        // The delete may have reached X: look before deleting again.
        if (error.kind === 'uncertain') await run.options.sleep(graceMs);
        const seen = await lookUp(run, client, tweetId);
        if ('error' in seen) return unresolved(seen.error);
        if (!seen.present) return gone('deleted', `${run.scrub(error.message)}; X no longer has the post`);
        if (n >= tries) return fail(error);
        run.options.progress(`${label}: ${run.scrub(error.message)}; still on X, trying again`);
        await run.options.sleep(run.backoffMs(n));
        continue;
      }
    }
  }
}
