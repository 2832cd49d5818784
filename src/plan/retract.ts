/**
 * `retract:` in the plan. A published post that asks for it is deleted from X, every part, last
 * part first, by the next publish run; the log's `retract-attempt` / `retracted` entries say which
 * parts are gone. A post that never went out and asks for it is simply never sent: nothing is
 * logged for it (nothing happened on X, and the file says why every time the plan is made).
 * A post whose parts the log says were deleted stays retracted even if `retract:` is removed later:
 * X does not bring a deleted post back, so to post the text again it needs a new id.
 */
import type { LogEntry } from '../model/log.js';
import type { RetractPart } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { plural } from '../model/words.js';
import { when } from '../time/format.js';
import type { LedgerRecord } from './ledger.js';
import type { StatusDecision } from './status.js';

/** What the log says about deleting a post's parts. */
export interface RetractHistory {
  /** Tweet ids X no longer has, by the log, with the `at` of their `retracted` entry. */
  deleted: Map<string, string>;
  /** Tweet ids whose `retract-attempt` has no outcome yet: the delete may have reached X. */
  open: Set<string>;
}

/** Fold one entry into the history (entries arrive in log order). */
export function noteRetract(history: RetractHistory, entry: LogEntry): void {
  const id = entry.tweet_id;
  if (id === undefined) return;
  if (entry.event === 'retract-attempt') history.open.add(id);
  else if (entry.event === 'retracted') {
    history.open.delete(id);
    if (!history.deleted.has(id)) history.deleted.set(id, entry.at);
  } else if (entry.event === 'failed') history.open.delete(id);
}

/** The parts still on X by the log, last part first. */
export function pendingDeletes(record: LedgerRecord): RetractPart[] {
  const pending: RetractPart[] = [];
  for (let part = record.tweetIds.length - 1; part >= 0; part--) {
    const tweetId = record.tweetIds[part];
    if (record.retract.deleted.has(tweetId)) continue;
    pending.push({ part, tweetId, attempted: record.retract.open.has(tweetId) });
  }
  return pending;
}

/**
 * The status of a post that asks to be retracted, or whose parts were deleted; undefined for any
 * other post. Comes before every other status: history first, and a retract beats a draft.
 */
export function retractStatus(post: Post, record: LedgerRecord, zone: string): StatusDecision | undefined {
  const anyDeleted = record.tweetIds.some((id) => record.retract.deleted.has(id));
  if (!post.retract && !anyDeleted) return undefined;
  const why = post.retract?.reason ? ` (${post.retract.reason})` : '';
  if (record.tweetIds.length === 0) {
    // An attempt without outcome may have put part 1 on X: publish looks it up first, and a found part is deleted.
    const unsure =
      record.unresolvedAttempt !== undefined ? '; an earlier send has no outcome, so the next publish run checks X first and deletes it if it went out' : '';
    return { status: 'retracted', reason: `retract${why}: never published, so it is never sent${unsure}` };
  }
  const pending = pendingDeletes(record);
  const total = record.tweetIds.length;
  if (pending.length === 0) {
    const last = Math.max(...[...record.retract.deleted.entries()].filter(([id]) => record.tweetIds.includes(id)).map(([, at]) => Date.parse(at)));
    const on = Number.isFinite(last) ? ` on ${when(last, zone)}` : '';
    const reposting = post.retract ? '' : '; to post this text again, give it a new id';
    return { status: 'retracted', reason: `retract${why}: deleted from X${on} (${total === 1 ? 'its part' : `all ${total} parts`})${reposting}` };
  }
  const done = total - pending.length;
  if (!post.retract)
    return {
      status: 'retracted',
      reason: `${plural(done, 'part')} of ${total} deleted from X; \`retract:\` was removed, so the rest stays on X: add it back to delete the rest`,
    };
  const progress = done > 0 ? ` (${done} of ${total} parts already deleted)` : '';
  return {
    status: 'retracted',
    reason: `retract${why}: the next publish run deletes ${pending.length === 1 ? 'part' : 'parts'} ${pending.map((p) => p.part + 1).join(', ')} from X, last part first${progress}`,
  };
}
