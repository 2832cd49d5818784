/**
 * `herald stats` for a support account (`sla:` in its file), as a process, with the real X client
 * against the checked emulator seeded with customers (src/emulator/customers.ts): four seeded posts
 * mention @acme_help (rows 0, 1, 4, 5), two do not. Replies "written in X's app" are made with the
 * emulator's `customerPost` as the support user (X's own apps are not held to the API's reply rule).
 */
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEEDED_CUSTOMER_POSTS } from '../../src/emulator/index.js';
import type { CustomerPostRecord, SupportReadsRecord, SupportRecord, SupportReplyRecord } from '../../src/model/support.js';
import { readMetrics } from '../../src/repository/metrics.js';
import type { StatsReport } from '../../src/stats/report.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { type CheckedEmulator, startCheckedEmulator } from '../helpers/x-contract.js';
import { APP, credentialEnv, USERS } from '../publish/helpers.js';

/** The seeded customers start writing here (rows at +0, 15, 30, 45, 60, 90 minutes). */
const CUSTOMERS_START = '2026-12-01T08:00:00Z';
const NOON = '2026-12-01T12:00:00Z';

let x: CheckedEmulator | undefined;
let xNow = Date.parse(CUSTOMERS_START);

afterEach(async () => {
  await x?.close();
  x = undefined;
});

async function startX(): Promise<CheckedEmulator> {
  xNow = Date.parse(NOON);
  x = await startCheckedEmulator({
    users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
    apps: [APP],
    clock: () => new Date(xNow),
    customers: { support: 'acme_help', start: CUSTOMERS_START },
  });
  return x;
}

/** Seeded post `row`'s id on the emulator (found by its text). */
function seeded(row: number): string {
  const text = SEEDED_CUSTOMER_POSTS[row]!.text.replace('{support}', '@acme_help');
  const found = x!.tweets().find((t) => t.text === text);
  if (!found) throw new Error(`seeded row ${row} not found`);
  return found.id;
}

/** The support account writes in X's app (no API rule applies there), at X's clock `at`. */
function writeInApp(text: string, at: string, replyTo?: string): string {
  return x!.customerPost({ username: 'acme_help', text, createdAt: at, ...(replyTo ? { replyTo } : {}) }).id;
}

