/**
 * Wall-clock fields of an instant in a zone, for printing many thousands of entries. Offsets come
 * from the memoised `offsetAt` of local-time.ts (luxon's IANA data); only the field arithmetic and
 * formatting are done here, because building a luxon DateTime per printed time made a year's
 * calendar several times slower than planning it.
 */
import type { Instant } from './instant.js';
import { offsetAt } from './local-time.js';

export interface Local {
  /** Epoch milliseconds. */
  ms: Instant;
  /** Minutes east of UTC at that instant. */
  offset: number;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday (as luxon). */
  weekday: number;
  /** `YYYY-MM-DD`: the local date, usable as a map key. */
  dayKey: string;
}

/** Fixed English names: output must not depend on the machine's locale. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** luxon treats `utc`/`gmt` (any case) as the fixed UTC zone and prints `Z` for it; so do we. */
function isFixedUtc(zone: string): boolean {
  const lower = zone.toLowerCase();
  return lower === 'utc' || lower === 'gmt';
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

export function localIn(zone: string, ms: Instant): Local {
  const offset = offsetAt(zone, ms);
  const shifted = new Date(ms + offset * 60_000);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  return {
    ms,
    offset,
    year,
    month,
    day,
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: ((shifted.getUTCDay() + 6) % 7) + 1,
    dayKey: `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`,
  };
}

/** As luxon's `toISO({suppressMilliseconds: true})`: `2026-12-01T09:00:00-05:00`, `Z` in UTC. */
export function formatIso(local: Local, zone: string): string {
  const ms = local.millisecond ? `.${String(local.millisecond).padStart(3, '0')}` : '';
  let offset: string;
  if (isFixedUtc(zone)) offset = 'Z';
  else {
    const abs = Math.abs(local.offset);
    offset = `${local.offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  }
  return `${local.dayKey}T${pad2(local.hour)}:${pad2(local.minute)}:${pad2(local.second)}${ms}${offset}`;
}

export function hhmm(time: { hour: number; minute: number }): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`;
}

/** Days from one `YYYY-MM-DD` to another. */
export function daysBetween(fromKey: string, toKey: string): number {
  return Math.round((Date.parse(`${toKey}T00:00:00Z`) - Date.parse(`${fromKey}T00:00:00Z`)) / 86_400_000);
}

export type WrittenLocal = Pick<Local, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'weekday' | 'dayKey'>;
const written = new Map<string, WrittenLocal>();

/**
 * The wall-clock fields written in a local ISO string (`2026-12-01T09:00:00-05:00`), as written.
 * Every format reads the same few strings per entry, so they are parsed once.
 */
export function writtenLocal(iso: string): WrittenLocal {
  let fields = written.get(iso);
  if (fields) return fields;
  const dayKey = iso.slice(0, 10);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  fields = { year, month, day, hour: Number(iso.slice(11, 13)), minute: Number(iso.slice(14, 16)), weekday, dayKey };
  if (written.size > 200_000) written.clear();
  written.set(iso, fields);
  return fields;
}
