/**
 * Which published parts `herald stats` reads now: a pure function of the log, the metrics already
 * fetched, the clock and the flags. No I/O, so every rule below is tested without X.
 *
 * - A part is **published** when the log has `published` (or `reconciled` with `found: true`) with
 *   its `tweet_id`, and no `retracted` for that `tweet_id`. A `herald reply` (`reply/<answer>/<post>`)
 *   is not read: the support statistics need no metrics of it.
 * - It is read when it was published within `since` before now (and not after now).
 * - **Never twice in one UTC day**: a part with a snapshot whose `at` falls on now's UTC day is not
 *   read again until the next UTC day (X bills every read; a day is the grain reports use).
 * - **The cap** (`--max-reads`): when more parts are due than the cap, the parts read longest ago go
 *   first (never-read parts before all others), ties broken by the most recently published first.
 *   So over a few days every part gets its turn, and among equals the fresh posts, whose numbers
 *   move fastest, win. The rest are listed as skipped. The chosen parts are then read in the order the log
 *   has them (the order they were sent), account by account.
 * - **The budget** (`readsLeft`, per account with `budget:`): in that same order, an account's parts
 *   past what its budget leaves this month are held back (`overBudget`), before the cap counts them,
 *   so one account's empty budget does not use up the cap others could read with.
 */
import { isSentEntry, type LogEntry, parseReplyLogId } from '../model/log.js';
import type { MetricsSnapshot } from '../model/metrics.js';

/** One published part: what a snapshot is about. */
export interface PublishedPart {
  account: string;
  post: string;
  part: number;
  tweet_id: string;
  /** UTC instant it was published (the log entry's `at`). */
  published_at: string;
}

export interface DueRead extends PublishedPart {
  /** `at` of its last snapshot; absent when never read. */
  last_read_at?: string;
}

export interface ReadSelection {
  /** To read now, in order (at most `maxReads`). */
  due: DueRead[];
  /** Due, but over the cap: read at a later run. */
  overCap: DueRead[];
  /** Due, but past what the account's budget leaves this month: read when the budget allows. */
  overBudget: DueRead[];
  /** Published within `since` but already read on now's UTC day. */
  alreadyReadToday: number;
}

export interface SelectOptions {
  log: readonly LogEntry[];
  snapshots: readonly MetricsSnapshot[];
  nowMs: number;
  /** Parts published at or after this instant (epoch ms). */
  sinceMs: number;
  account?: string;
  maxReads: number;
  /** Per account with a budget: the reads it leaves this month (absent: no limit but the cap). */
  readsLeft?: ReadonlyMap<string, number>;
}

/** The parts X still has from herald's point of view, oldest publish first (one per `tweet_id`). */
function publishedParts(log: readonly LogEntry[]): PublishedPart[] {
  const retracted = new Set(log.filter((e) => e.event === 'retracted' && e.tweet_id).map((e) => e.tweet_id!));
  const byTweet = new Map<string, PublishedPart>();
  for (const entry of log) {
    if (!isSentEntry(entry) || retracted.has(entry.tweet_id) || byTweet.has(entry.tweet_id)) continue;
    // A `herald reply`: its support statistics come from the timeline; a daily metrics read of every
    // reply would cost more than sending it.
    if (parseReplyLogId(entry.post)) continue;
    byTweet.set(entry.tweet_id, { account: entry.account, post: entry.post, part: entry.part, tweet_id: entry.tweet_id, published_at: entry.at });
  }
  return [...byTweet.values()];
}

/** `2026-12-01`: the UTC day of an instant. */
function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function selectReads(options: SelectOptions): ReadSelection {
  const today = utcDay(options.nowMs);
  const lastRead = new Map<string, number>();
  for (const s of options.snapshots) {
    const ms = Date.parse(s.at);
    if (ms > (lastRead.get(s.tweet_id) ?? Number.NEGATIVE_INFINITY)) lastRead.set(s.tweet_id, ms);
  }
  let alreadyReadToday = 0;
  const candidates: DueRead[] = [];
  for (const part of publishedParts(options.log)) {
    if (options.account !== undefined && part.account !== options.account) continue;
    const publishedMs = Date.parse(part.published_at);
    if (!(publishedMs >= options.sinceMs && publishedMs <= options.nowMs)) continue;
    const last = lastRead.get(part.tweet_id);
    if (last !== undefined && utcDay(last) === today) {
      alreadyReadToday += 1;
      continue;
    }
    candidates.push(last === undefined ? part : { ...part, last_read_at: new Date(last).toISOString() });
  }
  const inLogOrder = candidates.slice();
  candidates.sort(
    (a, b) =>
      readKey(a) - readKey(b) ||
      Date.parse(b.published_at) - Date.parse(a.published_at) ||
      a.account.localeCompare(b.account) ||
      a.post.localeCompare(b.post) ||
      a.part - b.part,
  );
  const cap = Math.max(0, options.maxReads);
  const taken = new Map<string, number>();
  const chosen = new Set<DueRead>();
  const overCap: DueRead[] = [];
  const overBudget: DueRead[] = [];
  for (const part of candidates) {
    const left = options.readsLeft?.get(part.account);
    if (left !== undefined && (taken.get(part.account) ?? 0) >= left) overBudget.push(part);
    else if (chosen.size >= cap) overCap.push(part);
    else {
      chosen.add(part);
      taken.set(part.account, (taken.get(part.account) ?? 0) + 1);
    }
  }
  // The cap chose which; they are read (and written) in the order they were sent, account by account.
  const due = inLogOrder.filter((part) => chosen.has(part)).sort((a, b) => a.account.localeCompare(b.account));
  return { due, overCap, overBudget, alreadyReadToday };
}

/** Never-read parts sort before every read one; then the longest ago first. */
function readKey(part: DueRead): number {
  return part.last_read_at === undefined ? Number.NEGATIVE_INFINITY : Date.parse(part.last_read_at);
}
