/**
 * `herald report`'s model: what went out in a period, how it did, and what did not go out, per
 * account. Pure: built from the posts, the accounts, the log, the metrics snapshots and the
 * period, so every number can be checked by hand against a fixture. The renderers (text.ts,
 * markdown.ts, json.ts, html.ts) only print it.
 *
 * Definitions (README, "herald report"):
 * - A post went out in the period when its first part's `published` (or found-on-reconcile) entry
 *   falls in `[from, to)`; that entry's instant is its publish instant.
 * - Engagements of a part: likes + reposts + replies + quotes + bookmarks of its latest snapshot;
 *   of a post: the sum over its parts. Impressions of a post: the sum over its parts, known only
 *   when every measured part reported them.
 * - Engagement rate: engagements / impressions, only where impressions are known and above zero.
 *   An account's rate sums both over the posts whose impressions are known.
 * - Buckets by local hour and weekday: each measured post counts once in every audience zone, at
 *   its publish instant's wall clock there; a bucket shows the MEDIAN engagements of its posts (one
 *   viral post must not make an hour look good).
 * - Retracted posts are listed, but left out of the content mix, totals and buckets: they are no
 *   longer on X.
 */
import type { Account } from '../model/account.js';
import type { Answer } from '../model/answer.js';
import { statusUrl } from '../model/account.js';
import { isSentEntry, type LogEntry, parseReplyLogId } from '../model/log.js';
import type { MetricsSnapshot } from '../model/metrics.js';
import type { Post } from '../model/post.js';
import { fromMicros, toMicros } from '../model/prices.js';
import { PLAN_RULES, ruleSetting } from '../model/rules.js';
import type { SupportRecord } from '../model/support.js';
import { isoFromMs, type Instant, type IsoInstant } from '../time/instant.js';
import { localIn } from '../time/zoned.js';
import { engagementsOf, latestByTweet, median, rateOf } from './stats.js';
import { type SupportStats, supportStats } from './support.js';

