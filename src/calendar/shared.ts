/** What the human-readable renderers share: day grouping, compact zone labels, one-line text. */
import type { Account } from '../model/account.js';
import type { PostStatus } from '../model/plan.js';
import type { CalendarEntry, CalendarModel } from './model.js';
import type { MonthTotal } from './cost.js';
import { formatMinutes } from '../time/duration.js';
import { parseInstant } from '../time/instant.js';
import { MONTHS, WEEKDAYS, daysBetween, hhmm, localIn, writtenLocal, type Local } from '../time/zoned.js';

export { hhmm } from '../time/zoned.js';

/** What a renderer needs besides the model: handles and zones, and the plan's clock. */
export interface RenderContext {
  accounts: ReadonlyMap<string, Account>;
  /** UTC ISO instant the plan was made for (ics DTSTAMP, "today" in html). */
  now: string;
  /** ANSI colour in the text renderer. */
  color?: boolean;
  /** Each shown account's UTC months the range touches: spent, planned, budget (src/calendar/cost.ts). */
  months?: readonly MonthTotal[];
}

export const STATUSES: readonly PostStatus[] = ['published', 'due', 'scheduled', 'queued', 'expired', 'draft', 'blocked', 'retracted'];

export const STATUS_MEANING: Record<PostStatus, string> = {
  published: 'already on X (from the log)',
  due: 'inside its window now: the next publish run sends it',
  scheduled: 'will go out when its window opens',
  queued: 'waiting in the account queue',
  expired: 'its window closed before it was sent; it will not go out',
  draft: 'draft: never published until draft is removed',
  blocked: 'held back: paused, blackout, daily cap, budget or rejected by X',
  retracted: 'retract: deleted from X (or being deleted at the next publish run), or never sent',
};

/** An ISO instant from the model, as wall-clock fields in `zone`. */
export function zoned(iso: string, zone: string): Local {
  return localIn(zone, parseInstant(iso));
}

type DayLike = { year: number; month: number; day: number; weekday: number };

/** `Tue 1 Dec 2026`. */
export function dayHeading(day: DayLike): string {
  return `${WEEKDAYS[day.weekday - 1]} ${day.day} ${MONTHS[day.month - 1]} ${day.year}`;
}

/** `Tue 1 Dec`. */
export function shortDay(day: DayLike): string {
  return `${WEEKDAYS[day.weekday - 1]} ${day.day} ${MONTHS[day.month - 1]}`;
}

/**
 * A short label for a zone: initials of a two-word city (`America/New_York` → `NY`,
 * `Australia/Lord_Howe` → `LH`), else its first three letters (`Europe/London` → `LON`).
 */
const zoneLabels = new Map<string, string>();

export function zoneLabel(zone: string): string {
  let label = zoneLabels.get(zone);
  if (label === undefined) zoneLabels.set(zone, (label = computeZoneLabel(zone)));
  return label;
}

function computeZoneLabel(zone: string): string {
  if (!zone.includes('/')) return zone.toUpperCase();
  const city = zone.slice(zone.lastIndexOf('/') + 1);
  const words = city.split(/[_-]/).filter(Boolean);
  if (words.length > 1)
    return words
      .map((w) => w[0])
      .join('')
      .toUpperCase();
  return city.slice(0, 3).toUpperCase();
}

/**
 * `NY 09:00 · LA 06:00 · LON 14:00`, with `+1`/`-1` when the local date differs from the day the
 * entry is listed under (`listedDay`, `YYYY-MM-DD`), so nobody mistakes the next morning for this one.
 */
export function audienceTimes(entry: CalendarEntry, listedDay: string | undefined): string {
  const parts: string[] = [];
  for (const zone in entry.local) {
    const there = writtenLocal(entry.local[zone]);
    let label = `${zoneLabel(zone)} ${hhmm(there)}`;
    if (listedDay !== undefined && there.dayKey !== listedDay) {
      const shift = daysBetween(listedDay, there.dayKey);
      label += shift > 0 ? `+${shift}` : `${shift}`;
    }
    parts.push(label);
  }
  return parts.join(' · ');
}

