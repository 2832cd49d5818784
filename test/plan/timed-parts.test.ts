/**
 * Timed thread parts in the plan: each stage of a thread (a timed part and the untimed parts after
 * it) is due in its own window, a run before it sends nothing of it, and an expired stage stops the
 * rest of the chain. Account zone America/New_York, window 1h.
 */
import { describe, expect, it } from 'vitest';
import type { SlotRule } from '../../src/model/account.js';
import type { PartTime, Post } from '../../src/model/post.js';
import { account, entryOf, plan, post, published, queued } from './build.js';

const plus = (minutes: number, line = 9): PartTime => ({ kind: 'after', minutes, written: `+${minutes}m`, line, column: 5 });
const at = (wall: string, line = 9): PartTime => ({ kind: 'at', at: wall, written: `at ${wall}`, line, column: 5 });

/** Part 1 at 14:00 New York (19:00Z), part 2 `+45m` (19:45Z), part 3 untimed (with part 2). */
function live(): Post {
  return post('live', '2026-12-01 14:00', { parts: ['Doors open.', 'Keynote starts.', 'Stream link below.'], partTimes: [undefined, plus(45), undefined] });
}

describe('timed thread parts: the plan', () => {
  it('a run in part 1’s window sends part 1 only when part 2 is later', () => {
    const entry = entryOf(plan({ posts: [live()], now: '2026-12-01T19:10:00Z' }), 'live');
    expect(entry).toMatchObject({ status: 'due', nextPart: 0, dueUntil: 1, at: '2026-12-01T19:00:00Z' });
    expect(entry.partsAt).toEqual(['2026-12-01T19:00:00Z', '2026-12-01T19:45:00Z', '2026-12-01T19:45:00Z']);
  });

  it('between the parts, a thread whose part 1 went out is `scheduled`, naming the next part and its time', () => {
    const p = live();
    const entry = entryOf(plan({ posts: [p], log: [published(p, '2026-12-01T19:01:00Z')], now: '2026-12-01T19:30:00Z' }), 'live');
    expect(entry.status).toBe('scheduled');
    expect(entry.dueUntil).toBeUndefined();
    expect(entry.reason).toMatch(/^part 1 of 3 went out \(tweet live-0\); part 2 \(`--- \+45m`, .*14:45.*\) is scheduled, as a reply to part 1$/);
  });

  it('at part 2’s time, parts 2 and 3 (untimed, after it) are due', () => {
    const p = live();
    const entry = entryOf(plan({ posts: [p], log: [published(p, '2026-12-01T19:01:00Z')], now: '2026-12-01T19:50:00Z' }), 'live');
    expect(entry).toMatchObject({ status: 'due', nextPart: 1, dueUntil: 3, tweetIds: ['live-0'] });
  });

  it('part 2’s window closed unsent: the thread is expired, the reason names part 2, the rest is never sent', () => {
    const p = live();
    const entry = entryOf(plan({ posts: [p], log: [published(p, '2026-12-01T19:01:00Z')], now: '2026-12-01T20:46:00Z' }), 'live');
    expect(entry.status).toBe('expired');
    expect(entry.reason).toMatch(
      /^part 2 \(`--- \+45m`, .*\) expired: its window closed at .*15:45.* before it was sent; part 1 of 3 went out \(tweet live-0\), and parts 2–3 are never sent$/,
    );
  });

  it('a later part timed inside a blackout is warned about at its line: cut off when its window closes first', () => {
    // Blackout on 2026-12-02 (New York); part 2 at 00:15 that day, window 1h: it would wait until the 3rd.
    const p = post('late', '2026-12-01 23:30', {
      parts: ['Countdown starts.', 'Happy launch day!'],
      partTimes: [undefined, at('2026-12-02 00:15')],
      partLines: [6, 9],
    });
    const dark = account('main', { blackout: [{ from: '2026-12-02', to: '2026-12-02', reason: 'Quiet day' }] });
    const result = plan({ posts: [p], accounts: [dark], now: '2026-12-01T12:00:00Z' });
    const found = result.diagnostics.filter((d) => d.rule === 'blackout');
    expect(found).toEqual([
      expect.objectContaining({
        file: p.file,
        line: 9,
        severity: 'warning',
        message: expect.stringMatching(/^part 2 of this thread is timed for .*inside blackout.*every part after it will not go out/),
      }),
    ]);
  });

  it('the whole thread sent is `published`, whatever the clock', () => {
    const p = live();
    const log = [published(p, '2026-12-01T19:01:00Z'), published(p, '2026-12-01T19:46:00Z', 1), published(p, '2026-12-01T19:46:01Z', 2)];
    expect(entryOf(plan({ posts: [p], log, now: '2026-12-02T12:00:00Z' }), 'live').status).toBe('published');
  });

  it('across midnight: part 2 `at` the next day is due then, and the daily cap counts the thread once, on part 1’s day', () => {
    const p = post('late', '2026-12-01 23:30', { parts: ['Countdown starts.', 'Happy launch day!'], partTimes: [undefined, at('2026-12-02 00:15')] });
    const next = post('morning', '2026-12-02 09:00');
    const capped = account('main', { dailyCap: 1 });
    const midnight = plan({ posts: [p, next], accounts: [capped], log: [published(p, '2026-12-02T04:31:00Z')], now: '2026-12-02T05:20:00Z' });
    expect(entryOf(midnight, 'late')).toMatchObject({ status: 'due', nextPart: 1, dueUntil: 2, partsAt: ['2026-12-02T04:30:00Z', '2026-12-02T05:15:00Z'] });
    expect(entryOf(midnight, 'morning').status).toBe('scheduled');
    expect(midnight.diagnostics.map((d) => d.rule)).not.toContain('daily-cap');
  });

  it('across a DST change: `+2h` is absolute time, and an ambiguous `at` means the earlier instant with a warning at its line', () => {
    // 2026-11-01: New York falls back from 02:00 EDT to 01:00 EST.
    const p = post('fallback', '2026-11-01 00:30', { parts: ['One.', 'Two.', 'Three.'], partTimes: [undefined, at('2026-11-01 01:30', 9), plus(120, 12)] });
    const result = plan({ posts: [p], now: '2026-11-01T04:00:00Z' });
    expect(entryOf(result, 'fallback').partsAt).toEqual(['2026-11-01T04:30:00Z', '2026-11-01T05:30:00Z', '2026-11-01T07:30:00Z']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'posts/fallback.md',
        line: 9,
        column: 5,
        severity: 'warning',
        rule: 'ambiguous-local-time',
        message: expect.stringMatching(/^`--- at 2026-11-01 01:30`: .*happens twice/),
      }),
    ]);
  });

  it('across a DST change: part 2 `+2h` is due two real hours later (01:30 EST, after the clocks went back), not before, and expires an hour after', () => {
    // 2026-11-01 00:30 EDT is 04:30Z; +2h is 06:30Z, the second 01:30 of the night.
    const p = post('night', '2026-11-01 00:30', { parts: ['One.', 'Two.'], partTimes: [undefined, plus(120)] });
    const log = [published(p, '2026-11-01T04:31:00Z')];
    const at = (now: string) => entryOf(plan({ posts: [p], log, now }), 'night');
    // 05:30Z is the first 01:30 (EDT): the wall clock says 01:30, but two hours have not passed.
    expect(at('2026-11-01T05:30:00Z')).toMatchObject({ status: 'scheduled', partsAt: ['2026-11-01T04:30:00Z', '2026-11-01T06:30:00Z'] });
    expect(at('2026-11-01T06:31:00Z')).toMatchObject({ status: 'due', nextPart: 1, dueUntil: 2 });
    expect(at('2026-11-01T07:31:00Z')).toMatchObject({ status: 'expired', reason: expect.stringMatching(/^part 2 .*01:30.* expired/) });
  });

  it('a part time in a DST gap is an error at its line naming the next valid time, and the post is blocked', () => {
    // 2027-03-14: New York springs forward from 02:00 to 03:00.
    const p = post('gap', '2027-03-14 01:30', { parts: ['One.', 'Two.'], partTimes: [undefined, at('2027-03-14 02:30')] });
    const result = plan({ posts: [p], now: '2027-03-14T06:35:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line: 9,
        column: 5,
        severity: 'error',
        rule: 'nonexistent-local-time',
        message: expect.stringMatching(/does not exist.*Write 2027-03-14 03:00 instead/),
      }),
    ]);
    expect(entryOf(result, 'gap')).toMatchObject({ status: 'blocked', reason: expect.stringMatching(/part 2's time is not valid/) });
  });

  it('a part time not after the previous part’s is an error at its line, and the post is blocked', () => {
    const p = post('backwards', '2026-12-01 14:00', { parts: ['One.', 'Two.'], partTimes: [undefined, at('2026-12-01 13:30')] });
    const result = plan({ posts: [p], now: '2026-12-01T19:05:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line: 9,
        severity: 'error',
        rule: 'timed-part',
        message: expect.stringMatching(/part 2 would go out at .* not after part 1's time/),
      }),
    ]);
    expect(entryOf(result, 'backwards').status).toBe('blocked');
  });

  it('a queued thread with `+30m`: part 2 is 30 minutes after the slot it gets', () => {
    const slots: SlotRule[] = [{ days: ['tue'], times: ['09:00'] }];
    const p = post('queued', queued(), { parts: ['One.', 'Two.'], partTimes: [undefined, plus(30)] });
    const entry = entryOf(plan({ posts: [p], accounts: [account('main', { slots })], now: '2026-12-01T12:00:00Z' }), 'queued');
    expect(entry.at).toBe('2026-12-01T14:00:00Z');
    expect(entry.partsAt).toEqual(['2026-12-01T14:00:00Z', '2026-12-01T14:30:00Z']);
  });

  it('a part time no Date can hold (past the read-time bounds) blocks the post instead of throwing', () => {
    const p = post('far', '2026-12-01 14:00', { parts: ['One.', 'Two.'], partTimes: [undefined, plus(1e14)] });
    const result = plan({ posts: [p], now: '2026-12-01T19:05:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 9, severity: 'error', rule: 'timed-part', message: expect.stringMatching(/too far in the future/) }),
    ]);
    expect(entryOf(result, 'far')).toMatchObject({ status: 'blocked', reason: expect.stringMatching(/too far in the future/) });
  });

  it('a logged time at the edge of what a Date holds (its window end past it) leaves the post unplaced instead of throwing', () => {
    const p = post('edge', queued(), { parts: ['One.', 'Two.'], partTimes: [undefined, plus(30)] });
    const edge = '+275760-09-13T00:00:00.000Z';
    const result = plan({ posts: [p], log: [{ ...published(p, edge), scheduled_for: edge }], now: '2026-12-01T19:05:00Z' });
    expect(entryOf(result, 'edge')).toMatchObject({ reason: expect.stringMatching(/too far in the future/) });
    expect(entryOf(result, 'edge').at).toBeUndefined();
  });
});
