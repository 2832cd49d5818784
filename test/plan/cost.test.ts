/** What posting costs (src/plan/cost.ts) and how a budget holds posts back (src/plan/budget.ts), as specifications. */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import { PRICES, fromMicros } from '../../src/model/prices.js';
import { postCostMicros, pricesFor, spentByMonth, utcMonth } from '../../src/plan/cost.js';
import { account, entryOf, plan, post, published } from './build.js';

const usd = (micros: number) => fromMicros(micros);

describe('the cost of a post', () => {
  it('a thread with one link: the part with the URL costs post_with_url, the others post', () => {
    const thread = post('launch', '2026-12-01 09:00', {
      parts: ['We shipped weekly totals.', 'Read how they work: https://example.com/totals', 'Thanks for the feedback!'],
    });
    expect(usd(postCostMicros(thread, PRICES))).toBe(0.23);
  });

  it('a link X recognises without a scheme counts as a URL, a dotted word without a domain does not', () => {
    expect(usd(postCostMicros(post('a', '2026-12-01 09:00', { parts: ['See example.com for more'] }), PRICES))).toBe(0.2);
    expect(usd(postCostMicros(post('b', '2026-12-01 09:00', { parts: ['Version 2.5 is out. Update now.'] }), PRICES))).toBe(0.015);
  });

  it('part 1 pays media metadata once per media item with alt text', () => {
    const withMedia = post('chart', '2026-12-01 09:00', {
      parts: ['Weekly totals, charted.', 'More next week.'],
      media: [
        { file: 'a.png', alt: 'A bar chart' },
        { file: 'b.png', alt: 'A line chart' },
        { file: 'c.gif', alt: '  ' },
      ],
    });
    expect(usd(postCostMicros(withMedia, PRICES))).toBe(0.015 + 2 * 0.005 + 0.015);
    // The rest of a thread whose part 1 went out pays no media again.
    expect(usd(postCostMicros(withMedia, PRICES, 1))).toBe(0.015);
  });

  it('a poll and reply_to are fields of the same request: no extra cost', () => {
    const poll = post('vote', '2026-12-01 09:00', {
      poll: { options: ['Dark mode', 'Offline sync'], durationMinutes: 1440 },
      replyTo: { kind: 'tweet', id: '1' },
    });
    expect(usd(postCostMicros(poll, PRICES))).toBe(0.015);
  });

  it("an account's prices: override the table's keys it names, keep the rest", () => {
    const prices = pricesFor(account('main', { prices: { post: 0.02 } }));
    expect(prices).toEqual({ ...PRICES, post: 0.02 });
  });
});

describe('spend by UTC month, from the log', () => {
  const launch = post('launch', '2026-11-30 09:00', { parts: ['Hello https://example.com', 'More.'] });

  it('counts each part sent once, deletes and reads, in the UTC month of the entry', () => {
    const log: LogEntry[] = [
      published(launch, '2026-11-30T23:59:00Z', 0),
      // The same tweet found again by reconciliation is not a second send.
      { ...published(launch, '2026-12-01T00:01:00Z', 0), event: 'reconciled', found: true },
      published(launch, '2026-12-01T00:00:00Z', 1),
      { at: '2026-12-02T10:00:00Z', post: 'launch', account: 'main', event: 'retracted', part: 1, tweet_id: 'launch-1' },
    ];
    const spend = spentByMonth({ log, posts: [launch], accounts: new Map([['main', account()]]), reads: [{ at: '2026-12-03T00:00:00Z', account: 'main' }] });
    expect(Object.fromEntries([...spend.get('main')!].map(([m, micros]) => [m, usd(micros)]))).toEqual({
      '2026-11': 0.2,
      '2026-12': 0.03,
    });
  });

  it('a part whose post is gone from the repository is counted at post_with_url (never less than was spent)', () => {
    const gone = post('gone', '2026-12-01 09:00');
    const spend = spentByMonth({ log: [published(gone, '2026-12-01T14:00:00Z')], posts: [], accounts: new Map([['main', account()]]) });
    expect(usd(spend.get('main')!.get('2026-12')!)).toBe(0.2);
  });

  it('a part costs what its published line recorded (cost_usd), whatever its file says now', () => {
    const logged = { ...published(launch, '2026-12-01T14:00:00Z', 0), cost_usd: 0.015 };
    const spend = spentByMonth({ log: [logged], posts: [launch], accounts: new Map([['main', account()]]) });
    expect(usd(spend.get('main')!.get('2026-12')!)).toBe(0.015);
  });

  it('a month is a UTC month: 23:30 on 30 November in New York is December', () => {
    expect(utcMonth(Date.parse('2026-11-30T23:30:00-05:00'))).toBe('2026-12');
  });
});

