import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import { account, entryOf, plan, post, published, rules } from './build.js';

describe('status of a post at a given clock', () => {
  it('is scheduled before its window, due inside it, expired after it', () => {
    const p = post('p', '2026-12-01 09:00');
    expect(entryOf(plan({ posts: [p], now: '2026-12-01T08:59-05:00' }), 'p').status).toBe('scheduled');
    expect(entryOf(plan({ posts: [p], now: '2026-12-01T09:00-05:00' }), 'p').status).toBe('due');
    expect(entryOf(plan({ posts: [p], now: '2026-12-01T10:00-05:00' }), 'p').status).toBe('due');
    expect(entryOf(plan({ posts: [p], now: '2026-12-01T10:01-05:00' }), 'p').status).toBe('expired');
  });

  it('is draft for a draft, which is still placed on the calendar', () => {
    const result = plan({ posts: [post('d', '2026-12-01 09:00', { draft: true })], now: '2026-12-01T09:30-05:00' });
    expect(entryOf(result, 'd')).toMatchObject({ status: 'draft', at: '2026-12-01T14:00:00Z' });
  });

  it('is published when the log has every part, even after the window', () => {
    const p = post('p', '2026-12-01 09:00');
    expect(entryOf(plan({ posts: [p], log: [published(p, '2026-12-01T14:02:00Z')], now: '2026-12-05T00:00Z' }), 'p').status).toBe('published');
  });

  it('is blocked with a reason when its account file does not exist', () => {
    const result = plan({ posts: [post('p', '2026-12-01 09:00', { account: 'ghost' })], now: '2026-11-01T00:00Z' });
    expect(entryOf(result, 'p')).toMatchObject({ status: 'blocked', reason: 'cannot be placed in time: account "ghost" has no file schedules/ghost.yaml' });
  });

  it('orders entries by time, then account, then file, unscheduled last', () => {
    const posts = [post('c', '2026-12-02 09:00'), post('b', 'not a time'), post('a', '2026-12-01 09:00')];
    expect(plan({ posts, now: '2026-11-01T00:00Z' }).entries.map((e) => e.post.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('a paused account', () => {
  const paused = account('main', { paused: { since: '2026-12-02T10:00Z', reason: 'incident review' } });

  it('blocks a post that would be due, saying since when and why', () => {
    const result = plan({ posts: [post('p', '2026-12-02 09:00')], accounts: [paused], now: '2026-12-02T09:30-05:00' });
    expect(entryOf(result, 'p')).toMatchObject({
      status: 'blocked',
      blockedBy: 'paused',
      reason: 'account paused since 2026-12-02 10:00 UTC: incident review',
      alreadyLogged: false,
    });
  });

  it('blocks upcoming posts too', () => {
    expect(entryOf(plan({ posts: [post('p', '2026-12-20 09:00')], accounts: [paused], now: '2026-12-02T12:00Z' }), 'p').blockedBy).toBe('paused');
  });

  it('blocks from the moment `since` says, not before', () => {
    const later = account('main', { paused: { since: '2026-12-10T00:00Z' } });
    const posts = [post('before', '2026-12-05 09:00'), post('after', '2026-12-12 09:00')];
    const result = plan({ posts, accounts: [later], now: '2026-12-01T00:00Z' });
    expect(entryOf(result, 'before').status).toBe('scheduled');
    expect(entryOf(result, 'after')).toMatchObject({ status: 'blocked', reason: 'account paused since 2026-12-10 00:00 UTC' });
  });

  it('says the skip is already logged when the log has a paused skip for the post', () => {
    const log: LogEntry[] = [
      {
        at: '2026-12-02T14:10:00Z',
        post: 'p',
        account: 'main',
        event: 'skipped',
        part: 0,
        reason: 'account paused since 2026-12-02 10:00 UTC: incident review',
      },
    ];
    const result = plan({ posts: [post('p', '2026-12-02 09:00')], accounts: [paused], log, now: '2026-12-02T09:30-05:00' });
    expect(entryOf(result, 'p').alreadyLogged).toBe(true);
  });

  it('does not block what was already published', () => {
    const p = post('p', '2026-12-02 09:00');
    const result = plan({ posts: [p], accounts: [paused], log: [published(p, '2026-12-02T14:01:00Z')], now: '2026-12-02T09:30-05:00' });
    expect(entryOf(result, 'p').status).toBe('published');
  });
});

describe('blackouts', () => {
  const holidays = account('main', { blackout: [{ from: '2026-12-24', to: '2026-12-26', reason: 'Holidays' }] });

  it('blocks an upcoming post that starts inside a blackout and says it will not go out', () => {
    const result = plan({ posts: [post('p', '2026-12-25 09:00')], accounts: [holidays], now: '2026-12-01T00:00Z' });
    expect(entryOf(result, 'p')).toMatchObject({ status: 'blocked', blockedBy: 'blackout' });
    expect(entryOf(result, 'p').reason).toBe(
      'inside blackout Holidays (2026-12-24 – 2026-12-26); its window closes at 2026-12-25 10:00 America/New_York, before the blackout ends, so it will not go out',
    );
  });

  it('warns blackout on a fixed-time post starting inside one, at its publish.at', () => {
    const result = plan({ posts: [post('p', '2026-12-25 09:00')], accounts: [holidays], now: '2026-12-01T00:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line: 4,
        column: 7,
        rule: 'blackout',
        severity: 'warning',
        message: expect.stringContaining('move publish.at to 2026-12-27 00:00 America/New_York or later'),
      }),
    ]);
  });

  it('makes a post due once the blackout ends while its window is still open', () => {
    const p = post('p', { kind: 'at', at: '2026-12-26 20:00', window: '8h' });
    expect(entryOf(plan({ posts: [p], accounts: [holidays], now: '2026-12-26T23:00-05:00' }), 'p')).toMatchObject({ status: 'blocked', blockedBy: 'blackout' });
    expect(entryOf(plan({ posts: [p], accounts: [holidays], now: '2026-12-27T00:30-05:00' }), 'p').status).toBe('due');
  });

  it('blocks a due post when the run falls inside a blackout that began after the post started', () => {
    const p = post('p', { kind: 'at', at: '2026-12-23 22:00', window: '4h' });
    expect(entryOf(plan({ posts: [p], accounts: [holidays], now: '2026-12-24T00:30-05:00' }), 'p').blockedBy).toBe('blackout');
  });

  it('accepts date-time bounds in the account zone', () => {
    const launchFreeze = account('main', { blackout: [{ from: '2026-12-01 08:00', to: '2026-12-01 12:00' }] });
    const result = plan({ posts: [post('in', '2026-12-01 11:59'), post('out', '2026-12-01 12:00')], accounts: [launchFreeze], now: '2026-11-01T00:00Z' });
    expect(entryOf(result, 'in').status).toBe('blocked');
    expect(entryOf(result, 'out').status).toBe('scheduled');
  });
});

describe('the daily cap', () => {
  const capped = account('main', { dailyCap: 2 });

  it('blocks a due post once the day already has cap posts published (per the log, counted per post not part)', () => {
    const done = [post('a', '2026-12-01 06:00', { parts: ['1', '2', '3'] }), post('b', '2026-12-01 07:00')];
    const log = [
      published(done[0], '2026-12-01T11:00:00Z', 0),
      published(done[0], '2026-12-01T11:01:00Z', 1),
      published(done[0], '2026-12-01T11:02:00Z', 2),
      published(done[1], '2026-12-01T12:00:00Z'),
    ];
    const result = plan({ posts: [...done, post('c', '2026-12-01 09:00')], accounts: [capped], log, now: '2026-12-01T09:10-05:00' });
    expect(entryOf(result, 'c')).toMatchObject({
      status: 'blocked',
      blockedBy: 'daily-cap',
      reason: 'daily cap of 2 posts reached on 2026-12-01 (America/New_York)',
    });
    expect(rules(result)).toEqual(['daily-cap']);
  });

  it('reports planned posts beyond the cap on one local day as daily-cap errors on the later posts', () => {
    const posts = [post('a', '2026-12-05 09:00'), post('b', '2026-12-05 12:00'), post('c', '2026-12-05 23:30'), post('d', '2026-12-06 00:30')];
    const result = plan({ posts, accounts: [capped], now: '2026-12-01T00:00Z' });
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'posts/c.md', severity: 'error', rule: 'daily-cap' })]);
    expect(entryOf(result, 'd').status).toBe('scheduled');
  });

  it('does not count drafts or expired posts against the cap', () => {
    const posts = [
      post('gone', '2026-12-01 01:00'),
      post('draft', '2026-12-01 08:00', { draft: true }),
      post('a', '2026-12-01 09:00'),
      post('b', '2026-12-01 10:00'),
    ];
    const result = plan({ posts, accounts: [capped], now: '2026-12-01T08:30-05:00' });
    expect(entryOf(result, 'b').status).toBe('scheduled');
  });
});
