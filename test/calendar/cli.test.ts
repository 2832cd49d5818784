import ICAL from 'ical.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarModel } from '../../src/calendar/model.js';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { fixtureCopy, tempDir } from '../helpers/tmp.js';

const NOW = '2026-12-01T15:00:00Z';
const FIXTURE = 'calendar-two-accounts';

async function calendar(args: string[], root?: string) {
  const cwd = root ?? (await fixtureCopy(FIXTURE));
  const result = await runHerald(['calendar', '--now', NOW, ...args], { cwd });
  return { ...result, cwd };
}

async function json(args: string[] = []): Promise<CalendarModel> {
  const { code, stdout, stderr } = await calendar(['--from', '2026-11-30', '--format', 'json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as CalendarModel;
}

describe('herald calendar (process)', () => {
  it("prints every status of the fixture as JSON in DESIGN's shape", async () => {
    const model = await json();
    expect(model.zone).toBe('America/New_York');
    expect(model.from).toBe('2026-11-30T00:00:00-05:00');
    expect(model.to).toBe('2026-12-14T00:00:00-05:00');
    const status = Object.fromEntries(model.entries.map((e) => [e.post, e.status]));
    expect(status).toEqual({
      'old-news': 'expired',
      launch: 'published',
      tip: 'due',
      queued: 'queued',
      'support/holiday-faq': 'scheduled',
      'draft-idea': 'draft',
      'support/closed': 'blocked',
    });
    const launch = model.entries.find((e) => e.post === 'launch')!;
    // A published post sits where the log says its first part went out, not at its planned 09:00.
    expect(launch).toMatchObject({ at: '2026-12-01T14:02:01Z', window_end: '2026-12-01T16:00:00Z', parts: 2, tweet_ids: ['1001', '1002'] });
    expect(Object.keys(launch.local)).toEqual(['America/New_York', 'America/Los_Angeles', 'Europe/London']);
  });

  it('prints a text agenda grouped by day by default', async () => {
    const { code, stdout } = await calendar(['--from', '2026-11-30']);
    expect(code).toBe(0);
    expect(stdout).toContain('\nTue 1 Dec 2026\n');
    expect(stdout).toMatch(/ {2}09:02 {2}@acme +published +NY 09:02 · LA 06:02 · LON 14:02 +\$[\d.]+ +We just shipped weekly totals/);
    expect(stdout).toMatch(/@acmehelp +blocked/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('prints Markdown tables for job summaries', async () => {
    const { code, stdout } = await calendar(['--from', '2026-11-30', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('| Time | Account | Status | Audience | Text | Cost | File |');
    expect(stdout).toContain('`posts/support/closed.md`');
  });

  it('writes HTML to --out and says where on stderr, printing nothing else', async () => {
    const { code, stdout, stderr, cwd } = await calendar(['--from', '2026-11-30', '--format', 'html', '--out', 'plan.html']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('herald: wrote the html calendar (7 posts) to plan.html\n');
    const page = await readFile(path.join(cwd, 'plan.html'), 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('Our support desk is closed today');
  });

  it('writes an iCalendar file that ical.js reads back', async () => {
    const { code, cwd } = await calendar(['--from', '2026-11-30', '--format', 'ics', '--out', 'plan.ics']);
    expect(code).toBe(0);
    const component = new ICAL.Component(ICAL.parse(await readFile(path.join(cwd, 'plan.ics'), 'utf8')));
    const uids = component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).uid);
    expect(uids).toContain('support/support/holiday-faq@herald');
    expect(uids).toContain('main/launch@herald');
  });

  it("shows one account with --account, in that account's zone unless --zone says otherwise", async () => {
    const model = await json(['--account', 'support']);
    expect(model.entries.map((e) => e.post)).toEqual(['support/holiday-faq', 'support/closed']);
    expect(model.zone).toBe('Europe/London');
    expect((await json(['--account', 'support', '--zone', 'America/New_York'])).zone).toBe('America/New_York');
  });

  it('groups days in --zone', async () => {
    const model = await json(['--zone', 'Asia/Kathmandu']);
    expect(model.zone).toBe('Asia/Kathmandu');
    expect(model.from).toBe('2026-11-30T00:00:00+05:45');
  });

  it('limits the period with --days', async () => {
    const model = await json(['--days', '1']);
    expect(model.to).toBe('2026-12-01T00:00:00-05:00');
    expect(model.entries.map((e) => e.post)).toEqual(['old-news']);
  });

  it('starts today in the zone of the first account when --from is not given', async () => {
    const { stdout } = await calendar(['--format', 'json']);
    expect(JSON.parse(stdout).from).toBe('2026-12-01T00:00:00-05:00');
  });

  it('notes content errors on one stderr line and still prints the calendar', async () => {
    const root = await fixtureCopy(FIXTURE);
    await writeFile(path.join(root, 'posts/broken.md'), '---\naccount: main\npublsh:\n  at: 2026-12-02 09:00\n---\nTypo in the key.\n');
    const { code, stdout, stderr } = await calendar(['--from', '2026-11-30'], root);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^herald: \d+ errors? in content; run herald validate\n$/);
    expect(stdout).toContain('We just shipped weekly totals');
  });

  it('shows why a post is held back when its account is paused', async () => {
    const root = await fixtureCopy(FIXTURE);
    const file = path.join(root, 'schedules/support.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('paused: false', 'paused: { since: 2026-12-01T00:00Z, reason: "Incident review" }'));
    const { stdout } = await calendar(['--from', '2026-12-02', '--days', '1', '--account', 'support'], root);
    expect(stdout).toMatch(/@acmehelp +blocked +LON 09:00 · KAT 14:45 +\$[\d.]+ +Holiday hours/);
    expect(stdout).toMatch(/\n {9}.*paused.*Incident review\n/);
  });

  it('shows why a post is held back by the daily cap', async () => {
    const root = await fixtureCopy(FIXTURE);
    const file = path.join(root, 'schedules/main.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('paused: false', 'paused: false\ndaily_cap: 1'));
    for (const [name, time] of [
      ['cap-a', '10:00'],
      ['cap-b', '11:00'],
    ]) {
      await writeFile(path.join(root, `posts/${name}.md`), `---\naccount: main\npublish:\n  at: 2026-12-03 ${time}\n---\nPost ${name} for the cap.\n`);
    }
    const { stdout } = await calendar(['--from', '2026-12-03', '--days', '1', '--format', 'json', '--account', 'main'], root);
    const entries = (JSON.parse(stdout) as CalendarModel).entries;
    expect(entries.map((e) => [e.post, e.status])).toEqual([
      ['cap-a', 'scheduled'],
      ['cap-b', 'blocked'],
    ]);
    expect(entries[1].reason).toMatch(/daily cap/);
  });

  it("prints the repository's example content in all five formats", async () => {
    const out = await tempDir();
    const args = ['calendar', '--root', repoRoot, '--now', NOW, '--from', '2026-11-30', '--days', '45'];
    const model = JSON.parse((await runHerald([...args, '--format', 'json'], { cwd: out })).stdout) as CalendarModel;
    expect(model.entries.length).toBeGreaterThan(0);
    for (const e of model.entries) expect(['published', 'due', 'scheduled', 'queued', 'expired', 'draft', 'blocked']).toContain(e.status);
    for (const format of ['text', 'md', 'html', 'ics']) {
      const { code, stderr } = await runHerald([...args, '--format', format, '--out', `calendar.${format}`], { cwd: out });
      expect(code).toBe(0);
      expect(stderr).toContain(`wrote the ${format} calendar (${model.entries.length} posts) to calendar.${format}`);
    }
    const events = new ICAL.Component(ICAL.parse(await readFile(path.join(out, 'calendar.ics'), 'utf8'))).getAllSubcomponents('vevent');
    expect(events.length).toBe(model.entries.filter((e) => e.at !== null).length);
    expect(await readFile(path.join(out, 'calendar.html'), 'utf8')).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(await readFile(path.join(out, 'calendar.text'), 'utf8')).toContain('Calendar Mon 30 Nov 2026 – Wed 13 Jan 2027');
  });

  describe('usage errors exit 2 with a message naming the flag', () => {
    it.each([
      [['--days', '0'], /--days "0" is not a positive whole number of days; write for example --days 14/],
      [['--days', 'two'], /--days "two"/],
      [['--zone', 'Mars/Olympus'], /--zone "Mars\/Olympus" is not an IANA time zone/],
      [['--account', 'nobody'], /--account "nobody" has no schedules\/nobody.yaml; the accounts are main, support/],
      [['--from', 'next tuesday'], /--from "next tuesday" is not an ISO date/],
      [['--format', 'pdf'], /pdf/],
      [['--weeks', '2'], /unknown option '--weeks'/],
    ])('%j', async (args, message) => {
      const { code, stdout, stderr } = await calendar(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    });

    it('when --root has no schedules/', async () => {
      const root = await tempDir();
      await mkdir(path.join(root, 'posts'));
      const { code, stderr } = await calendar([], root);
      expect(code).toBe(2);
      expect(stderr).toMatch(/schedules does not exist.*--root DIR/);
    });
  });
});
