import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import { account, entryOf, plan, post, published, queued } from './build.js';

// Mon 2026-12-07 .. : weekdays at 09:00 and 16:00 New York time.
const weekdays = account('main', { slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['16:00', '09:00'] }] });
const MONDAY_6AM = '2026-12-07T06:00-05:00';

describe('the queue', () => {
  it('fills free slots in order of file path when no post has not_before', () => {
    const result = plan({ posts: [post('b', queued()), post('a', queued()), post('c', queued())], accounts: [weekdays], now: MONDAY_6AM });
    expect(['a', 'b', 'c'].map((id) => entryOf(result, id).at)).toEqual([
      '2026-12-07T14:00:00Z', // Mon 09:00
      '2026-12-07T21:00:00Z', // Mon 16:00
      '2026-12-08T14:00:00Z', // Tue 09:00
    ]);
    expect(entryOf(result, 'a')).toMatchObject({ status: 'queued', slotted: true });
  });

  it('orders by not_before before file path', () => {
    const posts = [post('a', queued({ notBefore: '2026-12-08' })), post('z', queued())];
    const result = plan({ posts, accounts: [weekdays], now: MONDAY_6AM });
    expect(entryOf(result, 'z').at).toBe('2026-12-07T14:00:00Z');
    expect(entryOf(result, 'a').at).toBe('2026-12-08T14:00:00Z');
  });

  it('counts a slot whose window is open now, so the post is due', () => {
    const result = plan({ posts: [post('now', queued())], accounts: [weekdays], now: '2026-12-07T09:30-05:00' });
    expect(entryOf(result, 'now')).toMatchObject({ at: '2026-12-07T14:00:00Z', status: 'due' });
  });

  it('skips weekends', () => {
    const result = plan({ posts: [post('a', queued())], accounts: [weekdays], now: '2026-12-05T12:00-05:00' });
    expect(entryOf(result, 'a').at).toBe('2026-12-07T14:00:00Z');
  });

  it('skips a slot taken by a fixed-time post of the same account whose window contains the slot start', () => {
    const fixed = post('fixed', '2026-12-07 08:30');
    const result = plan({ posts: [fixed, post('q', queued())], accounts: [weekdays], now: MONDAY_6AM });
    expect(entryOf(result, 'q').at).toBe('2026-12-07T21:00:00Z');
  });

  it("does not treat another account's fixed post as taking the slot", () => {
    const other = post('other', '2026-12-07 09:00', { account: 'support' });
    const result = plan({ posts: [other, post('q', queued())], accounts: [weekdays, account('support')], now: MONDAY_6AM });
    expect(entryOf(result, 'q').at).toBe('2026-12-07T14:00:00Z');
  });

  it('skips slots inside a blackout (inclusive dates)', () => {
    const withBlackout = { ...weekdays, blackout: [{ from: '2026-12-07', to: '2026-12-08', reason: 'Offsite' }] };
    const result = plan({ posts: [post('q', queued())], accounts: [withBlackout], now: MONDAY_6AM });
    expect(entryOf(result, 'q').at).toBe('2026-12-09T14:00:00Z');
  });

  it('skips days at the daily cap, counting posts already published that day from the log', () => {
    const capped = { ...weekdays, dailyCap: 1 };
    const earlier = post('earlier', '2026-12-07 05:00');
    const log = [published(earlier, '2026-12-07T10:00:00Z')];
    const result = plan({ posts: [earlier, post('q', queued())], accounts: [capped], log, now: MONDAY_6AM });
    expect(entryOf(result, 'q').at).toBe('2026-12-08T14:00:00Z');
  });

  it('puts at most daily_cap queued posts on one day', () => {
    const capped = { ...weekdays, dailyCap: 1 };
    const result = plan({ posts: [post('a', queued()), post('b', queued())], accounts: [capped], now: MONDAY_6AM });
    expect([entryOf(result, 'a').at, entryOf(result, 'b').at]).toEqual(['2026-12-07T14:00:00Z', '2026-12-08T14:00:00Z']);
    expect(result.diagnostics).toEqual([]);
  });

  it('respects not_before given as a date-time', () => {
    const result = plan({ posts: [post('a', queued({ notBefore: '2026-12-07 10:00' }))], accounts: [weekdays], now: MONDAY_6AM });
    expect(entryOf(result, 'a').at).toBe('2026-12-07T21:00:00Z');
  });

  it('keeps a post without a free slot before not_after queued, with a reason and a queue-unschedulable warning', () => {
    const posts = [post('a', queued()), post('b', queued({ notAfter: '2026-12-07' })), post('c', queued({ notAfter: '2026-12-07' }))];
    const result = plan({ posts, accounts: [weekdays], now: MONDAY_6AM });
    expect(entryOf(result, 'c')).toMatchObject({ status: 'queued', reason: 'no free slot before 2026-12-07 23:59 (its not_after)' });
    expect(entryOf(result, 'c').at).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'posts/c.md', line: 4, column: 9, rule: 'queue-unschedulable', severity: 'warning' })]);
    expect(result.entries.at(-1)?.post.id).toBe('c');
  });

  it('looks at most 400 days ahead: with one slot a week, the 59th queued post gets none', () => {
    const weekly = account('main', { slots: [{ days: ['mon'], times: ['09:00'] }] });
    const posts = Array.from({ length: 59 }, (_, i) => post(`p${String(i).padStart(2, '0')}`, queued()));
    const result = plan({ posts, accounts: [weekly], now: MONDAY_6AM });
    expect(entryOf(result, 'p57').at).toBe('2028-01-10T14:00:00Z');
    expect(entryOf(result, 'p58')).toMatchObject({ status: 'queued', reason: 'no free slot in the next 400 days' });
  });

  it('reports a queued post on an account without slots', () => {
    const result = plan({ posts: [post('a', queued())], now: MONDAY_6AM });
    expect(entryOf(result, 'a').reason).toBe('no slots: add slots: to schedules/main.yaml, or give the post a fixed publish.at');
  });

  it('keeps wall-clock slot times across a daylight-saving change (09:00 before and after 2027-03-14)', () => {
    const daily = account('main', { slots: [{ days: ['fri', 'mon'], times: ['09:00'] }] });
    const result = plan({ posts: [post('a', queued()), post('b', queued())], accounts: [daily], now: '2027-03-12T06:00-05:00' });
    expect(entryOf(result, 'a').at).toBe('2027-03-12T14:00:00Z'); // Fri, EST
    expect(entryOf(result, 'b').at).toBe('2027-03-15T13:00:00Z'); // Mon, EDT
  });

  it('gives a published queued post the time it was sent for and no future slot', () => {
    const done = post('done', queued());
    const log = [published(done, '2026-12-04T14:00:00Z')];
    const result = plan({ posts: [done, post('next', queued())], accounts: [weekdays], log, now: MONDAY_6AM });
    expect(entryOf(result, 'done')).toMatchObject({ status: 'published', at: '2026-12-04T14:00:00Z' });
    expect(entryOf(result, 'next').at).toBe('2026-12-07T14:00:00Z');
  });

  it('places drafts after the other queued posts so they never hold a slot a real post needs', () => {
    const posts = [post('a-draft', queued(), { draft: true }), post('b-real', queued())];
    const result = plan({ posts, accounts: [weekdays], now: MONDAY_6AM });
    expect(entryOf(result, 'b-real').at).toBe('2026-12-07T14:00:00Z');
    expect(entryOf(result, 'a-draft')).toMatchObject({ status: 'draft', at: '2026-12-07T21:00:00Z' });
  });

  it('blocks queued posts of a paused account but keeps their slots, so resuming restores the calendar', () => {
    const paused = { ...weekdays, paused: { since: '2026-12-06T10:00Z', reason: 'incident' } };
    const result = plan({ posts: [post('a', queued())], accounts: [paused], now: MONDAY_6AM });
    expect(entryOf(result, 'a')).toMatchObject({
      at: '2026-12-07T14:00:00Z',
      status: 'blocked',
      blockedBy: 'paused',
      reason: 'account paused since 2026-12-06 10:00 UTC: incident',
    });
  });
});