async function stats(root: string, now: string, extra: string[] = [], env = credentialEnv(x!)) {
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

async function records(root: string): Promise<SupportRecord[]> {
  const read = await readMetrics(root);
  expect(read.diagnostics).toEqual([]);
  return read.support;
}
const customerPosts = (all: SupportRecord[]) => all.filter((r): r is CustomerPostRecord => r.kind === 'customer-post');
const replies = (all: SupportRecord[]) => all.filter((r): r is SupportReplyRecord => r.kind === 'support-reply');
const reads = (all: SupportRecord[]) => all.filter((r): r is SupportReadsRecord => r.kind === 'support-reads');

describe('herald stats on a support account', () => {
  it('records its replies to customers and the posts that mention it, and bills the timeline as owned reads and the mentions as post reads', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    const invoice = seeded(0);
    const reply = writeInApp('@ana_customer Sorry about that, we have fixed the amount on your invoice.', '2026-12-01T09:10:00Z', invoice);
    const announcement = writeInApp('Our help desk is open until 18:00 UTC today.', '2026-12-01T09:20:00Z');
    writeInApp('Part two: ask us anything.', '2026-12-01T09:21:00Z', announcement);

    const run = await stats(root, NOON, ['--since', '1d']);
    expect(run.code, run.stderr).toBe(0);

    const lines = await records(root);
    expect(replies(lines)).toEqual([
      {
        kind: 'support-reply',
        at: NOON,
        account: 'support',
        tweet_id: reply,
        to: invoice,
        sent_at: '2026-12-01T09:10:00Z',
        text: '@ana_customer Sorry about that, we have fixed the amount on your invoice.',
      },
    ]);
    expect(customerPosts(lines).map((r) => [r.tweet_id, r.written_at, r.source])).toEqual(
      [5, 4, 1, 0].map((row) => [seeded(row), new Date(Date.parse(CUSTOMERS_START) + SEEDED_CUSTOMER_POSTS[row]!.minutes * 60_000).toISOString(), 'mentions']),
    );
    // Row 4 replies to row 1: the thread is kept.
    expect(customerPosts(lines).find((r) => r.tweet_id === seeded(4))?.in_reply_to).toBe(seeded(1));
    expect(reads(lines).map((r) => [r.source, r.owned_reads, r.post_reads, r.complete])).toEqual([
      ['timeline', 3, 0, true],
      ['mentions', 0, 4, true],
    ]);

    // Three own posts at $0.001 and four mentions at $0.005.
    expect(run.report.support).toMatchObject([
      { account: 'support', timeline: 3, mentions: 4, lookups: 0, replies: 1, customer_posts: 4, timeline_complete: true, mentions_complete: true },
    ]);
    expect(run.report.cost_usd).toBeCloseTo(0.023, 6);
    expect(x!.reads('acme_help')).toMatchObject({ owned_reads: 3, post_reads: 4 });
  });

  it("does not take the brand account's post that names the support handle for a customer's", async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    // @acme is schedules/main.yaml's handle.
    x!.customerPost({ username: 'acme', text: 'Winter release is out! Questions? Ask @acme_help', createdAt: '2026-12-01T10:00:00Z' });
    const run = await stats(root, NOON, ['--since', '1d']);
    expect(run.code, run.stderr).toBe(0);
    // Read (and billed) with the four customers' mentions, but not recorded as a customer's post.
    expect(run.report.support[0]).toMatchObject({ mentions: 5, customer_posts: 4 });
    const acme = x!.state().users.find((u) => u.username === 'acme')!.id;
    expect(customerPosts(await records(root)).map((r) => r.author_id)).not.toContain(acme);
  });

  it('knows a customer writing back to a reply older than its first read as a follow-up, by looking that reply up', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    const invoice = seeded(0);
    const reply = writeInApp('@ana_customer We have fixed the amount on your invoice.', '2026-12-01T08:30:00Z', invoice);
    const again = x!.customerPost({ username: 'ana_customer', text: '@acme_help still wrong, sorry', replyTo: reply, createdAt: '2026-12-03T09:00:00Z' }).id;

    // The first read starts a day back: the reply (12-01) is older than that.
    const now = '2026-12-03T12:00:00Z';
    const run = await stats(root, now, ['--since', '1d']);
    expect(run.code, run.stderr).toBe(0);
    expect(replies(await records(root))).toMatchObject([{ tweet_id: reply, to: invoice, sent_at: '2026-12-01T08:30:00Z' }]);
    expect(run.report.support[0]).toMatchObject({ timeline: 0, mentions: 1, lookups: 1 });

    const report = await runHerald(['report', '--account', 'support', '--since', '1d', '--now', now, '--format', 'json', '--root', root]);
    const support = JSON.parse(report.stdout).accounts[0].support;
    expect(support.unanswered).toEqual([expect.objectContaining({ id: again, follow_up: true, past_sla: false })]);
  });

  it('reads only what is new on the next run', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    expect((await stats(root, NOON, ['--since', '1d'])).code).toBe(0);
    x!.customerPost({ username: 'dee_customer', text: '@acme_help where is my parcel?', createdAt: '2026-12-01T12:30:00Z' });

    const next = await stats(root, '2026-12-01T13:00:00Z');
    expect(next.code, next.stderr).toBe(0);
    expect(next.report.support[0]).toMatchObject({ timeline: 0, mentions: 1, customer_posts: 1 });
    const lines = await records(root);
    expect(customerPosts(lines)).toHaveLength(5);
    expect(new Set(customerPosts(lines).map((r) => r.tweet_id)).size).toBe(5);
    expect(x!.reads('acme_help').post_reads).toBe(5);
  });

  it('stops at --max-reads part-way, and the next runs read the gap first, then on, each mention billed once', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    for (const [minute, name] of [
      [100, 'eve_customer'],
      [110, 'fay_customer'],
      [120, 'gus_customer'],
    ] as const) {
      x!.customerPost({
        username: name,
        text: `@acme_help question ${minute}`,
        createdAt: new Date(Date.parse(CUSTOMERS_START) + minute * 60_000).toISOString(),
      });
    }

    // 5 reads: the (empty) timeline fits, the seven mentions do not.
    const first = await stats(root, NOON, ['--since', '1d', '--max-reads', '5']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.report.support[0]).toMatchObject({ mentions: 5, mentions_complete: false, stopped: { kind: 'max-reads' } });
    expect(first.stderr).toContain(
      'support: the support reads stopped at --max-reads 5 after 5 post(s) (X gives a timeline in pages of 5 to 100 posts, so a page is asked for only with room for 5 reads); the next run goes on from there',
    );

    // The gap below the five first (2 posts); the read above them needs a page of 5 again: next run.
    const second = await stats(root, '2026-12-01T12:10:00Z', ['--max-reads', '5']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.report.support[0]).toMatchObject({ mentions: 2, mentions_complete: false, stopped: { kind: 'max-reads' } });

    const lines = await records(root);
    expect(customerPosts(lines)).toHaveLength(7);
    expect(new Set(customerPosts(lines).map((r) => r.tweet_id)).size).toBe(7);
    expect(x!.reads('acme_help').post_reads).toBe(7);

    const third = await stats(root, '2026-12-01T12:20:00Z', ['--max-reads', '5']);
    expect(third.report.support[0]).toMatchObject({ mentions: 0, mentions_complete: true });
  });

  it('looks up, as a post read, a post it replied to that does not mention it', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    // Row 2 ("Still waiting on the invoice fix") does not mention @acme_help.
    const waiting = seeded(2);
    writeInApp('@ana_customer It is fixed now, sorry for the wait.', '2026-12-01T09:00:00Z', waiting);

    const run = await stats(root, NOON, ['--since', '1d']);
    expect(run.code, run.stderr).toBe(0);
    const lines = await records(root);
    expect(customerPosts(lines).find((r) => r.tweet_id === waiting)).toMatchObject({
      source: 'lookup',
      written_at: '2026-12-01T08:30:00.000Z',
      in_reply_to: seeded(0),
    });
    expect(run.report.support[0]).toMatchObject({ timeline: 1, mentions: 4, lookups: 1, customer_posts: 5 });
    expect(x!.reads('acme_help')).toMatchObject({ owned_reads: 1, post_reads: 5 });
  });

  it('counts a mentions page X answered after the connection dropped as billed in full, and reads it again next run', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    // X reads (and bills) the page, then the answer never arrives.
    x!.inject({ method: 'GET', path: '/2/users/:id/mentions', mode: 'commit-then-drop', count: 1 });
    const run = await stats(root, NOON, ['--since', '1d', '--max-reads', '20']);
    expect(run.code).toBe(1);
    expect(run.report.support[0]).toMatchObject({ mentions: 20, customer_posts: 0, stopped: { kind: 'error' } });
    // The page asked for up to 20 (the cap left): recorded as 20 post reads, with nothing read.
    expect(reads(await records(root)).find((r) => r.source === 'mentions')).toMatchObject({ post_reads: 20, complete: false });
    expect(reads(await records(root)).find((r) => r.source === 'mentions')?.newest_id).toBeUndefined();

    const next = await stats(root, '2026-12-01T12:10:00Z');
    expect(next.code, next.stderr).toBe(0);
    expect(customerPosts(await records(root))).toHaveLength(4);
  });

  it("stops at the account's budget: no page is asked for that X could fill past it", async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    // $0.01 a month: the timeline's page of 3 own posts ($0.003) fits; a page of 5 mentions ($0.025) does not.
    await appendFile(path.join(root, 'schedules/support.yaml'), 'budget:\n  monthly_usd: 0.01\n');
    for (const minute of [0, 1, 2]) writeInApp(`Tip ${minute}: check the status page first.`, `2026-12-01T09:0${minute}:00Z`);

    const run = await stats(root, NOON, ['--since', '1d']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.support[0]).toMatchObject({ timeline: 3, mentions: 0, stopped: { kind: 'budget' } });
    expect(run.stderr).toContain(
      'support: the support reads stopped after 3 post(s): budget.monthly_usd leaves $0.007 this month and the next page (5 reads at least) costs $0.025; they go on when the budget allows (next month, or after raising budget.monthly_usd)',
    );
    expect(x!.reads('acme_help')).toMatchObject({ owned_reads: 3, post_reads: 0 });
  });

  it('refuses to read when the credentials belong to another account, and exits 1', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    // A published post of the support account: its metrics are not read with those credentials either.
    const help = writeInApp('Our help desk is open until 18:00 UTC today.', '2026-12-01T10:00:00Z');
    await writeFile(
      path.join(root, 'schedules/log.jsonl'),
      `${JSON.stringify({ at: '2026-12-01T10:00:00Z', post: 'hours', account: 'support', event: 'published', part: 0, tweet_id: help, url: `https://x.com/acme_help/status/${help}`, scheduled_for: '2026-12-01T10:00:00Z', delay_s: 0 })}\n`,
    );
    const env = credentialEnv(x!);
    env.X_SUPPORT_ACCESS_TOKEN = USERS.main.token;
    env.X_SUPPORT_ACCESS_SECRET = USERS.main.secret;
    const run = await stats(root, NOON, [], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the credentials belong to @acme, but schedules/support.yaml says handle @acme_help; nothing was read');
    expect(
      run.report.not_read.map((p) => p.post),
      run.stderr,
    ).toEqual(['hours']);
    expect(run.stderr).not.toContain('log-invalid');
    expect((await readMetrics(root)).snapshots).toEqual([]);
    expect(await records(root)).toEqual([]);
    expect(x!.reads('acme')).toMatchObject({ owned_reads: 0, post_reads: 0 });
  });

  it('--dry-run says where each timeline would be read from, and reads nothing', async () => {
    await startX();
    const root = await fixtureCopy('stats-support');
    await writeFile(
      path.join(root, 'schedules/metrics.jsonl'),
      `${JSON.stringify({ kind: 'support-reads', at: '2026-12-01T11:00:00Z', account: 'support', source: 'timeline', owned_reads: 2, post_reads: 0, start_time: '2026-11-30T11:00:00Z', newest_id: '1990000000000000005', oldest_id: '1990000000000000001', complete: true })}\n`,
    );
    const run = await runHerald(['stats', '--root', root, '--now', NOON, '--dry-run'], { env: {} });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'support, replies and mentions: would read its timeline after 1990000000000000005 (its own posts, $0.001 each), its mentions from 2026-11-01T12:00:00Z',
    );
    expect(x!.reads('acme_help')).toMatchObject({ owned_reads: 0, post_reads: 0 });
  });
});
