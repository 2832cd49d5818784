/**
 * `retract:` carried out by `herald publish` as a process, with the real client, against the
 * emulator: last part first, a 404 read as already gone, and a delete whose outcome the log lacks
 * looked up on X before anything is deleted again.
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import type { LogEntry } from '../../src/model/log.js';
import { createXClient } from '../../src/x/client.js';
import { runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { APP, credentialEnv, events, expectNoSecrets, logEntries, publish, startX, USERS } from './helpers.js';

const SENT = '2026-12-01T14:05:00Z';
const NEXT_DAY = '2026-12-02T09:00:00Z';
const FM = '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n';
const BODY = '---\nWe moved the launch to Friday.\n\n---\n\nDoors open at nine.\n\n---\n\nSee you there.\n';

let x: Emulator;
let root: string;
beforeEach(async () => {
  x = await startX();
  root = await tempDir('herald-retract-');
  await mkdir(path.join(root, 'schedules'), { recursive: true });
  await mkdir(path.join(root, 'posts'), { recursive: true });
  await writeFile(path.join(root, 'schedules/main.yaml'), 'handle: "@acme"\nzone: UTC\nwindow: 2h\n');
});
afterEach(async () => {
  await x.close();
});

const env = () => credentialEnv(x, ['main']);
const writePost = (extra = '') => writeFile(path.join(root, 'posts/launch.md'), `${FM}${extra}${BODY}`);
const deletes = () => x.requests().filter((r) => r.method === 'DELETE');
const deletedIds = () => deletes().map((r) => r.path.split('/').pop());

/** The thread, published: its three tweet ids in part order. */
async function publishThread(): Promise<string[]> {
  await writePost();
  const first = await publish(root, SENT, env());
  expect(first.report.sent).toHaveLength(3);
  return first.report.sent.map((s) => s.tweet_id!);
}

function retractLine(event: 'retract-attempt' | 'retracted', part: number, tweetId: string, at: string): string {
  const entry: Partial<LogEntry> = { at, post: 'launch', account: 'main', event, part, tweet_id: tweetId };
  return `${JSON.stringify(entry)}\n`;
}

