/**
 * The calendar model: a window of the plan, shaped exactly like DESIGN.md's calendar JSON, so the
 * JSON renderer is a plain serialisation and other tools (the review diff) can compare two models.
 */
import { DateTime } from 'luxon';
import type { Account } from '../model/account.js';
import type { Plan, PlanEntry, PostStatus } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { isoFromMs, parseInstant } from '../time/instant.js';
import { isValidZone } from '../time/zones.js';
import { formatIso, localIn } from '../time/zoned.js';
import { partsAtOf, type CalendarPartTime } from './timed-parts.js';
import { partMedia, partUrls, previewZones, type PartMedia } from './post-view.js';
import { entryCostUsd } from './cost.js';

export interface CalendarEntry {
  post: string;
  file: string;
  account: string;
  status: PostStatus;
  /** UTC ISO instant of window start; null for drafts and queued posts that got no slot. */
  at: string | null;
  window_end: string | null;
  /**
   * Window start in each preview zone, local ISO with offset: the post's own zone first (`publish.zone`,
   * or the offset its `at` was written with), then its `audience:` or the account's zone and audience.
   */
  local: Record<string, string>;
  parts: number;
  /** The first part's full text. */
  text: string;
  /** A thread: every part's full text, in order (part 1 is `text` again). */
  thread?: string[];
  /** Media by the part it goes out with; files relative to the root. */
  media?: PartMedia[];
  /** A thread with timed parts (`--- +45m`, `--- at …`): each part that has its own time. */
  parts_at?: CalendarPartTime[];
  reason?: string;
  tweet_ids?: string[];
  /** x.com addresses of the parts already published, in part order. */
  urls?: string[];
  /** The poll part 1 carries: its options and how long it runs. */
  poll?: { options: string[]; duration_minutes: number };
  /** What part 1 replies to, as written: a tweet id, or `post:<id>`. */
  reply_to?: string;
  /** What sending all its parts costs (or cost) at the account's prices, in US dollars (src/calendar/cost.ts). */
  cost_usd: number;
}

export interface CalendarModel {
  /** Local ISO with offset in `zone`: the first instant shown. */
  from: string;
  /** Local ISO with offset in `zone`: the end, exclusive. */
  to: string;
  zone: string;
  /** Timed entries sorted by (at, account, post), then the untimed ones by (account, post). */
  entries: CalendarEntry[];
}

export interface CalendarRange {
  /** An instant (DateTime, or ISO with offset) — inclusive. */
  from: DateTime | string;
  /** An instant — exclusive. */
  to: DateTime | string;
  /** IANA zone the days are grouped by. */
  zone: string;
  /** Only this account's posts. */
  account?: string;
}

const ISO = { suppressMilliseconds: true } as const;

function toInstant(value: DateTime | string): DateTime {
  return typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : value;
}

/** Zones whose local times are shown for an account: its own zone first, then the audience (a post's own zone goes before them: post-view.ts). */
export function audienceZones(account: Pick<Account, 'zone' | 'audience'> | undefined): string[] {
  if (!account) return [];
  return [...new Set([account.zone, ...account.audience])];
}

/**
 * The plan entries whose window starts in [from, to), plus every entry with no time at all
 * (drafts and queued posts without a slot), which text and md list at the end.
 */
