/**
 * Where the next read of a support account's timeline (or mentions) starts, from the
 * `support-reads` lines earlier runs wrote. Pure, so every resume case is tested without X.
 *
 * X answers a timeline newest first, a page at a time. A read asks for one range and pages down
 * it; each page is recorded as it is read (so a crash loses nothing paid for). A read that ended
 * early (the `--max-reads` cap, the budget, X's rate limit, an error) leaves a stretch between what
 * was read before and the oldest post it reached; the next run reads that gap first (down to the
 * old floor, `until_id` = the oldest reached), and then on from the newest. Nothing is read twice
 * in normal running, and a backlog larger than one run's cap is worked through over several runs.
 *
 * State, per account and source:
 * - `coveredTo`: every post at or below this id (and from the first read's `start_time`) was read.
 * - `partial`: the lowest stretch read above a gap, from `from` (its oldest post) up to `to`; the
 *   posts between `coveredTo` and `from` are still to read.
 */
import { groupReads, type SupportReadsRecord, type SupportSource } from '../model/support.js';
import type { TimelineRange } from '../x/port.js';

export interface SupportCursor {
  coveredTo?: string;
  /** The first read's `start_time`: the floor below which nothing is wanted. */
  floor?: string;
  partial?: { from: string; to: string };
}

/** Posts with ids in `(lo, hi]` were read; `lo` = FLOOR: from the first read's start on. */
interface Covered {
  lo: bigint;
  hi: bigint;
}
const FLOOR = -1n;

/**
 * Fold the account's reads of one source (file order) into where the next run stands. Worked as
 * covered stretches of ids, merged where they touch, so a hand-edited or reordered file can make
 * herald read something twice but never skip a stretch: a complete read covers its whole range,
 * a stopped one only what it returned.
 */
export function cursorOf(records: readonly SupportReadsRecord[], account: string, source: Exclude<SupportSource, 'lookup'>): SupportCursor {
  const pages = records.filter((r) => r.account === account && r.source === source);
  const covered: Covered[] = [];
  let floor: string | undefined;
  for (const { first, newest, oldest, complete } of groupReads(pages)) {
    floor ??= first.start_time;
    const lo = first.since_id !== undefined ? BigInt(first.since_id) : first.start_time !== undefined ? FLOOR : undefined;
    const below = first.until_id !== undefined ? BigInt(first.until_id) - 1n : undefined;
    if (complete && lo !== undefined) {
      // The whole range was read: up to `until_id`, or up to the newest post there was.
      const hi = below ?? (newest !== undefined ? BigInt(newest) : lo);
      covered.push({ lo, hi: hi < lo ? lo : hi });
    } else if (oldest !== undefined && newest !== undefined) {
      // Stopped: X pages newest first, so what it read is one stretch from the top of its range down to `oldest`.
      covered.push({ lo: BigInt(oldest) - 1n, hi: below ?? BigInt(newest) });
    }
  }
  const merged = mergeCovered(covered);
  const bottom = merged[0]?.lo === FLOOR || (merged[0] && floor === undefined) ? merged.shift() : undefined;
  const cursor: SupportCursor = {};
  if (floor !== undefined) cursor.floor = floor;
  if (bottom && bottom.hi > FLOOR) cursor.coveredTo = bottom.hi.toString();
  const next = merged[0];
  if (next) cursor.partial = { from: (next.lo + 1n).toString(), to: next.hi.toString() };
  return cursor;
}

function mergeCovered(stretches: Covered[]): Covered[] {
  const sorted = stretches.slice().sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  const out: Covered[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.lo <= last.hi) {
      if (s.hi > last.hi) last.hi = s.hi;
    } else out.push({ ...s });
  }
  return out;
}

/**
 * The ranges to read now, in order: the gap below a stopped read's stretch (if any), then the new
 * posts above what was read. The caller reads the second only when the first completed. The first
 * read ever starts at `startTime` (now − `--since`); later ones go on from what was covered.
 */
export function plannedReads(cursor: SupportCursor, startTime: string): TimelineRange[] {
  const floor: TimelineRange = cursor.coveredTo !== undefined ? { sinceId: cursor.coveredTo } : { startTime: cursor.floor ?? startTime };
  if (cursor.partial) return [{ ...floor, untilId: cursor.partial.from }, { sinceId: cursor.partial.to }];
  return [floor];
}
