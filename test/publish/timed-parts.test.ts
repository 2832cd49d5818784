/**
 * Timed thread parts published by `herald publish` processes (the real X client against the
 * emulator) over several runs: each stage goes out in its own window as a reply to the previous
 * part, runs in between send nothing, an expired part stops the chain, and a run SIGKILLed between
 * parts (before or after its log line) leaves the chain whole and sent exactly once.
 *
 * test/fixtures/timed-thread/posts/devday.md: part 1 at 14:00 UTC, part 2 `--- +45m` (14:45),
 * part 3 untimed (with part 2), part 4 `--- at 2026-12-01 16:00`; window 30m.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { LOG_FILE } from '../../src/repository/paths.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { committedCreates, credentialEnv, events, logEntries, logText, publish, publishKilled, startX } from './helpers.js';

let x: Emulator;
beforeEach(async () => {
  x = await startX();
});
afterEach(async () => {
  await x.close();
});

const at = (time: string) => `2026-12-01T${time}:00Z`;
const creates = () => x.requests().filter((r) => r.method === 'POST' && r.path === '/2/tweets');

/** The thread on X is one chain: each part replies to the one before, in order, once. */
function expectChain(count: number): void {
  const tweets = x.tweets('acme');
  expect(tweets).toHaveLength(count);
  expect(tweets[0].in_reply_to_tweet_id).toBeUndefined();
  for (let i = 1; i < tweets.length; i++) expect(tweets[i].in_reply_to_tweet_id).toBe(tweets[i - 1].id);
}

describe('herald publish: timed thread parts over several runs', () => {
  it('sends each stage at its time as a reply to the previous part, and nothing in between', async () => {
    const root = await fixtureCopy('timed-thread');
    const env = credentialEnv(x, ['main']);
    const sentAt = async (time: string) => {
      const run = await publish(root, at(time), env);
      expect(run.code, run.stderr).toBe(0);
      return run.report.sent.map((s) => s.part);
    };
    expect(await sentAt('13:50')).toEqual([]);
    expect(await sentAt('14:05')).toEqual([0]);
    expect(await sentAt('14:30')).toEqual([]);
    expect(await sentAt('14:50')).toEqual([1, 2]);
    expect(await sentAt('15:30')).toEqual([]);
    expect(await sentAt('16:10')).toEqual([3]);
    const before = await logText(root);
    expect(await sentAt('16:40')).toEqual([]);
    expect(await logText(root)).toBe(before);

    expectChain(4);
    expect(x.tweets('acme').map((t) => t.text.slice(0, 12))).toEqual(['Doors are op', 'The keynote ', 'Watch the st', 'That is a wr']);
    const log = await logEntries(root);
    expect(events(log, 'devday')).toEqual(['attempt:0', 'published:0', 'attempt:1', 'published:1', 'attempt:2', 'published:2', 'attempt:3', 'published:3']);
    // Each part is logged with its own scheduled time, and its delay from it.
    expect(log.filter((e) => e.event === 'published').map((e) => [e.scheduled_for, e.delay_s])).toEqual([
      [at('14:00'), 300],
      [at('14:45'), 300],
      [at('14:45'), 300],
      [at('16:00'), 600],
    ]);
  });

  it('an expired part stops the chain: logged once, `expired` naming the part, and later parts are never sent', async () => {
    const root = await fixtureCopy('timed-thread');
    const env = credentialEnv(x, ['main']);
    expect((await publish(root, at('14:05'), env)).report.sent).toHaveLength(1);
    // Part 2's window (14:45–15:15) closed before any run.
    const late = await publish(root, at('15:20'), env);
    expect(late.report.sent).toEqual([]);
    expect(late.report.expired).toEqual([
      expect.objectContaining({ post: 'devday', reason: expect.stringMatching(/^part 2 \(`--- \+45m`.*\) expired: .*parts 2–4 are never sent$/) }),
    ]);
    const after = await publish(root, at('16:05'), env);
    expect(after.report.sent).toEqual([]);
    expect(after.report.expired).toEqual([]);

    expectChain(1);
    const log = await logEntries(root);
    expect(events(log, 'devday')).toEqual(['attempt:0', 'published:0', 'expired:1']);
    expect(log.find((e) => e.event === 'expired')).toMatchObject({ part: 1, blocked_by: 'window-closed' });
  });
});