export function buildCalendar(plan: Plan, accounts: ReadonlyMap<string, Account>, range: CalendarRange): CalendarModel {
  const from = toInstant(range.from).setZone(range.zone);
  const to = toInstant(range.to).setZone(range.zone);
  if (!from.isValid || !to.isValid) {
    throw new TypeError(`buildCalendar: invalid range ${String(range.from)} – ${String(range.to)} in ${range.zone}`);
  }
  const fromMs = from.toMillis();
  const toMs = to.toMillis();

  // The account's own list is worked out once per account (a year's calendar has thousands of
  // posts); a post with its own zone or audience gets its own list.
  const zonesOf = new Map<string, string[]>();
  const zonesFor = (post: Post): string[] => {
    const account = accounts.get(post.account);
    if (post.publish.zone !== undefined || post.audience !== undefined || post.publish.kind === 'at') {
      const own = previewZones(post, account);
      // The common case, a time in the account's zone, shares the account's list.
      if (own[0] !== account?.zone || post.audience !== undefined) return own;
    }
    let zones = zonesOf.get(post.account);
    if (!zones) zonesOf.set(post.account, (zones = audienceZones(account).filter(isValidZone)));
    return zones;
  };

  const timed: { ms: number; entry: CalendarEntry }[] = [];
  const untimed: CalendarEntry[] = [];
  for (const entry of plan.entries) {
    if (range.account !== undefined && entry.post.account !== range.account) continue;
    const at = shownAt(entry);
    if (at === undefined) {
      untimed.push(toCalendarEntry(entry, zonesFor(entry.post), accounts.get(entry.post.account)));
      continue;
    }
    const ms = parseInstant(at);
    if (Number.isNaN(ms)) continue;
    if (ms >= fromMs && ms < toMs) timed.push({ ms, entry: toCalendarEntry(entry, zonesFor(entry.post), accounts.get(entry.post.account)) });
  }
  timed.sort((a, b) => a.ms - b.ms || cmp(a.entry.account, b.entry.account) || cmp(a.entry.post, b.entry.post));
  untimed.sort((a, b) => cmp(a.account, b.account) || cmp(a.post, b.post));

  return {
    from: from.toISO(ISO)!,
    to: to.toISO(ISO)!,
    zone: range.zone,
    entries: [...timed.map((t) => t.entry), ...untimed],
  };
}

/** Code-unit order, not locale order: the JSON must be identical on every machine. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where an entry sits: a published post at the instant its first part went out, by the log, so
 * the calendar never shows it on a day nothing was sent (a late post, a renamed one, a queued one
 * whose slot moved); everything else at its window start.
 */
function shownAt(entry: PlanEntry): string | undefined {
  if (
    (entry.status === 'published' || entry.status === 'retracted') &&
    entry.firstPublishedAt !== undefined &&
    !Number.isNaN(parseInstant(entry.firstPublishedAt))
  )
    return entry.firstPublishedAt;
  return entry.at;
}

function toCalendarEntry(entry: PlanEntry, zones: readonly string[], account: Account | undefined): CalendarEntry {
  const { post } = entry;
  const shown = shownAt(entry);
  const at = shown === undefined ? NaN : parseInstant(shown);
  const planned = entry.windowEnd === undefined ? NaN : parseInstant(entry.windowEnd);
  // Never an end before the start (a calendar file would reject the event).
  const windowEnd = Number.isNaN(at) || Number.isNaN(planned) ? planned : Math.max(at, planned);
  const local: Record<string, string> = {};
  if (!Number.isNaN(at)) {
    for (const zone of zones) local[zone] = formatIso(localIn(zone, at), zone);
  }
  const result: Omit<CalendarEntry, 'cost_usd'> = {
    post: post.id,
    file: post.file,
    account: post.account,
    status: entry.status,
    at: Number.isNaN(at) ? null : isoFromMs(at),
    window_end: Number.isNaN(windowEnd) ? null : isoFromMs(windowEnd),
    local,
    parts: post.parts.length,
    text: post.parts[0] ?? '',
  };
  if (post.parts.length > 1) result.thread = [...post.parts];
  const media = partMedia(post);
  if (media.length > 0) result.media = media;
  const partsAt = partsAtOf(entry);
  if (partsAt) result.parts_at = partsAt;
  if (entry.reason !== undefined) result.reason = entry.reason;
  if (entry.tweetIds.length > 0) {
    result.tweet_ids = [...entry.tweetIds];
    result.urls = partUrls(entry.tweetIds, account?.handle);
  }
  if (post.poll) result.poll = { options: [...post.poll.options], duration_minutes: post.poll.durationMinutes };
  if (post.replyTo) result.reply_to = post.replyTo.kind === 'post' ? `post:${post.replyTo.id}` : post.replyTo.id;
  return { ...result, cost_usd: entryCostUsd(post, account) };
}
