/**
 * The support section of `herald report`: how a support account answered customers in the period.
 * Pure, and free on X: it reads the log (replies `herald reply` sent) and what `herald stats`
 * recorded in `schedules/metrics.jsonl` (the account's customer posts and its own replies, which
 * agents mostly send from X's own apps).
 *
 * `herald reply` logs each reply as post `reply/<answer id>/<customer post id>`, part 0, with
 * `scheduled_for` = when the customer wrote. Definitions (README, "herald report"):
 * - Replies: the log's herald replies (a reply is its first `published` or found-on-reconcile entry,
 *   keyed by its `tweet_id`, going out at that entry's `at`) and the `support-reply` records (keyed
 *   by `tweet_id`, going out at `sent_at`; a later line of one id wins). A reply in both is one
 *   reply, the log's. A reply counts in the period when it went out in `[from, to)`.
 * - Which answer a reply used: the log's answer id; for a reply from X's apps, the answer its text
 *   matches (answers/match.ts), or none: "written by hand" (`unmatched`).
 * - Customer posts: the `customer-post` records (a later line of one id wins), and for a herald
 *   reply whose customer post has no record, the post it answers, written at its `scheduled_for`.
 * - First reply of a customer post: its earliest reply over everything recorded; the post counts as
 *   answered in the period when that first reply went out in `[from, to)`, so a second reply never
 *   counts it twice, in this period or the next. First-reply time: first reply − written.
 * - Unanswered: customer posts read from the mentions timeline, written in `[from, as_of)`, with no
 *   reply that went out before `as_of`; each has waited `as_of − written`. Past the sla: waited >
 *   `sla:`. `as_of` is the period's end, or earlier: `now` when the period ends in the future, and
 *   the last stats run that read both timelines through (`read_to`), since nothing written or
 *   answered after that is known.
 *   A follow-up (the customer replying to one of the account's replies: "thanks!") is listed and
 *   marked, but no first reply is due on it: it is never past the sla, nor open.
 * - Within sla share: answered posts with first-reply time ≤ `sla:`, over the answered posts plus the
 *   unanswered posts past the sla. Unanswered posts still inside the sla are "open": in neither.
 *   When `as_of` is cut short by what stats has read (`known_until`), only posts written before it
 *   count, so the share is never of answered posts alone.
 * - Median and p90 use the nearest-rank method: the p-th percentile of n sorted values is the value
 *   at rank ⌈p/100 × n⌉ (so the median of an even count is the lower middle value, a time that
 *   really happened).
 * - Replies per day: every reply in the period, by its local date in the account's zone.
 * - Busiest hours: customer posts WRITTEN in the period (answered or not), by their local hour in
 *   each audience zone.
 * - With no support line of the account in the metrics file, unanswered posts and app replies are
 *   not known yet (`from_x: false`): `herald stats` reads them for accounts with `sla:`.
 */
import { answerMatcher } from '../answers/match.js';
import type { Account } from '../model/account.js';
import type { Answer } from '../model/answer.js';
import { isSentEntry, type LogEntry, parseReplyLogId } from '../model/log.js';
import { type CustomerPostRecord, groupReads, type SupportReadsRecord, type SupportRecord, type SupportReplyRecord } from '../model/support.js';
import { isoFromMs, type Instant, type IsoInstant } from '../time/instant.js';
import { localDay } from '../time/local-time.js';
import { localIn } from '../time/zoned.js';

export interface SupportStats {
  /** Replies that went out in the period, herald's and the apps' (several to one customer post count each). */
  replies: number;
  /** Customer posts whose first reply went out in the period. */
  customer_posts: number;
  /** Local dates (account zone) with at least one reply, oldest first. */
  replies_by_day: Array<{ day: string; replies: number }>;
  /** Over the customer posts counted; absent when there are none. */
  first_reply?: { median_s: number; p90_s: number };
  /** Present when the account has `sla:`. */
  sla?: SupportSla;
  /** Customer posts written in the period, by local hour, in each audience zone. */
  by_zone: Array<{ zone: string; hours: number[]; busiest: Array<{ hour: number; posts: number }> }>;
  /** Replies in the period by answer id, most used first (ties by id). */
  answers: Array<{ answer: string; replies: number }>;
  /** Customer posts answered in the period, oldest first. */
  posts: SupportPost[];
  /** Replies in the period that match no approved answer: written by hand. */
  unmatched: number;
  /** Customer posts from the mentions written in the period and not answered before its end, oldest first. */
  unanswered: UnansweredPost[];
  /** Whether `herald stats` has recorded anything of this account's timelines (any support line). */
  from_x: boolean;
  /**
   * When the unanswered posts and their waits were worked out: the end of the period, or earlier
   * when that is in the future (`now`) or past what `herald stats` has read of the timeline and the
   * mentions (`read_to`): nothing written or answered after it is known.
   */
  as_of: IsoInstant;
  /** The last stats run that read both timelines through with no gap left; absent when none has. */
  read_to?: IsoInstant;
  /** Present when `as_of` is `read_to`, before the period's end and now: what came after is not known yet. */
  known_until?: IsoInstant;
}

