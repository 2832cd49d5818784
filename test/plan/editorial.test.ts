import { describe, expect, it } from 'vitest';
import { account, plan, post, published, rules } from './build.js';

const NOW = '2026-11-01T00:00Z';

describe('audience-night', () => {
  const global = account('main', { audience: ['America/New_York', 'Europe/London', 'Asia/Tokyo'] });

  it('warns when a post lands in quiet hours in an audience zone, naming the zone and local time', () => {
    // 09:00 New York = 14:00 London = 23:00 Tokyo.
    const result = plan({ posts: [post('p', '2026-12-01 09:00')], accounts: [global], now: NOW });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'posts/p.md',
        line: 4,
        column: 7,
        severity: 'warning',
        rule: 'audience-night',
        message: expect.stringContaining('at night for the audience in Asia/Tokyo (23:00): quiet hours are 23:00-07:00'),
      }),
    ]);
  });

  it('is quiet when every audience is awake', () => {
    expect(plan({ posts: [post('p', '2026-12-01 08:00')], accounts: [global], now: NOW }).diagnostics).toEqual([]);
  });

  it('takes quiet hours from the account rules', () => {
    const strict = { ...global, rules: { 'audience-night': { quiet: '22:00-08:00' } } };
    const result = plan({ posts: [post('p', '2026-12-01 08:00')], accounts: [strict], now: NOW });
    expect(result.diagnostics[0].message).toContain('Asia/Tokyo (22:00)');
  });

  it('can be turned off per account', () => {
    const off = { ...global, rules: { 'audience-night': 'off' as const } };
    expect(plan({ posts: [post('p', '2026-12-01 09:00')], accounts: [off], now: NOW }).diagnostics).toEqual([]);
  });

  it('says nothing about posts already published', () => {
    const p = post('p', '2026-12-01 09:00');
    expect(plan({ posts: [p], accounts: [global], log: [published(p, '2026-12-01T14:00:00Z')], now: NOW }).diagnostics).toEqual([]);
  });
});

describe('content-mix', () => {
  const daily = (n: number, tags: string[], id = `p${n}`) => post(id, `2026-12-0${n} 10:00`, { tags });

  it('warns on the post that tips a 7-day span over 60% promotional', () => {
    const posts = [daily(1, ['promo']), daily(2, ['howto']), daily(3, ['product']), daily(4, ['announcement'])];
    const result = plan({ posts, now: NOW });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'posts/p3.md', rule: 'content-mix', message: expect.stringContaining('2 of the 3 posts of account main') }),
    ]);
  });

  it('stays quiet at exactly 60%', () => {
    const posts = [daily(1, ['promo']), daily(2, ['howto']), daily(3, ['help']), daily(4, ['product']), daily(5, ['promo'])];
    expect(plan({ posts, now: NOW }).diagnostics).toEqual([]);
  });

  it('needs at least 3 posts in the span', () => {
    expect(plan({ posts: [daily(1, ['promo']), daily(2, ['promo'])], now: NOW }).diagnostics).toEqual([]);
  });

  it('reports only the tipping post, not every promotional post after it', () => {
    const posts = [daily(1, ['promo']), daily(2, ['promo']), daily(3, ['promo']), daily(4, ['promo'])];
    expect(plan({ posts, now: NOW }).diagnostics.map((d) => d.file)).toEqual(['posts/p3.md']);
  });

  it('lets promotion return once older posts leave the 7-day span', () => {
    const posts = [daily(1, ['promo']), daily(2, ['help']), daily(3, ['help']), post('late', '2026-12-09 10:00', { tags: ['promo'] })];
    expect(plan({ posts, now: NOW }).diagnostics).toEqual([]);
  });

  it('reads tags, max_share and days from the account rules', () => {
    const strict = (days: number) => account('main', { rules: { 'content-mix': { tags: ['launch'], max_share: 0.3, days } } });
    const posts = [daily(1, ['help']), daily(2, ['promo']), daily(3, ['launch'])];
    expect(plan({ posts, accounts: [strict(7)], now: NOW }).diagnostics.map((d) => [d.file, d.rule])).toEqual([['posts/p3.md', 'content-mix']]);
    expect(plan({ posts, accounts: [strict(1)], now: NOW }).diagnostics).toEqual([]);
  });

  it('leaves drafts out of the mix', () => {
    const posts = [daily(1, ['promo']), daily(2, ['promo']), post('d', '2026-12-03 10:00', { tags: ['promo'], draft: true })];
    expect(rules(plan({ posts, now: NOW }))).toEqual([]);
  });
});

describe('queue-unschedulable, daily-cap and window-closed levels', () => {
  it('lets an account raise window-closed to an error', () => {
    const strict = account('main', { rules: { 'window-closed': 'error' } });
    const result = plan({ posts: [post('p', '2026-10-01 09:00')], accounts: [strict], now: NOW });
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['window-closed', 'error']]);
  });

  it('does not warn window-closed for drafts', () => {
    expect(plan({ posts: [post('p', '2026-10-01 09:00', { draft: true })], now: NOW }).diagnostics).toEqual([]);
  });
});