describe('herald publish: a run killed between timed parts', () => {
  it('killed after part 1 reached X but before its log line: later runs reconcile it, and part 2 goes out at its time as its reply, once', async () => {
    const root = await fixtureCopy('timed-thread');
    const env = { ...credentialEnv(x, ['main']), HERALD_X_TIMEOUT_MS: '10000' };
    // X commits the post but answers late: the process dies in between.
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme', delayMs: 5_000, count: 1 });
    const killed = await publishKilled(root, at('14:05'), env, () => committedCreates(x) >= 1);
    expect(killed.signal).toBe('SIGKILL');
    expect(events(await logEntries(root), 'devday')).toEqual(['attempt:0']);

    // Between the parts: the attempt is resolved from the timeline, nothing is sent.
    const between = await publish(root, at('14:30'), env);
    expect(between.code, between.stderr).toBe(0);
    expect(between.report.sent).toEqual([]);
    expect(events(await logEntries(root), 'devday')).toEqual(['attempt:0', 'reconciled:0:true']);

    const next = await publish(root, at('14:50'), env);
    expect(next.code, next.stderr).toBe(0);
    expect(next.report.sent.map((s) => s.part)).toEqual([1, 2]);
    expectChain(3);
    expect(creates().map((r) => r.status)).toEqual([201, 201, 201]);
    expect(events(await logEntries(root), 'devday')).toEqual(['attempt:0', 'reconciled:0:true', 'attempt:1', 'published:1', 'attempt:2', 'published:2']);
  });

  it('killed after part 1 reached X but before its log line, with no run until part 2’s time: that run reconciles part 1, then sends part 2 as its reply, once', async () => {
    const root = await fixtureCopy('timed-thread');
    const env = { ...credentialEnv(x, ['main']), HERALD_X_TIMEOUT_MS: '10000' };
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme', delayMs: 5_000, count: 1 });
    const killed = await publishKilled(root, at('14:05'), env, () => committedCreates(x) >= 1);
    expect(killed.signal).toBe('SIGKILL');

    const next = await publish(root, at('14:50'), env);
    expect(next.code, next.stderr).toBe(0);
    expect(next.report.reconciled).toEqual([expect.objectContaining({ part: 0, found: true })]);
    expect(next.report.sent.map((s) => s.part)).toEqual([1, 2]);
    expectChain(3);
    expect(creates()).toHaveLength(3);
  });

  it('killed right after part 1’s log line: runs between the parts send nothing, part 2 goes out at its time as its reply, once', async () => {
    const root = await fixtureCopy('timed-thread');
    const env = credentialEnv(x, ['main']);
    const logged = () => {
      try {
        return readFileSync(path.join(root, LOG_FILE), 'utf8').includes('"event":"published"');
      } catch {
        return false;
      }
    };
    await publishKilled(root, at('14:05'), env, logged);
    expect(events(await logEntries(root), 'devday')).toEqual(['attempt:0', 'published:0']);

    for (const time of ['14:10', '14:30', '14:44']) expect((await publish(root, at(time), env)).report.sent).toEqual([]);
    const next = await publish(root, at('14:46'), env);
    expect(next.report.sent.map((s) => s.part)).toEqual([1, 2]);
    expectChain(3);
    expect(creates()).toHaveLength(3);
    expect(events(await logEntries(root), 'devday')).toEqual(['attempt:0', 'published:0', 'attempt:1', 'published:1', 'attempt:2', 'published:2']);
  });
});
