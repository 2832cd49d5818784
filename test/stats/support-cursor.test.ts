/**
 * Where a support account's next timeline read starts (src/stats/support-cursor.ts): pure, from
 * the support-reads lines earlier runs wrote. Ids are small here; X's are up to 19 digits.
 */
import { describe, expect, it } from 'vitest';
import type { SupportReadsRecord } from '../../src/model/support.js';
import { cursorOf, plannedReads } from '../../src/stats/support-cursor.js';

const START = '2026-11-01T12:00:00Z';

/** One page of a read: `at` names the run; pages of one run and range form one read. */
function page(at: string, range: Partial<SupportReadsRecord>, got: [newest: number, oldest: number] | [], complete: boolean): SupportReadsRecord {
  return {
    kind: 'support-reads',
    at,
    account: 'support',
    source: 'mentions',
    owned_reads: 0,
    post_reads: got.length === 0 ? 0 : 5,
    ...range,
    ...(got.length === 2 ? { newest_id: String(got[0]), oldest_id: String(got[1]) } : {}),
    complete,
  };
}

const next = (records: SupportReadsRecord[]) => plannedReads(cursorOf(records, 'support', 'mentions'), '2026-12-01T00:00:00Z');

describe('where the next support read starts', () => {
  it('the first read ever starts at now − --since', () => {
    expect(next([])).toEqual([{ startTime: '2026-12-01T00:00:00Z' }]);
  });

  it('after a complete read, only posts newer than the newest read', () => {
    expect(next([page('r1', { start_time: START }, [190, 101], true)])).toEqual([{ sinceId: '190' }]);
  });

  it('after a complete read that found nothing, again from the first read’s start', () => {
    expect(next([page('r1', { start_time: START }, [], true)])).toEqual([{ startTime: START }]);
  });

  it('after a stopped read, the gap below what it reached first, then on from its newest', () => {
    const stopped = [page('r1', { start_time: START }, [190, 150], false), page('r1', { start_time: START }, [149, 140], false)];
    expect(next(stopped)).toEqual([{ startTime: START, untilId: '140' }, { sinceId: '190' }]);
  });

  it('a gap read that stops too narrows the gap', () => {
    const records = [page('r1', { start_time: START }, [190, 150], false), page('r2', { start_time: START, until_id: '150' }, [149, 120], false)];
    expect(next(records)).toEqual([{ startTime: START, untilId: '120' }, { sinceId: '190' }]);
  });

  it('a gap read that completes joins the stretch above it', () => {
    const records = [page('r1', { start_time: START }, [190, 150], false), page('r2', { start_time: START, until_id: '150' }, [149, 101], true)];
    expect(next(records)).toEqual([{ sinceId: '190' }]);
  });

  it('a stopped read above covered posts leaves a gap between them', () => {
    const records = [page('r1', { start_time: START }, [190, 101], true), page('r2', { since_id: '190' }, [300, 250], false)];
    expect(next(records)).toEqual([{ sinceId: '190', untilId: '250' }, { sinceId: '300' }]);
  });

  it('a reordered or repeated file can cost a re-read but never skips a stretch', () => {
    const stopped = page('r1', { start_time: START }, [190, 150], false);
    // A complete read that claims to start above the gap covers only its own range.
    const above = page('r2', { since_id: '190' }, [260, 191], true);
    expect(next([above, stopped, stopped])).toEqual([{ startTime: START, untilId: '150' }, { sinceId: '260' }]);
  });

  it('reads another account’s or the other timeline’s lines as none of its own', () => {
    const other = { ...page('r1', { start_time: START }, [190, 101], true), account: 'main' };
    const timeline = { ...page('r1', { start_time: START }, [190, 101], true), source: 'timeline' as const };
    expect(next([other, timeline])).toEqual([{ startTime: '2026-12-01T00:00:00Z' }]);
  });
});
