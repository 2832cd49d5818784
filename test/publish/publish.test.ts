/**
 * `herald publish` as a process, with the real X client talking HTTP to the emulator: every way
 * X can fail, and what must (and must not) happen then.
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { createXClient } from '../../src/x/client.js';
import type { Emulator } from '../../src/emulator/index.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { APP, committedCreates, credentialEnv, events, expectNoSecrets, logEntries, logText, publish, publishKilled, startX, USERS } from './helpers.js';

const NOW = '2026-12-01T14:10:00Z';
const LATER = '2026-12-01T14:40:00Z';
const DUPLICATE = 'You are not allowed to create a Tweet with duplicate content.';

let x: Emulator;
beforeEach(async () => {
  x = await startX();
});
afterEach(async () => {
  await x.close();
});

const texts = (username: string) => x.tweets(username).map((t) => t.text);

describe('herald publish: the normal path', () => {
  it('sends each due part once, the thread in order replying to its first part, and logs attempt then published', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code, run.stderr).toBe(0);

    const [first, second] = x.tweets('acme');
    expect(x.tweets('acme')).toHaveLength(2);
    expect(first.text).toContain('We just shipped weekly totals');
    expect(first.media).toEqual([expect.objectContaining({ alt_text: 'A bar chart of weekly totals rising from Monday to Friday' })]);
    expect(second.in_reply_to_tweet_id).toBe(first.id);
    expect(texts('acme_help')).toEqual(['Our help desk now answers around the clock. Send us a message any time.']);

    const log = await logEntries(root);
    expect(events(log, 'launch')).toEqual(['attempt:0', 'published:0', 'attempt:1', 'published:1']);
    expect(log.find((e) => e.event === 'published' && e.part === 1)).toMatchObject({
      tweet_id: second.id,
      url: `https://x.com/acme/status/${second.id}`,
      scheduled_for: '2026-12-01T14:00:00Z',
      delay_s: 600,
    });
    expect(run.report.sent.map((s) => [s.post, s.part])).toEqual([
      ['launch', 0],
      ['launch', 1],
      ['help-desk', 0],
    ]);
    await expectNoSecrets(root, run);
  });

  it('sends nothing again on the next run', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    await publish(root, NOW, credentialEnv(x));
    const before = await logText(root);
    const again = await publish(root, LATER, credentialEnv(x));
    expect(again.code).toBe(0);
    expect(again.report.sent).toEqual([]);
    expect(x.tweets()).toHaveLength(3);
    expect(await logText(root)).toBe(before);
    expect(again.report.failed).toEqual([]);
  });

  it('prints a text summary with links and delays', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const run = await runHerald(['publish', '--root', root, '--now', NOW], { env: credentialEnv(x) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Sent 3 part\(s\):/);
    expect(run.stdout).toMatch(
      /main {2}launch {2}part 2\/2 {2}https:\/\/x\.com\/acme\/status\/\d+ {2}\(scheduled 2026-12-01T14:00:00Z, 10m after window start\)/,
    );
  });
});

describe('herald publish: when X fails', () => {
  it('on a 5xx checks the timeline, then sends again: one post, not two', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme_help', status: 503, count: 1 });
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code, run.stderr).toBe(0);
    expect(texts('acme_help')).toHaveLength(1);
    expect(events(await logEntries(root), 'help-desk')).toEqual(['attempt:0', 'reconciled:0:false', 'attempt:0', 'published:0']);
  });

  it('when X creates the post and the connection drops, finds it on the timeline and does not send it again', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme_help', mode: 'commit-then-drop', count: 1 });
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code, run.stderr).toBe(0);
    expect(texts('acme_help')).toHaveLength(1);
    const log = await logEntries(root);
    expect(events(log, 'help-desk')).toEqual(['attempt:0', 'reconciled:0:true']);
    expect(log.at(-1)).toMatchObject({ tweet_id: x.tweets('acme_help')[0].id });
    expect(run.report.reconciled).toEqual([expect.objectContaining({ post: 'help-desk', found: true })]);
  });

  it('when X answers after the client timeout, reconciles instead of sending twice', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme_help', delayMs: 1_500, count: 1 });
    const run = await publish(root, NOW, { ...credentialEnv(x), HERALD_X_TIMEOUT_MS: '400' });
    expect(run.code, run.stderr).toBe(0);
    expect(texts('acme_help')).toHaveLength(1);
    expect(events(await logEntries(root), 'help-desk')).toEqual(['attempt:0', 'reconciled:0:true']);
  });

  it('on a 429 stops that account for the run, keeps its posts due, and the other account still publishes', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme', status: 429, count: 5 });
    const limited = await publish(root, NOW, credentialEnv(x));
    expect(limited.code).toBe(1);
    expect(limited.report.stopped).toEqual([expect.objectContaining({ account: 'main', kind: 'rate-limit' })]);
    expect(limited.report.stopped[0].reason).toMatch(/until \d{4}-\d\d-\d\dT/);
    expect(texts('acme')).toEqual([]);
    expect(texts('acme_help')).toHaveLength(1);
    expect(events(await logEntries(root), 'launch')).toEqual(['attempt:0', 'failed:0']);

    x.clearFaults();
    const next = await publish(root, LATER, credentialEnv(x));
    expect(next.code, next.stderr).toBe(0);
    expect(texts('acme')).toHaveLength(2);
  });

  it('resumes a thread interrupted part-way at the next part, replying to the last published part', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.configure({ postsPer15Min: 1 });
    const first = await publish(root, NOW, credentialEnv(x, ['main']), ['--account', 'main']);
    expect(first.code).toBe(1);
    const [opening] = x.tweets('acme');
    expect(x.tweets('acme')).toHaveLength(1);

    x.configure({ postsPer15Min: 10_000 });
    const resumed = await publish(root, LATER, credentialEnv(x, ['main']), ['--account', 'main']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.report.sent.map((s) => s.part)).toEqual([1]);
    expect(x.tweets('acme')).toHaveLength(2);
    expect(x.tweets('acme')[1].in_reply_to_tweet_id).toBe(opening.id);
  });

  it('on 403 duplicate content finds the post already on the timeline and records it as published', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const direct = createXClient(
      { appKey: APP.key, appSecret: APP.secret, accessToken: USERS.support.token, accessSecret: USERS.support.secret },
      { baseUrl: x.url },
    );
    const earlier = await direct.createTweet({ text: 'Our help desk now answers around the clock. Send us a message any time.' });
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code, run.stderr).toBe(0);
    expect(texts('acme_help')).toHaveLength(1);
    const log = await logEntries(root);
    expect(events(log, 'help-desk')).toEqual(['attempt:0', 'reconciled:0:true']);
    expect(log.at(-1)?.tweet_id).toBe(earlier.id);
  });

  it('on 403 duplicate content that is not on the timeline fails the post permanently', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme_help', status: 403, detail: DUPLICATE, count: 1 });
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code).toBe(1);
    expect(run.report.failed).toEqual([expect.objectContaining({ post: 'help-desk', retryable: false })]);
    expect(run.report.failed[0].error).toContain('not on the timeline');
  });

  it('on a 400 logs the part failed, not retryable, and does not try it again on the next run', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme_help', status: 400, detail: 'Invalid Request', count: 1 });
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code).toBe(1);
    expect(run.report.failed).toEqual([expect.objectContaining({ post: 'help-desk', part: 0, retryable: false })]);
    const again = await publish(root, LATER, credentialEnv(x));
    expect(again.code).toBe(0);
    expect(texts('acme_help')).toEqual([]);
    expect(events(await logEntries(root), 'help-desk')).toEqual(['attempt:0', 'failed:0']);
  });

  it('on 401 stops the account, exits 1 and says which variables to check, never their values', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    x.rejectToken(USERS.main.token);
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code).toBe(1);
    expect(run.report.stopped).toEqual([expect.objectContaining({ account: 'main', kind: 'auth' })]);
    expect(run.report.stopped[0].reason).toContain('X_MAIN_ACCESS_TOKEN');
    expect(run.stderr).toContain('X_MAIN_ACCESS_TOKEN');
    expect(texts('acme_help')).toHaveLength(1);
    await expectNoSecrets(root, run);
  });

  it('with credentials missing for an account exits 2 naming the variables, and the other account still publishes', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const run = await publish(root, NOW, credentialEnv(x, ['main']));
    expect(run.code).toBe(2);
    expect(run.report.stopped).toEqual([expect.objectContaining({ account: 'support', kind: 'missing-credentials' })]);
    expect(run.report.stopped[0].reason).toContain('X_SUPPORT_ACCESS_TOKEN, X_SUPPORT_ACCESS_SECRET');
    expect(texts('acme')).toHaveLength(2);
    expect(texts('acme_help')).toEqual([]);
    await expectNoSecrets(root, run);
  });
});

describe('herald publish: decisions and the log', () => {
  it('logs skipped (paused) and expired once each across two runs', async () => {
    const root = await fixtureCopy('publish-decisions');
    const first = await publish(root, NOW, credentialEnv(x));
    expect(first.code, first.stderr).toBe(0);
    expect(first.report.skipped).toEqual([expect.objectContaining({ post: 'paused-announcement', reason: expect.stringContaining('Incident review') })]);
    expect(first.report.expired).toEqual([expect.objectContaining({ post: 'missed-morning' })]);
    const second = await publish(root, LATER, credentialEnv(x));
    expect(second.report.skipped).toEqual([]);
    expect(second.report.expired).toEqual([]);
    const log = await logEntries(root);
    expect(events(log)).toEqual(['expired:0', 'skipped:0']);
    // Code reads the stable category, never the English reason.
    expect(log.map((e) => [e.event, e.blocked_by])).toEqual([
      ['expired', 'window-closed'],
      ['skipped', 'paused'],
    ]);
    expect(x.requests()).toEqual([]);
  });

  it('logs skipped for the daily cap and for a blackout once each, and sends what the cap allows', async () => {
    const root = await fixtureCopy('publish-cap-and-blackout');
    const first = await publish(root, NOW, credentialEnv(x));
    expect(first.code, first.stderr).toBe(0);
    expect(first.report.sent.map((s) => s.post)).toEqual(['first-of-the-day']);
    expect(first.report.skipped.map((s) => [s.post, s.reason.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['during-the-move', 'inside blackout'],
      ['second-of-the-day', 'daily cap'],
    ]);
    const second = await publish(root, LATER, credentialEnv(x));
    expect(second.report.skipped).toEqual([]);
    const log = await logEntries(root);
    expect(
      log
        .filter((e) => e.event === 'skipped')
        .map((e) => [e.post, e.blocked_by])
        .sort(),
    ).toEqual([
      ['during-the-move', 'blackout'],
      ['second-of-the-day', 'daily-cap'],
    ]);
    expect(texts('acme')).toEqual(['Our first update today: the status page has a new layout.']);
    expect(texts('acme_help')).toEqual([]);
  });

  it('--dry-run prints what would be sent, writes nothing and calls nothing', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const run = await runHerald(['publish', '--root', root, '--now', NOW, '--dry-run'], { env: credentialEnv(x) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Would send 3 part(s):');
    expect(run.stdout).toContain('| Totals now follow your time zone, so Monday starts on your Monday.');
    expect(run.stdout).toContain('media: chart.png (alt: A bar chart of weekly totals rising from Monday to Friday)');
    expect(await logText(root)).toBe('');
    expect(x.requests()).toEqual([]);
  });

  it('--dry-run reports an unresolved attempt as "would reconcile" without reading the timeline', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    await mkdir(path.join(root, 'schedules'), { recursive: true });
    const hash = await postHash(root, 'help-desk');
    await writeFile(
      path.join(root, 'schedules/log.jsonl'),
      `${JSON.stringify({ at: '2026-12-01T14:05:00.000Z', post: 'help-desk', account: 'support', event: 'attempt', part: 0, hash })}\n`,
    );
    const run = await publish(root, NOW, credentialEnv(x), ['--dry-run']);
    expect(run.report.would_reconcile).toEqual([{ post: 'help-desk', account: 'support', part: 0 }]);
    expect(run.report.sent.map((s) => s.post)).not.toContain('help-desk');
    expect(x.requests()).toEqual([]);
  });

  it('reconciles an attempt a killed run left behind before sending anything', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const hash = await postHash(root, 'help-desk');
    await mkdir(path.join(root, 'schedules'), { recursive: true });
    await writeFile(
      path.join(root, 'schedules/log.jsonl'),
      `${JSON.stringify({ at: '2026-12-01T14:05:00.000Z', post: 'help-desk', account: 'support', event: 'attempt', part: 0, hash })}\n`,
    );
    const run = await publish(root, NOW, credentialEnv(x), ['--account', 'support']);
    expect(run.code, run.stderr).toBe(0);
    expect(events(await logEntries(root), 'help-desk')).toEqual(['attempt:0', 'reconciled:0:false', 'attempt:0', 'published:0']);
    expect(texts('acme_help')).toHaveLength(1);
  });

  it('after a run killed once X committed a part, the next run finds it on the timeline instead of sending it again', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const env = { ...credentialEnv(x, ['support']), HERALD_X_TIMEOUT_MS: '10000' };
    // X keeps the answer back, so the process dies between X committing and herald logging it.
    x.inject({ method: 'POST', path: '/2/tweets', username: 'acme_help', delayMs: 5_000, count: 1 });
    const killed = await publishKilled(root, NOW, env, () => committedCreates(x) >= 1);
    expect(killed.signal).toBe('SIGKILL');
    expect(events(await logEntries(root), 'help-desk')).toEqual(['attempt:0']);

    const next = await publish(root, NOW, env, ['--account', 'support']);
    expect(next.code, next.stderr).toBe(0);
    expect(events(await logEntries(root), 'help-desk')).toEqual(['attempt:0', 'reconciled:0:true']);
    expect(
      x
        .requests()
        .filter((r) => r.method === 'POST' && r.path === '/2/tweets')
        .map((r) => r.status),
    ).toEqual([201]);
  });

  it('keeps attempts and outcomes in order when the clock is pinned to the same instant run after run', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const env = { ...credentialEnv(x, ['support']), HERALD_X_TIMEOUT_MS: '10000' };
    // First create fails (5xx: looked up, not there), the second is committed but never answered.
    x.inject([
      { method: 'POST', path: '/2/tweets', username: 'acme_help', status: 503, count: 1 },
      { method: 'POST', path: '/2/tweets', username: 'acme_help', delayMs: 5_000, count: 1 },
    ]);
    const killed = await publishKilled(root, NOW, env, () => committedCreates(x) >= 1);
    expect(killed.signal).toBe('SIGKILL');
    expect(events(await logEntries(root), 'help-desk')).toEqual(['attempt:0', 'reconciled:0:false', 'attempt:0']);

    const next = await publish(root, NOW, env, ['--account', 'support']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.report.reconciled).toEqual([expect.objectContaining({ found: true })]);
    expect(
      x
        .requests()
        .filter((r) => r.method === 'POST' && r.path === '/2/tweets')
        .map((r) => r.status),
    ).toEqual([503, 201]);
    const stamps = (await logEntries(root)).map((e) => e.at);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('tolerates a torn last log line: warns with its line and starts the next entry on a new line', async () => {
    const root = await fixtureCopy('publish-decisions');
    await mkdir(path.join(root, 'schedules'), { recursive: true });
    await appendFile(path.join(root, 'schedules/log.jsonl'), '{"at":"2026-12-01T13:00:00.000Z","post":"missed-mor');
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/schedules\/log\.jsonl:1: warning: .*cut off.*\[log-torn-line\]/);
    const lines = (await readFile(path.join(root, 'schedules/log.jsonl'), 'utf8')).split('\n');
    expect(lines[0]).toBe('{"at":"2026-12-01T13:00:00.000Z","post":"missed-mor');
    expect(JSON.parse(lines[1])).toMatchObject({ event: 'expired', post: 'missed-morning' });
  });

  it('does not send a due post whose file has errors, and says where the error is', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const file = path.join(root, 'posts/help-desk.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('account: support', 'account: support\ncolour: blue'));
    const run = await publish(root, NOW, credentialEnv(x));
    expect(run.code).toBe(1);
    const failed = run.report.failed.find((f) => f.post === 'help-desk');
    expect(failed).toMatchObject({ retryable: true, error: expect.stringContaining('posts/help-desk.md:') });
    expect(texts('acme_help')).toEqual([]);
  });
});

describe('herald publish: usage', () => {
  it('refuses an --account that has no schedules file, naming the accounts there are (exit 2)', async () => {
    const root = await fixtureCopy('publish-two-accounts');
    const run = await runHerald(['publish', '--root', root, '--now', NOW, '--account', 'sales'], { env: credentialEnv(x) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--account sales: there is no schedules/sales.yaml (accounts: main, support)');
    expect(x.requests()).toEqual([]);
  });
});

async function postHash(root: string, id: string): Promise<string> {
  const content = await loadContent(root);
  return content.posts.find((p) => p.id === id)!.hash;
}
