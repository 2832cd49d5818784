/**
 * `herald slots suggest`: slot times that did better than the account's current slots, from its
 * own published posts and their metrics. Pure; the command prints it (slots-text.ts) and never
 * edits a file.
 *
 * The method (README, "herald slots suggest"):
 * - Every published, not retracted post of the account with metrics counts, with its engagements
 *   (report's definition) at its publish instant's wall clock in the account's zone.
 * - A post "went out at a current slot" when its weekday is one of a slot rule's days and its local
 *   time is within the hour after one of that rule's times. The baseline is the median engagements
 *   of those posts (of all posts, said so, when none went out at a slot).
 * - A candidate is a (weekday, hour) with at least MIN_POSTS_PER_HOUR posts whose median beats the
 *   baseline. Each weekday gets its best candidates (highest median, then more posts, then the
 *   earlier hour), as many as it has slots now (at least one), at the full hour; a weekday without a
 *   candidate keeps its current times.
 */
import type { Account, SlotRule, Weekday } from '../model/account.js';
import type { LogEntry } from '../model/log.js';
import type { MetricsSnapshot } from '../model/metrics.js';
import type { Instant } from '../time/instant.js';
import { resolveWallClock } from '../time/local-time.js';
import { hhmm, localIn, WEEKDAYS } from '../time/zoned.js';
import { buildReport } from './model.js';
import { median } from './stats.js';

export const DEFAULT_MIN_POSTS = 20;
/** Fewer posts than this in an hour is an anecdote, not evidence. */
export const MIN_POSTS_PER_HOUR = 3;

const WEEKDAY_KEYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface HourEvidence {
  hour: number;
  posts: number;
  median_engagements: number;
  /** Has enough posts and beats the baseline. */
  beats: boolean;
}

export interface ProposedSlot {
  /** `HH:MM` in the account's zone. */
  time: string;
  posts: number;
  median_engagements: number;
  /** The next such slot on each audience zone's wall clock: `Tue 15:00`. */
  audience: Array<{ zone: string; local: string }>;
}

export interface DaySuggestion {
  day: Weekday;
  current: string[];
  /** Hours with posts on this weekday, in hour order. */
  evidence: HourEvidence[];
  /** Better times found for this weekday; empty: it keeps `current`. */
  proposed: ProposedSlot[];
}

export type SlotSuggestion =
  | { kind: 'too-few'; account: string; posts: number; min_posts: number }
  | {
      kind: 'suggestion';
      account: string;
      zone: string;
      posts: number;
      baseline: { posts: number; median_engagements: number; of: 'current-slots' | 'all-posts' };
      days: DaySuggestion[];
      /** The `slots:` block to paste, or undefined when no hour beats the baseline. */
      slots?: SlotRule[];
    };

export interface SlotInput {
  account: Account;
  log: readonly LogEntry[];
  snapshots: readonly MetricsSnapshot[];
  now: Instant;
  minPosts: number;
}

interface Sample {
  day: number;
  hour: number;
  minutes: number;
  engagements: number;
}

export function suggestSlots(input: SlotInput): SlotSuggestion {
  const { account } = input;
  const report = buildReport({
    posts: [],
    accounts: new Map([[account.name, account]]),
    log: input.log,
    snapshots: input.snapshots,
    from: 0,
    to: input.now + 1,
    now: input.now,
  });
  const posts = report.accounts[0]!.published.filter((p) => p.measured && p.retracted_at === undefined);
  if (posts.length < input.minPosts) return { kind: 'too-few', account: account.name, posts: posts.length, min_posts: input.minPosts };

  const samples: Sample[] = posts.map((p) => {
    const local = localIn(account.zone, Date.parse(p.published_at));
    return { day: local.weekday - 1, hour: local.hour, minutes: local.hour * 60 + local.minute, engagements: p.engagements };
  });
  const currentByDay = currentTimes(account.slots);
  const atSlot = samples.filter((s) => currentByDay[s.day]!.some((t) => s.minutes >= minutesOf(t) && s.minutes < minutesOf(t) + 60));
  const of = atSlot.length > 0 ? 'current-slots' : 'all-posts';
  const basis = atSlot.length > 0 ? atSlot : samples;
  const baseline = median(basis.map((s) => s.engagements))!;

  const days: DaySuggestion[] = WEEKDAY_KEYS.map((day, index) => {
    const byHour = new Map<number, number[]>();
    for (const s of samples) if (s.day === index) byHour.set(s.hour, [...(byHour.get(s.hour) ?? []), s.engagements]);
    const evidence: HourEvidence[] = [...byHour.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([hour, values]) => {
        const m = median(values)!;
        return { hour, posts: values.length, median_engagements: m, beats: values.length >= MIN_POSTS_PER_HOUR && m > baseline };
      });
    const current = currentByDay[index]!;
    const ranked = evidence
      .filter((e) => e.beats)
      .sort((a, b) => b.median_engagements - a.median_engagements || b.posts - a.posts || a.hour - b.hour)
      .slice(0, Math.max(1, current.length))
      .sort((a, b) => a.hour - b.hour);
    const proposed = ranked.map((e) => ({
      time: hhmm({ hour: e.hour, minute: 0 }),
      posts: e.posts,
      median_engagements: e.median_engagements,
      audience: audienceTimes(account, index, e.hour, input.now),
    }));
    return { day, current, evidence, proposed };
  });

  const better = days.some((d) => d.proposed.length > 0);
  return {
    kind: 'suggestion',
    account: account.name,
    zone: account.zone,
    posts: posts.length,
    baseline: { posts: basis.length, median_engagements: baseline, of },
    days,
    ...(better ? { slots: slotRules(days) } : {}),
  };
}

/** The account's slot times per weekday (Monday first), sorted and without repeats. */
function currentTimes(rules: readonly SlotRule[]): string[][] {
  return WEEKDAY_KEYS.map((day) => [...new Set(rules.filter((r) => r.days.includes(day)).flatMap((r) => r.times))].sort());
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** Weekdays with the same times share one rule, in weekday order: the shape of the account schema. */
function slotRules(days: readonly DaySuggestion[]): SlotRule[] {
  const rules: SlotRule[] = [];
  for (const d of days) {
    const times = d.proposed.length > 0 ? d.proposed.map((p) => p.time) : d.current;
    if (times.length === 0) continue;
    const same = rules.find((r) => r.times.join() === times.join());
    if (same) same.days.push(d.day);
    else rules.push({ days: [d.day], times: [...times] });
  }
  return rules;
}

/**
 * Where a weekly slot falls for each audience zone: at the next such weekday after `now` (an offset
 * between two zones changes with daylight saving time, so a date has to be chosen).
 */
function audienceTimes(account: Account, dayIndex: number, hour: number, now: Instant): Array<{ zone: string; local: string }> {
  const today = localIn(account.zone, now);
  const ahead = (dayIndex - (today.weekday - 1) + 7) % 7 || 7;
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
  const fields = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), minute: 0 };
  const resolved = resolveWallClock({ ...fields, hour }, account.zone);
  // A full hour inside a spring-forward gap does not exist that day: the next hour is shown instead.
  const fallback = resolved.ok ? resolved : resolveWallClock({ ...fields, hour: hour + 1 }, account.zone);
  const ms = fallback.ok ? fallback.ms : Date.UTC(fields.year, fields.month - 1, fields.day, hour);
  const zones = account.audience.length > 0 ? account.audience : [account.zone];
  return zones.map((zone) => {
    const local = localIn(zone, ms);
    return { zone, local: `${WEEKDAYS[local.weekday - 1]} ${hhmm(local)}` };
  });
}
