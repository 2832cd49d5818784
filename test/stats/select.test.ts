/** Which published parts `herald stats` reads (src/stats/select.ts): pure rules, no X. */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import type { MetricsSnapshot } from '../../src/model/metrics.js';
import { selectReads } from '../../src/stats/select.js';

const published = (post: string, tweet_id: string, at: string, part = 0): LogEntry => ({ at, post, account: 'main', event: 'published', part, tweet_id });
const snapshot = (tweet_id: string, at: string): MetricsSnapshot => ({
  at,
  account: 'main',
  post: 'p',
  part: 0,
  tweet_id,
  likes: 0,
  reposts: 0,
  replies: 0,
  quotes: 0,
  bookmarks: 0,
});
const DAY = 86_400_000;

describe('which parts herald stats reads', () => {
  it('reads a part read at 23:59:59 UTC again one second later, on the next UTC day', () => {
    const log = [published('a', '1', '2026-12-01T10:00:00Z')];
    const snapshots = [snapshot('1', '2026-12-01T23:59:59Z')];
    const at = (now: string) => selectReads({ log, snapshots, nowMs: Date.parse(now), sinceMs: Date.parse(now) - 30 * DAY, maxReads: 10 });
    expect(at('2026-12-01T23:59:59.999Z')).toMatchObject({ due: [], alreadyReadToday: 1 });
    expect(at('2026-12-02T00:00:00Z').due.map((p) => p.tweet_id)).toEqual(['1']);
  });

  it('leaves out retracted parts, parts older than --since and parts published after now', () => {
    const log: LogEntry[] = [
      published('old', '1', '2026-10-01T10:00:00Z'),
      published('kept', '2', '2026-12-01T10:00:00Z'),
      published('gone', '3', '2026-12-01T10:00:00Z'),
      { at: '2026-12-01T11:00:00Z', post: 'gone', account: 'main', event: 'retracted', part: 0, tweet_id: '3' },
      { at: '2026-12-01T12:00:00Z', post: 'found', account: 'main', event: 'reconciled', part: 0, tweet_id: '4', found: true },
      published('future', '5', '2026-12-09T10:00:00Z'),
    ];
    const now = Date.parse('2026-12-02T09:00:00Z');
    const selection = selectReads({ log, snapshots: [], nowMs: now, sinceMs: now - 30 * DAY, maxReads: 10 });
    expect(selection.due.map((p) => p.post)).toEqual(['kept', 'found']);
  });

  it('under the cap, reads never-read parts first, then the ones read longest ago, the newest posts first among equals', () => {
    const log = [
      published('a', '1', '2026-11-20T10:00:00Z'),
      published('b', '2', '2026-11-21T10:00:00Z'),
      published('c', '3', '2026-11-22T10:00:00Z'),
      published('d', '4', '2026-11-23T10:00:00Z'),
    ];
    const snapshots = [snapshot('1', '2026-11-25T10:00:00Z'), snapshot('2', '2026-11-24T10:00:00Z')];
    const now = Date.parse('2026-12-02T09:00:00Z');
    const selection = selectReads({ log, snapshots, nowMs: now, sinceMs: now - 30 * DAY, maxReads: 3 });
    expect(selection.due.map((p) => p.post)).toEqual(['b', 'c', 'd']);
    expect(selection.overCap.map((p) => p.post)).toEqual(['a']);
  });
});

describe('the budget in the selection', () => {
  it("holds back an account's parts past what its budget leaves, before the cap, so another account still gets the cap's places", () => {
    const log: LogEntry[] = [
      published('a', '1', '2026-12-01T10:00:00Z'),
      published('b', '2', '2026-12-01T11:00:00Z'),
      published('c', '3', '2026-12-01T12:00:00Z'),
      { ...published('help', '4', '2026-12-01T09:00:00Z'), account: 'support' },
    ];
    const now = Date.parse('2026-12-02T09:00:00Z');
    const selection = selectReads({ log, snapshots: [], nowMs: now, sinceMs: now - 30 * DAY, maxReads: 2, readsLeft: new Map([['main', 1]]) });
    // main's newest part takes its one read; support's part is not pushed over the cap by main's others.
    expect(selection.due.map((p) => p.tweet_id)).toEqual(['3', '4']);
    expect(selection.overBudget.map((p) => p.tweet_id)).toEqual(['2', '1']);
    expect(selection.overCap).toEqual([]);
  });
});
