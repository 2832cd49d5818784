import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/model.js';
import { renderText } from '../../src/calendar/text.js';
import { zoneLabel } from '../../src/calendar/shared.js';
import { NOW, RANGE, accounts, samplePlan } from './sample.js';

const model = () => buildCalendar(samplePlan(), accounts, RANGE);
const text = (color = false) => renderText(model(), { accounts, now: NOW, color });

describe('calendar text agenda', () => {
  it('groups entries under a heading per day in the chosen zone', () => {
    const out = text();
    expect(out.split('\n')[0]).toBe('Calendar Mon 30 Nov 2026 – Sun 13 Dec 2026 (America/New_York)');
    const headings = out
      .split('\n')
      .filter((l) => /^\S/.test(l))
      .slice(1);
    expect(headings).toEqual([
      'Mon 30 Nov 2026',
      'Tue 1 Dec 2026',
      'Wed 2 Dec 2026',
      'Thu 3 Dec 2026',
      'Fri 4 Dec 2026',
      'Sat 5 Dec 2026',
      'Thu 10 Dec 2026',
      'Not scheduled',
    ]);
  });

  it('writes time, handle, status, audience times and the start of the text on one line', () => {
    expect(text()).toContain('  09:00  @acme      published  NY 09:00 · LA 06:00 · LON 14:00    $0.03   We just shipped weekly totals 👇 (+1 more)\n');
  });

  it('shows every status', () => {
    const out = text();
    for (const status of ['published', 'due', 'scheduled', 'queued', 'expired', 'draft', 'blocked']) {
      expect(out).toMatch(new RegExp(`@\\w+\\s+${status}\\s`));
    }
  });

  it('marks an audience time that falls on the next day with +1', () => {
    expect(text()).toContain('22:30  @acme      scheduled  NY 22:30 · LA 19:30 · LON 03:30+1');
  });

  it('gives blocked and expired posts their reason on an indented second line', () => {
    const lines = text().split('\n');
    const blocked = lines.findIndex((l) => l.includes('We are closed today.'));
    expect(lines[blocked + 1]).toBe('         inside the blackout "Winter break" (2026-12-10 to 2026-12-11, Europe/London)');
    const expired = lines.findIndex((l) => l.includes('old news'));
    expect(lines[expired + 1]).toMatch(/^ {9}its window closed/);
  });

  it('keeps each post on one line, cut with … at a cluster boundary', () => {
    const line = text()
      .split('\n')
      .find((l) => l.includes('Holiday hours'))!;
    expect(line.endsWith('ticket 🎄…')).toBe(true);
    const xss = text()
      .split('\n')
      .find((l) => l.includes('Compare'))!;
    expect(xss).toContain('Compare | pipes');
    expect(xss).not.toContain('second line');
  });

  it('lists drafts and queued posts without a time at the end', () => {
    const tail = text().split('Not scheduled\n')[1];
    expect(tail).toContain('--:--  @acme      queued');
    expect(tail).toContain('no free slot in the queue');
    expect(tail).toContain('--:--  @acmehelp  draft');
  });

  it("marks the plan's clock on its day, between what is past and what is to come", () => {
    const day = text().split('Tue 1 Dec 2026\n')[1].split('\n\n')[0].split('\n');
    expect(day.map((l) => l.slice(0, 30).trimEnd())).toEqual([
      '  09:00  @acme      published',
      '         on X: https://x.com/a',
      '  09:30  @acme      due',
      '  10:00  ── now ──',
    ]);
    expect(text().match(/── now ──/g)).toHaveLength(1);
  });

  it('colours the status only when colour is on', () => {
    expect(text(false)).not.toContain('\u001b[');
    expect(text(true)).toContain('\u001b[31mblocked  \u001b[0m');
  });

  it('says so when the period has no posts', () => {
    const empty = renderText(buildCalendar({ now: NOW, entries: [], diagnostics: [] }, accounts, RANGE), { accounts, now: NOW });
    expect(empty).toContain('No posts in this period.');
  });

  it('labels zones compactly', () => {
    expect(['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'].map(zoneLabel)).toEqual([
      'NY',
      'LA',
      'LON',
      'LH',
      'KAT',
      'UTC',
    ]);
  });
});

describe('one-line text', () => {
  it('never cuts inside an emoji with a skin tone, a ZWJ family, a flag, an accent or a Thai vowel', async () => {
    const { oneLine } = await import('../../src/calendar/shared.js');
    expect(oneLine('abcd🎅🏽xyz', 6)).toBe('abcd…');
    expect(oneLine('ab👨‍👩‍👧tail', 5)).toBe('ab…');
    expect(oneLine('abc🇬🇧🇺🇸tail', 6)).toBe('abc🇬🇧…');
    expect(oneLine('abcde\u0301fgh', 6)).toBe('abcd…');
    expect(oneLine('สวัสดีครับ ทีมงาน', 4)).toBe('สวั…');
    expect(oneLine('line one\nline two', 40)).toBe('line one line two');
  });
});
