/**
 * Principles 6 and 7 of issue 9, as specification tables: a post's identity is unambiguous (one id,
 * one history; text alone never makes a new post "already sent"), and time does not run backwards
 * (queued posts take slots from the run's clock on; the daily cap and the calendar count the day a
 * post actually went out). The pure planner with an injected clock, then the real CLI as a process.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/model.js';
import { checkDuplicates } from '../../src/content/checks.js';
import type { Account } from '../../src/model/account.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { LogEntry } from '../../src/model/log.js';
import type { Post } from '../../src/model/post.js';
import type { Emulator } from '../../src/emulator/index.js';
import { runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { account, entryOf, plan, post, published, queued } from '../plan/build.js';
import { startEmulator } from '../../src/emulator/index.js';
import { APP, credentialEnv, logEntries, publish, startX, USERS } from '../publish/helpers.js';

const sent = (p: Post, at: string, scheduledFor: string, tweetId = `${p.id}-0`): LogEntry => ({ ...published(p, at, 0, tweetId), scheduled_for: scheduledFor });
const warnings = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.rule === rule);

describe('principle 6: two posts of one account never share an id', () => {
  const twin = (file: string, id: string, extra: Partial<Post> = {}) =>
    post(id, '2026-12-01 09:00', { file, parts: [`Text of ${file}`], positions: { id: { line: 3, column: 5 }, account: { line: 2, column: 10 } }, ...extra });

  it.each([
    ['two explicit ids', twin('posts/a.md', 'launch'), twin('posts/b.md', 'launch')],
    ["an explicit id equal to another file's derived id", twin('posts/x.md', 'launch'), post('launch', '2026-12-01 12:00', { parts: ['Other words'] })],
    ['ids that differ only in case (one file on macOS and Windows)', twin('posts/a.md', 'Launch'), twin('posts/b.md', 'launch')],
    ['ids that differ only in Unicode form (NFC and NFD)', twin('posts/a.md', 'caf\u00e9'), twin('posts/b.md', 'cafe\u0301')],
    ['a draft and a post', twin('posts/a.md', 'launch', { draft: true }), twin('posts/b.md', 'launch')],
    ['two queued posts', twin('posts/a.md', 'q', { publish: queued() }), twin('posts/b.md', 'q', { publish: queued() })],
  ])('%s: both are blocked, neither is sent, and validate names both files', (_, first, second) => {
    const result = plan({
      posts: [first, second],
      accounts: [account('main', { slots: [{ days: ['tue'], times: ['09:00'] }] })],
      now: '2026-12-01T09:10-05:00',
    });
    for (const p of [first, second]) {
      const entry = result.entries.find((e) => e.post.file === p.file)!;
      expect(entry).toMatchObject({ status: 'blocked', blockedBy: 'duplicate-id' });
      expect(entry.reason).toContain(p === first ? second.file : first.file);
    }
    const found = checkDuplicates([first, second]).filter((d) => d.rule === 'duplicate-id');
    expect(found.map((d) => [d.file, d.severity])).toEqual([
      [first.file, 'error'],
      [second.file, 'error'],
    ]);
    expect(found[1].message).toContain(`${first.file}:`);
  });

  it('keeps the one whose text went out under the id as published; only the newcomer is blocked', () => {
    const original = post('launch', '2026-12-01 09:00', { parts: ['We shipped it'] });
    const newcomer = post('launch', '2026-12-02 09:00', { file: 'posts/copy.md', parts: ['Something else'] });
    const result = plan({ posts: [original, newcomer], log: [sent(original, '2026-12-01T14:01:00Z', '2026-12-01T14:00:00Z')], now: '2026-12-02T09:10-05:00' });
    expect(result.entries.find((e) => e.post.file === 'posts/launch.md')).toMatchObject({ status: 'published' });
    expect(result.entries.find((e) => e.post.file === 'posts/copy.md')).toMatchObject({ status: 'blocked', blockedBy: 'duplicate-id', tweetIds: [] });
  });

  it('is no duplicate across accounts', () => {
    const result = plan({
      posts: [post('launch', '2026-12-01 09:00'), post('launch', '2026-12-01 09:00', { account: 'support', file: 'posts/s.md' })],
      accounts: [account(), account('support')],
      now: '2026-12-01T09:10-05:00',
    });
    expect(result.entries.map((e) => e.status)).toEqual(['due', 'due']);
  });

  it('a blocked twin holds no queue slot', () => {
    const slots = account('main', { slots: [{ days: ['tue'], times: ['09:00'] }] });
    const posts = [post('q', queued(), { file: 'posts/a.md' }), post('q', queued(), { file: 'posts/b.md' }), post('other', queued())];
    expect(entryOf(plan({ posts, accounts: [slots], now: '2026-12-01T08:00-05:00' }), 'other').at).toBe('2026-12-01T14:00:00Z');
  });
});

describe('principle 6: already sent means the same id, or a rename with the same text and time', () => {
  const NOW = '2026-12-08T08:00-05:00';
  const text = { parts: ['We shipped weekly totals'] };
  const old = post('old', '2026-12-01 09:00', text);
  const oldSent = sent(old, '2026-12-01T14:02:00Z', '2026-12-01T14:00:00Z');
  const weekly = account('main', { slots: [{ days: ['mon', 'tue'], times: ['09:00'] }] });

  it.each<[string, Post[], LogEntry[], string, string, boolean]>([
    ['the same id, text edited afterwards', [post('old', '2026-12-01 09:00', { parts: ['New words'] })], [oldSent], 'old', 'published', false],
    ['a renamed file, same text and time', [post('2026/old', '2026-12-01 09:00', text)], [oldSent], '2026/old', 'published', false],
    ['a renamed file, same time written with an offset', [post('r', '2026-12-01T09:00:00-05:00', text)], [oldSent], 'r', 'published', false],
    ["a new post reusing a deleted post's text for another time", [post('again', '2026-12-08 09:00', text)], [oldSent], 'again', 'scheduled', true],
    ['a new post reusing the text, the old id still in the repository', [old, post('again', '2026-12-08 09:00', text)], [oldSent], 'again', 'scheduled', false],
    ['the same text on another account', [post('again', '2026-12-01 09:00', text)], [{ ...oldSent, account: 'support' }], 'again', 'expired', false],
    [
      'a deleted post that only expired (nothing went out)',
      [post('again', '2026-12-08 09:00', text)],
      [{ at: '2026-12-01T16:00:00Z', post: 'old', account: 'main', event: 'expired', part: 0, hash: old.hash, reason: 'window closed' }],
      'again',
      'scheduled',
      false,
    ],
    [
      'a renamed queued post whose slot lies inside its bounds',
      [post('q2', queued({ notBefore: '2026-12-01', notAfter: '2026-12-01' }), text)],
      [oldSent],
      'q2',
      'published',
      false,
    ],
    ['a renamed queued post without bounds (any slot is its time; said, never silent)', [post('q2', queued(), text)], [oldSent], 'q2', 'published', true],
    ['a queued post whose not_before comes after the old send', [post('q2', queued({ notBefore: '2026-12-07' }), text)], [oldSent], 'q2', 'queued', true],
  ])('%s', (_, posts, log, id, status, warns) => {
    const result = plan({ posts, log, accounts: [weekly], now: NOW });
    expect(entryOf(result, id).status).toBe(status);
    const found = warnings(result.diagnostics, 'duplicate-text');
    expect(found.map((d) => [d.file, d.severity])).toEqual(warns ? [[`posts/${id}.md`, 'warning']] : []);
    if (warns) expect(found[0].message).toMatch(/already went out on 2026-12-01 09:02 America\/New_York as post "old"/);
  });

  it('a rename carries an unresolved attempt, so publish reconciles before sending', () => {
    const attempt: LogEntry = {
      at: '2026-12-08T14:00:05Z',
      post: 'old',
      account: 'main',
      event: 'attempt',
      part: 0,
      hash: old.hash,
      scheduled_for: '2026-12-08T14:00:00Z',
    };
    const renamed = post('new-name', '2026-12-08 09:00', text);
    expect(entryOf(plan({ posts: [renamed], log: [attempt], now: '2026-12-08T09:10-05:00' }), 'new-name')).toMatchObject({
      status: 'due',
      unresolvedAttempt: 0,
    });
  });
});

describe("principle 7: queued posts take slots from the run's clock on", () => {
  // Weekdays 09:00, 12:30 and 16:00 in New York.
  const slots = (extra: Partial<Account> = {}) =>
    account('main', { slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['09:00', '12:30', '16:00'] }], ...extra });

  it.each<[string, Post[], Partial<Account>, string, Record<string, string>, LogEntry[]?]>([
    ['a run late in the day: the open 16:00 slot, not 09:00', [post('q', queued())], {}, '2026-12-07T16:30-05:00', { q: '2026-12-07T21:00:00Z' }],
    ['a run after the last slot: the next morning', [post('q', queued())], {}, '2026-12-07T17:30-05:00', { q: '2026-12-08T14:00:00Z' }],
    [
      'a one-day window: the slot open now, never an earlier one',
      [post('q', queued({ window: '1d' }))],
      {},
      '2026-12-07T16:30-05:00',
      { q: '2026-12-07T21:00:00Z' },
    ],
    [
      'a one-day window, two posts: the second waits for a slot to come',
      [post('a', queued({ window: '1d' })), post('b', queued({ window: '1d' }))],
      {},
      '2026-12-07T16:30-05:00',
      { a: '2026-12-07T21:00:00Z', b: '2026-12-08T14:00:00Z' },
    ],
    [
      'the open slot held by a fixed-time post: the next one',
      [post('fixed', '2026-12-07 15:50'), post('q', queued())],
      {},
      '2026-12-07T16:10-05:00',
      { q: '2026-12-08T14:00:00Z' },
    ],
    [
      'due at an earlier run and not sent: moves to the next slot once its window closed',
      [post('q', queued())],
      {},
      '2026-12-07T10:30-05:00',
      { q: '2026-12-07T17:30:00Z' },
      [{ at: '2026-12-07T14:05:00Z', post: 'q', account: 'main', event: 'failed', part: 0, hash: post('q', queued()).hash, error: 'X 503', retryable: true }],
    ],
    [
      'a not_before in the past is no reason to take a passed slot',
      [post('q', queued({ notBefore: '2026-12-01' }))],
      {},
      '2026-12-07T13:40-05:00',
      { q: '2026-12-07T21:00:00Z' },
    ],
    // Spring forward (2026-03-08 in New York): 02:30 does not happen; the next slot is Monday's.
    [
      'a slot in the spring-forward gap is skipped',
      [post('q', queued())],
      { slots: [{ days: ['sun', 'mon'], times: ['02:30'] }] },
      '2026-03-08T01:00-05:00',
      { q: '2026-03-09T06:30:00Z' },
    ],
    // Fall back (2026-11-01): 01:30 happens first at 05:30Z. At 01:10 the second time (06:10Z) it has passed.
    [
      'fall back: a 01:30 slot that passed is not taken again in the repeated hour',
      [post('q', queued({ window: '30m' }))],
      { slots: [{ days: ['sun', 'mon'], times: ['01:30'] }] },
      '2026-11-01T06:10:00Z',
      { q: '2026-11-02T06:30:00Z' },
    ],
  ])('%s', (_, posts, overrides, now, expected, log = []) => {
    const result = plan({ posts, accounts: [slots(overrides)], log, now });
    for (const [id, at] of Object.entries(expected)) {
      const entry = entryOf(result, id);
      expect(entry.at).toBe(at);
      expect(Date.parse(entry.windowEnd!)).toBeGreaterThanOrEqual(Date.parse(result.now));
    }
  });
});

describe('principle 7: never more than daily_cap on a day, counted by the day posts go out', () => {
  // Every day at 09:00, 12:30 and 23:30 in New York; two posts a day at most.
  const everyDay = (cap = 2) =>
    account('main', { dailyCap: cap, window: '2h', slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['09:00', '12:30', '23:30'] }] });
  const outOn = (p: Post, publishedAt: string, scheduledFor: string) => sent(p, publishedAt, scheduledFor);
  const late = post('late', '2026-12-07 23:30');
  const lateAfterMidnight = outOn(late, '2026-12-08T05:10:00Z', '2026-12-08T04:30:00Z'); // 00:10 on Dec 8 in New York

  it.each<[string, Post[], LogEntry[], string, Record<string, string>, number]>([
    [
      'published today at the cap: queued posts start tomorrow',
      [post('q', queued())],
      [
        outOn(post('p1', '2026-12-07 07:00'), '2026-12-07T12:00:00Z', '2026-12-07T12:00:00Z'),
        outOn(post('p2', '2026-12-07 08:00'), '2026-12-07T13:00:00Z', '2026-12-07T13:00:00Z'),
      ],
      '2026-12-07T08:30-05:00',
      { q: '2026-12-08T14:00:00Z' },
      1,
    ],
    [
      'a late post that went out after midnight counts on that day, not on the day it was planned',
      [late, post('a', queued()), post('b', queued())],
      [lateAfterMidnight],
      '2026-12-08T06:00-05:00',
      { a: '2026-12-08T14:00:00Z', b: '2026-12-09T14:00:00Z' },
      2,
    ],
    [
      'fixed-time and queued together',
      [post('f1', '2026-12-08 10:00'), post('f2', '2026-12-08 11:00'), post('q', queued())],
      [],
      '2026-12-08T06:00-05:00',
      { q: '2026-12-09T14:00:00Z' },
      2,
    ],
    [
      'a run after midnight: the slot open since 23:30 counts on the new day',
      [post('a', queued()), post('b', queued())],
      [],
      '2026-12-08T00:15-05:00',
      { a: '2026-12-08T04:30:00Z', b: '2026-12-08T14:00:00Z' },
      2,
    ],
  ])('%s', (_, posts, log, now, expected, cap) => {
    const result = plan({ posts, log, accounts: [everyDay(cap)], now });
    for (const [id, at] of Object.entries(expected)) expect(entryOf(result, id).at).toBe(at);
  });

  it("a run after midnight does not send into a day already at its cap, even through yesterday's open slot", () => {
    const today = outOn(post('early', '2026-12-08 00:05'), '2026-12-08T05:05:00Z', '2026-12-08T05:05:00Z');
    const result = plan({ posts: [post('q', queued())], log: [today], accounts: [everyDay(1)], now: '2026-12-08T00:15-05:00' });
    expect(entryOf(result, 'q')).toMatchObject({ status: 'queued', at: '2026-12-09T14:00:00Z' });
  });

  it('a fixed-time post still due after midnight is counted on the day it would go out, and blocked there', () => {
    const today = outOn(post('early', '2026-12-08 00:05'), '2026-12-08T05:05:00Z', '2026-12-08T05:05:00Z');
    const overdue = post('overdue', '2026-12-07 23:30');
    const result = plan({ posts: [overdue], log: [today], accounts: [everyDay(1)], now: '2026-12-08T00:15-05:00' });
    expect(entryOf(result, 'overdue')).toMatchObject({ status: 'blocked', blockedBy: 'daily-cap' });
    expect(entryOf(result, 'overdue').reason).toContain('2026-12-08');
  });

  it.each([
    ['Sunday of the spring-forward change', '2026-03-07T20:00-05:00'],
    ['Sunday of the fall-back change', '2026-10-31T20:00-04:00'],
    ['an ordinary week, run at 23:45', '2026-12-07T23:45-05:00'],
  ])('thirty queued posts, never more than the cap on a local day (%s)', (_, now) => {
    const posts = Array.from({ length: 30 }, (_, i) => post(`q${String(i).padStart(2, '0')}`, queued()));
    const result = plan({ posts, accounts: [everyDay(2)], now });
    const perDay = new Map<string, number>();
    for (const entry of result.entries) {
      expect(Date.parse(entry.windowEnd!)).toBeGreaterThanOrEqual(Date.parse(result.now));
      const day = new Date(Math.max(Date.parse(entry.at!), Date.parse(result.now)) - (now.includes('-04:00') ? 4 : 5) * 3600_000).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2);
  });
});

describe('principle 7: the calendar shows a published post on the day it went out', () => {
  it('a post planned for 23:30 that went out at 00:10 sits on the next day, at its publication', () => {
    const late = post('late', '2026-12-07 23:30', { publish: { kind: 'at', at: '2026-12-07 23:30', window: '2h' } });
    const result = plan({ posts: [late], log: [sent(late, '2026-12-08T05:10:00Z', '2026-12-08T04:30:00Z')], now: '2026-12-09T00:00-05:00' });
    const accounts = new Map([['main', account()]]);
    const day = (from: string, to: string) =>
      buildCalendar(result, accounts, { from, to, zone: 'America/New_York' }).entries.map((e) => [e.post, e.at, e.status]);
    expect(day('2026-12-07T00:00-05:00', '2026-12-08T00:00-05:00')).toEqual([]);
    expect(day('2026-12-08T00:00-05:00', '2026-12-09T00:00-05:00')).toEqual([['late', '2026-12-08T05:10:00Z', 'published']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the real CLI: validate, calendar and publish as processes, publish against the emulator.

async function repo(files: Record<string, string>): Promise<string> {
  const root = await tempDir('herald-fc-plan-');
  const all = { 'schedules/main.yaml': 'handle: "@acme"\nzone: UTC\naudience: [UTC]\nwindow: 2h\n', ...files };
  for (const [file, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}
const postFile = (at: string, text: string, id?: string) => `---\naccount: main\n${id ? `id: ${id}\n` : ''}publish:\n  at: ${at}\n---\n${text}\n`;
const logLine = (entry: Partial<LogEntry>) => `${JSON.stringify({ account: 'main', part: 0, ...entry })}\n`;

describe('through the CLI', () => {
  let x: Emulator;
  beforeEach(async () => {
    x = await startX();
  });
  afterEach(async () => {
    await x.close();
  });

  it('validate: duplicate-id on both files with the line of id:, exit 1', async () => {
    const root = await repo({
      'posts/a.md': postFile('2026-12-01 14:00', 'First words here.', 'launch'),
      'posts/b.md': postFile('2026-12-02 14:00', 'Other words here.', 'launch'),
    });
    const run = await runHerald(['validate', '--root', root, '--format', 'json', '--now', '2026-11-30T00:00:00Z']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as Diagnostic[]).filter((d) => d.rule === 'duplicate-id');
    expect(found.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['posts/a.md', 3, 'error'],
      ['posts/b.md', 3, 'error'],
    ]);
    expect(found[0].message).toContain('posts/b.md:3');
  });

  it('validate: a post whose id is how herald reply logs a reply (reply/<answer>/<post id>) is refused, exit 1', async () => {
    const root = await repo({ 'posts/reply/en/refund/1985000000000000001.md': postFile('2026-12-01 14:00', 'Words that look like a reply.') });
    const run = await runHerald(['validate', '--root', root, '--format', 'json', '--now', '2026-11-30T00:00:00Z']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as Diagnostic[]).filter((d) => d.rule === 'duplicate-id');
    expect(found.map((d) => [d.file, d.severity])).toEqual([['posts/reply/en/refund/1985000000000000001.md', 'error']]);
    expect(found[0].message).toContain('`id: post-en-refund-1985000000000000001`');
  });

  it('publish: duplicate ids send nothing; calendar shows both blocked with the reason', async () => {
    const root = await repo({
      'posts/a.md': postFile('2026-12-01 14:00', 'First words here.', 'launch'),
      'posts/launch.md': postFile('2026-12-01 14:00', 'Other words here.'),
    });
    const run = await publish(root, '2026-12-01T14:10:00Z', credentialEnv(x, ['main']));
    expect(run.report.sent).toEqual([]);
    expect(x.tweets()).toHaveLength(0);
    const calendar = await runHerald(['calendar', '--root', root, '--format', 'json', '--now', '2026-12-01T14:20:00Z', '--from', '2026-12-01']);
    const entries = JSON.parse(calendar.stdout).entries as Array<{ file: string; status: string; reason: string }>;
    expect(entries.map((e) => [e.file, e.status])).toEqual([
      ['posts/a.md', 'blocked'],
      ['posts/launch.md', 'blocked'],
    ]);
    expect(entries[0].reason).toMatch(/duplicate id "launch": posts\/launch\.md/);
  });

  it('publish: a renamed file (same text and time) is not sent again; the same text for another time is, with a duplicate-text warning', async () => {
    const text = 'Weekly totals now follow your time zone.';
    const root = await repo({ 'posts/old.md': postFile('2026-12-01 14:00', text) });
    // X refuses a text it saw in the last day; this X's clock follows the runs' so a week can pass.
    let clock = new Date('2026-12-01T14:10:00Z');
    const later = await startEmulator({ users: [USERS.main], apps: [APP], clock: () => clock });
    const env = credentialEnv(later, ['main']);
    try {
      expect((await publish(root, '2026-12-01T14:10:00Z', env)).report.sent).toHaveLength(1);

      // The file moves into a folder: same text, same time, so it is the post that went out.
      await mkdir(path.join(root, 'posts/2026-12'));
      await rename(path.join(root, 'posts/old.md'), path.join(root, 'posts/2026-12/old.md'));
      expect((await publish(root, '2026-12-01T14:30:00Z', env)).report.sent).toEqual([]);

      // A new post reuses the words a week later: it is a new post.
      clock = new Date('2026-12-08T14:10:00Z');
      await writeFile(path.join(root, 'posts/2026-12/old.md'), postFile('2026-12-08 14:00', text));
      const validate = await runHerald(['validate', '--root', root, '--format', 'json', '--now', '2026-12-08T13:00:00Z']);
      expect(validate.code).toBe(0);
      expect((JSON.parse(validate.stdout) as Diagnostic[]).map((d) => [d.rule, d.severity, d.file])).toEqual([
        ['duplicate-text', 'warning', 'posts/2026-12/old.md'],
      ]);
      const again = await publish(root, '2026-12-08T14:10:00Z', env);
      expect(
        again.report.sent.map((s) => s.post),
        JSON.stringify(again.report) + again.stderr,
      ).toEqual(['2026-12/old']);
      expect(later.tweets('acme')).toHaveLength(2);
      expect((await logEntries(root)).filter((e) => e.event === 'published').map((e) => e.post)).toEqual(['old', '2026-12/old']);
    } finally {
      await later.close();
    }
  });

  it('calendar: a post published after midnight is shown on the day it went out', async () => {
    const root = await repo({
      'posts/late.md': postFile('2026-12-07 23:30', 'Late words go out after midnight.'),
      'schedules/log.jsonl': logLine({
        at: '2026-12-08T00:20:00Z',
        post: 'late',
        event: 'published',
        tweet_id: '1',
        url: 'https://x.com/acme/status/1',
        scheduled_for: '2026-12-07T23:30:00Z',
        delay_s: 3000,
      }),
    });
    const calendar = await runHerald(['calendar', '--root', root, '--format', 'json', '--now', '2026-12-09T00:00:00Z', '--from', '2026-12-07', '--days', '1']);
    expect(calendar.code, calendar.stderr).toBe(0);
    expect(JSON.parse(calendar.stdout).entries).toEqual([]);
    const next = await runHerald(['calendar', '--root', root, '--format', 'json', '--now', '2026-12-09T00:00:00Z', '--from', '2026-12-08', '--days', '1']);
    expect(JSON.parse(next.stdout).entries.map((e: { at: string; status: string }) => [e.at, e.status])).toEqual([['2026-12-08T00:20:00Z', 'published']]);
  });
});
