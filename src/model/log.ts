import type { BlockReason } from './plan.js';

/** One line of `schedules/log.jsonl`. The schema is `schema/log-entry.schema.json`. */
export type LogEvent = 'attempt' | 'published' | 'failed' | 'expired' | 'skipped' | 'reconciled' | 'retract-attempt' | 'retracted';

export interface LogEntry {
  /** UTC instant, ISO 8601 with `Z`. */
  at: string;
  post: string;
  account: string;
  event: LogEvent;
  /** Thread part, 0-based. */
  part: number;
  /** The post's text hash (see Post.hash): a renamed file with the same text is the same post. */
  hash?: string;
  tweet_id?: string;
  url?: string;
  /** UTC instant the post was planned for (window start). */
  scheduled_for?: string;
  /** Seconds after window start. */
  delay_s?: number;
  error?: string;
  retryable?: boolean;
  /** On `failed`: what kind of failure (`auth`, `rate-limit`, `server`, `unreachable`, `content`, `wrong-account`...). */
  kind?: string;
  reason?: string;
  /**
   * On `skipped` and `expired`: the stable category of what held the post back, which code reads
   * instead of the English `reason` (`window-closed` for an expiry with nothing else to blame).
   */
  blocked_by?: BlockReason | 'window-closed';
  /**
   * On `published`: what the part cost in US dollars (post or post with URL, plus part 1's media
   * metadata), at the account's prices when it went out. Older lines lack it: spend then costs the
   * part from the post's current file (src/plan/cost.ts).
   */
  cost_usd?: number;
  /** On `reconciled`: whether the attempted part was found on the timeline. */
  found?: boolean;
  /** On `retracted`: X no longer had the post (a 404 to the delete, or a look-up that did not find it). */
  gone?: boolean;
}

/** A part that went out on X: its `published` entry, or a reconcile that found it, with its tweet id. */
export const isSentEntry = (entry: LogEntry): entry is LogEntry & { tweet_id: string } =>
  (entry.event === 'published' || (entry.event === 'reconciled' && entry.found === true)) && entry.tweet_id !== undefined;

/**
 * `herald reply` logs each reply as a part of this post id of the support account, so a rerun
 * finds it (publish/reply.ts). It is not a post of `posts/`: calendars of what went out and the
 * metrics reads leave it out; the support statistics count it.
 */
export function replyLogId(answerId: string, targetId: string): string {
  return `reply/${answerId}/${targetId}`;
}

const REPLY_LOG_ID = /^reply\/(.+)\/([0-9]{1,19})$/;

/** The answer and the customer's post of a reply's log id; undefined for a post's id. */
export function parseReplyLogId(post: string): { answer: string; to: string } | undefined {
  const match = REPLY_LOG_ID.exec(post);
  return match ? { answer: match[1]!, to: match[2]! } : undefined;
}
