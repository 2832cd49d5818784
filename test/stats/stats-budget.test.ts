/**
 * `herald stats` under an account's `budget:` (issue 12), as a process with the real X client
 * against the emulator: reads never take the UTC month past the budget, counting what was spent
 * (the log, metrics.jsonl) and what the month's planned posts will cost, so reads never starve a
 * post. What the budget held back is said on stderr and in the JSON, and the run exits 0.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatsReport } from '../../src/stats/report.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { type CheckedEmulator, startCheckedEmulator } from '../helpers/x-contract.js';
import { APP, credentialEnv, publish, USERS } from '../publish/helpers.js';

const PUBLISHED = '2026-12-01T14:10:00Z';
const NEXT_MORNING = '2026-12-02T09:00:00Z';

let x: CheckedEmulator | undefined;
let xNow = Date.parse(PUBLISHED);

afterEach(async () => {
  await x?.close();
  x = undefined;
});

/**
 * stats-two-accounts published by `herald publish`: main sent three parts at $0.015 ($0.045 spent in
 * 2026-12), support one; then main gets `budget: { monthly_usd }`.
 */
async function publishedWithBudget(monthlyUsd: number): Promise<string> {
  xNow = Date.parse(PUBLISHED);
  x = await startCheckedEmulator({
    users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
    apps: [APP],
    limits: { postsPer24Hours: 10_000, postsPer15Min: 10_000 },
    clock: () => new Date(xNow),
    seed: 11,
  });
  const root = await fixtureCopy('stats-two-accounts');
  const run = await publish(root, PUBLISHED, credentialEnv(x));
  expect(run.code, run.stderr).toBe(0);
  await appendFile(path.join(root, 'schedules/main.yaml'), `budget: { monthly_usd: ${monthlyUsd} }\n`);
  return root;
}

async function stats(root: string, extra: string[] = [], env = credentialEnv(x!)) {
  xNow = Date.parse(NEXT_MORNING);
  const run = await runHerald(['stats', '--root', root, '--now', NEXT_MORNING, '--format', 'json', ...extra], { env });
  return { ...run, report: JSON.parse(run.stdout) as StatsReport };
}

describe('herald stats and the budget', () => {
  it('reads nothing of an account whose month has spent its budget, says how many reads it held back, and reads the others', async () => {
    const root = await publishedWithBudget(0.045);
    const run = await stats(root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.budgets).toEqual([
      { account: 'main', month: '2026-12', budget_usd: 0.045, spent_usd: 0.045, planned_usd: 0, reads_left: 0, held_back: 3 },
    ]);
    expect(run.report.over_budget.map((p) => p.account)).toEqual(['main', 'main', 'main']);
    // support has no budget: only --max-reads limits it.
    expect(run.report.accounts).toEqual([{ account: 'support', due: 1, read: 1 }]);
    expect(run.report.reads).toBe(1);
    expect(run.stderr).toContain(
      'herald: main: budget.monthly_usd $0.045 for 2026-12 (UTC) leaves room for 0 read(s) ($0.045 spent, $0.00 planned for posts still to go out this month, which come first), so 3 part(s) were not read',
    );
    // X billed no read of main's posts.
    expect(x!.reads('acme')).toMatchObject({ lookup_requests: 0, post_reads: 0 });
    expect(x!.reads('acme_help')).toMatchObject({ post_reads: 1 });
  });

  it("counts the month's planned posts before reads: what they leave is all the reads get", async () => {
    // $0.065 − $0.045 spent − $0.015 for a post planned on 20 December leaves $0.005: one read.
    const root = await publishedWithBudget(0.065);
    await writeFile(path.join(root, 'posts/later.md'), '---\naccount: main\npublish:\n  at: 2026-12-20 10:00\n---\nOur year in review comes out next week.\n');
    const run = await stats(root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.budgets).toEqual([
      { account: 'main', month: '2026-12', budget_usd: 0.065, spent_usd: 0.045, planned_usd: 0.015, reads_left: 1, held_back: 2 },
    ]);
    expect(run.report.accounts).toEqual([
      { account: 'main', due: 1, read: 1 },
      { account: 'support', due: 1, read: 1 },
    ]);
    expect(x!.reads('acme')).toMatchObject({ post_reads: 1 });

    // The read is now spent: the next day's run has no room left for main, and the post still fits.
    const next = await runHerald(['stats', '--root', root, '--now', '2026-12-03T09:00:00Z', '--dry-run'], { env: {} });
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain('held back 3 by the budget');
    expect(next.stderr).toContain('main: budget.monthly_usd $0.065 for 2026-12 (UTC) leaves room for 0 read(s) ($0.05 spent, $0.015 planned');
    const validate = await runHerald(['validate', '--root', root, '--now', '2026-12-03T09:00:00Z', '--format', 'json']);
    expect(JSON.parse(validate.stdout).filter((d: { rule: string }) => d.rule === 'budget')).toEqual([]);
  });

  it('--dry-run --format json says what the budget would hold back, and reads nothing', async () => {
    const root = await publishedWithBudget(0.05);
    const run = await stats(root, ['--dry-run'], {});
    expect(run.code, run.stderr).toBe(0);
    expect(run.report).toMatchObject({ dry_run: true, reads: 2 });
    expect(run.report.budgets).toEqual([
      { account: 'main', month: '2026-12', budget_usd: 0.05, spent_usd: 0.045, planned_usd: 0, reads_left: 1, held_back: 2 },
    ]);
    expect(run.report.over_budget).toHaveLength(2);
    expect(x!.reads()).toEqual({});
  });
});
