import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { publishSummary, scheduleNotes } from '../../src/action/publish-summary.js';
import type { LogEntry } from '../../src/model/log.js';
import type { PublishReport } from '../../src/publish/report.js';

const NOW = '2026-12-01T14:07:00Z';
const report = (over: Partial<PublishReport> = {}): PublishReport => ({
  now: NOW,
  dry_run: false,
  sent: [],
  reconciled: [],
  failed: [],
  expired: [],
  skipped: [],
  stopped: [],
  exit_code: 0,
  ...over,
});
const logAt = (at: string): LogEntry => ({ at, post: 'earlier', account: 'main', event: 'published', part: 0 });
const schedule = { intervalMinutes: 30, toleranceMinutes: 15 };
const notes = (r: PublishReport, log: LogEntry[]) => scheduleNotes(r, log, DateTime.fromISO(NOW, { zone: 'utc' }), schedule);

describe('the publish job summary', () => {
  it('says the schedule keeps time when the previous logged run was one interval ago', () => {
    expect(notes(report(), [logAt('2026-12-01T13:37:00Z')])).toEqual([
      '- Previous log entry: 30 min ago (2026-12-01T13:37:00Z).',
      '- The schedule is keeping time.',
    ]);
  });

  it('flags a long silence as either nothing due or late and dropped runs, without claiming which', () => {
    const lines = notes(report(), [logAt('2026-12-01T09:07:00Z')]);

    expect(lines[0]).toBe('- Previous log entry: 5 h ago (2026-12-01T09:07:00Z).');
    expect(lines[1]).toContain('either nothing was due since (runs with nothing to do leave no entry), or scheduled runs were late or dropped');
  });

  it('says the schedule ran late when a post went out long after its window opened', () => {
    const sent = [
      {
        post: 'launch',
        account: 'main',
        part: 0,
        tweet_id: '1',
        url: 'https://x.com/acme/status/1',
        scheduled_for: '2026-12-01T12:00:00Z',
        delay_s: 7620,
        text: 'Hi',
      },
    ];

    expect(notes(report({ sent }), [logAt('2026-12-01T13:37:00Z')])).toContain(
      '- ⚠️ The schedule ran late or was dropped: 1 post went out up to 2 h 7 min after the window opened. Scheduled runs are best effort on GitHub; give time-sensitive posts a wider `window`, or trigger the workflow by hand (workflow_dispatch).',
    );
  });

  it('counts an expiry with no attempt as a missed schedule when the log was silent for longer than the interval', () => {
    const expired = [{ post: 'flash-sale', account: 'main', reason: 'window closed at 2026-12-01 09:00 America/New_York' }];

    expect(notes(report({ expired }), [logAt('2026-12-01T09:07:00Z')]).join('\n')).toContain(
      'The schedule ran late or was dropped: 1 post expired with no run in its window',
    );
  });

  it('lists sent parts with their links, expiries with reasons, and failures with what happens next', () => {
    const markdown = publishSummary({
      report: report({
        sent: [
          {
            post: 'launch',
            account: 'main',
            part: 1,
            tweet_id: '9',
            url: 'https://x.com/acme/status/9',
            scheduled_for: '2026-12-01T14:00:00Z',
            delay_s: 420,
            text: 'Totals | now *local*',
          },
        ],
        expired: [{ post: 'old', account: 'main', reason: 'window closed' }],
        failed: [{ post: 'help', account: 'support', file: 'posts/help.md', part: 0, error: 'X answered 400', retryable: false }],
        exit_code: 1,
      }),
      previousLog: [],
    });

    expect(markdown).toContain('| 1 | 1 | 1 | 0 |');
    expect(markdown).toContain(
      '- **launch** (main, part 2) — [x.com/acme/status/9](https://x.com/acme/status/9) · 7 min after its window opened: Totals \\| now \\*local\\*',
    );
    expect(markdown).toContain('### Expired (never sent late)\n\n- **old** (main): window closed');
    expect(markdown).toContain('- **help** (support, part 1): X answered 400 — permanent: edit the post to try again');
  });

  it('says plainly when nothing was due', () => {
    expect(publishSummary({ report: report(), previousLog: [] })).toContain('Nothing was due at this run.');
  });
});
