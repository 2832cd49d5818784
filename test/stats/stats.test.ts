/**
 * `herald stats` as a process, with the real X client against the emulator, on repositories whose
 * log was written by a real `herald publish` run. The emulator's clock moves between publishing
 * and reading, so the posts have metrics; its read counters say what each run spent.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metricsAt } from '../../src/emulator/index.js';
import type { MetricsSnapshot } from '../../src/model/metrics.js';
import { readMetrics } from '../../src/repository/metrics.js';
import type { StatsReport } from '../../src/stats/report.js';
import { createXClient } from '../../src/x/client.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { type CheckedEmulator, startCheckedEmulator } from '../helpers/x-contract.js';
import { APP, credentialEnv, expectNoSecrets, logEntries, publish, USERS } from '../publish/helpers.js';

const PUBLISHED = '2026-12-01T14:10:00Z';
const NEXT_MORNING = '2026-12-02T09:00:00Z';
const SEED = 11;

let x: CheckedEmulator | undefined;
/** X's clock: set to each run's `--now` so a post's age is the same for herald and X. */
let xNow = Date.parse(PUBLISHED);

afterEach(async () => {
  await x?.close();
  x = undefined;
});

async function startX(): Promise<CheckedEmulator> {
  xNow = Date.parse(PUBLISHED);
  x = await startCheckedEmulator({
    users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
    apps: [APP],
    limits: { postsPer24Hours: 10_000, postsPer15Min: 10_000 },
    clock: () => new Date(xNow),
    seed: SEED,
  });
  return x;
}

/** A repository published by `herald publish` at PUBLISHED. */
async function published(fixture: string): Promise<string> {
  const root = await fixtureCopy(fixture);
  const run = await publish(root, PUBLISHED, credentialEnv(x!));
  expect(run.code, run.stderr).toBe(0);
  return root;
}

interface StatsRun {
  code: number | null;
  stdout: string;
  stderr: string;
  report: StatsReport;
}

