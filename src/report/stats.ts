/**
 * The numbers `herald report` and `herald slots suggest` agree on: what one part's engagement is,
 * which snapshot of a part counts, and the median. Defined once so the report and the suggestion
 * never disagree about the same post.
 */
import { METRIC_COUNTS, type MetricsSnapshot } from '../model/metrics.js';

/** Interactions with a part: likes + reposts + replies + quotes + bookmarks (impressions are not interactions). */
export function engagementsOf(snapshot: Pick<MetricsSnapshot, (typeof METRIC_COUNTS)[number]>): number {
  let sum = 0;
  for (const key of METRIC_COUNTS) sum += snapshot[key];
  return sum;
}

/**
 * The latest snapshot of each tweet (by `at`; of two with the same `at`, the later line): the
 * metrics file grows by one snapshot per part per `herald stats` run, and only the newest counts.
 */
export function latestByTweet(snapshots: readonly MetricsSnapshot[]): Map<string, MetricsSnapshot> {
  const latest = new Map<string, MetricsSnapshot>();
  const latestMs = new Map<string, number>();
  for (const snapshot of snapshots) {
    const ms = Date.parse(snapshot.at);
    const known = latestMs.get(snapshot.tweet_id);
    if (known === undefined || ms >= known) {
      latest.set(snapshot.tweet_id, snapshot);
      latestMs.set(snapshot.tweet_id, ms);
    }
  }
  return latest;
}

/** The middle value (the mean of the two middle values for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Engagement rate: engagements / impressions, or undefined when impressions are unknown or zero. */
export function rateOf(engagements: number, impressions: number | undefined): number | undefined {
  return impressions === undefined || impressions <= 0 ? undefined : engagements / impressions;
}
