/**
 * One line of `schedules/metrics.jsonl`: the public metrics of one published part as X reported
 * them at `at`. Written only by `herald stats`; read by `herald report` and `herald slots suggest`.
 */
export interface MetricsSnapshot {
  /** UTC instant of the fetch. */
  at: string;
  account: string;
  post: string;
  part: number;
  tweet_id: string;
  /** X reports impressions only to the author's own token; absent when X did not send it. */
  impressions?: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
}

export const METRIC_COUNTS = ['likes', 'reposts', 'replies', 'quotes', 'bookmarks'] as const;

/**
 * What an account's `budget:` leaves this UTC month for post reads: worked out by plan/budget.ts
 * `readAllowances` from the plan, honoured by `herald stats` (which does not plan).
 */
export interface ReadAllowance {
  /** The UTC month the reads fall in (now's). */
  month: string;
  budgetMicros: number;
  /** Spent by the log and metrics.jsonl this month (spentByMonth). */
  spentMicros: number;
  /** What the month's posts still to go out will cost (the plan's months: held-back posts excluded). */
  plannedMicros: number;
  /** One read at the account's price (as the budget will count it). */
  readMicros: number;
  /** floor((budget − spent − planned) / read), never below 0: the reads the account may make. */
  reads: number;
}
