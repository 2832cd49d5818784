/**
 * `herald report`'s numbers against a fixture computed by hand (test/fixtures/report-week/):
 * account main (America/New_York, audience New York and Tokyo), a week ending
 * 2026-12-08T12:00Z. Each expected number carries its arithmetic.
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/app/open-repository.js';
import { spentByMonth } from '../../src/plan/cost.js';
import { buildReport, type Report } from '../../src/report/model.js';
import { resolvePeriod } from '../../src/report/options.js';
import { repoRoot } from '../helpers/cli.js';

const root = path.join(repoRoot, 'test/fixtures/report-week');
const NOW = DateTime.fromISO('2026-12-08T12:00:00Z', { setZone: true });

async function weekReport(options: { since?: string; from?: string; to?: string; zone?: string } = {}): Promise<Report> {
  const repository = await openRepository(root, { now: NOW, load: { report: 'errors' } });
  const metrics = await repository.metrics();
  const period = resolvePeriod(options, NOW.toMillis());
  return buildReport({
    posts: repository.content.posts,
    accounts: repository.content.accounts,
    log: repository.log.entries,
    snapshots: metrics.snapshots,
    ...period,
    now: NOW.toMillis(),
  });
}

const main = async (options?: Parameters<typeof weekReport>[0]) => (await weekReport(options)).accounts[0]!;
const post = async (id: string) => (await main()).published.find((p) => p.post === id)!;

describe('herald report: what went out in the period', () => {
  it('lists the posts whose first part went out in [now - 7d, now), oldest first, and leaves out the one from November', async () => {
    const report = await weekReport();
    expect(report.from).toBe('2026-12-01T12:00:00Z');
    expect(report.to).toBe('2026-12-08T12:00:00Z');
    expect(report.accounts[0]!.published.map((p) => p.post)).toEqual(['launch', 'oops', 'late-night', 'hostile', 'tips']);
  });

  it('links every part on x.com and counts the latest snapshot of each part', async () => {
    const launch = await post('launch');
    expect(launch.parts.map((p) => p.url)).toEqual(['https://x.com/acme/status/1001', 'https://x.com/acme/status/1002']);
    // Part 1 has two snapshots; the later one (2026-12-05) wins: 20 + 5 + 3 + 1 + 1 = 30, not 5 + 1 = 6.
    expect(launch.parts[0]!.metrics).toMatchObject({ at: '2026-12-05T00:00:00Z', impressions: 1000, engagements: 30 });
    // Part 2: 4 + 0 + 1 + 0 + 0 = 5.
    expect(launch.parts[1]!.metrics!.engagements).toBe(5);
    // The post: 30 + 5 = 35 engagements over 1000 + 200 = 1200 impressions = 0.029166…
    expect(launch.engagements).toBe(35);
    expect(launch.impressions).toBe(1200);
    expect(launch.engagement_rate).toBeCloseTo(35 / 1200, 10);
    expect(launch.tags).toEqual(['product', 'promo']);
  });

  it('leaves the engagement rate out when X sent no impressions, or zero', async () => {
    // tips: 7 + 1 + 1 + 0 + 1 = 10 engagements, no impressions in its snapshot.
    const tips = await post('tips');
    expect(tips.engagements).toBe(10);
    expect(tips).not.toHaveProperty('impressions');
    expect(tips).not.toHaveProperty('engagement_rate');
    // hostile: 0 impressions: 0 / 0 is no rate.
    expect(await post('hostile')).not.toHaveProperty('engagement_rate');
  });

  it('totals the live posts: the retracted one is listed but not counted', async () => {
    const { totals } = await main();
    expect(totals).toEqual({
      posts: 4, // launch, late-night, hostile, tips (oops was retracted)
      parts: 5, // launch has 2
      measured_posts: 4,
      engagements: 60, // 35 + 15 + 0 + 10
      impressions: 1700, // 1200 + 500 + 0 (tips has none, so it is left out of both sides of the rate)
      engagement_rate: 50 / 1700, // (35 + 15 + 0) / 1700 = 0.0294…
    });
  });

  it('marks a retracted post with when it was deleted', async () => {
    const oops = await post('oops');
    expect(oops.retracted_at).toBe('2026-12-03T15:00:01Z');
    expect(oops.parts[0]!.tweet_id).toBe('1005');
  });
});

describe('herald report: what did not go out', () => {
  it('lists the failed attempt and the expiry with their reasons and categories', async () => {
    expect((await main()).not_sent).toEqual([
      { event: 'failed', at: '2026-12-05T14:05:00Z', post: 'missed', part: 0, reason: 'X answered 503 Service Unavailable', kind: 'server', retryable: true },
      {
        event: 'expired',
        at: '2026-12-05T16:00:00Z',
        post: 'missed',
        part: 0,
        reason: 'the window closed at 2026-12-05 10:00 America/New_York before a run could send it',
        blocked_by: 'window-closed',
      },
    ]);
  });
});

describe('herald report: content mix', () => {
  it("counts each live post once per tag, and the content-mix rule's promotional share", async () => {
    const mix = (await main()).content_mix;
    expect(mix.posts).toBe(4);
    // Six tags over four posts, one post each: 1 / 4 = 25%. oops (promo) is retracted and not counted.
    expect(mix.tags.map((t) => [t.tag, t.posts, t.share])).toEqual([
      ['<script>alert(1)</script>', 1, 0.25],
      ['a|b', 1, 0.25],
      ['community', 1, 0.25],
      ['product', 1, 0.25],
      ['promo', 1, 0.25],
      ['tips', 1, 0.25],
    ]);
    // The rule's default tags [promo, product, announcement]: only launch has one: 1 / 4, under 0.6.
    expect(mix.promotion).toEqual({ tags: ['promo', 'product', 'announcement'], posts: 1, share: 0.25, max_share: 0.6, over: false });
  });
});

describe('herald report: engagement by local hour and weekday in each audience zone', () => {
  it('puts each post at its wall clock in New York', async () => {
    const ny = (await main()).by_zone.find((z) => z.zone === 'America/New_York')!;
    // 09:00: launch (Wed 09:01, 35) and tips (Mon 09:00, 10): median (10 + 35) / 2 = 22.5.
    expect(ny.hours[9]).toEqual({ posts: 2, median_engagements: 22.5 });
    // 10:00: late-night (Fri 10:30, 15) and hostile (Sun 10:00, 0): (0 + 15) / 2 = 7.5.
    expect(ny.hours[10]).toEqual({ posts: 2, median_engagements: 7.5 });
    expect(ny.hours.filter((b) => b.posts > 0)).toHaveLength(2);
    // Mon 10 (tips), Wed 35 (launch), Fri 15 (late-night), Sun 0 (hostile).
    expect(ny.weekdays.map((b) => b.median_engagements ?? null)).toEqual([10, null, 35, null, 15, null, 0]);
  });

  it('puts a post published after midnight in Tokyo on the next local day and hour', async () => {
    const tokyo = (await main()).by_zone.find((z) => z.zone === 'Asia/Tokyo')!;
    // late-night: Fri 2026-12-04 15:30Z = Sat 00:30 in Tokyo (UTC+9); hostile: Sun 15:00Z = Mon 00:00.
    // 00:00: 15 and 0: median 7.5. 23:00: launch (Wed 14:01Z = 23:01, 35) and tips (Mon 14:00Z = 23:00, 10): 22.5.
    expect(tokyo.hours[0]).toEqual({ posts: 2, median_engagements: 7.5 });
    expect(tokyo.hours[23]).toEqual({ posts: 2, median_engagements: 22.5 });
    // Mon: hostile 0 and tips 10: 5. Wed: launch 35. Fri: none (late-night is Saturday there). Sat: 15.
    expect(tokyo.weekdays.map((b) => b.median_engagements ?? null)).toEqual([5, null, 35, null, null, 15, null]);
  });
});

describe('herald report: the period', () => {
  it('reads --from and --to dates as whole days in --zone, --to included', async () => {
    // 2026-12-04 and 2026-12-06 in New York: [Dec 4 05:00Z, Dec 7 05:00Z): late-night and hostile.
    const account = await main({ from: '2026-12-04', to: '2026-12-06', zone: 'America/New_York' });
    expect(account.published.map((p) => p.post)).toEqual(['late-night', 'hostile']);
  });

  it('reads dates as UTC midnight without --zone', () => {
    expect(resolvePeriod({ from: '2026-12-04', to: '2026-12-04' }, NOW.toMillis())).toEqual({
      from: Date.parse('2026-12-04T00:00:00Z'),
      to: Date.parse('2026-12-05T00:00:00Z'),
    });
  });

  it('refuses --since with --from, a bad duration and an empty period, saying what to write', () => {
    const now = NOW.toMillis();
    expect(() => resolvePeriod({ since: '7d', from: '2026-12-01' }, now)).toThrow(/give one, e\.g\. --since 30d/);
    expect(() => resolvePeriod({ since: 'a week' }, now)).toThrow(/write for example --since 7d/);
    expect(() => resolvePeriod({ from: '2026-12-09' }, now)).toThrow(/the period is empty/);
    expect(() => resolvePeriod({ from: 'yesterday' }, now)).toThrow(/--from "yesterday" is not a valid date or time/);
  });
});

describe('herald report: spend against the budget', () => {
  it('reports each UTC month the period touches, counted from the log and the metrics file, against budget:', async () => {
    const repository = await openRepository(root, { now: NOW, load: { report: 'errors' } });
    const metrics = await repository.metrics();
    const accounts = new Map([...repository.content.accounts].map(([name, a]) => [name, { ...a, budget: { monthlyUsd: 0.1 } }]));
    const period = resolvePeriod({ from: '2026-11-15' }, NOW.toMillis());
    const report = buildReport({
      posts: repository.content.posts,
      accounts,
      log: repository.log.entries,
      snapshots: metrics.snapshots,
      ...period,
      now: NOW.toMillis(),
      spent: spentByMonth({ log: repository.log.entries, posts: repository.content.posts, accounts, reads: metrics.snapshots }),
    });

    expect(report.accounts[0]!.spend!.months).toEqual([
      // November: old's one part, no link: $0.015.
      { month: '2026-11', spent_usd: 0.015, budget_usd: 0.1, left_usd: 0.085, over_budget: false },
      // December: 6 parts without links (launch ×2, oops, late-night, hostile, tips) 6 × 0.015 = 0.09,
      // oops deleted 0.01, 8 metric snapshots 8 × 0.005 = 0.04: 0.14, over the 0.10 budget.
      { month: '2026-12', spent_usd: 0.14, budget_usd: 0.1, left_usd: 0, over_budget: true },
    ]);
  });
});
