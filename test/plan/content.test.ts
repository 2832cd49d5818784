// The planner over real files: the loader's positions, the log file, and the built CLI.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { assemblePlan } from '../../src/plan/planner.js';
import { readLog } from '../../src/repository/log.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

const NOW = '2026-12-07T06:00:00-05:00'; // a Monday morning in New York

async function planFixture() {
  const root = await fixtureCopy('plan-calendar-statuses');
  const content = await loadContent(root);
  const log = await readLog(root);
  return assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now: DateTime.fromISO(NOW, { setZone: true }) });
}

describe('the plan of a content repository (plan-calendar-statuses)', () => {
  it('gives every post its status, time and reason', async () => {
    const plan = await planFixture();
    const summary = Object.fromEntries(plan.entries.map((e) => [e.post.id, [e.status, e.at ?? null, e.blockedBy ?? null]]));
    expect(summary).toEqual({
      welcome: ['published', '2026-12-01T14:00:00Z', null],
      'too-late': ['expired', '2026-12-07T06:00:00Z', null],
      launch: ['scheduled', '2026-12-07T13:00:00Z', null],
      'queued-tip': ['queued', '2026-12-07T14:00:00Z', null],
      'queued-later': ['queued', '2026-12-08T14:00:00Z', null],
      'support-hours': ['blocked', '2026-12-08T10:00:00Z', 'paused'],
      'draft-idea': ['draft', '2026-12-09T17:00:00Z', null],
      'holiday-greeting': ['blocked', '2026-12-25T15:00:00Z', 'blackout'],
      'fall-back': ['scheduled', '2027-10-31T00:30:00Z', null],
      'spring-forward': ['blocked', null, null],
    });
    expect(plan.entries.map((e) => e.post.id).at(-1)).toBe('spring-forward');
  });

  it('points every time and editorial finding at the line and column of the offending value', async () => {
    const plan = await planFixture();
    expect(plan.diagnostics.map(({ file, line, column, severity, rule }) => `${file}:${line}:${column} ${severity} ${rule}`)).toEqual([
      'posts/fall-back.md:4:7 warning ambiguous-local-time',
      'posts/fall-back.md:4:7 warning audience-night',
      'posts/holiday-greeting.md:4:7 warning blackout',
      'posts/spring-forward.md:4:7 error nonexistent-local-time',
      'posts/too-late.md:4:7 warning window-closed',
      'schedules/support.yaml:2:7 error invalid-zone',
    ]);
    expect(plan.diagnostics.find((d) => d.rule === 'nonexistent-local-time')?.message).toContain('Write 2027-03-14 03:00 instead.');
    expect(plan.diagnostics.find((d) => d.rule === 'invalid-zone')?.message).toContain('Write Europe/London instead.');
  });

  it('prints the same decisions through herald calendar --format json', async () => {
    const root = await fixtureCopy('plan-calendar-statuses');
    const result = await runHerald(['calendar', '--root', root, '--format', 'json', '--from', '2026-11-30', '--days', '31', '--now', NOW]);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.code).toBe(0);
    const calendar = JSON.parse(result.stdout) as { entries: Array<{ post: string; status: string; at: string | null; reason?: string }> };
    const byPost = Object.fromEntries(calendar.entries.map((e) => [e.post, e]));
    expect(byPost['queued-tip']).toMatchObject({ status: 'queued', at: '2026-12-07T14:00:00Z' });
    expect(byPost['support-hours']).toMatchObject({ status: 'blocked', reason: 'account paused since 2026-12-06 12:00 UTC: incident review' });
    expect(byPost['holiday-greeting'].reason).toContain('inside blackout Holidays (2026-12-24 – 2026-12-26)');
    expect(byPost['too-late']).toMatchObject({ status: 'expired', reason: 'window closed at 2026-12-07 03:00 America/New_York before it was published' });
  });
});
