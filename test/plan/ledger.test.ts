import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import { account, entryOf, plan, post, published } from './build.js';

const NOW = '2026-12-01T09:30-05:00';
const thread = post('thread', '2026-12-01 09:00', { parts: ['one', 'two', 'three'] });
const at = (minute: number) => `2026-12-01T14:${String(minute).padStart(2, '0')}:00Z`;

describe('what the log says about a post', () => {
  it('treats a renamed file with the same text and scheduled time as published, so it is not sent twice', () => {
    const original = post('launch', '2026-12-01 09:00', { parts: ['We shipped it'] });
    const renamed = post('2026/launch-renamed', '2026-12-01 09:00', { parts: ['We shipped it'] });
    const result = plan({ posts: [renamed], log: [{ ...published(original, at(1)), scheduled_for: at(0) }], now: NOW });
    expect(entryOf(result, '2026/launch-renamed')).toMatchObject({ status: 'published', tweetIds: ['launch-0'], publishedAt: at(1) });
  });

  it('treats an edited file with the same id as published (the id still names what went out)', () => {
    const sent = post('launch', '2026-12-01 09:00', { parts: ['Old words'] });
    const edited = post('launch', '2026-12-01 09:00', { parts: ['New words'] });
    expect(entryOf(plan({ posts: [edited], log: [published(sent, at(1))], now: NOW }), 'launch').status).toBe('published');
  });

  it('does not match the same text posted by another account', () => {
    const other = post('launch', '2026-12-01 09:00', { account: 'support' });
    const mine = post('launch', '2026-12-01 09:00');
    expect(entryOf(plan({ posts: [mine], log: [published(other, at(1))], now: NOW }), 'launch').status).toBe('due');
  });

  it('continues a thread interrupted part-way: due from the first part without a tweet id', () => {
    const log = [published(thread, at(1), 0), published(thread, at(2), 1)];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread')).toMatchObject({ status: 'due', nextPart: 2, tweetIds: ['thread-0', 'thread-1'] });
  });

  it('is published once every part has a tweet id, including parts found by reconciliation', () => {
    const log: LogEntry[] = [
      published(thread, at(1), 0),
      published(thread, at(2), 1),
      { at: at(3), post: 'thread', account: 'main', event: 'attempt', part: 2, hash: thread.hash },
      { at: at(9), post: 'thread', account: 'main', event: 'reconciled', part: 2, hash: thread.hash, found: true, tweet_id: 'found-2' },
    ];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread')).toMatchObject({
      status: 'published',
      nextPart: 3,
      tweetIds: ['thread-0', 'thread-1', 'found-2'],
    });
  });

  it('flags an attempt without an outcome so publish reconciles before sending', () => {
    const log: LogEntry[] = [published(thread, at(1), 0), { at: at(2), post: 'thread', account: 'main', event: 'attempt', part: 1, hash: thread.hash }];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread')).toMatchObject({ status: 'due', nextPart: 1, unresolvedAttempt: 1 });
  });

  it('clears the unresolved attempt once reconciliation found nothing (safe to send again)', () => {
    const log: LogEntry[] = [
      { at: at(2), post: 'thread', account: 'main', event: 'attempt', part: 0, hash: thread.hash },
      { at: at(5), post: 'thread', account: 'main', event: 'reconciled', part: 0, hash: thread.hash, found: false },
    ];
    const entry = entryOf(plan({ posts: [thread], log, now: NOW }), 'thread');
    expect(entry).toMatchObject({ status: 'due', nextPart: 0 });
    expect(entry.unresolvedAttempt).toBeUndefined();
  });

  it('reads the log in time order whatever order its lines are in', () => {
    const log: LogEntry[] = [
      { at: at(5), post: 'thread', account: 'main', event: 'reconciled', part: 0, hash: thread.hash, found: false },
      { at: at(2), post: 'thread', account: 'main', event: 'attempt', part: 0, hash: thread.hash },
    ];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread').unresolvedAttempt).toBeUndefined();
  });

  it('orders instants written with and without milliseconds by time, not as text (".001Z" < "Z" as strings)', () => {
    const log: LogEntry[] = [
      { at: '2026-12-01T14:00:00Z', post: 'thread', account: 'main', event: 'attempt', part: 0, hash: thread.hash },
      { at: '2026-12-01T14:00:00Z', post: 'thread', account: 'main', event: 'failed', part: 0, hash: thread.hash, error: 'X answered 503', retryable: true },
      { at: '2026-12-01T14:00:00.001Z', post: 'thread', account: 'main', event: 'attempt', part: 0, hash: thread.hash },
    ];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread')).toMatchObject({ status: 'due', unresolvedAttempt: 0 });
  });

  it("blocks a post X rejected permanently, with X's error, and never retries it", () => {
    const log: LogEntry[] = [
      { at: at(1), post: 'thread', account: 'main', event: 'attempt', part: 0, hash: thread.hash },
      { at: at(2), post: 'thread', account: 'main', event: 'failed', part: 0, hash: thread.hash, error: 'Text is too long', retryable: false },
    ];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread')).toMatchObject({
      status: 'blocked',
      blockedBy: 'failed',
      reason: 'X rejected this post permanently: Text is too long. Edit the text to send it again.',
    });
  });

  it('makes a rejected post eligible again once its text is edited (a new hash)', () => {
    const log: LogEntry[] = [
      { at: at(2), post: 'thread', account: 'main', event: 'failed', part: 0, hash: 'old-hash', error: 'Text is too long', retryable: false },
    ];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread').status).toBe('due');
  });

  it('keeps a post due after a retryable failure', () => {
    const log: LogEntry[] = [
      { at: at(2), post: 'thread', account: 'main', event: 'failed', part: 0, hash: thread.hash, error: 'Service unavailable', retryable: true },
    ];
    expect(entryOf(plan({ posts: [thread], log, now: NOW }), 'thread').status).toBe('due');
  });
});