export interface ReportInput {
  posts: readonly Post[];
  accounts: ReadonlyMap<string, Account>;
  log: readonly LogEntry[];
  snapshots: readonly MetricsSnapshot[];
  /** The period: `[from, to)`. */
  from: Instant;
  to: Instant;
  now: Instant;
  /** Only this account. */
  account?: string;
  /**
   * What each account spent per UTC month (`2026-12`), in micro-dollars, as plan/cost.ts
   * `spentByMonth` counts it from the log and the metrics file; absent: spend is not reported.
   */
  spent?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** What `herald stats` recorded of support accounts (metrics.jsonl's support lines, file order). */
  support?: readonly SupportRecord[];
  /** The approved support answers, to tell which one a reply sent from X's apps used. */
  answers?: readonly Answer[];
}

export interface Report {
  from: IsoInstant;
  to: IsoInstant;
  generated_at: IsoInstant;
  accounts: AccountReport[];
}

export interface PartMetrics {
  /** When the counted (latest) snapshot was taken. */
  at: string;
  impressions?: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
  engagements: number;
}

export interface PublishedPart {
  part: number;
  tweet_id: string;
  url: string;
  published_at: IsoInstant;
  metrics?: PartMetrics;
}

export interface PublishedPost {
  post: string;
  /** The post's file as it is now; absent when no file has this id (or text) any more. */
  file?: string;
  /** The first part's text as the file has it now. */
  text?: string;
  tags: string[];
  published_at: IsoInstant;
  parts: PublishedPart[];
  /** Sum over the parts that have metrics. */
  engagements: number;
  impressions?: number;
  engagement_rate?: number;
  /** Whether any part has a snapshot in the metrics file. */
  measured: boolean;
  /** When the post was deleted from X (`retracted` in the log). */
  retracted_at?: IsoInstant;
}

export interface NotSent {
  event: 'expired' | 'failed' | 'skipped';
  at: string;
  post: string;
  part: number;
  /** Why, as the log says it: `reason` (expired, skipped) or `error` (failed). */
  reason: string;
  blocked_by?: string;
  kind?: string;
  retryable?: boolean;
}

export interface TagShare {
  tag: string;
  posts: number;
  share: number;
}

export interface ContentMix {
  /** Published, not retracted posts in the period. */
  posts: number;
  tags: TagShare[];
  untagged: number;
  /** The `content-mix` rule's view: the share of posts carrying any of its promotional tags. */
  promotion: { tags: string[]; posts: number; share: number; max_share: number; over: boolean };
}

export interface Bucket {
  posts: number;
  median_engagements?: number;
}

export interface ZoneBuckets {
  zone: string;
  /** 24 buckets, index = local hour. */
  hours: Bucket[];
  /** 7 buckets, Monday first. */
  weekdays: Bucket[];
}

export interface AccountReport {
  account: string;
  handle: string;
  zone: string;
  audience: string[];
  published: PublishedPost[];
  totals: { posts: number; parts: number; measured_posts: number; engagements: number; impressions?: number; engagement_rate?: number };
  not_sent: NotSent[];
  content_mix: ContentMix;
  by_zone: ZoneBuckets[];
  /** X spend in each UTC month the period touches, against the account's `budget:`. */
  spend?: ReportSpend;
  /**
   * Support: replies (herald's and, as `herald stats` recorded them, the apps'), customer posts and
   * the unanswered ones; present when the period has a reply or a customer post, or the account has `sla:`.
   */
  support?: SupportStats;
}

/** Budgets count UTC calendar months, so spend is reported by the months the period touches. */
export interface ReportSpend {
  months: MonthSpend[];
}

export interface MonthSpend {
  /** `2026-12` (UTC). */
  month: string;
  /** Everything the month's log and metrics record: posts, deletes, media metadata, reads. */
  spent_usd: number;
  budget_usd?: number;
  /** budget − spent, never below 0. */
  left_usd?: number;
  over_budget?: boolean;
}

interface PostRef {
  account: string;
  post: string;
}

export function buildReport(input: ReportInput): Report {
  const names = [...input.accounts.keys()].filter((name) => input.account === undefined || name === input.account).sort();
  const latest = latestByTweet(input.snapshots);
  const history = historyOf(input.log);
  const postsById = new Map<string, Post>();
  const postsByHash = new Map<string, Post>();
  for (const post of input.posts) {
    postsById.set(key(post.account, post.id), post);
    postsByHash.set(key(post.account, post.hash), post);
  }
  const accounts = names.map((name) => {
    const account = input.accounts.get(name)!;
    const published: PublishedPost[] = [];
    for (const record of history) {
      const { ref } = record;
      if (ref.account !== name || record.firstMs === undefined) continue;
      if (record.firstMs < input.from || record.firstMs >= input.to) continue;
      const post = postsById.get(key(name, ref.post)) ?? (record.hash ? postsByHash.get(key(name, record.hash)) : undefined);
      published.push(publishedPost(ref.post, record, post, account, latest));
    }
    published.sort((a, b) => (a.published_at < b.published_at ? -1 : a.published_at > b.published_at ? 1 : a.post < b.post ? -1 : 1));
    const report = accountReport(account, published, notSent(input.log, name, input.from, input.to));
    if (input.spent) report.spend = spendOf(account, input.spent.get(name), input.from, input.to);
    const support = supportStats(account, input.log, input.from, input.to, report.audience, {
      now: input.now,
      ...(input.support ? { records: input.support } : {}),
      ...(input.answers ? { answers: input.answers } : {}),
    });
    if (support) report.support = support;
    return report;
  });
  return { from: isoFromMs(input.from), to: isoFromMs(input.to), generated_at: isoFromMs(input.now), accounts };
}

interface PostHistory {
  ref: PostRef;
  hash?: string;
  /** Publish instant of part 0. */
  firstMs?: number;
  parts: Map<number, { tweetId: string; at: string }>;
  retractedMs?: number;
}

/** Per (account, post): the parts that went out and whether it was retracted, in one pass over the log. */
function historyOf(log: readonly LogEntry[]): PostHistory[] {
  const byKey = new Map<string, PostHistory>();
  for (const entry of log) {
    if (!isSentEntry(entry) && entry.event !== 'retracted') continue;
    // A `herald reply` is counted in the support section, not among the posts that went out.
    if (parseReplyLogId(entry.post)) continue;
    const k = key(entry.account, entry.post);
    let record = byKey.get(k);
    if (!record) {
      record = { ref: { account: entry.account, post: entry.post }, parts: new Map() };
      byKey.set(k, record);
    }
    const ms = Date.parse(entry.at);
    if (entry.event === 'retracted') {
      record.retractedMs = Math.max(record.retractedMs ?? ms, ms);
      continue;
    }
    record.hash ??= entry.hash;
    // The first time a part went out counts (a later reconcile of the same part repeats it).
    if (!record.parts.has(entry.part)) record.parts.set(entry.part, { tweetId: entry.tweet_id!, at: entry.at });
    if (entry.part === 0 && (record.firstMs === undefined || ms < record.firstMs)) record.firstMs = ms;
  }
  return [...byKey.values()];
}

function publishedPost(id: string, record: PostHistory, post: Post | undefined, account: Account, latest: ReadonlyMap<string, MetricsSnapshot>): PublishedPost {
  const parts: PublishedPart[] = [...record.parts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([part, sent]) => {
      const snapshot = latest.get(sent.tweetId);
      return {
        part,
        tweet_id: sent.tweetId,
        url: statusUrl(account.handle, sent.tweetId),
        published_at: isoFromMs(Date.parse(sent.at)),
        ...(snapshot ? { metrics: partMetrics(snapshot) } : {}),
      };
    });
  const measured = parts.filter((p) => p.metrics !== undefined);
  const engagements = measured.reduce((sum, p) => sum + p.metrics!.engagements, 0);
  const impressions =
    measured.length > 0 && measured.every((p) => p.metrics!.impressions !== undefined)
      ? measured.reduce((sum, p) => sum + p.metrics!.impressions!, 0)
      : undefined;
  const rate = rateOf(engagements, impressions);
  return {
    post: id,
    ...(post ? { file: post.file, text: post.parts[0] ?? '' } : {}),
    tags: post ? [...post.tags] : [],
    published_at: isoFromMs(record.firstMs!),
    parts,
    engagements,
    ...(impressions !== undefined ? { impressions } : {}),
    ...(rate !== undefined ? { engagement_rate: rate } : {}),
    measured: measured.length > 0,
    ...(record.retractedMs !== undefined ? { retracted_at: isoFromMs(record.retractedMs) } : {}),
  };
}

function partMetrics(s: MetricsSnapshot): PartMetrics {
  return {
    at: s.at,
    ...(s.impressions !== undefined ? { impressions: s.impressions } : {}),
    likes: s.likes,
    reposts: s.reposts,
    replies: s.replies,
    quotes: s.quotes,
    bookmarks: s.bookmarks,
    engagements: engagementsOf(s),
  };
}

function notSent(log: readonly LogEntry[], account: string, from: Instant, to: Instant): NotSent[] {
  const out: NotSent[] = [];
  for (const entry of log) {
    if (entry.account !== account) continue;
    if (entry.event !== 'expired' && entry.event !== 'failed' && entry.event !== 'skipped') continue;
    const ms = Date.parse(entry.at);
    if (ms < from || ms >= to) continue;
    out.push({
      event: entry.event,
      at: entry.at,
      post: entry.post,
      part: entry.part,
      reason: (entry.event === 'failed' ? entry.error : entry.reason) ?? entry.reason ?? entry.error ?? '',
      ...(entry.blocked_by !== undefined ? { blocked_by: entry.blocked_by } : {}),
      ...(entry.kind !== undefined ? { kind: entry.kind } : {}),
      ...(entry.retryable !== undefined ? { retryable: entry.retryable } : {}),
    });
  }
  return out;
}

function accountReport(account: Account, published: PublishedPost[], notSentList: NotSent[]): AccountReport {
  const live = published.filter((p) => p.retracted_at === undefined);
  const measured = live.filter((p) => p.measured);
  const withImpressions = measured.filter((p) => p.impressions !== undefined);
  const impressions = withImpressions.length > 0 ? withImpressions.reduce((sum, p) => sum + p.impressions!, 0) : undefined;
  const rated = withImpressions.reduce((sum, p) => sum + p.engagements, 0);
  const rate = rateOf(rated, impressions);
  const audience = account.audience.length > 0 ? account.audience : [account.zone];
  return {
    account: account.name,
    handle: account.handle,
    zone: account.zone,
    audience,
    published,
    totals: {
      posts: live.length,
      parts: live.reduce((sum, p) => sum + p.parts.length, 0),
      measured_posts: measured.length,
      engagements: measured.reduce((sum, p) => sum + p.engagements, 0),
      ...(impressions !== undefined ? { impressions } : {}),
      ...(rate !== undefined ? { engagement_rate: rate } : {}),
    },
    not_sent: notSentList,
    content_mix: contentMix(live, account),
    by_zone: audience.map((zone) => zoneBuckets(zone, measured)),
  };
}

function contentMix(live: readonly PublishedPost[], account: Account): ContentMix {
  const counts = new Map<string, number>();
  let untagged = 0;
  for (const post of live) {
    const tags = new Set(post.tags.map((t) => t.toLowerCase()));
    if (tags.size === 0) untagged++;
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const share = (n: number) => (live.length === 0 ? 0 : n / live.length);
  const setting = ruleSetting(account, PLAN_RULES['content-mix']);
  const promoTags = setting.tags.map((t) => String(t).toLowerCase());
  const promoPosts = live.filter((p) => p.tags.some((t) => promoTags.includes(t.toLowerCase()))).length;
  return {
    posts: live.length,
    tags: [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([tag, posts]) => ({ tag, posts, share: share(posts) })),
    untagged,
    promotion: { tags: promoTags, posts: promoPosts, share: share(promoPosts), max_share: setting.max_share, over: share(promoPosts) > setting.max_share },
  };
}

function zoneBuckets(zone: string, measured: readonly PublishedPost[]): ZoneBuckets {
  const hours: number[][] = Array.from({ length: 24 }, () => []);
  const weekdays: number[][] = Array.from({ length: 7 }, () => []);
  for (const post of measured) {
    const local = localIn(zone, Date.parse(post.published_at));
    hours[local.hour]!.push(post.engagements);
    weekdays[local.weekday - 1]!.push(post.engagements);
  }
  const bucket = (values: number[]): Bucket => {
    const m = median(values);
    return m === undefined ? { posts: 0 } : { posts: values.length, median_engagements: m };
  };
  return { zone, hours: hours.map(bucket), weekdays: weekdays.map(bucket) };
}

function key(account: string, id: string): string {
  return `${account}\u0000${id}`;
}

/** The UTC months `[from, to)` touches, oldest first: `2026-11`, `2026-12`. */
function monthsBetween(from: Instant, to: Instant): string[] {
  const months: string[] = [];
  const cursor = new Date(from);
  cursor.setUTCDate(1);
  cursor.setUTCHours(0, 0, 0, 0);
  while (cursor.getTime() < to) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

function spendOf(account: Account, spent: ReadonlyMap<string, number> | undefined, from: Instant, to: Instant): ReportSpend {
  const budget = account.budget?.monthlyUsd;
  return {
    months: monthsBetween(from, to).map((month) => {
      const micros = spent?.get(month) ?? 0;
      const row: MonthSpend = { month, spent_usd: fromMicros(micros) };
      if (budget !== undefined) {
        const budgetMicros = toMicros(budget);
        row.budget_usd = budget;
        row.left_usd = fromMicros(Math.max(0, budgetMicros - micros));
        row.over_budget = micros > budgetMicros;
      }
      return row;
    }),
  };
}