export interface SupportSla {
  written: string;
  seconds: number;
  /** Answered posts the share counts (first replies; written before `known_until` when it is set). */
  answered: number;
  /** Answered posts whose first reply came within the sla. */
  within: number;
  /** Unanswered posts that have waited longer than the sla: they lower the share. */
  unanswered_late: number;
  /** Unanswered posts still inside the sla: counted in neither side of the share. */
  open: number;
  /** within / (answered + unanswered_late); absent when that is 0 / 0. */
  share?: number;
}

export interface SupportPost {
  /** The customer's post id on X. */
  to: string;
  /** A follow-up to one of the account's replies: its reply is not a first reply, so it is in no time or share. */
  follow_up?: true;
  written_at: IsoInstant;
  first_reply_at: IsoInstant;
  first_reply_s: number;
  /** The answer of the first reply; absent when it was written by hand. */
  answer?: string;
  within_sla?: boolean;
}

export interface UnansweredPost {
  /** The customer's post id on X. */
  id: string;
  url: string;
  written_at: IsoInstant;
  /** How long it had waited at the end of the period. */
  waited_s: number;
  /** Present when the account has `sla:`. */
  past_sla?: boolean;
  /**
   * The customer writing back to one of the account's replies ("thanks!", "still broken"): listed so
   * someone looks, but no first reply is due (the conversation had one), so never past the sla.
   */
  follow_up?: true;
}

/** What `herald stats` recorded and the answers that replies are matched against. */
export interface SupportSeen {
  /** The report's clock: a period ending later is measured up to now. Default: the period's end. */
  now?: Instant;
  /** Support lines of `schedules/metrics.jsonl`, in file order (other accounts' are ignored). */
  records?: readonly SupportRecord[];
  /** Approved answers (other accounts' are ignored). */
  answers?: readonly Answer[];
}

interface Reply {
  /** The reply's own post id. */
  id: string;
  /** The customer post it answers. */
  to: string;
  atMs: number;
  /** Undefined: written by hand. */
  answer?: string;
}

interface CustomerPost {
  writtenMs: number;
  fromMentions: boolean;
  /** The post it replies to (X's `referenced_tweets`), when recorded. */
  inReplyTo?: string;
}

/** A post of someone else on X, by id alone (the customer's handle is not recorded). */
export function customerPostUrl(id: string): string {
  return `https://x.com/i/web/status/${encodeURIComponent(id)}`;
}

/** The account's herald replies (the first sent entry of each `reply/<answer>/<to>` post), and when each customer wrote. */
function loggedReplies(log: readonly LogEntry[], account: string): { replies: Reply[]; written: Map<string, number> } {
  const byPost = new Map<string, Reply & { writtenMs?: number }>();
  for (const entry of log) {
    if (entry.account !== account || entry.part !== 0) continue;
    if (!isSentEntry(entry)) continue;
    const match = parseReplyLogId(entry.post);
    if (!match) continue;
    const atMs = Date.parse(entry.at);
    const writtenMs = entry.scheduled_for === undefined ? Number.NaN : Date.parse(entry.scheduled_for);
    const known = byPost.get(entry.post);
    if (known && known.atMs <= atMs) continue;
    byPost.set(entry.post, { id: entry.tweet_id, answer: match.answer, to: match.to, atMs, ...(Number.isFinite(writtenMs) ? { writtenMs } : {}) });
  }
  const written = new Map<string, number>();
  for (const reply of [...byPost.values()].sort((a, b) => a.atMs - b.atMs)) {
    if (reply.writtenMs !== undefined && !written.has(reply.to)) written.set(reply.to, reply.writtenMs);
  }
  return { replies: [...byPost.values()].map(({ writtenMs: _, ...reply }) => reply), written };
}

/** One record per `tweet_id`, the later line winning (a later read knows better). */
function latestById<T extends { tweet_id: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((r) => [r.tweet_id, r] as const)).values()];
}

