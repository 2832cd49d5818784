/**
 * `herald report --account support` as a process over the hand-computed fixture
 * test/fixtures/report-support/ (the numbers' arithmetic is in support.test.ts).
 */
import { appendFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const fixture = path.join(repoRoot, 'test/fixtures/report-support');
const PERIOD = ['--now', '2026-12-04T00:00:00Z', '--from', '2026-12-01', '--to', '2026-12-03', '--account', 'support'];

describe('herald report --account support as a process', () => {
  it('prints the support section in JSON', async () => {
    const result = await runHerald(['report', '--root', fixture, ...PERIOD, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const support = JSON.parse(result.stdout).accounts[0].support;
    expect(Object.keys(support)).toEqual([
      'replies',
      'customer_posts',
      'replies_by_day',
      'first_reply',
      'sla',
      'by_zone',
      'answers',
      'posts',
      'unmatched',
      'unanswered',
      'from_x',
      'as_of',
    ]);
    expect(support.replies).toBe(7);
    expect(support.replies_by_day).toEqual([
      { day: '2026-12-01', replies: 4 },
      { day: '2026-12-03', replies: 3 },
    ]);
    expect(support.first_reply).toEqual({ median_s: 3600, p90_s: 5400 });
    expect(support.sla).toEqual({ written: '1h', seconds: 3600, answered: 5, within: 3, unanswered_late: 0, open: 0, share: 0.6 });
    expect(support.by_zone[1].zone).toBe('America/New_York');
    expect(support.by_zone[1].hours[18]).toBe(2); // 9003 (answered) and 9006 (written in the period, answered after it)
    expect(support.answers[0]).toEqual({ answer: 'en/refund', replies: 4 });
  });

  it('prints it in text', async () => {
    const result = await runHerald(['report', '--root', fixture, ...PERIOD]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('First reply: median 1h, p90 1h30m (nearest rank)');
    expect(result.stdout).toContain('Within sla 1h: 3 of 5 (60.00%)');
    expect(result.stdout).toContain('Busiest hours in America/New_York: 05:00 (2) · 18:00 (2) · 04:00 (1)');
    expect(result.stdout).toContain('Unanswered: not known yet');
  });

  it('escapes an answer id from the log in Markdown and HTML', async () => {
    const root = await tempDir('report-support-');
    await cp(fixture, root, { recursive: true });
    const hostile = {
      at: '2026-12-02T10:00:00Z',
      post: 'reply/<img src=x onerror=alert(1)>|*x*/9100',
      account: 'support',
      event: 'published',
      part: 0,
      tweet_id: '7100',
      url: 'https://x.com/acme_help/status/7100',
      scheduled_for: '2026-12-02T09:00:00Z',
      delay_s: 3600,
    };
    await appendFile(path.join(root, 'schedules/log.jsonl'), `${JSON.stringify(hostile)}\n`);

    const md = await runHerald(['report', '--root', root, ...PERIOD, '--format', 'md']);
    expect(md.code).toBe(0);
    // The reply is also listed under "What went out", inside a code span; here, the support section.
    const section = md.stdout.slice(md.stdout.indexOf('### Support'));
    expect(section).not.toContain('<img');
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;\\|\\*x\\* 1');

    const html = await runHerald(['report', '--root', root, ...PERIOD, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<h3>Support</h3>');
    expect(html.stdout).not.toContain('<img');
    expect(html.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;|*x* 1');
  });
});
