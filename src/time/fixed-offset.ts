/**
 * A time written with an offset and no zone (`publish.at: 2026-12-01T10:00+03:00`) was meant for
 * that offset's wall clock, so previews show it there first. Such a "zone" is named `UTC+03:00`:
 * luxon reads that name as a fixed offset, and `offsetAt` answers it without the tz database.
 */
import { hasOffset } from './offset.js';
import { isValidZone } from './zones.js';

const FIXED = /^UTC([+-])(\d{2}):(\d{2})$/;

/** `UTC+03:00` for `2026-12-01T10:00+03:00` (`UTC` for `Z`, `+00:00`); undefined without an offset. */
export function fixedOffsetZoneOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (!hasOffset(trimmed)) return undefined;
  if (/z$/i.test(trimmed)) return 'UTC';
  const match = /([+-])(\d{2}):?(\d{2})?$/.exec(trimmed);
  if (!match) return undefined;
  const [, sign, hours, minutes = '00'] = match;
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  return hours === '00' && minutes === '00' ? 'UTC' : `UTC${sign}${hours}:${minutes}`;
}

/** Minutes east of UTC of a `UTC+03:00` name; undefined for any other name. */
export function fixedOffsetMinutes(zone: string): number | undefined {
  const match = FIXED.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** A zone previews can show: an IANA name, or a fixed offset named by `fixedOffsetZoneOf`. */
export function isShownZone(zone: string): boolean {
  return isValidZone(zone) || fixedOffsetMinutes(zone) !== undefined;
}