describe('budget: { monthly_usd }', () => {
  const budget = account('main', { budget: { monthlyUsd: 0.25 }, positions: { 'budget.monthly_usd': { line: 6, column: 16 } } });
  const link = (id: string, at: string) => post(id, at, { parts: [`News ${id}: https://example.com/${id}`] });

  it('blocks the post that tips the month over, keeps one that still fits, and names the month and the amounts', () => {
    const sent = link('sent', '2026-11-10 10:00');
    const result = plan({
      posts: [sent, link('evening', '2026-11-30 18:00'), post('cheap', '2026-11-30 18:30'), link('late', '2026-11-30 23:30')],
      accounts: [budget],
      log: [published(sent, '2026-11-10T15:00:00Z')],
      now: '2026-11-30T12:00:00-05:00',
    });
    expect(entryOf(result, 'evening')).toMatchObject({ status: 'blocked', blockedBy: 'budget' });
    expect(entryOf(result, 'evening').reason).toBe(
      'budget of $0.25 for 2026-11 (UTC) reached: $0.20 spent and $0.00 planned before this post, which costs $0.20',
    );
    // $0.20 + $0.015 fits: a cheaper post after the one held back still goes.
    expect(entryOf(result, 'cheap').status).toBe('scheduled');
    // 23:30 in New York is December in UTC: a new month, a new budget.
    expect(entryOf(result, 'late').status).toBe('scheduled');
    const found = result.diagnostics.filter((d) => d.rule === 'budget');
    expect(found.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['posts/evening.md', 4, 'error'],
      ['schedules/main.yaml', 6, 'error'],
    ]);
    expect(found[1]!.message).toContain('2026-11 (UTC) would cost $0.415 ($0.20 spent by the log, $0.215 planned), more than budget.monthly_usd $0.25');
    expect(result.months).toEqual([
      { account: 'main', month: '2026-11', spentMicros: 200_000, plannedMicros: 15_000, heldMicros: 200_000, budgetMicros: 250_000 },
      { account: 'main', month: '2026-12', spentMicros: 0, plannedMicros: 200_000, budgetMicros: 250_000 },
    ]);
  });

  it('rules: { budget: off } reports nothing, but a post over the budget is still not sent', () => {
    const result = plan({
      posts: [link('a', '2026-12-01 09:00'), link('b', '2026-12-01 10:00')],
      accounts: [account('main', { budget: { monthlyUsd: 0.3 }, rules: { budget: 'off' } })],
      now: '2026-11-30T12:00:00-05:00',
    });
    expect(entryOf(result, 'b')).toMatchObject({ status: 'blocked', blockedBy: 'budget' });
    expect(result.diagnostics.filter((d) => d.rule === 'budget')).toEqual([]);
  });

  it('without a budget nothing is blocked, and the months still add up', () => {
    const result = plan({ posts: [link('a', '2026-12-01 09:00'), link('b', '2026-12-01 10:00')], now: '2026-11-30T12:00:00-05:00' });
    expect(result.entries.map((e) => e.status)).toEqual(['scheduled', 'scheduled']);
    expect(result.months).toEqual([{ account: 'main', month: '2026-12', spentMicros: 0, plannedMicros: 400_000 }]);
  });
});
