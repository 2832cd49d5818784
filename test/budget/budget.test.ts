/**
 * Cost and budget end to end, as processes: `herald validate` names the month and the amounts on
 * the post that tips the month over and on the account's `budget:` line; `herald calendar` gives
 * every entry its `cost_usd` and totals each UTC month; `herald publish` skips a post over the
 * budget (`blocked_by: budget`) and sends the next month's post against the emulator.
 *
 * The fixture (test/fixtures/budget-month): America/New_York, `budget: { monthly_usd: 0.25 }`, and
 * the log says November already spent $0.20 (one post with a link). `evening` (30 Nov 18:00 New
 * York, 23:00 UTC, a link: $0.20) would take November to $0.40; `late-night` (30 Nov 23:30 New
 * York) is 1 December 04:30 UTC: December, a new budget.
 */
import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { credentialEnv, logEntries, publish, startX } from '../publish/helpers.js';

const MORNING = '2026-11-30T12:00:00-05:00';

describe('herald validate: budget', () => {
  it('errors on the post that tips the UTC month over and on the account file’s budget line, naming the month and the amounts', async () => {
    const root = await fixtureCopy('budget-month');
    const run = await runHerald(['validate', '--root', root, '--now', MORNING, '--format', 'json']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as Array<{ file: string; line: number; rule: string; severity: string; message: string }>).filter(
      (d) => d.rule === 'budget',
    );
    expect(found.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['posts/evening.md', 4, 'error'],
      ['schedules/main.yaml', 6, 'error'],
    ]);
    expect(found[0]!.message).toBe(
      "this post costs $0.20 and would take account main's spend for 2026-11 (UTC) to $0.40, past its budget of $0.25 ($0.20 spent by the log, $0.00 planned before it), " +
        'so it is not sent. Move it to another month, make it cheaper (a part with a link costs $0.20, without $0.015), or raise budget.monthly_usd in schedules/main.yaml.',
    );
    expect(found[1]!.message).toBe(
      '2026-11 (UTC) would cost $0.40 ($0.20 spent by the log, $0.20 planned), more than budget.monthly_usd $0.25, so this post is not sent: posts/evening.md. ' +
        'Write monthly_usd: 0.40 or more, or move posts to another month.',
    );
  });

  it('a budget that is not an amount is a schema error on its line', async () => {
    const root = await fixtureCopy('budget-month');
    await writeFile(`${root}/schedules/main.yaml`, 'zone: America/New_York\nbudget:\n  monthly_usd: lots\nprices: { post: -1 }\n');
    const run = await runHerald(['validate', '--root', root, '--now', MORNING, '--format', 'json']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as Array<{ file: string; line: number; rule: string; message: string }>).filter(
      (d) => d.file === 'schedules/main.yaml',
    );
    expect(found.map((d) => [d.line, d.rule])).toEqual([
      [3, 'schema'],
      [4, 'schema'],
    ]);
    expect(found[0]!.message).toContain('an amount of US dollars like 40');
    expect(found[1]!.message).toContain('an amount of US dollars like 0.015');
  });
});

describe('herald calendar: cost', () => {
  it('gives every entry cost_usd, and the text calendar totals each account’s UTC months', async () => {
    const root = await fixtureCopy('budget-month');
    const range = ['--root', root, '--now', MORNING, '--from', '2026-11-30', '--days', '2'];
    const json = await runHerald(['calendar', ...range, '--format', 'json']);
    expect(json.code).toBe(0);
    const entries = (JSON.parse(json.stdout) as { entries: Array<{ post: string; status: string; cost_usd: number }> }).entries;
    expect(entries.map((e) => [e.post, e.status, e.cost_usd])).toEqual([
      ['evening', 'blocked', 0.2],
      ['late-night', 'scheduled', 0.2],
    ]);
    const text = await runHerald(['calendar', ...range]);
    expect(text.stdout).toContain(
      '\nCost by month (X pay-per-use)\n' +
        '  @acme  2026-11 (UTC): $0.20 spent + $0.00 planned = $0.20 of $0.25 budget; $0.20 held back by the budget\n' +
        '  @acme  2026-12 (UTC): $0.00 spent + $0.20 planned = $0.20 of $0.25 budget\n',
    );
  });
});

describe('herald calendar: reads count', () => {
  it('each snapshot herald stats wrote to schedules/metrics.jsonl is one post read in its UTC month', async () => {
    const root = await fixtureCopy('budget-month');
    const snapshot = (at: string) =>
      `${JSON.stringify({ at, account: 'main', post: 'announced', part: 0, tweet_id: '1860000000000000001', likes: 1, reposts: 0, replies: 0, quotes: 0, bookmarks: 0 })}\n`;
    await writeFile(`${root}/schedules/metrics.jsonl`, snapshot('2026-11-20T10:00:00Z') + snapshot('2026-11-21T10:00:00Z'));
    const text = await runHerald(['calendar', '--root', root, '--now', MORNING, '--from', '2026-11-30', '--days', '1']);
    expect(text.stdout).toContain('  @acme  2026-11 (UTC): $0.21 spent + $0.00 planned = $0.21 of $0.25 budget; $0.20 held back by the budget\n');
  });
});

describe('herald publish: budget', () => {
  let x: Emulator;
  beforeEach(async () => {
    x = await startX();
  });
  afterEach(async () => {
    await x.close();
  });

  it('skips a due post over the month’s budget (blocked_by: budget), then sends the next post in December UTC', async () => {
    const root = await fixtureCopy('budget-month');
    // Before its window opens the block is not logged: the month's other posts may still change.
    const morning = await publish(root, '2026-11-30T17:00:00Z', credentialEnv(x, ['main']));
    expect(morning.report.skipped).toEqual([]);
    const evening = await publish(root, '2026-11-30T23:10:00Z', credentialEnv(x, ['main']));
    expect(evening.code, evening.stderr).toBe(0);
    expect(evening.report.sent).toEqual([]);
    expect(evening.report.skipped.map((s) => s.post)).toEqual(['evening']);
    const night = await publish(root, '2026-12-01T04:40:00Z', credentialEnv(x, ['main']));
    expect(night.code, night.stderr).toBe(0);
    expect(night.report.sent.map((s) => s.post)).toEqual(['late-night']);
    const log = await logEntries(root);
    expect(log.filter((e) => e.event === 'skipped').map((e) => [e.post, e.blocked_by])).toEqual([['evening', 'budget']]);
    // What the part cost is recorded when it goes out, so later edits or price changes leave the month's spend as it was.
    expect(log.filter((e) => e.event === 'published').map((e) => [e.post, e.cost_usd])).toEqual([
      ['announced', undefined],
      ['late-night', 0.2],
    ]);
    expect(x.tweets('acme').map((t) => t.text)).toEqual([
      'December starts in UTC before it starts here: our monthly digest is live. https://example.com/digest',
    ]);
  });
});
