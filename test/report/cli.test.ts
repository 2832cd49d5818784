/** `herald report` and `herald slots suggest` as processes, in every format, over the hand-computed fixtures. */
import { appendFile, cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const week = path.join(repoRoot, 'test/fixtures/report-week');
const enough = path.join(repoRoot, 'test/fixtures/slots-enough');
const NOW = '2026-12-08T12:00:00Z';
const report = (...args: string[]) => runHerald(['report', '--root', week, '--now', NOW, ...args]);

describe('herald report as a process', () => {
  it('prints text: the totals, the links, what did not go out and the buckets', async () => {
    const result = await report();
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('herald report 2026-12-01 12:00 UTC – 2026-12-08 12:00 UTC');
    expect(result.stdout).toContain('Published: 4 posts (5 parts); measured: 4; engagements: 60; impressions: 1700; engagement rate: 2.94%');
    expect(result.stdout).toContain('part 2: https://x.com/acme/status/1002');
    expect(result.stdout).toContain('oops  [retracted 2026-12-03 10:00]');
    expect(result.stdout).toContain('missed part 1: expired (window-closed) — the window closed at 2026-12-05 10:00 America/New_York');
    expect(result.stdout).toContain('Median engagements by local hour in Asia/Tokyo:');
  });

  it('prints stable JSON with a version and snake_case fields', async () => {
    const result = await report('--format', 'json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(1);
    expect(Object.keys(json)).toEqual(['version', 'from', 'to', 'generated_at', 'accounts']);
    const main = json.accounts[0];
    expect(Object.keys(main)).toEqual(['account', 'handle', 'zone', 'audience', 'published', 'totals', 'not_sent', 'content_mix', 'by_zone', 'spend']);
    expect(main.totals.engagements).toBe(60);
    expect(main.by_zone[1].hours).toHaveLength(24);
  });

  it('escapes hostile tags and text in Markdown', async () => {
    const result = await report('--format', 'md');
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md).toContain('| Published | Post | Text | Tags | Parts | Engagements | Impressions | Rate |');
    expect(md).toContain('[1](<https://x.com/acme/status/1001>) [2](<https://x.com/acme/status/1002>)');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;, a\\|b');
    expect(md).toContain('\\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) @\u2060team \\| cell');
    // Every table row has as many cells as its header: no pipe from content split one.
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('hostile'))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(10);
    }
  });

  it('writes one self-contained HTML page with --out, escaping hostile text', async () => {
    const dir = await tempDir('herald-report-out-');
    const result = await runHerald(['report', '--root', week, '--now', NOW, '--format', 'html', '--out', 'report.html'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('herald: wrote the html report to report.html\n');
    const page = await readFile(path.join(dir, 'report.html'), 'utf8');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).not.toMatch(/<script|<img|<link\b|url\(|<[^>]*\bsrc\s*=/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.match(/<svg /g)).toHaveLength(2); // one chart per audience zone of the one account
    // The only links are the parts on x.com.
    expect([...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).every((u) => u!.startsWith('https://x.com/acme/status/'))).toBe(true);
  });

  it('skips a torn metrics line, says so on stderr, and still reports', async () => {
    const dir = await tempDir('herald-report-torn-');
    await cp(week, dir, { recursive: true });
    await appendFile(path.join(dir, 'schedules/metrics.jsonl'), '{"at":"2026-12-08T00:00:00Z","account":"main","po');
    const result = await runHerald(['report', '--root', dir, '--now', NOW, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('herald: schedules/metrics.jsonl:9: the line is not JSON (a stats run may have stopped while writing it); it is ignored\n');
    expect(JSON.parse(result.stdout).accounts[0].totals.engagements).toBe(60);
  });

  it('narrows to one account and refuses an unknown one, a bad period or format with exit 2', async () => {
    expect((await report('--account', 'main', '--format', 'json')).code).toBe(0);
    const unknown = await report('--account', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--account "nope" has no schedules/nope.yaml; the accounts are main');
    const since = await report('--since', 'forever');
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('write for example --since 7d');
    expect((await report('--format', 'pdf')).code).toBe(2);
  });
});

describe('herald slots suggest as a process', () => {
  it('says plainly when there are too few posts with metrics, suggests nothing and exits 0', async () => {
    const result = await runHerald(['slots', 'suggest', '--account', 'main', '--root', week, '--now', NOW]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'main: 5 published posts with metrics; at least 20 are needed to suggest slots (--min-posts). No suggestion: keep the current slots, run herald stats, and try again when more posts have gone out.\n',
    );
  });

  it('proposes the hours that beat the current slots, with the evidence, audience times and YAML to paste', async () => {
    const before = await readFile(path.join(enough, 'schedules/main.yaml'), 'utf8');
    const result = await runHerald(['slots', 'suggest', '--account', 'main', '--root', enough, '--now', '2026-12-10T12:00:00Z']);
    expect(result.code).toBe(0);
    const out = result.stdout;
    // 12 posts at the 09:00 slot with 5, 6, …, 16 engagements: median (10 + 11) / 2 = 10.5.
    expect(out).toContain('Current slots: median 10.5 engagements over 12 posts that went out within the hour after a slot time.');
    // Tuesdays 14:00: 25, 28, 30, 30, 32, 35: median 30 > 10.5. Next Tuesday (Dec 15, EST) 14:00 = 19:00 in London.
    expect(out).toContain('  14:00    6 posts  median 30  ← beats the current slots');
    expect(out).toContain('proposed 14:00 (median 30 over 6 posts vs 10.5): America/New_York Tue 14:00, Europe/London Tue 19:00');
    // Thursdays 16:15: 18, 20, 40: median 20. Wednesdays 11:00 have 100 twice: two posts are not evidence.
    expect(out).toContain('proposed 16:00 (median 20 over 3 posts vs 10.5): America/New_York Thu 16:00, Europe/London Thu 21:00');
    expect(out).toContain('  11:00    2 posts  median 100\n');
    expect(
      out.endsWith('slots:\n  - days: [mon, wed, fri]\n    times: ["09:00"]\n  - days: [tue]\n    times: ["14:00"]\n  - days: [thu]\n    times: ["16:00"]\n'),
    ).toBe(true);
    // It never edits the account file.
    expect(await readFile(path.join(enough, 'schedules/main.yaml'), 'utf8')).toBe(before);
  });

  it('gives the same suggestion as JSON', async () => {
    const result = await runHerald(['slots', 'suggest', '--account', 'main', '--root', enough, '--now', '2026-12-10T12:00:00Z', '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.baseline).toEqual({ posts: 12, median_engagements: 10.5, of: 'current-slots' });
    expect(json.slots).toEqual([
      { days: ['mon', 'wed', 'fri'], times: ['09:00'] },
      { days: ['tue'], times: ['14:00'] },
      { days: ['thu'], times: ['16:00'] },
    ]);
  });

  it('lowers the bar with --min-posts and needs --account', async () => {
    const low = await runHerald(['slots', 'suggest', '--account', 'main', '--root', week, '--now', NOW, '--min-posts', '3']);
    expect(low.stdout).toContain('main: 5 published posts with metrics, times in America/New_York.');
    const missing = await runHerald(['slots', 'suggest', '--root', week]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('slots suggest needs --account NAME');
  });
});
