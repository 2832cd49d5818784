/**
 * `herald report`'s period from its flags: `--since 7d` (the default), or `--from`/`--to`. A date
 * means midnight in `--zone` (default UTC); `--to` with a date includes that whole day. A date-time
 * without an offset is a wall clock in `--zone`; one with an offset (or `Z`) is that instant.
 */
import { UsageError } from '../model/errors.js';
import { parseDuration } from '../time/duration.js';
import type { Instant } from '../time/instant.js';
import { resolveLocalTime } from '../time/local-time.js';
import { isValidZone } from '../time/zones.js';

const DEFAULT_SINCE = '7d';
/** Ten years: far more than any report needs, far inside what a Date holds. */
const MAX_SINCE_MINUTES = 3660 * 1440;

export interface PeriodOptions {
  since?: string;
  from?: string;
  to?: string;
  zone?: string;
}

function resolveReportZone(zone: string | undefined): string {
  if (zone === undefined || zone === '') return 'UTC';
  if (!isValidZone(zone)) {
    throw new UsageError(`--zone ${JSON.stringify(zone)} is not an IANA time zone; write a name such as --zone America/New_York or --zone UTC`);
  }
  return zone;
}

export function resolvePeriod(options: PeriodOptions, now: Instant): { from: Instant; to: Instant } {
  const zone = resolveReportZone(options.zone);
  if (options.since !== undefined && options.from !== undefined) {
    throw new UsageError('--since and --from both say where the period starts; give one, e.g. --since 30d or --from 2026-12-01');
  }
  const to = options.to === undefined ? now : moment('--to', options.to, zone, 'end');
  let from: Instant;
  if (options.from !== undefined) from = moment('--from', options.from, zone, 'start');
  else {
    const since = options.since ?? DEFAULT_SINCE;
    const duration = parseDuration(since);
    const minutes = duration?.as('minutes');
    if (minutes === undefined || !Number.isFinite(minutes) || minutes > MAX_SINCE_MINUTES) {
      throw new UsageError(`--since ${JSON.stringify(since)} is not a duration up to 3660d; write for example --since 7d, --since 36h or --since 90m`);
    }
    from = to - minutes * 60_000;
  }
  if (from >= to) {
    throw new UsageError(
      `the period is empty: it starts at ${new Date(from).toISOString()} and ends at ${new Date(to).toISOString()}; give a --from before --to`,
    );
  }
  return { from, to };
}

function moment(flag: string, value: string, zone: string, end: 'start' | 'end'): Instant {
  const resolved = resolveLocalTime(value, zone, { allowDate: true });
  if (!resolved.ok) {
    throw new UsageError(`${flag} ${resolved.message}`);
  }
  // `--to 2026-12-07` reads as "up to and including the 7th".
  return end === 'end' && resolved.dateOnly && resolved.nextDayMs !== undefined ? resolved.nextDayMs : resolved.ms;
}
