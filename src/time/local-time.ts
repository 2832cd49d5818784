import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import type { Said } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import type { Instant } from './instant.js';
import { ISO_WITH_OFFSET } from './offset.js';
import { fixedOffsetMinutes } from './fixed-offset.js';

const zones = new Map<string, IANAZone>();
function ianaZone(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) zones.set(name, (zone = IANAZone.create(name)));
  return zone;
}

const BUCKET_MS = 24 * 3_600_000;
const samples = new Map<string, Map<number, number>>();
const changes = new Map<string, Map<number, number>>();

/**
 * UTC offset in minutes of `zone` at the instant `ms`, from the tz database (through luxon).
 * luxon asks Intl on every call, which dominates planning 10,000 posts, so offsets are sampled
 * once a day and memoised; a day whose ends differ holds one change, found once by bisection
 * (no zone changes its offset twice within a day).
 */
export function offsetAt(zone: string, ms: Instant): number {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== undefined) return fixed;
  let known = samples.get(zone);
  if (!known) samples.set(zone, (known = new Map()));
  const bucket = Math.floor(ms / BUCKET_MS);
  const sample = (b: number) => {
    let offset = known.get(b);
    if (offset === undefined) known.set(b, (offset = ianaZone(zone).offset(b * BUCKET_MS)));
    return offset;
  };
  const start = sample(bucket);
  const end = sample(bucket + 1);
  if (start === end) return start;
  let found = changes.get(zone);
  if (!found) changes.set(zone, (found = new Map()));
  let change = found.get(bucket);
  if (change === undefined) {
    let low = bucket * BUCKET_MS;
    let high = (bucket + 1) * BUCKET_MS;
    while (high - low > 1000) {
      const mid = low + Math.floor((high - low) / 2000) * 1000;
      if (ianaZone(zone).offset(mid) === start) low = mid;
      else high = mid;
    }
    found.set(bucket, (change = high));
  }
  return ms >= change ? end : start;
}

export type LocalTime =
  | {
      ok: true;
      /** The instant as epoch milliseconds (what the planner works with). */
      ms: Instant;
      /** The instant at its offset in the zone (or the written offset): built only when asked for. */
      readonly instant: DateTime;
      /** Only a date was written (`2026-12-24`): the instant is the start of that day. */
      dateOnly: boolean;
      /** For a date: the start of the following day (where an inclusive date ends). */
      nextDayMs?: number;
      /** A wall-clock time that happens twice: `instant` is the first; `message` explains. */
      ambiguous?: { later: DateTime; message: string; said: Said };
    }
  | { ok: false; rule: 'invalid-time' | 'nonexistent-local-time'; message: string; said?: Said };

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** How a wall-clock instant is written back to the user: `2027-03-14 03:00`. */
function wallText(naiveMs: number): string {
  return new Date(naiveMs).toISOString().slice(0, 16).replace('T', ' ');
}
function clockText(naiveMs: number): string {
  return new Date(naiveMs).toISOString().slice(11, 16);
}

/** First instant at or after which the zone uses `after` instead of `before` (minute precision). */
function transitionBetween(zone: string, lowMs: number, highMs: number, after: number): number {
  let low = Math.floor(lowMs / MINUTE_MS);
  let high = Math.ceil(highMs / MINUTE_MS);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(zone, mid * MINUTE_MS) === after) high = mid;
    else low = mid + 1;
  }
  return low * MINUTE_MS;
}

/** The instants a wall-clock time has in `zone`, earliest first: none in a gap, two in an overlap. */
export function wallClockInstants(naive: number, zone: string): { instants: number[]; before: number; after: number } {
  const before = offsetAt(zone, naive - 1.5 * DAY_MS);
  const after = offsetAt(zone, naive + 1.5 * DAY_MS);
  const instants: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const ms = naive - offset * MINUTE_MS;
    if (offsetAt(zone, ms) === offset) instants.push(ms);
  }
  return { instants: instants.sort((a, b) => a - b), before, after };
}

/** The first instant of a local calendar day (`day` may overflow into the next month). */
export function startOfLocalDay(year: number, month: number, day: number, zone: string): Instant {
  const { instants } = wallClockInstants(Date.UTC(year, month - 1, day), zone);
  // Midnight can fall in a gap (zones that change at 00:00): luxon's startOf finds the first instant.
  return instants.length > 0
    ? instants[0]
    : DateTime.fromObject({ year, month, day: 1 }, { zone })
        .plus({ days: day - 1 })
        .startOf('day')
        .toMillis();
}

