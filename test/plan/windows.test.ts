import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/time/duration.js';
import { account, entryOf, plan, post } from './build.js';

describe('durations', () => {
  it.each([
    ['90m', 90],
    ['2h', 120],
    ['1d', 1440],
    ['1h30m', 90],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)?.as('minutes')).toBe(minutes);
  });

  it.each(['', '2 hours', '0m', '1.5h', 'h'])('rejects "%s"', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('a post window', () => {
  it('is [at, at + window] in absolute time, in the account zone by default', () => {
    const result = plan({ posts: [post('launch', '2026-12-01 09:00')], now: '2026-11-20T00:00Z' });
    expect(entryOf(result, 'launch')).toMatchObject({
      at: '2026-12-01T14:00:00Z',
      windowEnd: '2026-12-01T15:00:00Z',
      status: 'scheduled',
      zone: 'America/New_York',
    });
  });

  it('uses publish.zone and publish.window over the account defaults', () => {
    const p = post('tokyo', { kind: 'at', at: '2026-12-01 09:00', zone: 'Asia/Tokyo', window: '90m' });
    expect(entryOf(plan({ posts: [p], now: '2026-11-20T00:00Z' }), 'tokyo')).toMatchObject({
      at: '2026-12-01T00:00:00Z',
      windowEnd: '2026-12-01T01:30:00Z',
    });
  });

  it('crosses midnight: a 23:30 post with a 2h window is still due at 01:00 the next day', () => {
    const p = post('late-night', { kind: 'at', at: '2026-12-31 23:30', window: '2h' });
    const result = plan({ posts: [p], now: '2027-01-01T01:00-05:00' });
    expect(entryOf(result, 'late-night').status).toBe('due');
  });

  it('crosses a month end: 2026-11-30 23:00 + 3h closes on 2026-12-01 02:00 local', () => {
    const p = post('month-end', { kind: 'at', at: '2026-11-30 23:00', window: '3h' });
    expect(entryOf(plan({ posts: [p], now: '2026-11-01T00:00Z' }), 'month-end').windowEnd).toBe('2026-12-01T07:00:00Z');
  });

  it('exists on 2028-02-29 (a leap day) in Asia/Kathmandu', () => {
    const p = post('leap', { kind: 'at', at: '2028-02-29 12:00', zone: 'Asia/Kathmandu' });
    const result = plan({ posts: [p], now: '2028-02-29T06:30Z' });
    expect(entryOf(result, 'leap')).toMatchObject({ at: '2028-02-29T06:15:00Z', status: 'due' });
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps an ISO instant with an offset exactly as written, whatever the zone', () => {
    const p = post('exact', '2026-11-01T01:30-05:00');
    const result = plan({ posts: [p], now: '2026-10-01T00:00Z' });
    expect(entryOf(result, 'exact').at).toBe('2026-11-01T06:30:00Z');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('a run that comes hours late', () => {
  const posts = [
    post('short-window', { kind: 'at', at: '2026-12-01 09:00', window: '1h' }),
    post('long-window', { kind: 'at', at: '2026-12-01 09:00', window: '8h' }),
  ];
  const result = plan({ posts, now: '2026-12-01T14:00-05:00' });

  it('still sends a post whose window is open (5 hours late, 8h window)', () => {
    expect(entryOf(result, 'long-window').status).toBe('due');
  });

  it('expires a post whose window closed, saying when, and never sends it late', () => {
    expect(entryOf(result, 'short-window')).toMatchObject({
      status: 'expired',
      reason: 'window closed at 2026-12-01 10:00 America/New_York before it was published',
      alreadyLogged: false,
    });
  });

  it('warns window-closed on the expired post at its publish.at', () => {
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'posts/short-window.md', line: 4, column: 7, rule: 'window-closed', severity: 'warning' }),
    ]);
  });
});

describe('time diagnostics in validate', () => {
  it('reports a nonexistent local time as an error at publish.at, suggesting the next valid time', () => {
    const result = plan({ posts: [post('gap', '2027-03-14 02:30')], now: '2027-01-01T00:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'posts/gap.md',
        line: 4,
        column: 7,
        severity: 'error',
        rule: 'nonexistent-local-time',
        message: 'publish.at: 2027-03-14 02:30 does not exist in America/New_York: clocks jump from 02:00 to 03:00. Write 2027-03-14 03:00 instead.',
      }),
    ]);
    expect(entryOf(result, 'gap')).toMatchObject({ status: 'blocked' });
    expect(entryOf(result, 'gap').at).toBeUndefined();
  });

  it('warns ambiguous-local-time for a fall-back time and plans the earlier instant', () => {
    const result = plan({ posts: [post('overlap', '2026-11-01 01:30')], now: '2026-10-01T00:00Z' });
    expect(entryOf(result, 'overlap').at).toBe('2026-11-01T05:30:00Z');
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['ambiguous-local-time', 'warning']]);
  });

  it('lets an account turn ambiguous-local-time off', () => {
    const quiet = account('main', { rules: { 'ambiguous-local-time': 'off' } });
    expect(plan({ posts: [post('overlap', '2026-11-01 01:30')], accounts: [quiet], now: '2026-10-01T00:00Z' }).diagnostics).toEqual([]);
  });

  it('reports an invalid publish.zone and suggests the close IANA name', () => {
    const p = post('typo', { kind: 'at', at: '2026-12-01 09:00', zone: 'America/New York' }, { positions: { 'publish.zone': { line: 5, column: 9 } } });
    const result = plan({ posts: [p], now: '2026-11-01T00:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 5, column: 9, rule: 'invalid-zone', message: expect.stringContaining('Write America/New_York instead.') }),
    ]);
  });

  it('still reports an unreadable publish.at when the zone is invalid too, so both are fixed in one round', () => {
    const p = post(
      'two-typos',
      { kind: 'at', at: '2026-12-05 25:00', zone: 'Europe/Londn' },
      {
        positions: { 'publish.at': { line: 4, column: 7 }, 'publish.zone': { line: 5, column: 9 } },
      },
    );
    const diagnostics = plan({ posts: [p], now: '2026-11-01T00:00Z' }).diagnostics;
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['4:7 invalid-time', '5:9 invalid-zone']);
    // Worded as when the zone is valid.
    expect(diagnostics[0].message).toMatch(/^publish\.at: "2026-12-05 25:00" is not a valid/);
  });

  it('checks only the spelling of a queue bound when the zone is invalid: DST gaps depend on the zone', () => {
    const p = post(
      'bounds',
      { kind: 'slot', notBefore: '2027-03-14 02:30', notAfter: 'next week', zone: 'Nowhere/City' },
      {
        positions: { 'publish.not_after': { line: 6, column: 14 } },
      },
    );
    const diagnostics = plan({ posts: [p], now: '2026-11-01T00:00Z' }).diagnostics;
    expect(diagnostics.map((d) => d.rule)).toEqual(['invalid-zone', 'invalid-time']);
    expect(diagnostics[1]).toMatchObject({ line: 6, column: 14, message: expect.stringContaining('not_after: "next week"') });
  });

  it('reports an invalid account zone once, on the account file', () => {
    const result = plan({ posts: [post('a', '2026-12-01 09:00')], accounts: [account('main', { zone: 'Europe/Londn' })], now: '2026-11-01T00:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'schedules/main.yaml',
        line: 2,
        column: 7,
        rule: 'invalid-zone',
        message: expect.stringContaining('Write Europe/London instead.'),
      }),
    ]);
  });

  it('reports an invalid window duration with examples', () => {
    const p = post('w', { kind: 'at', at: '2026-12-01 09:00', window: '2 hours' }, { positions: { 'publish.window': { line: 6, column: 11 } } });
    expect(plan({ posts: [p], now: '2026-11-01T00:00Z' }).diagnostics).toEqual([
      expect.objectContaining({ line: 6, column: 11, rule: 'invalid-duration', message: expect.stringContaining('like 90m, 2h, 1d or 1h30m') }),
    ]);
  });

  it('refuses a window over 30d at publish.window, and still plans the post (with the default window)', () => {
    const p = post('w', { kind: 'at', at: '2026-12-01 09:00', window: '99999999d' }, { positions: { 'publish.window': { line: 6, column: 11 } } });
    const result = plan({ posts: [p], now: '2026-11-01T00:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line: 6,
        column: 11,
        rule: 'invalid-duration',
        message: expect.stringMatching(/"99999999d" is longer than 30d.*like 2h or 1d/),
      }),
    ]);
    expect(entryOf(result, 'w')).toMatchObject({ at: '2026-12-01T14:00:00Z', windowEnd: '2026-12-01T15:00:00Z' });
  });

  it('refuses an account window over 30d on the account file', () => {
    const big = account('main', { window: '99999999999999999999d', positions: { window: { line: 3, column: 9 } } });
    const result = plan({ posts: [post('w', '2026-12-01 09:00')], accounts: [big], now: '2026-11-01T00:00Z' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 3, column: 9, rule: 'invalid-duration', message: expect.stringMatching(/longer than 30d/) }),
    ]);
    expect(entryOf(result, 'w').windowEnd).toBe('2026-12-01T15:00:00Z');
  });

  it('reports an unparsable publish.at as invalid-time', () => {
    expect(plan({ posts: [post('bad', 'next tuesday')], now: '2026-11-01T00:00Z' }).diagnostics.map((d) => d.rule)).toEqual(['invalid-time']);
  });

  it('points account time errors at the key: a slot time of 25:00', () => {
    const bad = account('main', { slots: [{ days: ['mon'], times: ['09:00', '25:00'] }], positions: { 'slots.0.times.1': { line: 9, column: 22 } } });
    expect(plan({ posts: [], accounts: [bad], now: '2026-11-01T00:00Z' }).diagnostics).toEqual([
      expect.objectContaining({ file: 'schedules/main.yaml', line: 9, column: 22, rule: 'invalid-time' }),
    ]);
  });
});
