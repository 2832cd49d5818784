import { Duration } from 'luxon';

const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/**
 * `90m`, `2h`, `1d`, `1h30m` → a luxon Duration; anything else (or zero) → null.
 * Units are fixed-length (a day is 24 hours) because windows are spans of absolute time.
 */
export function parseDuration(text: string): Duration | null {
  const match = DURATION.exec(String(text).trim());
  if (!match || (!match[1] && !match[2] && !match[3])) return null;
  const minutes = Number(match[1] ?? 0) * 1440 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  if (minutes <= 0) return null;
  return Duration.fromObject({ minutes });
}

/**
 * The longest window or timed-part offset herald takes: 30 days. A window says how late a post may
 * still go out, and a part offset how long after the previous part it follows; a month later it is
 * no longer that moment's post but a new one. The bound also keeps every instant herald computes
 * (a year's time plus a span) far inside what a Date can hold. Polls have their own 7d bound.
 */
export const MAX_SPAN_MINUTES = 30 * 1440;

/** What to write instead of a span over MAX_SPAN_MINUTES, for messages. */
export const MAX_SPAN_TEXT = '30d';

/** Whether a parsed duration is over MAX_SPAN_MINUTES (or not a finite number of minutes). */
export function overMaxSpan(duration: Duration): boolean {
  const minutes = duration.as('minutes');
  return !Number.isFinite(minutes) || minutes > MAX_SPAN_MINUTES;
}

/** `1h30m` for 90: how herald writes a number of minutes back to the user. */
export function formatMinutes(total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  return `${days ? `${days}d` : ''}${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}` || '0m';
}
