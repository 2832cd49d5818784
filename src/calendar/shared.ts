/** What the human-readable renderers share: day grouping, compact zone labels, one-line text. */
import { DateTime } from 'luxon';
import type { Account } from '../model/account.js';
import type { PostStatus } from '../model/plan.js';
import type { CalendarEntry, CalendarModel } from './model.js';

/** What a renderer needs besides the model: handles and zones, and the plan's clock. */
export interface RenderContext {
  accounts: ReadonlyMap<string, Account>;
  /** UTC ISO instant the plan was made for (ics DTSTAMP, "now" marker in html). */
  now: string;
  /** ANSI colour in the text renderer. */
  color?: boolean;
}

export const STATUSES: readonly PostStatus[] = ['published', 'due', 'scheduled', 'queued', 'expired', 'draft', 'blocked'];

export const STATUS_MEANING: Record<PostStatus, string> = {
  published: 'already on X (from the log)',
  due: 'inside its window now: the next publish run sends it',
  scheduled: 'will go out when its window opens',
  queued: 'waiting in the account queue',
  expired: 'its window closed before it was sent; it will not go out',
  draft: 'draft: never published until draft is removed',
  blocked: 'held back: paused, blackout, daily cap or rejected by X',
};

const ISO = { suppressMilliseconds: true } as const;

export function instant(iso: string, zone: string): DateTime {
  // A fixed locale: day and month names must not depend on the machine running herald.
  return DateTime.fromISO(iso, { setZone: true, locale: 'en-GB' }).setZone(zone);
}

/** `Tue 1 Dec 2026` — fixed English so output does not depend on the machine's locale. */
export function dayHeading(day: DateTime): string {
  return day.setLocale('en-GB').toFormat('ccc d LLL yyyy');
}

export function hhmm(time: DateTime): string {
  return time.toFormat('HH:mm');
}

/**
 * A short label for a zone: initials of a two-word city (`America/New_York` → `NY`,
 * `Australia/Lord_Howe` → `LH`), else its first three letters (`Europe/London` → `LON`).
 */
export function zoneLabel(zone: string): string {
  const city = zone.split('/').pop() ?? zone;
  if (!zone.includes('/')) return zone.toUpperCase();
  const words = city.split(/[_-]/).filter(Boolean);
  if (words.length > 1) return words.map((w) => w[0]).join('').toUpperCase();
  return city.slice(0, 3).toUpperCase();
}

/**
 * `NY 09:00 · LA 06:00 · LON 14:00`, with `+1`/`-1` when the local date differs from the day the
 * entry is listed under, so a reader never mistakes the next morning for this one.
 */
export function audienceTimes(entry: CalendarEntry, listedDay: DateTime | undefined): string {
  const parts: string[] = [];
  for (const [zone, iso] of Object.entries(entry.local)) {
    const there = DateTime.fromISO(iso, { setZone: true });
    let label = `${zoneLabel(zone)} ${hhmm(there)}`;
    if (listedDay) {
      const shift = Math.round(
        DateTime.fromISO(there.toISODate()!, { zone: 'UTC' })
          .diff(DateTime.fromISO(listedDay.toISODate()!, { zone: 'UTC' }), 'days').days,
      );
      if (shift !== 0) label += shift > 0 ? `+${shift}` : `${shift}`;
    }
    parts.push(label);
  }
  return parts.join(' · ');
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Text on one line, cut at a grapheme boundary (never inside an emoji) with `…`. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const graphemes = [...segmenter.segment(flat)].map((s) => s.segment);
  if (graphemes.length <= max) return flat;
  return graphemes.slice(0, Math.max(0, max - 1)).join('').trimEnd() + '…';
}

export function handleOf(entry: Pick<CalendarEntry, 'account'>, accounts: ReadonlyMap<string, Account>): string {
  return accounts.get(entry.account)?.handle ?? entry.account;
}

export interface DayGroup {
  day: DateTime;
  entries: CalendarEntry[];
}

/** Timed entries grouped by local day in the model's zone (only days that have entries), and the rest. */
export function groupByDay(model: CalendarModel): { days: DayGroup[]; untimed: CalendarEntry[] } {
  const days: DayGroup[] = [];
  const untimed: CalendarEntry[] = [];
  for (const entry of model.entries) {
    if (entry.at === null) {
      untimed.push(entry);
      continue;
    }
    const day = instant(entry.at, model.zone).startOf('day');
    const last = days[days.length - 1];
    if (last && last.day.equals(day)) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return { days, untimed };
}

/** `Tue 1 Dec 2026 – Mon 14 Dec 2026` (the `to` bound is exclusive, so the last day shown is before it). */
export function rangeLabel(model: CalendarModel): string {
  const from = instant(model.from, model.zone);
  const to = instant(model.to, model.zone);
  const last = to.minus({ milliseconds: 1 });
  return last < from ? dayHeading(from) : `${dayHeading(from)} – ${dayHeading(last)}`;
}

export function windowLabel(entry: CalendarEntry, zone: string): string {
  if (entry.at === null) return 'not scheduled';
  const start = instant(entry.at, zone);
  if (entry.window_end === null) return `${start.toISO(ISO)}`;
  const end = instant(entry.window_end, zone);
  const sameDay = start.hasSame(end, 'day');
  return `${dayHeading(start)} ${hhmm(start)} – ${sameDay ? '' : dayHeading(end) + ' '}${hhmm(end)} (${zone})`;
}
