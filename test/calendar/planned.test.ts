/**
 * The calendar over the real planner (hand-built posts and accounts as plain data): what the
 * calendar shows is what the planner decided, and its output does not depend on input order.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/calendar/html.js';
import { renderIcs } from '../../src/calendar/ics.js';
import { renderJson } from '../../src/calendar/json.js';
import { buildCalendar } from '../../src/calendar/model.js';
import { renderText } from '../../src/calendar/text.js';
import type { LogEntry } from '../../src/model/log.js';
import type { Post } from '../../src/model/post.js';
import { assemblePlan } from '../../src/plan/planner.js';
import { account, post } from './sample.js';

const now = DateTime.fromISO('2026-12-01T15:00:00Z');
const accounts = new Map([
  [
    'main',
    account('main', {
      handle: '@acme',
      zone: 'America/New_York',
      audience: ['America/New_York', 'Europe/London'],
      window: '1h',
      slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['09:00', '12:30', '16:00'] }],
    }),
  ],
  [
    'support',
    account('support', {
      handle: '@acmehelp',
      zone: 'Europe/London',
      window: '2h',
      blackout: [{ from: '2026-12-10', to: '2026-12-11', reason: 'Winter break' }],
    }),
  ],
]);

const at = (value: string, window?: string) => ({ kind: 'at' as const, at: value, ...(window ? { window } : {}) });
const posts: Post[] = [
  post('launch', 'main', ['We shipped it.', 'Details in the thread.'], { publish: at('2026-12-01 09:00', '2h') }),
  post('tip', 'main', ['Tip of the day.'], { publish: at('2026-12-01 09:30', '2h') }),
  post('old', 'main', ['Old news.'], { publish: at('2026-11-30 09:00') }),
  post('queue-1', 'main', ['First in the queue.'], { publish: { kind: 'slot' } }),
  post('queue-2', 'main', ['Second in the queue.'], { publish: { kind: 'slot' } }),
  post('idea', 'main', ['A draft.'], { publish: at('2026-12-04 09:00'), draft: true }),
  post('support/faq', 'support', ['Holiday hours.'], { publish: at('2026-12-02 09:00') }),
  post('support/closed', 'support', ['Closed today.'], { publish: at('2026-12-10 10:00') }),
];
const log: LogEntry[] = [0, 1].flatMap((part) => [
  { at: `2026-12-01T14:02:0${part * 2}Z`, post: 'launch', account: 'main', event: 'attempt' as const, part, hash: 'hash-launch' },
  {
    at: `2026-12-01T14:02:0${part * 2 + 1}Z`,
    post: 'launch',
    account: 'main',
    event: 'published' as const,
    part,
    hash: 'hash-launch',
    tweet_id: `100${part}`,
    scheduled_for: '2026-12-01T14:00:00Z',
    delay_s: 120,
  },
]);
const range = { from: '2026-11-30T00:00:00-05:00', to: '2026-12-14T00:00:00-05:00', zone: 'America/New_York' };

function calendarFor(input: { posts: Post[]; log: LogEntry[] }) {
  const plan = assemblePlan({ posts: input.posts, accounts, log: input.log, now });
  return { plan, model: buildCalendar(plan, accounts, range) };
}

describe('calendar over the planner', () => {
  it('shows the status the planner decided for each post', () => {
    const { model } = calendarFor({ posts, log });
    expect(Object.fromEntries(model.entries.map((e) => [e.post, e.status]))).toEqual({
      old: 'expired',
      launch: 'published',
      tip: 'due',
      'queue-1': 'queued',
      'queue-2': 'queued',
      'support/faq': 'scheduled',
      idea: 'draft',
      'support/closed': 'blocked',
    });
    const launch = model.entries.find((e) => e.post === 'launch')!;
    expect(launch.tweet_ids).toEqual(['1000', '1001']);
    expect(model.entries.find((e) => e.post === 'support/closed')!.reason).toBeTruthy();
  });

  it('fills queue slots in file order and shows them at their slot times', () => {
    const { model } = calendarFor({ posts, log });
    const queued = model.entries.filter((e) => e.post.startsWith('queue-')).map((e) => [e.post, e.local['America/New_York']]);
    expect(queued).toEqual([
      ['queue-1', '2026-12-01T12:30:00-05:00'],
      ['queue-2', '2026-12-01T16:00:00-05:00'],
    ]);
  });

  it('renders the same bytes in every format whatever order posts and log lines come in', () => {
    const reference = calendarFor({ posts, log });
    const render = ({ plan, model }: ReturnType<typeof calendarFor>) => {
      const ctx = { accounts, now: plan.now };
      return [renderJson(model), renderText(model, ctx), renderIcs(model, ctx), renderHtml(model, ctx)];
    };
    const expected = render(reference);
    fc.assert(
      fc.property(fc.shuffledSubarray(posts, { minLength: posts.length }), fc.shuffledSubarray(log, { minLength: log.length }), (p, l) => {
        expect(render(calendarFor({ posts: p, log: l }))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