/** `2026-12-01`: the account's local calendar day of an instant (daily caps count by it). */
export function localDay(zone: string, ms: Instant): string {
  return new Date(ms + offsetAt(zone, ms) * 60_000).toISOString().slice(0, 10);
}

/** `2026-12-01 10:00`: an instant on the wall clock of `zone`. */
export function wallClockText(ms: Instant, zone: string): string {
  return wallText(ms + offsetAt(zone, ms) * MINUTE_MS);
}

/** A resolved instant whose DateTime is only built if a caller wants one. */
function exact(ms: number, zone: string, dateOnly: boolean, nextDayMs?: number): LocalTime {
  let instant: DateTime | undefined;
  return {
    ok: true,
    ms,
    dateOnly,
    ...(nextDayMs === undefined ? {} : { nextDayMs }),
    get instant() {
      return (instant ??= atOffset(ms, zone));
    },
  };
}

/** An instant shown at its offset in `zone`; a fixed-offset zone spares luxon a lookup per value. */
function atOffset(ms: number, zone: string): DateTime {
  return DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(offsetAt(zone, ms)) });
}

/**
 * Resolve a wall-clock time (fields as in the zone's calendar) to an instant. The tz database,
 * through luxon, gives the offsets in force a day and a half either side; each offset that maps
 * the wall time back onto itself is a real instant: none means a gap, two mean an overlap.
 */
export function resolveWallClock(fields: { year: number; month: number; day: number; hour: number; minute: number; second?: number }, zone: string): LocalTime {
  const naive = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second ?? 0);
  const { instants, before, after } = wallClockInstants(naive, zone);
  if (instants.length === 0) {
    const change = transitionBetween(zone, naive - after * MINUTE_MS, naive - before * MINUTE_MS, after);
    const gapStart = change + before * MINUTE_MS;
    const gapEnd = change + after * MINUTE_MS;
    const said = say('nonexistent-local-time', { time: wallText(naive), zone, from: clockText(gapStart), to: clockText(gapEnd), instead: wallText(gapEnd) });
    return { ok: false, rule: 'nonexistent-local-time', message: said.message, said };
  }
  if (instants.length === 1) return exact(instants[0], zone, false);
  const instant = atOffset(instants[0], zone);
  const later = atOffset(instants[1], zone);
  const change = transitionBetween(zone, instants[0], instants[1] + MINUTE_MS, after);
  const withOffset = (dt: DateTime) => dt.toFormat("yyyy-MM-dd'T'HH:mmZZ");
  const said = say('ambiguous-local-time', {
    time: wallText(naive),
    zone,
    from: clockText(change + before * MINUTE_MS),
    to: clockText(change + after * MINUTE_MS),
    first: withOffset(instant),
    second: withOffset(later),
  });
  return { ok: true, ms: instants[0], instant, dateOnly: false, ambiguous: { later, message: said.message, said } };
}

/**
 * A time as written in a file: `2026-12-01 09:00` (wall clock in `zone`), an ISO string with an
 * offset (`2026-12-01T09:00-05:00`, `2026-12-02T10:00Z`: exact, never ambiguous), or, when
 * `allowDate`, a bare date meaning the start of that day in `zone`.
 */
export function resolveLocalTime(value: unknown, zone: string, options: { allowDate?: boolean } = {}): LocalTime {
  const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
  const example = options.allowDate ? say('invalid-time.examples', { date: '2026-12-01', time: '2026-12-01 09:00' }) : '2026-12-01 09:00';
  const invalid = (what: Said): LocalTime => {
    const said = say('invalid-time', { text, what, example });
    return { ok: false, rule: 'invalid-time', message: said.message, said };
  };
  if (ISO_WITH_OFFSET.test(text)) {
    const parsed = DateTime.fromISO(text.replace(' ', 'T').replace(/\s/, ''), { setZone: true });
    return parsed.isValid ? { ok: true, ms: parsed.toMillis(), instant: parsed, dateOnly: false } : invalid(say('what.date-and-time'));
  }
  const match = WALL.exec(text);
  if (!match) return invalid(options.allowDate ? say('what.date-or-time') : say('what.time'));
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCFullYear() !== year || calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return invalid(say('what.date'));
  if (match[4] === undefined) {
    if (!options.allowDate) return invalid(say('what.time-of-day'));
    return exact(startOfLocalDay(year, month, day, zone), zone, true, startOfLocalDay(year, month, day + 1, zone));
  }
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return invalid(say('what.clock'));
  return resolveWallClock({ year, month, day, hour, minute, second }, zone);
}
