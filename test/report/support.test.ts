/**
 * The support section of `herald report` against a fixture computed by hand
 * (test/fixtures/report-support/): account support (Europe/London, audience London and New York,
 * `sla: 1h`), period 2026-12-01T00:00Z – 2026-12-04T00:00Z. In December London is UTC+0 and New
 * York UTC−5. Each expected number carries its arithmetic.
 *
 * The log's replies (reply instant = the `published` line's `at`; customer wrote = `scheduled_for`):
 *   8999  wrote 11-30 20:00  en/refund 11-30 21:00 (before the period), en/password-reset 12-01 08:00
 *   9001  wrote 12-01 09:00  en/refund 09:20                  → 1200 s
 *   9002  wrote 12-01 14:00  en/password-reset 15:30, en/refund 16:00 → first: 5400 s
 *   9010  a failed reply (no reply at all)
 *   9003  wrote 12-02 23:30  en/refund 12-03 00:40 (after midnight) → 4200 s
 *   9004  wrote 12-03 10:00  en/password-reset 10:45          → 2700 s
 *   9005  wrote 12-03 10:30  en/refund 11:30                  → 3600 s (exactly the sla)
 *   9006  wrote 12-03 23:50  en/refund 12-04 00:10 (after the period)
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/app/open-repository.js';
import { readAccountFile } from '../../src/content/account-file.js';
import { buildReport } from '../../src/report/model.js';
import type { LogEntry } from '../../src/model/log.js';
import { nearestRank, type SupportStats, supportStats } from '../../src/report/support.js';
import { repoRoot } from '../helpers/cli.js';

const root = path.join(repoRoot, 'test/fixtures/report-support');
const FROM = Date.parse('2026-12-01T00:00:00Z');
const TO = Date.parse('2026-12-04T00:00:00Z');

async function support(): Promise<SupportStats> {
  const repository = await openRepository(root, { now: DateTime.fromMillis(TO, { zone: 'utc' }), load: { report: 'errors' } });
  const report = buildReport({
    posts: repository.content.posts,
    accounts: repository.content.accounts,
    log: repository.log.entries,
    snapshots: [],
    from: FROM,
    to: TO,
    now: TO,
  });
  return report.accounts.find((a) => a.account === 'support')!.support!;
}

describe('herald report: support replies', () => {
  it('counts every reply that went out in the period, and not the failed one', async () => {
    // 8999's second, 9001, 9002 twice, 9003, 9004, 9005 = 7 (8999's first is before, 9006 after).
    expect((await support()).replies).toBe(7);
  });

  it("buckets replies by the account's local day: the 00:40 reply to a 23:30 post is the next day", async () => {
    // 12-01: 8999, 9001, 9002, 9002 = 4. 12-02: none (9003 was written then, answered 12-03 00:40).
    // 12-03: 9003, 9004, 9005 = 3.
    expect((await support()).replies_by_day).toEqual([
      { day: '2026-12-01', replies: 4 },
      { day: '2026-12-03', replies: 3 },
    ]);
  });

  it('counts a customer post once, by its first reply, and only when that first reply is in the period', async () => {
    const stats = await support();
    // 8999's first reply was on 11-30: it belongs to November's report.
    expect(stats.customer_posts).toBe(5);
    expect(stats.posts.map((p) => [p.to, p.first_reply_s, p.answer])).toEqual([
      ['9001', 1200, 'en/refund'],
      ['9002', 5400, 'en/password-reset'], // 15:30 − 14:00; the 16:00 reply does not count
      ['9003', 4200, 'en/refund'], // 00:40 next day − 23:30 = 70 min
      ['9004', 2700, 'en/password-reset'],
      ['9005', 3600, 'en/refund'],
    ]);
  });

  it('gives the median and p90 first-reply time by nearest rank', async () => {
    // Sorted: 1200, 2700, 3600, 4200, 5400. Median: rank ⌈0.5 × 5⌉ = 3 → 3600. p90: rank ⌈0.9 × 5⌉ = 5 → 5400.
    expect((await support()).first_reply).toEqual({ median_s: 3600, p90_s: 5400 });
  });

  it('nearest rank picks a value that happened: the lower middle of an even count, the top of a small set', () => {
    expect(nearestRank([10, 20, 30, 40], 50)).toBe(20); // ⌈2⌉ = 2
    expect(nearestRank([10, 20, 30, 40], 90)).toBe(40); // ⌈3.6⌉ = 4
    expect(nearestRank([7], 90)).toBe(7);
  });

  it('shares the customer posts answered within the sla, the one at exactly 1h included', async () => {
    const stats = await support();
    // ≤ 3600 s: 9001 (1200), 9004 (2700), 9005 (3600) = 3 of 5 = 0.6.
    // No support line in metrics.jsonl: no unanswered post is known, so none is late or open.
    expect(stats.sla).toEqual({ written: '1h', seconds: 3600, answered: 5, within: 3, unanswered_late: 0, open: 0, share: 0.6 });
    expect(stats.posts.filter((p) => p.within_sla).map((p) => p.to)).toEqual(['9001', '9004', '9005']);
  });

  it('finds the busiest hours in each audience zone by when the customer wrote, answered in the period or not', async () => {
    const [london, newYork] = (await support()).by_zone;
    // Customer posts written in the period: 9001, 9002, 9003, 9004, 9005 and 9006 (written 12-03
    // 23:50, its first reply after the period: it still counts here, by when it was written).
    // London (UTC+0): 09, 14, 23, 10, 10, 23.
    expect(london!.zone).toBe('Europe/London');
    expect(london!.hours[23]).toBe(2);
    expect(london!.busiest).toEqual([
      { hour: 10, posts: 2 },
      { hour: 23, posts: 2 },
      { hour: 9, posts: 1 },
    ]);
    // New York (UTC−5): 04, 09, 18 (9003's 23:30 London is 18:30 the same day there), 05, 05, 18 (9006's 23:50).
    expect(newYork!.zone).toBe('America/New_York');
    expect(newYork!.hours[18]).toBe(2);
    expect(newYork!.hours[23]).toBe(0);
    expect(newYork!.busiest).toEqual([
      { hour: 5, posts: 2 },
      { hour: 18, posts: 2 },
      { hour: 4, posts: 1 },
    ]);
  });

  it('ranks the answers by how often they were sent in the period', async () => {
    // en/refund: 9001, 9002 (second), 9003, 9005 = 4; en/password-reset: 8999 (second), 9002, 9004 = 3.
    expect((await support()).answers).toEqual([
      { answer: 'en/refund', replies: 4 },
      { answer: 'en/password-reset', replies: 3 },
    ]);
  });

  it('knows only answered customer posts while herald stats has recorded nothing of the account', async () => {
    // 9010 was never answered; only the mentions timeline (recorded by herald stats) could show it.
    const stats = await support();
    expect(stats.from_x).toBe(false);
    expect(stats.unanswered).toEqual([]);
    expect(stats.unmatched).toBe(0);
    expect(stats.posts.map((p) => p.to)).not.toContain('9010');
  });
});

describe('herald report: which accounts get a support section', () => {
  const account = (text: string) => readAccountFile('schedules/help.yaml', text).account!;

  it('leaves it out for an account with no reply in the period and no sla', () => {
    expect(supportStats(account('zone: UTC\n'), [], FROM, TO, ['UTC'])).toBeUndefined();
  });

  it('counts a reply found on the timeline after an uncertain send like one that was published', () => {
    const log = [
      { at: '2026-12-02T10:30:00Z', post: 'reply/en/refund/9200', account: 'help', event: 'attempt', part: 0 },
      {
        at: '2026-12-02T10:31:00Z',
        post: 'reply/en/refund/9200',
        account: 'help',
        event: 'reconciled',
        part: 0,
        found: true,
        tweet_id: '7200',
        scheduled_for: '2026-12-02T10:00:00Z',
      },
    ] as LogEntry[];
    const stats = supportStats(account('zone: UTC\n'), log, FROM, TO, ['UTC'])!;
    // 10:31 − 10:00 = 1860 s; no sla: no sla block and no within_sla.
    expect(stats.posts).toEqual([
      { to: '9200', written_at: '2026-12-02T10:00:00Z', first_reply_at: '2026-12-02T10:31:00Z', first_reply_s: 1860, answer: 'en/refund' },
    ]);
    expect(stats).not.toHaveProperty('sla');
  });
});

describe('the sla: key of an account file', () => {
  it('reads a duration', () => {
    const account = readAccountFile('schedules/support.yaml', 'zone: Europe/London\nsla: 1h30m\n').account!;
    expect(account.sla).toEqual({ written: '1h30m', minutes: 90 });
    expect(account.problems).toEqual([]);
  });

  it('refuses a text that is no duration, at its line, saying what to write', () => {
    const source = readAccountFile('schedules/support.yaml', 'zone: Europe/London\nsla: 2 hours\n');
    const problem = source.account!.problems![0]!;
    expect(problem).toMatchObject({ file: 'schedules/support.yaml', line: 2 });
    expect(problem.message).toContain('90m, 2h or 1d');
    expect(source.account!.sla).toBeUndefined();
  });

  it('refuses a zero duration, at its line', () => {
    const source = readAccountFile('schedules/support.yaml', 'zone: Europe/London\nsla: 0m\n');
    const problem = source.account!.problems![0]!;
    expect(problem).toMatchObject({ file: 'schedules/support.yaml', line: 2 });
    expect(problem.message).toContain('sla: 2h');
  });
});
