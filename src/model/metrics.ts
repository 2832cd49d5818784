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