/** Every reply, herald's and the apps', once each: a reply in the log and on the timeline is the log's. */
function allReplies(logged: readonly Reply[], appReplies: readonly SupportReplyRecord[], answers: readonly Answer[]): Reply[] {
  const byId = new Map<string, Reply>();
  for (const reply of logged) if (!byId.has(reply.id) || reply.atMs < byId.get(reply.id)!.atMs) byId.set(reply.id, reply);
  const match = appReplies.some((r) => !byId.has(r.tweet_id)) ? answerMatcher(answers) : () => undefined;
  for (const record of appReplies) {
    if (byId.has(record.tweet_id)) continue;
    const answer = match(record.text);
    byId.set(record.tweet_id, { id: record.tweet_id, to: record.to, atMs: Date.parse(record.sent_at), ...(answer !== undefined ? { answer } : {}) });
  }
  return [...byId.values()];
}

/** Customer posts by id: the records, then the posts herald replies answer that no record has. */
function customerPosts(records: readonly CustomerPostRecord[], loggedWritten: ReadonlyMap<string, number>): Map<string, CustomerPost> {
  const posts = new Map<string, CustomerPost>();
  for (const record of records) {
    posts.set(record.tweet_id, {
      writtenMs: Date.parse(record.written_at),
      fromMentions: record.source === 'mentions',
      ...(record.in_reply_to ? { inReplyTo: record.in_reply_to } : {}),
    });
  }
  for (const [id, writtenMs] of loggedWritten) if (!posts.has(id)) posts.set(id, { writtenMs, fromMentions: false });
  return posts;
}

/** Nearest rank: the value at rank ⌈p/100 × n⌉ of the sorted values. */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

const byIdText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The support section, or undefined for an account with no `sla:`, no reply in the period and no
 * customer post written in it.
 */
export function supportStats(
  account: Account,
  log: readonly LogEntry[],
  from: Instant,
  to: Instant,
  audience: readonly string[],
  seen: SupportSeen = {},
): SupportStats | undefined {
  const records = (seen.records ?? []).filter((r) => r.account === account.name);
  // (A stopped read's page and its later pages are in file order, which readThrough relies on.)
  const answers = (seen.answers ?? []).filter((a) => a.account === account.name);
  const logged = loggedReplies(log, account.name);
  const replies = allReplies(logged.replies, latestById(records.filter((r): r is SupportReplyRecord => r.kind === 'support-reply')), answers);
  const customers = customerPosts(latestById(records.filter((r): r is CustomerPostRecord => r.kind === 'customer-post')), logged.written);
  const inPeriod = replies.filter((r) => r.atMs >= from && r.atMs < to);
  const writtenInPeriod = [...customers.entries()].filter(([, post]) => post.writtenMs >= from && post.writtenMs < to);
  if (inPeriod.length === 0 && writtenInPeriod.length === 0 && account.sla === undefined) return undefined;

  const days = new Map<string, number>();
  const used = new Map<string, number>();
  let unmatched = 0;
  for (const reply of inPeriod) {
    const day = localDay(account.zone, reply.atMs);
    days.set(day, (days.get(day) ?? 0) + 1);
    if (reply.answer === undefined) unmatched++;
    else used.set(reply.answer, (used.get(reply.answer) ?? 0) + 1);
  }

  // The first reply to each customer post, over everything recorded.
  const first = new Map<string, Reply>();
  for (const reply of replies) {
    const known = first.get(reply.to);
    if (!known || reply.atMs < known.atMs || (reply.atMs === known.atMs && byIdText(reply.id, known.id) < 0)) first.set(reply.to, reply);
  }
  const slaSeconds = account.sla ? account.sla.minutes * 60 : undefined;
  const ownReplies = new Set(replies.map((r) => r.id));
  const isFollowUp = (id: string) => {
    const inReplyTo = customers.get(id)?.inReplyTo;
    return inReplyTo !== undefined && ownReplies.has(inReplyTo);
  };
  const posts: SupportPost[] = [...first.values()]
    .filter((r) => r.atMs >= from && r.atMs < to && customers.has(r.to))
    .map((r) => ({ reply: r, writtenMs: customers.get(r.to)!.writtenMs }))
    .sort((a, b) => a.writtenMs - b.writtenMs || byIdText(a.reply.to, b.reply.to))
    .map(({ reply, writtenMs }) => {
      const seconds = Math.max(0, Math.round((reply.atMs - writtenMs) / 1000));
      const followUp = isFollowUp(reply.to);
      return {
        to: reply.to,
        ...(followUp ? { follow_up: true as const } : {}),
        written_at: isoFromMs(writtenMs),
        first_reply_at: isoFromMs(reply.atMs),
        first_reply_s: seconds,
        ...(reply.answer !== undefined ? { answer: reply.answer } : {}),
        ...(slaSeconds !== undefined && !followUp ? { within_sla: seconds <= slaSeconds } : {}),
      };
    });

  const readTo = readThrough(records);
  // Waits are measured up to what is known: not past now, nor past what stats has read.
  const wanted = Math.min(to, seen.now ?? to);
  const asOf = Math.min(wanted, records.length > 0 ? (readTo ?? from) : to);
  const unanswered: UnansweredPost[] = writtenInPeriod
    .filter(([id, post]) => post.fromMentions && post.writtenMs < asOf && !((first.get(id)?.atMs ?? Number.POSITIVE_INFINITY) < asOf))
    .sort((a, b) => a[1].writtenMs - b[1].writtenMs || byIdText(a[0], b[0]))
    .map(([id, post]) => {
      const waited = Math.max(0, Math.round((asOf - post.writtenMs) / 1000));
      const followUp = isFollowUp(id);
      return {
        id,
        url: customerPostUrl(id),
        written_at: isoFromMs(post.writtenMs),
        waited_s: waited,
        ...(slaSeconds !== undefined ? { past_sla: !followUp && waited > slaSeconds } : {}),
        ...(followUp ? { follow_up: true as const } : {}),
      };
    });

  // A follow-up's reply answers a conversation that had its first reply: in no time, share or count.
  const firsts = posts.filter((p) => p.follow_up !== true);
  const times = firsts.map((p) => p.first_reply_s).sort((a, b) => a - b);
  return {
    replies: inPeriod.length,
    customer_posts: firsts.length,
    replies_by_day: [...days.entries()].sort((a, b) => byIdText(a[0], b[0])).map(([day, replies]) => ({ day, replies })),
    ...(times.length > 0 ? { first_reply: { median_s: nearestRank(times, 50), p90_s: nearestRank(times, 90) } } : {}),
    // When what is known ends before the period does, the share counts only posts written before
    // it: the others' answers may be known while their unanswered neighbours are not.
    ...(account.sla && slaSeconds !== undefined
      ? { sla: slaOf(account.sla.written, slaSeconds, asOf < wanted ? firsts.filter((p) => Date.parse(p.written_at) < asOf) : firsts, unanswered) }
      : {}),
    by_zone: audience.map((zone) =>
      busiestIn(
        zone,
        writtenInPeriod.map(([, post]) => post.writtenMs),
      ),
    ),
    answers: [...used.entries()].sort((a, b) => b[1] - a[1] || byIdText(a[0], b[0])).map(([answer, replies]) => ({ answer, replies })),
    posts,
    unmatched,
    unanswered,
    from_x: records.length > 0,
    as_of: isoFromMs(asOf),
    ...(readTo !== undefined ? { read_to: isoFromMs(readTo) } : {}),
    ...(records.length > 0 && asOf < wanted ? { known_until: isoFromMs(asOf) } : {}),
  };
}

