import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/model.js';
import { renderJson } from '../../src/calendar/json.js';
import { RANGE, accounts, samplePlan } from './sample.js';

describe('calendar model', () => {
  it("keeps DESIGN.md's entry keys in order, with UTC instants and local times in every audience zone", () => {
    const model = buildCalendar(samplePlan(), accounts, RANGE);
    const launch = model.entries.find((e) => e.post === 'launch')!;
    expect(Object.keys(launch)).toEqual([
      'post',
      'file',
      'account',
      'status',
      'at',
      'window_end',
      'local',
      'parts',
      'text',
      'thread',
      'tweet_ids',
      'urls',
      'cost_usd',
    ]);
    expect(launch).toEqual({
      post: 'launch',
      file: 'posts/launch.md',
      account: 'main',
      status: 'published',
      at: '2026-12-01T14:00:00Z',
      window_end: '2026-12-01T16:00:00Z',
      local: {
        'America/New_York': '2026-12-01T09:00:00-05:00',
        'America/Los_Angeles': '2026-12-01T06:00:00-08:00',
        'Europe/London': '2026-12-01T14:00:00+00:00',
      },
      parts: 2,
      text: 'We just shipped weekly totals 👇',
      thread: ['We just shipped weekly totals 👇', 'Totals now follow your time zone.'],
      tweet_ids: ['1001', '1002'],
      urls: ['https://x.com/acme/status/1001', 'https://x.com/acme/status/1002'],
      cost_usd: 0.03,
    });
  });

  it('lists the account zone first when the audience does not include it', () => {
    const model = buildCalendar(samplePlan(), accounts, RANGE);
    const faq = model.entries.find((e) => e.post === 'faq-holiday')!;
    expect(Object.keys(faq.local)).toEqual(['Europe/London', 'Asia/Kathmandu']);
    expect(faq.local['Asia/Kathmandu']).toBe('2026-12-02T14:45:00+05:45');
  });

  it('shows the range bounds in the chosen zone and keeps a reason for blocked, expired and unscheduled posts', () => {
    const model = buildCalendar(samplePlan(), accounts, RANGE);
    expect(model.from).toBe('2026-11-30T00:00:00-05:00');
    expect(model.to).toBe('2026-12-14T00:00:00-05:00');
    expect(model.zone).toBe('America/New_York');
    expect(model.entries.find((e) => e.post === 'holiday-hours')!.reason).toMatch(/blackout/);
    expect(model.entries.find((e) => e.post === 'late-queue')).toMatchObject({ at: null, window_end: null, local: {}, status: 'queued' });
  });

  it('includes entries whose window starts in [from, to) and lists untimed drafts and queued posts last', () => {
    const model = buildCalendar(samplePlan(), accounts, {
      from: '2026-12-01T09:00:00-05:00',
      to: '2026-12-01T09:30:00-05:00',
      zone: 'America/New_York',
    });
    expect(model.entries.map((e) => e.post)).toEqual(['launch', 'late-queue', 'someday']);
  });

  it('sorts by (at, account, post) whatever order the plan had', () => {
    const plan = samplePlan();
    plan.entries.reverse();
    const a = buildCalendar(plan, accounts, RANGE);
    const b = buildCalendar(samplePlan(), accounts, RANGE);
    expect(renderJson(a)).toBe(renderJson(b));
    expect(a.entries.map((e) => e.post)).toEqual([
      'old-news',
      'launch',
      'weekly-tip',
      'faq-holiday',
      'queue-post',
      'draft-with-time',
      'xss',
      'holiday-hours',
      'late-queue',
      'someday',
    ]);
  });

  it('filters to one account', () => {
    const model = buildCalendar(samplePlan(), accounts, { ...RANGE, account: 'support' });
    expect(model.entries.map((e) => e.post)).toEqual(['faq-holiday', 'holiday-hours', 'someday']);
  });

  it('accepts luxon DateTimes as bounds and reports them in the model zone', () => {
    const from = DateTime.fromISO('2026-12-01T00:00:00Z');
    const model = buildCalendar(samplePlan(), accounts, { from, to: from.plus({ days: 1 }), zone: 'Asia/Kathmandu' });
    expect(model.from).toBe('2026-12-01T05:45:00+05:45');
    expect(model.entries.filter((e) => e.at !== null).map((e) => e.post)).toEqual(['launch', 'weekly-tip']);
  });

  it('serialises JSON with 2-space indent and a final newline', () => {
    const json = renderJson(buildCalendar(samplePlan(), accounts, RANGE));
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "from": "2026-11-30T00:00:00-05:00",');
    expect(Object.keys(JSON.parse(json))).toEqual(['from', 'to', 'zone', 'entries']);
  });
});