describe('decisions publish logs only once', () => {
  const late = '2026-12-01T12:00-05:00';

  it('marks an expired post as already logged when the log has its expired entry', () => {
    const log: LogEntry[] = [
      { at: '2026-12-01T16:00:00Z', post: 'thread', account: 'main', event: 'expired', part: 0, hash: thread.hash, reason: 'window closed' },
    ];
    expect(entryOf(plan({ posts: [thread], log, now: late }), 'thread')).toMatchObject({ status: 'expired', alreadyLogged: true });
  });

  it("names what did go out when a thread's window closed part-way, and never sends the rest", () => {
    const log = [published(thread, at(1), 0)];
    expect(entryOf(plan({ posts: [thread], log, now: late }), 'thread')).toMatchObject({
      status: 'expired',
      nextPart: 1,
      reason: 'window closed at 2026-12-01 10:00 America/New_York after part 1 of 3 went out (tweet thread-0); the rest is never sent late',
    });
  });

  it('does not warn window-closed for a post the log already knows', () => {
    const log: LogEntry[] = [
      { at: '2026-12-01T16:00:00Z', post: 'thread', account: 'main', event: 'expired', part: 0, hash: thread.hash, reason: 'window closed' },
    ];
    expect(plan({ posts: [thread], log, now: late }).diagnostics).toEqual([]);
  });
});

describe('the category of a logged skip', () => {
  const held = post('held', '2026-12-01 09:00');
  const paused = account('main', { paused: { since: '2026-12-01T00:00:00Z', reason: 'Outage' } });
  const skipped = (extra: Partial<LogEntry>): LogEntry => ({ at: at(5), post: 'held', account: 'main', event: 'skipped', part: 0, hash: held.hash, ...extra });

  it('is read from blocked_by, whatever the English reason says', () => {
    const result = plan({
      posts: [held],
      accounts: [paused],
      log: [skipped({ reason: 'Wording changed in a later version', blocked_by: 'paused' })],
      now: NOW,
    });
    expect(entryOf(result, 'held')).toMatchObject({ status: 'blocked', blockedBy: 'paused', alreadyLogged: true });
  });

  it('is read from the reason only for lines written before blocked_by existed', () => {
    const result = plan({ posts: [held], accounts: [paused], log: [skipped({ reason: 'account paused since 2026-12-01 (Outage)' })], now: NOW });
    expect(entryOf(result, 'held')).toMatchObject({ status: 'blocked', blockedBy: 'paused', alreadyLogged: true });
  });

  it('is not taken from another category: a logged blackout skip does not stand for a pause', () => {
    const result = plan({ posts: [held], accounts: [paused], log: [skipped({ reason: 'account paused', blocked_by: 'blackout' })], now: NOW });
    expect(entryOf(result, 'held')).toMatchObject({ status: 'blocked', blockedBy: 'paused', alreadyLogged: false });
  });
});
