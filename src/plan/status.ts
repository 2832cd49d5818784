import type { BlockReason, PostStatus } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { blackoutAt, type AccountTime } from './account-time.js';
import type { LedgerRecord } from './ledger.js';
import { retractStatus } from './retract.js';
import { when } from '../time/format.js';

export interface StatusDecision {
  status: PostStatus;
  reason?: string;
  blockedBy?: BlockReason;
  alreadyLogged?: boolean;
}

export interface StatusInput {
  post: Post;
  record: LedgerRecord;
  /** Window start; undefined when the post could not be placed. */
  startMs?: number;
  windowMs: number;
  nowMs: number;
  zone: string;
  time?: AccountTime;
  slotted: boolean;
  /** Why it has no time (invalid time, unknown account, no free slot). */
  unplacedReason?: string;
}

/** Every part of the post is on X, by the log. */
export function fullySent(post: Post, record: LedgerRecord): boolean {
  return post.parts.length > 0 && record.tweetIds.length >= post.parts.length;
}

function partsSent(record: LedgerRecord, post: Post): string {
  const sent = record.tweetIds.length;
  const which = sent === 1 ? 'part 1' : `parts 1–${sent}`;
  return `${which} of ${post.parts.length} went out (tweet ${record.tweetIds.join(', ')}); the rest is never sent late`;
}

/**
 * The status of one post at `now`, before daily caps (which depend on the other posts of the day).
 * Order matters: history first, then what the author asked (draft), then time.
 */
export function decideStatus(input: StatusInput): StatusDecision {
  const { post, record, startMs, windowMs, nowMs, zone, time } = input;
  const retracted = retractStatus(post, record, zone);
  if (retracted) return retracted;
  if (fullySent(post, record)) return { status: 'published' };
  if (post.draft) return { status: 'draft', reason: input.unplacedReason };
  // A queued post of an account whose slots cannot be read has no time; say why it is held.
  if (startMs === undefined && time?.blockedReason !== undefined && record.tweetIds.length === 0)
    return { status: 'blocked', blockedBy: 'account-invalid', reason: time.blockedReason, alreadyLogged: record.skippedCategories.has('account-invalid') };
  if (startMs === undefined) {
    return input.slotted && record.tweetIds.length === 0
      ? { status: 'queued', reason: input.unplacedReason }
      : { status: 'blocked', reason: `cannot be placed in time: ${input.unplacedReason ?? 'no publish time'}` };
  }
  if (record.permanentFailure !== undefined)
    return {
      status: 'blocked',
      blockedBy: 'failed',
      reason: `X rejected this post permanently: ${record.permanentFailure}. Edit the text${post.replyTo || post.poll ? ', `reply_to` or `poll`' : ''} to send it again.`,
    };

  const endMs = startMs + windowMs;
  if (nowMs > endMs) {
    const closed = `window closed at ${when(endMs, zone)}`;
    return {
      status: 'expired',
      reason: record.tweetIds.length > 0 ? `${closed} after ${partsSent(record, post)}` : `${closed} before it was published`,
      alreadyLogged: record.expiredLogged,
    };
  }

  const blocked = (blockedBy: BlockReason, reason: string): StatusDecision => ({
    status: 'blocked',
    blockedBy,
    reason,
    alreadyLogged: record.skippedCategories.has(blockedBy),
  });
  // A pause in effect is what the team asked for: it names the stop. Otherwise an account file
  // with errors stops the account: a setting that cannot be read (a pause, a blackout, a cap) is
  // never treated as absent.
  if (time?.pausedFromMs !== undefined && Math.max(nowMs, startMs) >= time.pausedFromMs) return blocked('paused', time.pauseReason!);
  if (time?.blockedReason !== undefined) return blocked('account-invalid', time.blockedReason);

  const open = nowMs >= startMs;
  const blackout = time && blackoutAt(time, open ? nowMs : startMs);
  if (blackout) {
    const after =
      blackout.endMs <= endMs
        ? `; it goes out when the blackout ends (${when(blackout.endMs, zone)}) while its window is open, until ${when(endMs, zone)}`
        : `; its window closes at ${when(endMs, zone)}, before the blackout ends, so it will not go out`;
    return blocked('blackout', `inside blackout ${blackout.label}${after}`);
  }
  if (open) return { status: 'due' };
  return { status: input.slotted ? 'queued' : 'scheduled' };
}

/** The daily-cap block, applied once the day's order is known. */
export function capBlock(record: LedgerRecord, cap: number, day: string, zone: string): StatusDecision {
  return {
    status: 'blocked',
    blockedBy: 'daily-cap',
    reason: `daily cap of ${cap} posts reached on ${day} (${zone})`,
    alreadyLogged: record.skippedCategories.has('daily-cap'),
  };
}
