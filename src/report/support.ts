/**
 * The support section of `herald report`: how a support account answered customers in the period,
 * computed from the log alone (so it costs nothing on X). Pure.
 *
 * `herald reply` logs each reply as post `reply/<answer id>/<customer post id>`, part 0, with
 * `scheduled_for` = when the customer wrote. Definitions (README, "herald report"):
 * - A reply is its first `published` (or found-on-reconcile) entry; that entry's `at` is when it
 *   went out. A reply counts in the period when it went out in `[from, to)`.
 * - Replies per day: every reply in the period, by its local date in the account's zone.
 * - Answers used: every reply in the period, counted by answer id, most used first.
 * - First-reply time of a customer post: its earliest reply (over the whole log) minus when the
 *   customer wrote. A customer post counts in the period when its FIRST reply is in the period, so
 *   a second reply to the same post never counts it twice, in this period or the next.
 * - Median and p90 use the nearest-rank method: the p-th percentile of n sorted values is the value
 *   at rank ⌈p/100 × n⌉ (so the median of an even count is the lower middle value, a time that
 *   really happened).
 * - Within sla: first-reply time ≤ `sla:`.
 * - Busiest hours: customer posts counted by the local hour they were written in each audience zone.
 * - Unanswered customer posts are not in the log; finding them needs the account's mentions
 *   timeline, which herald does not read.
 */
import type { Account } from '../model/account.js';
import type { LogEntry } from '../model/log.js';
import { isoFromMs, type Instant, type IsoInstant } from '../time/instant.js';
import { localDay } from '../time/local-time.js';
import { localIn } from '../time/zoned.js';

export interface SupportStats {
  /** Replies that went out in the period (several to one customer post count each). */
  replies: number;
  /** Customer posts whose first reply went out in the period. */
  customer_posts: number;
  /** Local dates (account zone) with at least one reply, oldest first. */
  replies_by_day: Array<{ day: string; replies: number }>;
  /** Over the customer posts counted; absent when there are none. */
  first_reply?: { median_s: number; p90_s: number };
  /** Present when the account has `sla:`. */
  sla?: { written: string; seconds: number; within: number; share?: number };
  /** Customer posts by the local hour they were written, in each audience zone. */
  by_zone: Array<{ zone: string; hours: number[]; busiest: Array<{ hour: number; posts: number }> }>;
  /** Replies in the period by answer id, most used first (ties by id). */
  answers: Array<{ answer: string; replies: number }>;
  /** Customer posts answered in the period, oldest first. */
  posts: SupportPost[];
}

export interface SupportPost {
  /** The customer's post id on X. */
  to: string;
  written_at: IsoInstant;
  first_reply_at: IsoInstant;
  first_reply_s: number;
  /** The answer of the first reply. */
  answer: string;
  within_sla?: boolean;
}

interface Reply {
  answer: string;
  to: string;
  atMs: number;
  writtenMs?: number;
}

const REPLY = /^reply\/(.+)\/([^/]+)$/;

/** The account's replies, the first sent entry of each `reply/<answer>/<to>` post. */
function repliesOf(log: readonly LogEntry[], account: string): Reply[] {
  const byPost = new Map<string, Reply>();
  for (const entry of log) {
    if (entry.account !== account || entry.part !== 0) continue;
    const sent = (entry.event === 'published' || (entry.event === 'reconciled' && entry.found === true)) && entry.tweet_id !== undefined;
    if (!sent) continue;
    const match = REPLY.exec(entry.post);
    if (!match) continue;
    const atMs = Date.parse(entry.at);
    const writtenMs = entry.scheduled_for === undefined ? Number.NaN : Date.parse(entry.scheduled_for);
    const known = byPost.get(entry.post);
    if (known && known.atMs <= atMs) continue;
    byPost.set(entry.post, { answer: match[1]!, to: match[2]!, atMs, ...(Number.isFinite(writtenMs) ? { writtenMs } : {}) });
  }
  return [...byPost.values()];
}

/** Nearest rank: the value at rank ⌈p/100 × n⌉ of the sorted values. */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The support section, or undefined for an account with no `sla:` and no reply in the period. */
export function supportStats(account: Account, log: readonly LogEntry[], from: Instant, to: Instant, audience: readonly string[]): SupportStats | undefined {
  const all = repliesOf(log, account.name);
  const inPeriod = all.filter((r) => r.atMs >= from && r.atMs < to);
  if (inPeriod.length === 0 && account.sla === undefined) return undefined;

  const days = new Map<string, number>();
  const answers = new Map<string, number>();
  for (const reply of inPeriod) {
    const day = localDay(account.zone, reply.atMs);
    days.set(day, (days.get(day) ?? 0) + 1);
    answers.set(reply.answer, (answers.get(reply.answer) ?? 0) + 1);
  }

  // The first reply to each customer post, over the whole log.
  const first = new Map<string, Reply>();
  for (const reply of all) {
    const known = first.get(reply.to);
    if (!known || reply.atMs < known.atMs || (reply.atMs === known.atMs && reply.answer < known.answer)) first.set(reply.to, reply);
  }
  const slaSeconds = account.sla ? account.sla.minutes * 60 : undefined;
  const posts: SupportPost[] = [...first.values()]
    .filter((r) => r.atMs >= from && r.atMs < to && r.writtenMs !== undefined)
    .sort((a, b) => a.writtenMs! - b.writtenMs! || (a.to < b.to ? -1 : 1))
    .map((r) => {
      const seconds = Math.max(0, Math.round((r.atMs - r.writtenMs!) / 1000));
      return {
        to: r.to,
        written_at: isoFromMs(r.writtenMs!),
        first_reply_at: isoFromMs(r.atMs),
        first_reply_s: seconds,
        answer: r.answer,
        ...(slaSeconds !== undefined ? { within_sla: seconds <= slaSeconds } : {}),
      };
    });
  const times = posts.map((p) => p.first_reply_s).sort((a, b) => a - b);
  const within = posts.filter((p) => p.within_sla === true).length;

  return {
    replies: inPeriod.length,
    customer_posts: posts.length,
    replies_by_day: [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, replies]) => ({ day, replies })),
    ...(times.length > 0 ? { first_reply: { median_s: nearestRank(times, 50), p90_s: nearestRank(times, 90) } } : {}),
    ...(account.sla && slaSeconds !== undefined
      ? { sla: { written: account.sla.written, seconds: slaSeconds, within, ...(posts.length > 0 ? { share: within / posts.length } : {}) } }
      : {}),
    by_zone: audience.map((zone) => {
      const hours = Array.from({ length: 24 }, () => 0);
      for (const post of posts) hours[localIn(zone, Date.parse(post.written_at)).hour]!++;
      const busiest = hours
        .map((posts, hour) => ({ hour, posts }))
        .filter((b) => b.posts > 0)
        .sort((a, b) => b.posts - a.posts || a.hour - b.hour)
        .slice(0, 3);
      return { zone, hours, busiest };
    }),
    answers: [...answers.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([answer, replies]) => ({ answer, replies })),
    posts,
  };
}
