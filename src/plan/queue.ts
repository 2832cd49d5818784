import { blackoutAt, type AccountTime } from './account-time.js';
import { say } from '../i18n/say.js';
import type { Said } from '../model/diagnostic.js';
import { localDay, wallClockInstants, wallClockText } from '../time/local-time.js';

const DAY_MS = 86_400_000;

/** How far ahead the queue looks for a free slot: beyond it a post is reported as unschedulable. */
export const QUEUE_HORIZON_DAYS = 400;

export interface QueueRequest {
  /** Caller's handle for the post. */
  key: number;
  file: string;
  draft: boolean;
  windowMs: number;
  notBeforeMs?: number;
  /** Exclusive bound on the slot start. */
  notAfterMs?: number;
}

export interface QueueInput {
  time: AccountTime;
  nowMs: number;
  requests: readonly QueueRequest[];
  /** `[start, end)` windows of this account's fixed-time (and already pinned) posts. */
  taken: ReadonlyArray<readonly [number, number]>;
  /** Posts already counted per local day they go out (published per the log, plus fixed-time ones planned). */
  dayCounts: ReadonlyMap<string, number>;
}

/** A post the queue cannot place: why, in English for the log and status, and as a catalogue message for validate. */
export type QueueAssignment = { slotMs: number } | { slotMs?: undefined; reason: string; said: Said };

interface Slots {
  starts: number[];
  days: string[];
}

/** The account's recurring slots as instants: wall-clock times, so they keep 09:00 across DST. */
function generateSlots(time: AccountTime, fromMs: number, days: number): Slots {
  const zone = time.account.zone;
  const starts: number[] = [];
  const dayNames: string[] = [];
  // Calendar days as UTC midnights stand for the zone's local dates; offsets come from the tz data.
  const firstDay = Date.parse(`${localDay(zone, fromMs)}T00:00:00Z`);
  for (let i = 0; i <= days; i++) {
    const dayMs = firstDay + i * DAY_MS;
    const minutes = time.slotMinutes.get(((new Date(dayMs).getUTCDay() + 6) % 7) + 1);
    if (!minutes) continue;
    const name = new Date(dayMs).toISOString().slice(0, 10);
    for (const minute of minutes) {
      // A slot inside a spring-forward gap does not happen that day; an ambiguous one is the first.
      const { instants } = wallClockInstants(dayMs + minute * 60_000, zone);
      if (instants.length === 0) continue;
      starts.push(instants[0]);
      dayNames.push(name);
    }
  }
  return { starts, days: dayNames };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Fill the account's slots with queued posts in order of (`not_before`, file path), drafts after
 * the rest so a draft never holds a slot a real post needs. Time does not run backwards: a post
 * takes slots from the run's clock on, and of the slots already started only the latest, while the
 * post's window is still open (it goes out now, so it counts on today's date). A slot is free
 * unless a fixed-time post's window `[start, end)` contains its start, it lies in a blackout, or
 * its local day is at the daily cap (`dayCounts` counts posts on the day they go out). Bounded by QUEUE_HORIZON_DAYS; "next free slot" is a union-find walk, so the
 * whole queue is near-linear in posts + slots.
 */
export function assignQueue(input: QueueInput): Map<number, QueueAssignment> {
  const { time, nowMs } = input;
  const result = new Map<number, QueueAssignment>();
  const requests = [...input.requests].sort(
    (a, b) =>
      Number(a.draft) - Number(b.draft) ||
      (a.notBeforeMs ?? -Infinity) - (b.notBeforeMs ?? -Infinity) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.key - b.key,
  );
  if (requests.length === 0) return result;
  const file = time.account.file;
  if (time.slotMinutes.size === 0) {
    const said = say('queue-reason.no-slots', { file });
    for (const request of requests) result.set(request.key, { reason: said.message, said });
    return result;
  }

  const longestWindow = Math.max(...requests.map((r) => r.windowMs));
  const { starts, days } = generateSlots(time, nowMs - longestWindow, QUEUE_HORIZON_DAYS + Math.ceil(longestWindow / 86_400_000));
  const n = starts.length;
  // next[i] leads to the first free slot at or after i; n is the "none left" sentinel.
  const next = Int32Array.from({ length: n + 1 }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (next[root] !== root) root = next[root];
    while (next[i] !== root) [i, next[i]] = [next[i], root];
    return root;
  };
  const use = (i: number) => (next[i] = i + 1);

  const dayStart = new Map<string, number>();
  days.forEach((day, i) => {
    if (!dayStart.has(day)) dayStart.set(day, i);
  });
  const cap = time.account.dailyCap;
  const counts = new Map(input.dayCounts);
  const closeDay = (day: string) => {
    for (let i = dayStart.get(day) ?? n; i < n && days[i] === day; i++) use(i);
  };

  for (const [from, end] of input.taken) for (let i = lowerBound(starts, from); i < n && starts[i] < end; i++) use(i);
  for (let i = 0; i < n; i++) if (blackoutAt(time, starts[i])) use(i);
  if (cap !== undefined) for (const [day, count] of counts) if (count >= cap) closeDay(day);

  const zone = time.account.zone;
  const today = localDay(zone, nowMs);
  // The last slot that started at or before the run's clock: the only past slot a post may take,
  // and only while its window is open (it goes out now). Every earlier one has passed.
  const current = lowerBound(starts, nowMs + 1) - 1;
  const atCap = (day: string) => cap !== undefined && (counts.get(day) ?? 0) >= cap;
  for (const request of requests) {
    const open = current >= 0 && starts[current] + request.windowMs >= nowMs;
    let slot = find(Math.max(open ? current : current + 1, lowerBound(starts, request.notBeforeMs ?? -Infinity)));
    // A post in the open slot goes out today, whatever day the slot began (a window across midnight).
    if (slot === current && !request.draft && atCap(today)) slot = find(current + 1);
    if (slot >= n || (request.notAfterMs !== undefined && starts[slot] >= request.notAfterMs)) {
      const said =
        request.notAfterMs !== undefined
          ? say('queue-reason.not-after', { time: wallClockText(request.notAfterMs - 1, zone) })
          : say('queue-reason.horizon', { days: QUEUE_HORIZON_DAYS });
      result.set(request.key, { reason: said.message, said });
      continue;
    }
    use(slot);
    result.set(request.key, { slotMs: starts[slot] });
    if (request.draft) continue;
    const day = slot === current ? today : days[slot];
    const count = (counts.get(day) ?? 0) + 1;
    counts.set(day, count);
    if (cap !== undefined && count >= cap) closeDay(day);
  }
  return result;
}