/**
 * The last stats run at which both the timeline and the mentions were read through to the newest
 * post with no gap left below: every post written before it is known. A run stopped part-way (the
 * cap, the budget, X's rate limit) leaves a gap, and later runs are not "through" until one fills
 * it; undefined when no run has been through both.
 */
function readThrough(records: readonly SupportRecord[]): Instant | undefined {
  const through = (source: 'timeline' | 'mentions'): number | undefined => {
    const pages = records.filter((r): r is SupportReadsRecord => r.kind === 'support-reads' && r.source === source);
    let gap = false;
    let last: number | undefined;
    for (const read of groupReads(pages)) {
      if (read.first.until_id !== undefined) {
        if (read.complete) gap = false; // the gap below a stopped read, filled
      } else if (!read.complete) {
        if (read.newest !== undefined) gap = true; // stopped with posts read above a gap
      } else if (!gap) {
        last = Date.parse(read.first.at);
      }
    }
    return last;
  };
  const timeline = through('timeline');
  const mentions = through('mentions');
  return timeline === undefined || mentions === undefined ? undefined : Math.min(timeline, mentions);
}

function slaOf(written: string, seconds: number, posts: readonly SupportPost[], unanswered: readonly UnansweredPost[]): SupportSla {
  const within = posts.filter((p) => p.within_sla === true).length;
  const late = unanswered.filter((u) => u.past_sla === true).length;
  const counted = posts.length + late;
  return {
    written,
    seconds,
    answered: posts.length,
    within,
    unanswered_late: late,
    open: unanswered.filter((u) => u.past_sla !== true && u.follow_up !== true).length,
    ...(counted > 0 ? { share: within / counted } : {}),
  };
}

function busiestIn(zone: string, writtenMs: readonly number[]): SupportStats['by_zone'][number] {
  const hours = Array.from({ length: 24 }, () => 0);
  for (const ms of writtenMs) hours[localIn(zone, ms).hour]!++;
  const busiest = hours
    .map((posts, hour) => ({ hour, posts }))
    .filter((b) => b.posts > 0)
    .sort((a, b) => b.posts - a.posts || a.hour - b.hour)
    .slice(0, 3);
  return { zone, hours, busiest };
}
