import type { Diagnostic } from './diagnostic.js';
import type { Post } from './post.js';

/**
 * An instant as the plan exposes it: UTC ISO text ending in `Z` (`2026-12-01T14:00:00Z`), made by
 * `isoFromMs` (src/time/instant.ts) or copied from the log, which writes the same form. The planner
 * computes with epoch milliseconds (`Instant`, src/time/instant.ts); renderers read this text back
 * with `parseInstant` and format it with time/ helpers.
 */
export type IsoInstant = string;

export type PostStatus = 'published' | 'due' | 'scheduled' | 'queued' | 'expired' | 'draft' | 'blocked' | 'retracted';

/**
 * `budget`: sending it would take the account's UTC month past `budget.monthly_usd` (planned plus spent).
 * `failed`: X rejected this post permanently (400); editing the text, `reply_to` or `poll` makes it eligible again.
 * `duplicate-id`: another post of the account has the same id; neither goes out until one is renamed.
 * `account-invalid`: the account file has errors (a setting herald cannot read); fixing it resumes.
 * `content-invalid`: the post's own file has errors (shown by calendar and review; publish refuses it when due).
 * `reply-waiting`: a `reply_to: post:<id>` whose target is not out yet; it goes once the target is (never logged).
 * `reply-target`: a `reply_to: post:<id>` whose target will not go out (unknown, expired, draft, blocked, retracted).
 */
export type BlockReason =
  | 'paused'
  | 'blackout'
  | 'daily-cap'
  | 'budget'
  | 'failed'
  | 'duplicate-id'
  | 'account-invalid'
  | 'content-invalid'
  | 'reply-waiting'
  | 'reply-target';

export interface PlanEntry {
  post: Post;
  status: PostStatus;
  /** UTC ISO instant of window start (fixed time or assigned slot); absent when unschedulable. */
  at?: IsoInstant;
  /** UTC ISO instant of window end. */
  windowEnd?: IsoInstant;
  /**
   * A thread with timed parts (`--- +45m`, `--- at …`): the instant each part is scheduled for (an
   * untimed part: the previous part's). Absent for posts without timed parts.
   */
  partsAt?: IsoInstant[];
  /** A due thread with timed parts: only parts below this index go out now; the rest wait for their time. */
  dueUntil?: number;
  /** True when `at` came from the account's queue. */
  slotted: boolean;
  /** IANA zone the post's times are written in (`publish.zone`, else the account's). */
  zone?: string;
  /** Why: blocked/expired/unschedulable explanations, human-readable. */
  reason?: string;
  blockedBy?: BlockReason;
  /** Tweet ids already published for this post, by part index. */
  tweetIds: string[];
  /** First part not yet published (0 for a fresh post; parts.length when complete). */
  nextPart: number;
  /**
   * For a due post: true when its `expired`/`skipped` decision is already in the log, so
   * publish does not log it again.
   */
  alreadyLogged?: boolean;
  /**
   * A part whose `attempt` has no outcome in the log (the run died or the answer was lost): publish
   * must reconcile it against the timeline before sending anything for this post.
   */
  unresolvedAttempt?: number;
  /** The tweet id part 1 replies to (`reply_to:`), when known: a URL's or id's, or a `post:` target's last part. */
  replyTo?: string;
  /** UTC ISO; the log's last `published` for this post, when published. */
  publishedAt?: IsoInstant;
  /** UTC ISO; the log's first `published` for this post: the day it went out (calendar, daily cap). */
  firstPublishedAt?: IsoInstant;
  /**
   * For `retracted`: the parts the log has on X and not yet deleted, last part first (the order
   * publish deletes them in). Empty when everything is deleted or nothing was ever sent.
   */
  retractPending?: RetractPart[];
}

/** One account's UTC month, in micro-dollars: spent by the log, planned by the plan, and the budget. */
export interface MonthCost {
  account: string;
  /** `2026-12`: a UTC calendar month. */
  month: string;
  /** Parts sent, deletes and reads the log (and read snapshots) record in the month. */
  spentMicros: number;
  /** Posts still to go out this month that fit the budget (due, scheduled, queued). */
  plannedMicros: number;
  /** Posts blocked because they would go over the budget. */
  heldMicros?: number;
  /** `budget.monthly_usd`, when the account has one. */
  budgetMicros?: number;
}

/** One part of a retracted post, by the log. */
export interface RetractPart {
  part: number;
  tweetId: string;
  /** A `retract-attempt` with no outcome: the delete may have reached X, so look it up before deleting again. */
  attempted: boolean;
}

export interface Plan {
  /** UTC ISO instant the plan was made for. */
  now: IsoInstant;
  /** Every post, ordered by (`at`, account, file); unscheduled ones last. */
  entries: PlanEntry[];
  /** Time and editorial findings: nonexistent/ambiguous times, blackout, daily cap, etc. */
  diagnostics: Diagnostic[];
  /** Spend and planned cost per account and UTC month (src/plan/budget.ts), ordered by (account, month). */
  months?: MonthCost[];
}
