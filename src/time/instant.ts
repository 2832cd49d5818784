/**
 * One instant type. Inside the planner an instant is an `Instant`: epoch milliseconds (UTC), what
 * every comparison, window and slot is computed with. The plan hands instants out as `IsoInstant`
 * text (`2026-12-01T14:00:00Z`, always UTC, made only by `isoFromMs`), which is also how the plan's
 * JSON and the log write them. Renderers read that text back with `parseInstant` and print it with
 * the helpers of time/ (`localIn`, `formatIso`, `localDay`, format.ts). luxon's DateTime is for
 * the edges only: the injected clock (`now`), command-line options, and the review and publish
 * summaries' wording.
 */
import type { IsoInstant } from '../model/plan.js';
import { hasOffset } from './offset.js';

export type { IsoInstant };

/** Epoch milliseconds (UTC): an instant as the planner computes with it. */
export type Instant = number;

/** The largest distance from the epoch a Date can hold (±100,000,000 days). */
const DATE_LIMIT_MS = 8.64e15;

/** Whether `ms` is an instant a Date can hold (so `isoFromMs` can write it). */
export function isDateInstant(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_LIMIT_MS;
}

const isoText = new Map<number, string>();
/**
 * `2026-12-01T14:00:00Z`: how instants appear in the plan and the log. Memoised: a calendar repeats
 * the same round times, and Date#toISOString is slow enough to show.
 */
export function isoFromMs(ms: Instant): IsoInstant {
  let text = isoText.get(ms);
  if (text === undefined) {
    const full = new Date(ms).toISOString();
    text = full.endsWith('.000Z') ? `${full.slice(0, 19)}Z` : full;
    if (isoText.size > 100_000) isoText.clear();
    isoText.set(ms, text);
  }
  return text;
}

/** Epoch ms of an ISO string that carries an offset or `Z`; NaN when it is not one. */
export function parseInstant(iso: string): Instant {
  return hasOffset(iso) ? Date.parse(iso) : NaN;
}
