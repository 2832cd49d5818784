import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderIcs } from '../../src/calendar/ics.js';
import { buildCalendar } from '../../src/calendar/model.js';
import { LONG_TEXT, NOW, RANGE, THAI, XSS_TEXT, accounts, samplePlan } from './sample.js';

const ics = () => renderIcs(buildCalendar(samplePlan(), accounts, RANGE), { accounts, now: NOW }, { name: 'herald @acme' });

function parsed() {
  const calendar = new ICAL.Component(ICAL.parse(ics()));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const byUid = new Map(events.map((e) => [e.uid, e]));
  return { calendar, events, byUid };
}

describe('calendar iCalendar', () => {
  it('is a VCALENDAR that an independent parser reads, with the required properties', () => {
    const { calendar } = parsed();
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//herald//calendar//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('herald @acme');
  });

  it('has one event per post with a time, and none for posts without one', () => {
    const { events } = parsed();
    expect(events.map((e) => e.uid)).toEqual([
      'main/old-news@herald',
      'main/launch@herald',
      'main/weekly-tip@herald',
      'support/faq-holiday@herald',
      'main/queue-post@herald',
      'main/draft-with-time@herald',
      'main/xss@herald',
      'support/holiday-hours@herald',
    ]);
  });

  it("spans each post's window in UTC", () => {
    const launch = parsed().byUid.get('main/launch@herald')!;
    expect(launch.startDate.toString()).toBe('2026-12-01T14:00:00Z');
    expect(launch.endDate.toString()).toBe('2026-12-01T16:00:00Z');
    expect(launch.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
  });

  it("stamps every event with the plan's clock, so the same plan gives the same file", () => {
    const { events } = parsed();
    for (const e of events) expect(e.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-01T15:00:00Z');
    expect(ics()).toBe(ics());
  });

  it('maps statuses to CONFIRMED, TENTATIVE and CANCELLED', () => {
    const status = (uid: string) => parsed().byUid.get(uid)!.component.getFirstPropertyValue('status');
    expect(status('main/launch@herald')).toBe('CONFIRMED');
    expect(status('main/weekly-tip@herald')).toBe('CONFIRMED');
    expect(status('support/faq-holiday@herald')).toBe('CONFIRMED');
    expect(status('main/queue-post@herald')).toBe('TENTATIVE');
    expect(status('main/draft-with-time@herald')).toBe('TENTATIVE');
    expect(status('support/holiday-hours@herald')).toBe('CANCELLED');
    expect(status('main/old-news@herald')).toBe('CANCELLED');
  });

  it('round-trips text with emoji, Thai, commas, semicolons, backslashes and long lines', () => {
    const faq = parsed().byUid.get('support/faq-holiday@herald')!;
    expect(LONG_TEXT).toContain(THAI);
    expect(faq.description.startsWith(`${LONG_TEXT}\n\n`)).toBe(true);
    expect(faq.description).toContain('Local times: LON 09:00 · KAT 14:45');
    expect(faq.summary).toBe('[@acmehelp] scheduled: Holiday hours, support, and more; we answer every ticket 🎄…');
    const xss = parsed().byUid.get('main/xss@herald')!;
    expect(xss.description.startsWith(`${XSS_TEXT}\n\n`)).toBe(true);
  });

  it('links a published post to its first tweet, and only published posts', () => {
    const { events } = parsed();
    const urls = events.map((e) => [e.uid, e.component.getFirstPropertyValue('url')]).filter(([, url]) => url);
    expect(urls).toEqual([['main/launch@herald', 'https://x.com/acme/status/1001']]);
  });

  it('explains blocked posts in the description', () => {
    expect(parsed().byUid.get('support/holiday-hours@herald')!.description).toContain('Status: blocked (inside the blackout "Winter break"');
  });

  it('uses CRLF line endings and folds every line at 75 octets', () => {
    const text = ics();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('never splits a UTF-8 sequence when folding', () => {
    const line = `DESCRIPTION:${'a'.repeat(62)}${THAI}🎅🏽${THAI}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
      expect(piece).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('folds a long ASCII line into 75-octet pieces that unfold to the original', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const pieces = foldLine(line).split('\r\n');
    expect(pieces.map((p) => p.length)).toEqual([75, 75, 64]);
    expect(pieces.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });

  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});
