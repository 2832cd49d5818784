/**
 * How instants are printed for people, shared by the renderers. The calendar prints many thousands
 * of times and uses the field arithmetic of zoned.ts; the summaries print a few and use luxon's
 * formats (zone abbreviations such as EST come from the runtime's Intl data).
 */
import { DateTime } from 'luxon';
import type { Instant } from './instant.js';
import { wallClockText } from './local-time.js';

/** `2026-12-01 10:00 America/New_York`: instants in reasons, in the zone the author wrote. */
export function when(ms: Instant, zone: string): string {
  return `${wallClockText(ms, zone)} ${zone}`;
}

/** `2026-12-01T09:00:00-05:00`: an instant as local time in `zone`, for the calendar's `local` map. */
export function localIso(isoUtcText: string, zone: string): string {
  return DateTime.fromISO(isoUtcText, { zone }).toISO({ suppressMilliseconds: true })!;
}

/** `2026-12-01 09:00 EST`: an instant as a reader in `zone` sees it, for previews and messages. */
export function formatLocal(isoUtcText: string, zone: string): string {
  return DateTime.fromISO(isoUtcText, { zone }).toFormat('yyyy-MM-dd HH:mm ZZZZ');
}

/** `2026-12-01 14:00 UTC`: the plan's clock in a summary's first line. */
export function utcMinuteText(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).toFormat("yyyy-MM-dd HH:mm 'UTC'");
}

/** `Tue 1 Dec 2026, 09:00 EST`: an instant on the wall clock of `zone`, for review cards. */
export function readableIn(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
}

/** `Tue 1 Dec 2026, 09:00–10:00 EST`, or both ends in full when the window crosses midnight in `zone`. */
export function readableWindow(start: string, end: string | null, zone: string): string {
  const s = DateTime.fromISO(start, { zone });
  if (!end) return s.toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
  const e = DateTime.fromISO(end, { zone });
  return s.hasSame(e, 'day')
    ? `${s.toFormat('ccc d LLL yyyy, HH:mm')}–${e.toFormat('HH:mm ZZZZ')}`
    : `${s.toFormat('ccc d LLL yyyy, HH:mm')} – ${e.toFormat('ccc d LLL, HH:mm ZZZZ')}`;
}
