/** What posting costs (src/plan/cost.ts) and how a budget holds posts back (src/plan/budget.ts), as specifications. */
import { describe, expect, it } from 'vitest';
import { monthTotals } from '../../src/calendar/cost.js';
import type { Account } from '../../src/model/account.js';
import type { LogEntry } from '../../src/model/log.js';
import type { PartTime } from '../../src/model/post.js';
import { PRICES, fromMicros, toMicros } from '../../src/model/prices.js';
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

  it('a support read line counts its owned reads at owned_read and its post reads at post_read', () => {
    const spend = spentByMonth({
      log: [],
      posts: [],
      accounts: new Map([['support', account()]]),
      reads: [
        { at: '2026-12-01T12:00:00Z', account: 'support', owned_reads: 3, post_reads: 0 },
        { at: '2026-12-01T12:00:00Z', account: 'support', owned_reads: 0, post_reads: 4 },
        { at: '2026-12-02T12:00:00Z', account: 'support' },
      ],
    });
    // 3 × $0.001 + 4 × $0.005 + one snapshot at $0.005.
    expect(spend.get('support')?.get('2026-12')).toBe(toMicros(0.028));
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

describe('budget: a timed thread pays each part in the UTC month of its own time', () => {
  const at = (wall: string): PartTime => ({ kind: 'at', at: wall, written: `at ${wall}`, line: 9, column: 5 });
  const utc = (overrides: Partial<Account> = {}) => account('main', { zone: 'UTC', ...overrides });
  // Part 1 on 30 November 23:30 UTC; parts 2 and 3 (`--- at 2026-12-20 10:00`, one with a link) three weeks later.
  const countdown = () =>
    post('countdown', '2026-11-30 23:30', {
      parts: ['The countdown starts.', 'Doors open: https://example.com/live', 'See you there.'],
      partTimes: [undefined, at('2026-12-20 10:00'), undefined],
    });

  it('November is charged part 1 ($0.015), December the later parts ($0.215), in the plan and in the calendar', () => {
    const result = plan({ posts: [countdown()], accounts: [utc()], now: '2026-11-30T20:00:00Z' });
    expect(result.months).toEqual([
      { account: 'main', month: '2026-11', spentMicros: 0, plannedMicros: 15_000 },
      { account: 'main', month: '2026-12', spentMicros: 0, plannedMicros: 215_000 },
    ]);
    const totals = monthTotals({ from: '2026-11-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }, result.months);
    expect(totals.map((t) => [t.month, t.plannedUsd])).toEqual([
      ['2026-11', 0.015],
      ['2026-12', 0.215],
    ]);
  });

  it('a thread that fits November and December apart is sent, though its whole cost would not fit one month', () => {
    const sent = post('sent', '2026-11-10 10:00', { parts: ['Earlier news.'] });
    const result = plan({
      posts: [sent, countdown()],
      accounts: [utc({ budget: { monthlyUsd: 0.22 } })],
      log: [{ ...published(sent, '2026-11-10T10:00:00Z'), cost_usd: 0.015 }],
      now: '2026-11-30T20:00:00Z',
    });
    // Counted whole in November it would be $0.015 + $0.23 = $0.245 > $0.22.
    expect(entryOf(result, 'countdown').status).toBe('scheduled');
    expect(result.diagnostics.filter((d) => d.rule === 'budget')).toEqual([]);
  });

  it('a later part that would overflow its own month holds the thread back, naming that month', () => {
    const result = plan({ posts: [countdown()], accounts: [utc({ budget: { monthlyUsd: 0.1 } })], now: '2026-11-30T20:00:00Z' });
    expect(entryOf(result, 'countdown')).toMatchObject({ status: 'blocked', blockedBy: 'budget' });
    expect(entryOf(result, 'countdown').reason).toBe(
      'budget of $0.10 for 2026-12 (UTC) reached: $0.00 spent and $0.00 planned before this post, which costs $0.215 (its parts in 2026-12; $0.23 in all)',
    );
  });

  it('once part 1 went out, only the parts still to send are planned, in December', () => {
    const p = countdown();
    const result = plan({ posts: [p], accounts: [utc()], log: [{ ...published(p, '2026-11-30T23:31:00Z'), cost_usd: 0.015 }], now: '2026-12-01T08:00:00Z' });
    expect(result.months).toEqual([
      { account: 'main', month: '2026-11', spentMicros: 15_000, plannedMicros: 0 },
      { account: 'main', month: '2026-12', spentMicros: 0, plannedMicros: 215_000 },
    ]);
  });
});

describe('prices: hardening', () => {
  it('a price the schema refuses (1e308, Infinity, negative, NaN) never reaches a sum: the table price stands', () => {
    const hostile = account('main', { prices: { post: 1e308, post_with_url: Number.POSITIVE_INFINITY, delete: -1, post_read: Number.NaN } });
    expect(pricesFor(hostile)).toEqual(PRICES);
    const thread = post('t', '2026-12-01 09:00', { parts: ['One.', 'Two.'] });
    expect(Number.isFinite(postCostMicros(thread, pricesFor(hostile)))).toBe(true);
  });

  it('past spend the log has no cost for is counted at the dearer of the account price and the table, so prices: 0 erases nothing', () => {
    const old = post('old', '2026-11-02 09:00', { parts: ['Written before herald recorded costs.'] });
    const free = account('main', { prices: { post: 0, delete: 0, post_read: 0 } });
    const log: LogEntry[] = [
      published(old, '2026-11-02T14:00:00Z'),
      { at: '2026-11-03T10:00:00Z', post: 'old', account: 'main', event: 'retracted', part: 0, tweet_id: 'old-0' },
    ];
    const spend = spentByMonth({ log, posts: [old], accounts: new Map([['main', free]]), reads: [{ at: '2026-11-02T20:00:00Z', account: 'main' }] });
    expect(usd(spend.get('main')!.get('2026-11')!)).toBe(0.03); // post $0.015 + delete $0.01 + read $0.005, at the table
  });

  it('a dearer account price counts past spend at the account price', () => {
    const old = post('old', '2026-11-02 09:00', { parts: ['Written before herald recorded costs.'] });
    const dear = account('main', { prices: { post: 0.02 } });
    const spend = spentByMonth({ log: [published(old, '2026-11-02T14:00:00Z')], posts: [old], accounts: new Map([['main', dear]]) });
    expect(usd(spend.get('main')!.get('2026-11')!)).toBe(0.02);
  });
});