/**
 * Characters that belong to the cluster before them: marks (accents, Thai vowels and tone marks,
 * variation selectors), joiners, skin-tone modifiers, tag characters, Thai/Lao SARA AM.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists joiners and marks one by one on purpose: each extends the cluster before it
const EXTENDS = /[\p{M}\u200C\u200D\p{Emoji_Modifier}\u{E0020}-\u{E007F}\u0E33\u0EB3]/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;

/**
 * Text on one line, at most `max` code points, cut with `…` on a cluster boundary so an emoji,
 * a flag or an accented letter is never split. (Intl.Segmenter is exact but made a year's
 * calendar several times slower; this is exact for every cluster a post realistically holds.)
 */
export function oneLine(text: string, max: number): string {
  // Only the start is shown, so only the start is flattened, unless whitespace ate most of it.
  const headLength = 4 * max + 64;
  const head = text.length > headLength ? text.slice(0, headLength) : text;
  let flat = head.replace(/\s+/g, ' ').trim();
  if (head !== text && flat.length <= max + 1) flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Code-unit offsets of the first max + 1 code points.
  const starts: number[] = [];
  for (let i = 0; i < flat.length && starts.length <= max; i += flat.codePointAt(i)! > 0xffff ? 2 : 1) starts.push(i);
  if (starts.length <= max) return flat;
  const point = (k: number) => String.fromCodePoint(flat.codePointAt(starts[k])!);
  let cut = max - 1;
  while (cut > 0 && (EXTENDS.test(point(cut)) || point(cut - 1) === '\u200D')) cut--;
  if (REGIONAL_INDICATOR.test(point(cut))) {
    let run = 0;
    while (cut - run - 1 >= 0 && REGIONAL_INDICATOR.test(point(cut - run - 1))) run++;
    // An odd run before the cut means point(cut) completes a flag begun just before it.
    if (run % 2 === 1) cut--;
  }
  return `${flat.slice(0, starts[cut]).trimEnd()}…`;
}

export function handleOf(entry: Pick<CalendarEntry, 'account'>, accounts: ReadonlyMap<string, Account>): string {
  return accounts.get(entry.account)?.handle ?? entry.account;
}

export interface DayGroup {
  day: Local;
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
    const local = zoned(entry.at, model.zone);
    const last = days[days.length - 1];
    if (last && last.day.dayKey === local.dayKey) last.entries.push(entry);
    else days.push({ day: local, entries: [entry] });
  }
  return { days, untimed };
}

/** `Tue 1 Dec 2026 – Mon 14 Dec 2026` (the `to` bound is exclusive, so the last day shown is before it). */
export function rangeLabel(model: CalendarModel): string {
  const from = zoned(model.from, model.zone);
  const last = localIn(model.zone, parseInstant(model.to) - 1);
  return last.ms < from.ms || last.dayKey === from.dayKey ? dayHeading(from) : `${dayHeading(from)} – ${dayHeading(last)}`;
}

export function windowLabel(entry: CalendarEntry, zone: string): string {
  if (entry.at === null) return 'not scheduled';
  const start = zoned(entry.at, zone);
  if (entry.window_end === null) return `${dayHeading(start)} ${hhmm(start)} (${zone})`;
  const end = zoned(entry.window_end, zone);
  const sameDay = start.dayKey === end.dayKey;
  return `${dayHeading(start)} ${hhmm(start)} – ${sameDay ? '' : `${dayHeading(end)} `}${hhmm(end)} (${zone})`;
}

/** `poll: Dark mode / Offline sync (1d)` and `reply to post:launch`: what part 1 carries beside its text. */
export function extrasOf(entry: Pick<CalendarEntry, 'poll' | 'reply_to'>): string[] {
  const extras: string[] = [];
  if (entry.reply_to !== undefined) extras.push(`reply to ${entry.reply_to}`);
  if (entry.poll) extras.push(`poll: ${entry.poll.options.join(' / ')} (${formatMinutes(entry.poll.duration_minutes)})`);
  return extras;
}
