import { describe, expect, it } from 'vitest';
import { formatLocal, localIso } from '../../src/time/format.js';
import { resolvePostWindow } from '../../src/plan/windows.js';
import { account, entryOf, plan, post, published, queued } from './build.js';

describe('helpers for previews', () => {
  it('formats an instant as a reader in a zone sees it', () => {
    expect(formatLocal('2026-12-01T14:00:00Z', 'Asia/Kathmandu')).toBe('2026-12-01 19:45 GMT+5:45');
    expect(localIso('2026-12-01T14:00:00Z', 'America/Los_Angeles')).toBe('2026-12-01T06:00:00-08:00');
  });

  it('resolves a fixed-time post window without planning', () => {
    const p = post('p', { kind: 'at', at: '2026-12-01 09:00', window: '2h' });
    expect(resolvePostWindow(p, account())).toEqual({ at: '2026-12-01T14:00:00Z', windowEnd: '2026-12-01T16:00:00Z', zone: 'America/New_York' });
    expect(resolvePostWindow(post('q', queued()), account())).toBeUndefined();
  });
});

describe('history is history', () => {
  it('reports nothing about how a published post wrote its time', () => {
    const p = post('old', '2026-11-01 01:30');
    const result = plan({ posts: [p], log: [published(p, '2026-11-01T05:31:00Z')], now: '2026-12-01T00:00Z' });
    expect(entryOf(result, 'old').status).toBe('published');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('an account whose zone is not valid', () => {
  it('blocks its queued posts (no slot can be placed), naming the zone error', () => {
    const broken = account('main', { zone: 'Mars/Olympus', slots: [{ days: ['mon'], times: ['09:00'] }] });
    const result = plan({ posts: [post('q', queued({ zone: 'UTC' }))], accounts: [broken], now: '2026-12-01T00:00Z' });
    expect(entryOf(result, 'q')).toMatchObject({ status: 'blocked', blockedBy: 'account-invalid' });
    expect(entryOf(result, 'q').reason).toMatch(
      /^account file schedules\/main.yaml has errors, so nothing is sent for main: schedules\/main.yaml:\d+: zone "Mars\/Olympus"/,
    );
  });
});