describe('herald publish with retract', () => {
  it('deletes every part of a published thread, last part first, logging an attempt before each delete', async () => {
    const ids = await publishThread();
    await writePost('retract: { reason: wrong date }\n');

    const run = await publish(root, NEXT_DAY, env());

    expect(run.code).toBe(0);
    expect(deletedIds()).toEqual([ids[2], ids[1], ids[0]]);
    expect(x.tweets('acme').every((t) => t.deleted)).toBe(true);
    const retracts = (await logEntries(root)).filter((e) => e.event.startsWith('retract'));
    expect(retracts.map((e) => `${e.event}:${e.part}:${e.tweet_id === ids[e.part]}`)).toEqual([
      'retract-attempt:2:true',
      'retracted:2:true',
      'retract-attempt:1:true',
      'retracted:1:true',
      'retract-attempt:0:true',
      'retracted:0:true',
    ]);
    expect(retracts.every((e) => e.reason === 'wrong date')).toBe(true);
    expect(run.report.retracted?.map((r) => [r.part, r.how, r.url])).toEqual([
      [2, 'deleted', `https://x.com/acme/status/${ids[2]}`],
      [1, 'deleted', `https://x.com/acme/status/${ids[1]}`],
      [0, 'deleted', `https://x.com/acme/status/${ids[0]}`],
    ]);
    await expectNoSecrets(root, run);
  });

  it('does nothing on the next run once every part is deleted', async () => {
    await publishThread();
    await writePost('retract: true\n');
    await publish(root, NEXT_DAY, env());
    const before = x.requests().length;

    const again = await publish(root, '2026-12-02T10:00:00Z', env());

    expect(again.report.retracted ?? []).toEqual([]);
    expect(
      x
        .requests()
        .slice(before)
        .filter((r) => r.method !== 'GET'),
    ).toEqual([]);
  });

  it('takes a 404 (deleted by hand on x.com) as already gone, and goes on with the earlier parts', async () => {
    const ids = await publishThread();
    const byHand = createXClient(
      { appKey: APP.key, appSecret: APP.secret, accessToken: USERS.main.token, accessSecret: USERS.main.secret },
      { baseUrl: x.url },
    );
    expect(await byHand.deleteTweet(ids[2])).toBe('deleted');
    await writePost('retract: true\n');

    const run = await publish(root, NEXT_DAY, env());

    expect(run.code).toBe(0);
    expect(run.report.retracted?.map((r) => [r.part, r.how])).toEqual([
      [2, 'gone'],
      [1, 'deleted'],
      [0, 'deleted'],
    ]);
    const retracted = (await logEntries(root)).filter((e) => e.event === 'retracted');
    expect(retracted.map((e) => [e.part, e.gone ?? false])).toEqual([
      [2, true],
      [1, false],
      [0, false],
    ]);
  });

  it('never sends a post that asks for retract before it went out, and logs nothing for it', async () => {
    await writePost('retract: true\n');

    const run = await publish(root, SENT, env());

    expect(run.code).toBe(0);
    expect(run.report.sent).toEqual([]);
    expect(x.tweets()).toEqual([]);
    expect(await logEntries(root)).toEqual([]);
  });

  it('looks up a delete whose outcome the log lacks: gone on X means retracted, with no second delete', async () => {
    const ids = await publishThread();
    // The delete of part 3 reached X, then the run died before writing its outcome.
    const byHand = createXClient(
      { appKey: APP.key, appSecret: APP.secret, accessToken: USERS.main.token, accessSecret: USERS.main.secret },
      { baseUrl: x.url },
    );
    await byHand.deleteTweet(ids[2]);
    await appendFile(path.join(root, 'schedules/log.jsonl'), retractLine('retract-attempt', 2, ids[2], '2026-12-02T08:00:00Z'));
    await writePost('retract: true\n');
    const before = deletes().length;

    const run = await publish(root, NEXT_DAY, env());

    expect(run.code).toBe(0);
    expect(deletedIds().slice(before)).toEqual([ids[1], ids[0]]);
    expect(x.requests().some((r) => r.method === 'GET' && r.path === '/2/tweets')).toBe(true);
    expect(events(await logEntries(root)).slice(6)).toEqual([
      'retract-attempt:2',
      'retracted:2',
      'retract-attempt:1',
      'retracted:1',
      'retract-attempt:0',
      'retracted:0',
    ]);
  });

  it('looks up a delete whose outcome the log lacks: still on X means it is deleted again', async () => {
    const ids = await publishThread();
    // The run died after logging the attempt, before the delete left.
    await appendFile(path.join(root, 'schedules/log.jsonl'), retractLine('retract-attempt', 2, ids[2], '2026-12-02T08:00:00Z'));
    await writePost('retract: true\n');

    const run = await publish(root, NEXT_DAY, env());

    expect(run.code).toBe(0);
    expect(deletedIds()).toEqual([ids[2], ids[1], ids[0]]);
    expect(x.tweets('acme').every((t) => t.deleted)).toBe(true);
  });

  it('reads a delete whose answer was lost (committed, connection dropped) by looking, and never deletes it twice', async () => {
    const ids = await publishThread();
    await writePost('retract: true\n');
    x.inject({ method: 'DELETE', path: '/2/tweets/:id', mode: 'commit-then-drop' });

    const run = await publish(root, NEXT_DAY, { ...env(), HERALD_X_TIMEOUT_MS: '2000' });

    expect(run.code).toBe(0);
    expect(deletedIds()).toEqual([ids[2], ids[1], ids[0]]);
    expect(x.tweets('acme').every((t) => t.deleted)).toBe(true);
  });

  it('finds a part whose send had no outcome before deleting: a retract never leaves it on X', async () => {
    await writeFile(path.join(root, 'posts/launch.md'), `${FM}retract: true\n---\nWe moved the launch to Friday.\n`);
    // A run sent part 1 and died before writing `published`: X has it, the log only has the attempt.
    const byHand = createXClient(
      { appKey: APP.key, appSecret: APP.secret, accessToken: USERS.main.token, accessSecret: USERS.main.secret },
      { baseUrl: x.url },
    );
    const { id } = await byHand.createTweet({ text: 'We moved the launch to Friday.' });
    const attempt = { at: '2026-12-01T14:05:00Z', post: 'launch', account: 'main', event: 'attempt', part: 0, scheduled_for: '2026-12-01T14:00:00Z' };
    await writeFile(path.join(root, 'schedules/log.jsonl'), `${JSON.stringify(attempt)}\n`);

    const run = await publish(root, '2026-12-01T14:30:00Z', env());

    expect(run.code).toBe(0);
    expect(events(await logEntries(root))).toEqual(['attempt:0', 'reconciled:0:true', 'retract-attempt:0', 'retracted:0']);
    expect(deletedIds()).toEqual([id]);
    expect(x.requests().filter((r) => r.method === 'POST' && r.path === '/2/tweets')).toHaveLength(1);
  });

  it('lists the parts it would delete in a dry run, and deletes nothing', async () => {
    const ids = await publishThread();
    await writePost('retract: true\n');

    const dry = await publish(root, NEXT_DAY, env(), ['--dry-run']);

    expect(dry.report.retracted?.map((r) => [r.tweet_id, r.how])).toEqual([
      [ids[2], 'would-delete'],
      [ids[1], 'would-delete'],
      [ids[0], 'would-delete'],
    ]);
    expect(deletes()).toEqual([]);
    expect(events(await logEntries(root))).toHaveLength(6);
  });

  it('logs a refused delete as failed with its tweet id, stops there, and finishes at the next run', async () => {
    const ids = await publishThread();
    await writePost('retract: true\n');
    x.inject({ method: 'DELETE', path: '/2/tweets/:id', status: 429, resetInSecs: 60 });

    const refused = await publish(root, NEXT_DAY, env());
    const next = await publish(root, '2026-12-02T09:30:00Z', env());

    expect(refused.code).toBe(1);
    const failed = (await logEntries(root)).find((e) => e.event === 'failed');
    expect(failed).toMatchObject({ part: 2, tweet_id: ids[2], kind: 'rate-limit', retryable: true });
    expect(next.code).toBe(0);
    expect(next.report.retracted?.map((r) => r.tweet_id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(x.tweets('acme').every((t) => t.deleted)).toBe(true);
  });

  it('shows the retracted post in the calendar with its tweet ids', async () => {
    await publishThread();
    await writePost('retract: true\n');
    await publish(root, NEXT_DAY, env());

    const calendar = await runHerald(['calendar', '--root', root, '--now', NEXT_DAY, '--from', '2026-12-01', '--format', 'json']);

    const entry = (JSON.parse(calendar.stdout) as { entries: Array<{ post: string; status: string; reason?: string; tweet_ids?: string[] }> }).entries.find(
      (e) => e.post === 'launch',
    );
    expect(entry).toMatchObject({ status: 'retracted', reason: expect.stringMatching(/deleted from X/) });
    expect(entry?.tweet_ids).toHaveLength(3);
    for (const format of ['text', 'md', 'html', 'ics']) {
      const shown = await runHerald(['calendar', '--root', root, '--now', NEXT_DAY, '--from', '2026-12-01', '--format', format]);
      expect(shown.stdout, format).toMatch(/retracted/);
    }
    expect(await readFile(path.join(root, 'schedules/log.jsonl'), 'utf8')).toContain('"retracted"');
  });
});
