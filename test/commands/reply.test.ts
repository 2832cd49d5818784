/**
 * `herald reply` as a process against the checked emulator, with the real log of a temp copy of
 * test/fixtures/reply-desk: once per (answer, post), reconciled after a crash, and every mistake
 * refused before anything reaches X.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { parseLog } from '../../src/repository/log.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { startCheckedEmulator } from '../helpers/x-contract.js';
import { APP, credentialEnv, SECRETS, USERS } from '../publish/helpers.js';

let x: Emulator | undefined;
afterEach(async () => {
  await x?.close();
  x = undefined;
});

/** ana_customer: "@acme_help my invoice shows the wrong amount, can you help?" (src/emulator/customers.ts) */
const ASKED = '1985000000000000001';
/** chi_customer: "Loving the new dashboard totals" — no mention of @acme_help. */
const NOT_MENTIONING = '1985000000000000004';
const NOW = '2026-12-01T10:00:00Z';

async function setUp(): Promise<{ root: string; emulator: Emulator; env: NodeJS.ProcessEnv }> {
  x = await startCheckedEmulator({
    users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
    apps: [APP],
    customers: { support: 'acme_help', start: '2026-12-01T09:00:00Z' },
  });
  return { root: await fixtureCopy('reply-desk'), emulator: x, env: credentialEnv(x, ['support']) };
}

function reply(root: string, env: NodeJS.ProcessEnv, args: string[], options: { killWhen?: () => boolean } = {}) {
  return runHerald(['reply', '--root', root, '--now', NOW, ...args], { env, ...options });
}

const refund = (to: string) => ['--answer', 'en/refund', '--to', to, '--set', 'name=Ana', '--set', 'days=5'];
const REFUND_TEXT = 'Thanks Ana, we see the double charge and have refunded it. Your bank shows it within 5 working days.';

async function logOf(root: string) {
  const text = await readFile(path.join(root, 'schedules/log.jsonl'), 'utf8').catch(() => '');
  return parseLog(text).entries;
}

/** No request reached X at all (not even a read). */
const nothingAsked = (emulator: Emulator) => expect(emulator.requests()).toEqual([]);

describe('herald reply', () => {
  it('sends the filled answer once from the support account; a rerun sends nothing and says so', async () => {
    const { root, emulator, env } = await setUp();
    const first = await reply(root, env, refund(`https://x.com/ana_customer/status/${ASKED}`));
    expect(first.code, first.stderr).toBe(0);
    const replies = emulator.tweets('acme_help');
    expect(replies).toEqual([expect.objectContaining({ text: REFUND_TEXT, in_reply_to_tweet_id: ASKED })]);
    expect(first.stdout).toBe(`Sent answer en/refund to https://x.com/i/status/${ASKED}: https://x.com/acme_help/status/${replies[0]!.id}\n`);
    expect((await logOf(root)).map((e) => [e.post, e.account, e.event])).toEqual([
      [`reply/en/refund/${ASKED}`, 'support', 'attempt'],
      [`reply/en/refund/${ASKED}`, 'support', 'published'],
    ]);
    expect(emulator.reads('acme_help').post_reads).toBe(1);

    const before = emulator.requests().length;
    const again = await reply(root, env, refund(ASKED));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Already sent answer en/refund');
    expect(again.stdout).toContain('nothing sent again');
    expect(emulator.requests().length).toBe(before);
    expect(emulator.tweets('acme_help')).toHaveLength(1);
    for (const secret of SECRETS) expect(first.stdout + first.stderr + again.stdout + again.stderr).not.toContain(secret);
  });

  it('reconciles after a crash between the attempt and the outcome: the next run finds the reply on the timeline and sends no duplicate', async () => {
    const { root, emulator, env } = await setUp();
    // X creates the reply, then holds its answer; the process dies before it hears back.
    emulator.inject({ method: 'POST', path: '/2/tweets', delayMs: 10_000 });
    const crashed = await reply(root, env, refund(ASKED), { killWhen: () => emulator.tweets('acme_help').length > 0 });
    expect(crashed.signal).toBe('SIGKILL');
    expect((await logOf(root)).map((e) => e.event)).toEqual(['attempt']);

    const rerun = await reply(root, env, refund(ASKED));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain('found on the timeline');
    expect(emulator.tweets('acme_help')).toHaveLength(1);
    expect((await logOf(root)).map((e) => [e.event, e.found ?? null])).toEqual([
      ['attempt', null],
      ['reconciled', true],
    ]);
    expect(emulator.requests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('reconciles in the same run when X commits the reply and drops the connection', async () => {
    const { root, emulator, env } = await setUp();
    emulator.inject({ mode: 'commit-then-drop' });
    const result = await reply(root, env, [...refund(ASKED), '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'reconciled', answer: 'en/refund', to: ASKED, exit_code: 0 });
    expect(emulator.tweets('acme_help')).toHaveLength(1);
  });

  it('refuses a post that does not mention the support account before sending: no POST reaches X, the log is untouched', async () => {
    const { root, emulator, env } = await setUp();
    const result = await reply(root, env, refund(`https://x.com/chi_customer/status/${NOT_MENTIONING}`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not mention @acme_help');
    expect(result.stderr).toContain('reply on x.com by hand');
    expect(emulator.requests().filter((r) => r.method === 'POST')).toEqual([]);
    expect(await logOf(root)).toEqual([]);
  });

  it.each([
    ['a missing value', ['--set', 'name=Ana'], 'needs a value for {{days}}: add --set days=5'],
    ['a name the answer does not declare', ['--set', 'name=Ana', '--set', 'days=5', '--set', 'amount=10'], 'has no placeholder `amount`'],
    ['a value over its max', ['--set', 'name=Anastasia Konstantinopolskaya', '--set', 'days=5'], 'allows at most 20'],
    ['a value without a name', ['--set', '=Ana', '--set', 'days=5'], 'write --set name=value'],
  ])('refuses %s before asking X anything (exit 2)', async (_name, sets, message) => {
    const { root, emulator, env } = await setUp();
    const result = await reply(root, env, ['--answer', 'en/refund', '--to', ASKED, ...sets]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    nothingAsked(emulator);
  });

  it('refuses an answer that is too long once filled (a link counts 23), before asking X anything (exit 1)', async () => {
    const { root, emulator, env } = await setUp();
    const result = await reply(root, env, ['--answer', 'en/case-code', '--to', ASKED, '--set', 'ref=x.co/abcde']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is 281 characters as X counts them');
    nothingAsked(emulator);
  });

  it.each([
    ['a link to another site', 'https://example.com/ana/status/1985000000000000001'],
    ['a profile link', 'https://x.com/ana_customer'],
  ])('refuses %s as --to, saying what to write (exit 2)', async (_name, to) => {
    const { root, emulator, env } = await setUp();
    const result = await reply(root, env, ['--answer', 'en/refund', '--to', to, '--set', 'name=Ana', '--set', 'days=5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is not a post on X; give the customer's post link, like --to https://x.com/");
    nothingAsked(emulator);
  });

  it('refuses an answer id that does not exist, with the closest one (exit 2)', async () => {
    const { root, emulator, env } = await setUp();
    const result = await reply(root, env, ['--answer', 'en/refnd', '--to', ASKED]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean en/refund?');
    nothingAsked(emulator);
  });
});
