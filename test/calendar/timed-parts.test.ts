/**
 * `herald calendar` lists each timed thread part (`--- +45m`, `--- at …`) with its time, in every
 * format: JSON `parts_at`, a line per part in text and Markdown, a row in HTML, an ICS event each.
 * Fixture test/fixtures/timed-thread: part 1 at 14:00 UTC, part 2 `+45m`, part 3 untimed, part 4
 * `at 2026-12-01 16:00`.
 */
import ICAL from 'ical.js';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarModel } from '../../src/calendar/model.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

async function calendar(format: string, now = '2026-12-01T13:00:00Z', prepare?: (root: string) => Promise<void>, extra: string[] = []) {
  const root = await fixtureCopy('timed-thread');
  await prepare?.(root);
  const result = await runHerald(['calendar', '--root', root, '--now', now, '--from', '2026-12-01', '--days', '2', '--format', format, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('herald calendar: timed thread parts', () => {
  it('JSON: parts_at lists each part with its own time (untimed parts go with the one before)', async () => {
    const model = JSON.parse(await calendar('json')) as CalendarModel;
    expect(model.entries).toHaveLength(1);
    expect(model.entries[0]).toMatchObject({ post: 'devday', status: 'scheduled', at: '2026-12-01T14:00:00Z', parts: 4 });
    expect(model.entries[0].parts_at).toEqual([
      { part: 2, at: '2026-12-01T14:45:00Z', text: 'The keynote starts now: weekly totals, in every time zone.' },
      { part: 4, at: '2026-12-01T16:00:00Z', text: 'That is a wrap. Thank you for joining the Acme developer day.' },
    ]);
  });

  it('JSON: between the parts, the thread is `scheduled`, part 1 is marked sent and the reason names the next part', async () => {
    const line = `${JSON.stringify({ at: '2026-12-01T14:01:00Z', post: 'devday', account: 'main', event: 'published', part: 0, tweet_id: '1001', url: 'https://x.com/acme/status/1001', delay_s: 60, scheduled_for: '2026-12-01T14:00:00Z' })}\n`;
    const out = await calendar('json', '2026-12-01T14:30:00Z', (root) => appendFile(path.join(root, 'schedules/log.jsonl'), line));
    const [entry] = (JSON.parse(out) as CalendarModel).entries;
    expect(entry).toMatchObject({ status: 'scheduled', tweet_ids: ['1001'] });
    expect(entry.reason).toMatch(/^part 1 of 4 went out \(tweet 1001\); part 2 \(`--- \+45m`, 2026-12-01 14:45 UTC\) is scheduled/);
  });

  it('text and Markdown: a line per timed part with its time', async () => {
    const text = await calendar('text');
    expect(text).toMatch(
      /14:00 {2}@acme.*Doors are open.*\(\+3 more\)\n {9}↳ part 2 at 14:45: The keynote starts now.*\n {9}↳ part 4 at 16:00: That is a wrap/,
    );
    const md = await calendar('md');
    expect(md).toMatch(/\(\+3 more\)<br>↳ part 2 at 14:45: The keynote starts now[^|]*<br>↳ part 4 at 16:00: That is a wrap/);
  });

  it('text: between the parts, the reason names the parts sent and the next part, as JSON does', async () => {
    const line = `${JSON.stringify({ at: '2026-12-01T14:01:00Z', post: 'devday', account: 'main', event: 'published', part: 0, tweet_id: '1001', url: 'https://x.com/acme/status/1001', delay_s: 60, scheduled_for: '2026-12-01T14:00:00Z' })}\n`;
    const text = await calendar('text', '2026-12-01T14:30:00Z', (root) => appendFile(path.join(root, 'schedules/log.jsonl'), line));
    expect(text).toMatch(/↳ part 4 at 16:00: .*\n {9}part 1 of 4 went out \(tweet 1001\); part 2 \(`--- \+45m`, 2026-12-01 14:45 UTC\) is scheduled/);
  });

  it('text, Markdown and HTML: in another zone than the account’s, each part’s time there follows with its label', async () => {
    const zone = ['--zone', 'America/New_York'];
    expect(await calendar('text', undefined, undefined, zone)).toMatch(/↳ part 2 at 09:45 \(UTC 14:45\): The keynote/);
    expect(await calendar('md', undefined, undefined, zone)).toMatch(/<br>↳ part 4 at 11:00 \(UTC 16:00\): That is a wrap/);
    expect(await calendar('html', undefined, undefined, zone)).toContain('↳ part 2 at 09:45 (UTC 14:45): The keynote');
  });

  it('HTML: the entry lists its timed parts', async () => {
    const html = await calendar('html');
    expect(html).toContain('<dt>Timed parts</dt><dd>↳ part 2 at 14:45: The keynote starts now: weekly totals, in every time zone.\n↳ part 4 at 16:00:');
  });

  it('ICS: one event per timed part, each with its own time and the window length', async () => {
    const ics = await calendar('ics');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.uid, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      ['main/devday@herald', '2026-12-01T14:00:00.000Z', '2026-12-01T14:30:00.000Z'],
      ['main/devday/part-2@herald', '2026-12-01T14:45:00.000Z', '2026-12-01T15:15:00.000Z'],
      ['main/devday/part-4@herald', '2026-12-01T16:00:00.000Z', '2026-12-01T16:30:00.000Z'],
    ]);
    expect(events[1].summary).toBe('[@acme] scheduled: part 2/4: The keynote starts now: weekly totals, in every t…');
  });
});
