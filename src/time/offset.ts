/**
 * The one spelling in herald of "this time carries its offset". A date-time without one is a wall
 * clock and means a different instant in every zone; with one it is exact.
 */

/** `Z` (or `z`) or a numeric offset: `+05:30`, `-0500`, `+05`. A regular-expression source. */
export const OFFSET = '(?:[zZ]|[+-]\\d{2}(?::?\\d{2})?)';

/** A time of day (after `T` or a space) with an offset at the very end. */
const ENDS_WITH_OFFSET = new RegExp(`[T ]\\d.*\\d${OFFSET}$`);

/**
 * `2026-12-01T09:00-05:00`, `2026-12-02 10:00Z`: the form a file may write an exact instant in (a
 * date, a time of day, an offset, nothing else).
 */
export const ISO_WITH_OFFSET = new RegExp(`^\\d{4}-\\d{2}-\\d{2}[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s?${OFFSET}$`, 'i');

/**
 * True when a date-time ends with `Z` or a numeric offset (`2026-12-01T09:00:00Z`,
 * `2026-12-01T09:00-05:00`); false for a date alone (`2026-12-01`) or a wall clock
 * (`2026-12-01T09:00`). It checks only the offset: parse the text (luxon, Date.parse) for the rest.
 */
export function hasOffset(text: string): boolean {
  return ENDS_WITH_OFFSET.test(text);
}