async function stats(root: string, now: string, extra: string[] = [], env = credentialEnv(x!)): Promise<StatsRun> {
  xNow = Date.parse(now);
  const run = await runHerald(['stats', '--root', root, '--now', now, '--format', 'json', ...extra], { env });
  let report: StatsReport;
  try {
    report = JSON.parse(run.stdout) as StatsReport;
  } catch {
    throw new Error(`herald stats printed no JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, report };
}

async function snapshots(root: string): Promise<MetricsSnapshot[]> {
  const read = await readMetrics(root);
  expect(read.diagnostics).toEqual([]);
  return read.snapshots;
}

describe('herald stats', () => {
  it("reads every published part's metrics as X reports them, one snapshot each, and says what it cost", async () => {
    await startX();
    const root = await published('stats-two-accounts');
    xNow = Date.parse(NEXT_MORNING);
    const run = await runHerald(['stats', '--root', root, '--now', NEXT_MORNING], { env: credentialEnv(x!) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('herald stats: read 4 post(s) for $0.02');

    const log = await logEntries(root);
    const written = await snapshots(root);
    expect(written.map((s) => [s.account, s.post, s.part])).toEqual([
      ['main', 'launch', 0],
      ['main', 'launch', 1],
      ['main', 'tips', 0],
      ['support', 'help-desk', 0],
    ]);
    for (const snapshot of written) {
      const tweet = x!.tweets().find((t) => t.id === snapshot.tweet_id)!;
      expect(log.some((e) => e.event === 'published' && e.tweet_id === snapshot.tweet_id)).toBe(true);
      const m = metricsAt(SEED, tweet.id, tweet.created_at, new Date(NEXT_MORNING));
      expect(snapshot).toEqual({
        at: NEXT_MORNING,
        account: snapshot.account,
        post: snapshot.post,
        part: snapshot.part,
        tweet_id: tweet.id,
        impressions: m.impression_count,
        likes: m.like_count,
        reposts: m.retweet_count,
        replies: m.reply_count,
        quotes: m.quote_count,
        bookmarks: m.bookmark_count,
      });
    }
    expect(x!.reads('acme')).toMatchObject({ lookup_requests: 1, post_reads: 3 });
    expect(x!.reads('acme_help')).toMatchObject({ lookup_requests: 1, post_reads: 1 });
    await expectNoSecrets(root, run);

    // herald report over this repository (a log from a real publish run, these snapshots) shows
    // each part's latest metrics, and the reads in the month's spend.
    const report = await runHerald(['report', '--root', root, '--now', NEXT_MORNING, '--format', 'json']);
    expect(report.code, report.stderr).toBe(0);
    const main = JSON.parse(report.stdout).accounts.find((a: { account: string }) => a.account === 'main');
    const launch = main.published.find((p: { post: string }) => p.post === 'launch');
    const measured = written.filter((s) => s.post === 'launch');
    expect(launch.parts.map((p: { metrics: { likes: number } }) => p.metrics.likes)).toEqual(measured.map((s) => s.likes));
    expect(main.spend.months.at(-1).spent_usd).toBeGreaterThanOrEqual(3 * 0.005);
  });

  it('reads 150 published parts in two requests of at most 100 ids', async () => {
    await startX();
    const root = await fixtureCopy('stats-many-parts');
    await mkdir(path.join(root, 'posts'));
    for (let n = 1; n <= 50; n++) {
      const parts = [1, 2, 3].map((p) => `Release note ${n}, part ${p}: weekly totals, chapter ${n * 10 + p}.`);
      await writeFile(path.join(root, `posts/note-${n}.md`), `---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n---\n${parts.join('\n\n---\n\n')}\n`);
    }
    const sent = await publish(root, PUBLISHED, credentialEnv(x!));
    expect(sent.code, sent.stderr).toBe(0);
    expect(x!.tweets('acme')).toHaveLength(150);

    const run = await stats(root, NEXT_MORNING);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.reads).toBe(150);
    expect(run.report.cost_usd).toBe(0.75);
    expect(x!.reads('acme')).toEqual({ lookup_requests: 2, post_reads: 150, timeline_requests: 0, owned_reads: 0 });
    expect(new Set((await snapshots(root)).map((s) => s.tweet_id)).size).toBe(150);
  }, 60_000);

  it('never reads a part twice in one UTC day, and reads it again the next UTC day', async () => {
    await startX();
    const root = await published('stats-two-accounts');
    expect((await stats(root, '2026-12-01T20:00:00Z')).report.reads).toBe(4);

    const sameDay = await stats(root, '2026-12-01T23:59:59Z');
    expect(sameDay.report).toMatchObject({ reads: 0, cost_usd: 0, already_read_today: 4 });
    expect(x!.reads('acme')).toMatchObject({ lookup_requests: 1, post_reads: 3 });

    const nextDay = await stats(root, '2026-12-02T00:00:00Z');
    expect(nextDay.report).toMatchObject({ reads: 4, already_read_today: 0 });
    expect(x!.reads('acme')).toMatchObject({ lookup_requests: 2, post_reads: 6 });
    const written = await snapshots(root);
    expect(written.map((s) => s.at.slice(0, 10))).toEqual([...Array(4).fill('2026-12-01'), ...Array(4).fill('2026-12-02')]);
    // Two days of one part: the later snapshot never shows less.
    const [first, later] = written.filter((s) => s.post === 'tips');
    expect(later.impressions).toBeGreaterThan(first.impressions!);
  });

  it('stops at --max-reads and names on stderr what it skipped, which the next run reads first', async () => {
    await startX();
    const root = await published('stats-two-accounts');
    const run = await stats(root, NEXT_MORNING, ['--max-reads', '3']);
    expect(run.report.reads).toBe(3);
    expect(run.report.over_max_reads).toHaveLength(1);
    const skipped = run.report.over_max_reads[0];
    expect(run.stderr).toContain(`1 part(s) over --max-reads 3 were not read ($0.005 more)`);
    expect(run.stderr).toContain(`${skipped.account}/${skipped.post} part ${skipped.part + 1} (${skipped.tweet_id})`);

    // The next day, the part never read goes first.
    const next = await stats(root, '2026-12-03T09:00:00Z', ['--max-reads', '1']);
    expect(next.report.to_read).toEqual([skipped]);
  });

  it("stops an account at X's rate limit, keeps what was read, and says when the limit resets", async () => {
    await startX();
    const root = await published('stats-two-accounts');
    x!.inject({ method: 'GET', path: '/2/tweets', username: 'acme_help', status: 429, resetInSecs: 600 });
    const run = await stats(root, NEXT_MORNING);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.accounts).toEqual([
      { account: 'main', due: 3, read: 3 },
      { account: 'support', due: 1, read: 0, stopped: expect.objectContaining({ kind: 'rate-limit', resets_at: '2026-12-02T09:10:00.000Z' }) },
    ]);
    expect(run.report.not_read.map((p) => p.post)).toEqual(['help-desk']);
    expect(run.stderr).toContain("support: X's rate limit stopped the reads after 0 of 1; what was read is kept; the limit resets at 2026-12-02T09:10:00.000Z");
    expect((await snapshots(root)).map((s) => s.account)).toEqual(['main', 'main', 'main']);

    // Later the same day, only the part the limit held back is read.
    const later = await stats(root, '2026-12-02T10:00:00Z');
    expect(later.report.to_read.map((p) => p.post)).toEqual(['help-desk']);
  });

  it('records nothing for a post deleted on X outside herald, and says so', async () => {
    await startX();
    const root = await published('stats-two-accounts');
    const tips = x!.tweets('acme').find((t) => t.text.startsWith('Tip:'))!;
    const client = createXClient(
      { appKey: APP.key, appSecret: APP.secret, accessToken: USERS.main.token, accessSecret: USERS.main.secret },
      { baseUrl: x!.url },
    );
    expect(await client.deleteTweet(tips.id)).toBe('deleted');

    const run = await stats(root, NEXT_MORNING);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.deleted).toEqual([{ account: 'main', post: 'tips', part: 0, tweet_id: tips.id }]);
    expect(run.report.reads).toBe(3);
    expect(run.stderr).toContain(`main/tips part 1 (${tips.id}): X no longer has this post`);
    expect((await snapshots(root)).some((s) => s.tweet_id === tips.id)).toBe(false);
    // X bills only the posts it returned.
    expect(x!.reads('acme').post_reads).toBe(2);
  });

  it('--dry-run prints what it would read and the cost, and reads nothing', async () => {
    await startX();
    const root = await published('stats-two-accounts');
    const run = await runHerald(['stats', '--root', root, '--now', NEXT_MORNING, '--dry-run'], { env: {} });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('herald stats: would read 4 post(s) for $0.02');
    expect(run.stdout).toMatch(/main tips part 1 \(\d+\)/);
    expect(x!.reads()).toEqual({});
    await expect(readFile(path.join(root, 'schedules/metrics.jsonl'), 'utf8')).rejects.toThrow();
  });

  it('exits 2 naming the variables when an account with parts to read has no credentials, reading nothing', async () => {
    await startX();
    const root = await published('stats-two-accounts');
    const run = await runHerald(['stats', '--root', root, '--now', NEXT_MORNING], { env: credentialEnv(x!, ['main']) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('support: set X_SUPPORT_ACCESS_TOKEN, X_SUPPORT_ACCESS_SECRET');
    expect(x!.reads()).toEqual({});
  });

  it('refuses a --since that is not a duration, saying what to write', async () => {
    const root = await fixtureCopy('stats-two-accounts');
    const run = await runHerald(['stats', '--root', root, '--since', '2 weeks']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('herald: --since "2 weeks" is not a duration; write for example --since 30d');
  });

  it('tries a batch X answered with a 5xx again, and reads it', async () => {
    await startX();
    const root = await published('stats-two-accounts');
    x!.inject({ method: 'GET', path: '/2/tweets', username: 'acme', status: 503 });
    const run = await stats(root, NEXT_MORNING);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.reads).toBe(4);
    expect(run.stderr).toMatch(/main: read metrics \(GET \/2\/tweets\?ids=.*\): X answered 503.*; trying again/);
  });
});
