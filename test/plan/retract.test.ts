/** `retract:` in the plan: status `retracted`, which parts publish deletes (last first), and what the log already did. */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import { entryOf, plan, post, published, queued, rules } from './build.js';

const thread = (overrides = {}) => post('t', '2026-12-01 09:00', { parts: ['One', 'Two', 'Three'], ...overrides });
const sentThread = (p = thread()) => [0, 1, 2].map((part) => published(p, `2026-12-01T14:0${part}:00Z`, part));
const retractLog = (p: ReturnType<typeof thread>, event: 'retract-attempt' | 'retracted', part: number, at: string): LogEntry => ({
  at,
  post: p.id,
  account: p.account,
  event,
  part,
  hash: p.hash,
  tweet_id: `${p.id}-${part}`,
});

describe('a post with retract', () => {
  it('is retracted and never sent when it was never published', () => {
    const result = plan({ posts: [post('p', '2026-12-01 09:00', { retract: {} })], now: '2026-12-01T09:30-05:00' });
    expect(entryOf(result, 'p')).toMatchObject({ status: 'retracted', retractPending: [], reason: expect.stringMatching(/never published/) });
  });

  it('says an earlier send without outcome is checked first, and keeps it for reconciliation', () => {
    const p = post('p', '2026-12-01 09:00', { retract: {} });
    const attempt: LogEntry = {
      at: '2026-12-01T14:00:01Z',
      post: 'p',
      account: 'main',
      event: 'attempt',
      part: 0,
      hash: p.hash,
      scheduled_for: '2026-12-01T14:00:00Z',
    };
    const entry = entryOf(plan({ posts: [p], log: [attempt], now: '2026-12-01T09:30-05:00' }), 'p');
    expect(entry).toMatchObject({ status: 'retracted', unresolvedAttempt: 0, reason: expect.stringMatching(/checks X first/) });
  });

  it('takes no queue slot when it was never published', () => {
    const result = plan({ posts: [post('q', queued(), { retract: {} })], now: '2026-11-30T09:00Z' });
    expect(entryOf(result, 'q')).toMatchObject({ status: 'retracted' });
    expect(entryOf(result, 'q').at).toBeUndefined();
  });

  it('lists every published part for deletion, last part first, with the reason', () => {
    const p = thread({ retract: { reason: 'wrong price' } });
    const entry = entryOf(plan({ posts: [p], log: sentThread(p), now: '2026-12-02T12:00Z' }), 't');
    expect(entry.status).toBe('retracted');
    expect(entry.retractPending).toEqual([
      { part: 2, tweetId: 't-2', attempted: false },
      { part: 1, tweetId: 't-1', attempted: false },
      { part: 0, tweetId: 't-0', attempted: false },
    ]);
    expect(entry.reason).toMatch(/wrong price.*deletes parts 3, 2, 1 from X, last part first/);
  });

  it('leaves out parts the log says are deleted, and marks an attempt without outcome', () => {
    const p = thread({ retract: {} });
    const log = [
      ...sentThread(p),
      retractLog(p, 'retract-attempt', 2, '2026-12-02T10:00:00Z'),
      retractLog(p, 'retracted', 2, '2026-12-02T10:00:01Z'),
      retractLog(p, 'retract-attempt', 1, '2026-12-02T10:00:02Z'),
    ];
    const entry = entryOf(plan({ posts: [p], log, now: '2026-12-02T12:00Z' }), 't');
    expect(entry.retractPending).toEqual([
      { part: 1, tweetId: 't-1', attempted: true },
      { part: 0, tweetId: 't-0', attempted: false },
    ]);
    expect(entry.reason).toMatch(/1 of 3 parts already deleted/);
  });

  it('is retracted with nothing pending once every part is deleted, and stays so when retract is removed', () => {
    const p = thread({ retract: {} });
    const log = [...sentThread(p), ...[2, 1, 0].map((part, i) => retractLog(p, 'retracted', part, `2026-12-02T10:00:0${i}Z`))];
    const done = entryOf(plan({ posts: [p], log, now: '2026-12-02T12:00Z' }), 't');
    expect(done).toMatchObject({ status: 'retracted', retractPending: [], reason: expect.stringMatching(/deleted from X on .*all 3 parts/) });
    const later = entryOf(plan({ posts: [thread()], log, now: '2026-12-02T12:00Z' }), 't');
    expect(later).toMatchObject({ status: 'retracted', retractPending: [], reason: expect.stringMatching(/new id/) });
  });

  it('gives no edited-after-publish warning when the text of a retracted post changes', () => {
    const sent = thread();
    const edited = thread({ parts: ['One, corrected', 'Two', 'Three'], hash: 'other', retract: {} });
    expect(rules(plan({ posts: [edited], log: sentThread(sent), now: '2026-12-02T12:00Z' }))).not.toContain('edited-after-publish');
  });

  it('is not an edit: adding retract keeps the hash, so no edited-after-publish, and edits without it say how to retract', () => {
    const p = thread();
    const withRetract = thread({ retract: {} });
    expect(withRetract.hash).toBe(p.hash);
    expect(rules(plan({ posts: [withRetract], log: sentThread(p), now: '2026-12-02T12:00Z' }))).not.toContain('edited-after-publish');
    const edited = thread({ parts: ['One, corrected', 'Two', 'Three'], hash: 'other' });
    const warning = plan({ posts: [edited], log: sentThread(p), now: '2026-12-02T12:00Z' }).diagnostics.find((d) => d.rule === 'edited-after-publish');
    expect(warning?.message).toMatch(/retract: true.*new file/);
  });
});