describe('the plan is deterministic', () => {
  const accounts = [
    { ...weekdays, dailyCap: 2, blackout: [{ from: '2026-12-09', to: '2026-12-09' }] },
    account('support', { zone: 'Europe/London', slots: [{ days: ['mon', 'wed'], times: ['10:00'] }] }),
  ];
  const posts = [
    ...Array.from({ length: 8 }, (_, i) => post(`q${i}`, queued(i % 3 === 0 ? { notBefore: `2026-12-${10 + i}` } : {}))),
    ...Array.from({ length: 4 }, (_, i) => post(`s${i}`, queued(), { account: 'support' })),
    post('fixed-1', '2026-12-07 09:00'),
    post('fixed-2', '2026-12-08 16:00'),
    post('renamed', '2026-12-01 09:00', { parts: ['Same words'] }),
  ];
  const log: LogEntry[] = [
    published(post('old-name', '2026-12-01 09:00', { parts: ['Same words'] }), '2026-12-01T14:05:00Z'),
    published(posts[0], '2026-12-04T14:00:00Z'),
  ];
  const reference = JSON.stringify(plan({ posts, accounts, log, now: MONDAY_6AM }));

  it('gives the same plan whatever order posts, accounts and log lines come in (property)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(posts, { minLength: posts.length }),
        fc.shuffledSubarray(accounts, { minLength: 2 }),
        fc.shuffledSubarray(log, { minLength: log.length }),
        (p, a, l) => {
          expect(JSON.stringify(plan({ posts: p, accounts: a, log: l, now: MONDAY_6AM }))).toBe(reference);
        },
      ),
      { numRuns: 60 },
    );
  });
});
