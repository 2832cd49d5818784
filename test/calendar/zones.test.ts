import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/calendar/html.js';
import { buildCalendar } from '../../src/calendar/model.js';
import { resolveFrom } from '../../src/calendar/options.js';
import { windowLabel } from '../../src/calendar/shared.js';
import { renderText } from '../../src/calendar/text.js';
import type { Plan } from '../../src/model/plan.js';
import { account, entry, post } from './sample.js';

const now = '2026-10-01T00:00:00Z';

function planAt(zoneAccount: string, audience: string[], times: [string, string][]): { plan: Plan; accounts: Map<string, ReturnType<typeof account>> } {
  const accounts = new Map([['main', account('main', { handle: '@acme', zone: zoneAccount, audience })]]);
  const entries = times.map(([at, end], i) => entry(post(`p${i}`, 'main', [`Post ${i}`]), { status: 'scheduled', at, windowEnd: end }));
  return { plan: { now, entries, diagnostics: [] }, accounts };
}

describe('calendar across time zones', () => {
  it('spans whole local days across the New York fall-back (a 25-hour day)', () => {
    const from = resolveFrom('2026-10-31', 'America/New_York', DateTime.fromISO(now));
    const to = from.plus({ days: 2 });
    expect(to.toISO({ suppressMilliseconds: true })).toBe('2026-11-02T00:00:00-05:00');
    const { plan, accounts } = planAt(
      'America/New_York',
      [],
      [
        ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'], // 01:30 EDT
        ['2026-11-01T06:30:00Z', '2026-11-01T07:30:00Z'], // 01:30 EST, an hour later
        ['2026-11-02T04:30:00Z', '2026-11-02T05:30:00Z'], // 23:30 EST on 1 Nov
      ],
    );
    const model = buildCalendar(plan, accounts, { from, to, zone: 'America/New_York' });
    expect(Object.values(model.entries).map((e) => e.local['America/New_York'])).toEqual([
      '2026-11-01T01:30:00-04:00',
      '2026-11-01T01:30:00-05:00',
      '2026-11-01T23:30:00-05:00',
    ]);
    const text = renderText(model, { accounts, now });
    expect(
      text
        .split('\n')
        .filter((l) => /^\S/.test(l))
        .slice(1),
    ).toEqual(['Sun 1 Nov 2026']);
  });

  it('spans whole local days across the New York spring-forward (a 23-hour day)', () => {
    const from = resolveFrom('2027-03-14', 'America/New_York', DateTime.fromISO(now));
    expect(from.plus({ days: 1 }).diff(from, 'hours').hours).toBe(23);
  });

  it("shows Lord Howe's half-hour DST and Kathmandu's +05:45 in audience times", () => {
    const { plan, accounts } = planAt(
      'Australia/Lord_Howe',
      ['Asia/Kathmandu'],
      [
        ['2026-10-03T13:00:00Z', '2026-10-03T14:00:00Z'], // before 4 Oct change: +10:30
        ['2026-10-04T13:00:00Z', '2026-10-04T14:00:00Z'], // after: +11
      ],
    );
    const model = buildCalendar(plan, accounts, { from: '2026-10-03T00:00:00Z', to: '2026-10-06T00:00:00Z', zone: 'Australia/Lord_Howe' });
    expect(model.entries.map((e) => e.local)).toEqual([
      { 'Australia/Lord_Howe': '2026-10-03T23:30:00+10:30', 'Asia/Kathmandu': '2026-10-03T18:45:00+05:45' },
      { 'Australia/Lord_Howe': '2026-10-05T00:00:00+11:00', 'Asia/Kathmandu': '2026-10-04T18:45:00+05:45' },
    ]);
    expect(renderText(model, { accounts, now })).toContain('00:00  @acme  scheduled  LH 00:00 · KAT 18:45-1');
  });

  it('keeps fixed offsets for zones without DST (Moscow, Bangkok)', () => {
    const { plan, accounts } = planAt('Europe/Moscow', ['Asia/Bangkok'], [['2027-07-01T06:00:00Z', '2027-07-01T07:00:00Z']]);
    const model = buildCalendar(plan, accounts, { from: '2027-07-01T00:00:00+03:00', to: '2027-07-02T00:00:00+03:00', zone: 'Europe/Moscow' });
    expect(model.entries[0].local).toEqual({ 'Europe/Moscow': '2027-07-01T09:00:00+03:00', 'Asia/Bangkok': '2027-07-01T13:00:00+07:00' });
  });

  it('names both days of a window that crosses midnight', () => {
    const { plan, accounts } = planAt('Europe/London', [], [['2026-12-31T23:30:00Z', '2027-01-01T01:30:00Z']]);
    const model = buildCalendar(plan, accounts, { from: '2026-12-31T00:00:00Z', to: '2027-01-02T00:00:00Z', zone: 'Europe/London' });
    expect(windowLabel(model.entries[0], 'Europe/London')).toBe('Thu 31 Dec 2026 23:30 – Fri 1 Jan 2027 01:30 (Europe/London)');
  });

  it('draws 29 February 2028 in the month grid', () => {
    const { plan, accounts } = planAt('UTC', [], [['2028-02-29T12:00:00Z', '2028-02-29T13:00:00Z']]);
    const model = buildCalendar(plan, accounts, { from: '2028-02-01T00:00:00Z', to: '2028-03-01T00:00:00Z', zone: 'UTC' });
    const page = renderHtml(model, { accounts, now });
    const february = page.split('<caption>February 2028</caption>')[1].split('</table>')[0];
    expect(february).toMatch(/<span class="num">29<\/span><ol><li><button type="button" class="chip a0 st-scheduled" data-e="0"/);
    expect(page).not.toContain('<caption>March 2028</caption>');
  });

  it('treats a --from date-time without offset as wall clock in the zone, and one with an offset as that instant', () => {
    const clock = DateTime.fromISO(now);
    expect(resolveFrom('2026-12-01T09:00', 'America/New_York', clock).toISO()).toBe('2026-12-01T09:00:00.000-05:00');
    expect(resolveFrom('2026-12-01 09:00', 'America/New_York', clock).toISO()).toBe('2026-12-01T09:00:00.000-05:00');
    expect(resolveFrom('2026-12-01T09:00:00Z', 'America/New_York', clock).toISO()).toBe('2026-12-01T04:00:00.000-05:00');
  });
});

describe('wall-clock fields', () => {
  it('agree with luxon every 47 minutes through 2026 and 2027 in zones with odd offsets and DST', async () => {
    const { formatIso, localIn } = await import('../../src/time/zoned.js');
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
    const start = Date.parse('2026-01-01T00:00:00Z');
    const end = Date.parse('2028-01-01T00:00:00Z');
    for (const zone of zones) {
      for (let ms = start; ms < end; ms += 47 * 60_000) {
        const expected = DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });
        const actual = formatIso(localIn(zone, ms), zone);
        if (actual !== expected) expect(actual).toBe(expected);
      }
    }
  });
});
