/**
 * Timed thread parts in the calendar (`--- +45m`, `--- at …`): the entry's `parts_at` lists each
 * part that has its own time, and the renderers show each one with its time (ICS: one event each).
 */
import type { PlanEntry } from '../model/plan.js';
import { parseInstant } from '../time/instant.js';
import type { CalendarEntry } from './model.js';
import { hhmm, shortDay, zoned, zoneLabel } from './shared.js';

/** A part with its own time; parts without one go out right after the part before them. */
export interface CalendarPartTime {
  /** 1-based, as messages count parts (part 1 is the entry itself, never listed). */
  part: number;
  /** UTC ISO instant the part is scheduled for. */
  at: string;
  /** The part's full text. */
  text: string;
  /** When the part is already on X (from the log). */
  tweet_id?: string;
}

/** The timed parts of a plan entry, or undefined when the post has none. */
export function partsAtOf(entry: PlanEntry): CalendarPartTime[] | undefined {
  const times = entry.partsAt;
  if (!times) return undefined;
  const out: CalendarPartTime[] = [];
  for (let i = 1; i < times.length; i++) {
    if (parseInstant(times[i]) === parseInstant(times[i - 1])) continue;
    const tweetId = entry.tweetIds[i];
    out.push({ part: i + 1, at: times[i], text: entry.post.parts[i] ?? '', ...(tweetId ? { tweet_id: tweetId } : {}) });
  }
  return out.length > 0 ? out : undefined;
}

/**
 * `part 2 at 14:45`, with the day when it is not `listedDay` (`part 2 at Wed 2 Dec 00:15`). When the
 * calendar's zone is not the account's (`home`), the time there follows with its label, as the
 * audience column writes it: `part 2 at 19:45 (NY 14:45)`.
 */
export function partTimeLabel(part: CalendarPartTime, zone: string, listedDay: string | undefined, home?: string): string {
  const local = zoned(part.at, zone);
  const day = listedDay === undefined || local.dayKey !== listedDay ? `${shortDay(local)} ` : '';
  let there = '';
  if (home !== undefined && home !== zone) {
    const at = zoned(part.at, home);
    there = ` (${zoneLabel(home)} ${at.dayKey !== local.dayKey ? `${shortDay(at)} ` : ''}${hhmm(at)})`;
  }
  return `part ${part.part} at ${day}${hhmm(local)}${there}${part.tweet_id ? ' (sent)' : ''}`;
}

/** Each timed part of an entry as `part 2 at 14:45: text`, for the text, Markdown and HTML renderers. */
export function timedPartLines(entry: CalendarEntry, zone: string, listedDay: string | undefined, text: (t: string) => string): string[] {
  const home = Object.keys(entry.local)[0];
  return (entry.parts_at ?? []).map((part) => `↳ ${partTimeLabel(part, zone, listedDay, home)}: ${text(part.text)}`);
}
