/**
 * The reply engine (src/publish/reply.ts) against the emulator with the real client and a real log:
 * exactly once per (answer, target post), reconciled after a lost answer, and X's 2026 reply rule
 * checked before anything is sent. `herald reply` as a process is test/commands/reply.test.ts.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { UsageError, UserError } from '../../src/model/errors.js';
import { PRICES } from '../../src/model/prices.js';
import { clientFor } from '../../src/publish/index.js';
import { replyLogId } from '../../src/model/log.js';
import { parseReplyTarget, replyRefusal, replyState, sendReply, type ReplyRequest } from '../../src/publish/reply.js';
import { openLogWriter, readLog } from '../../src/repository/log.js';
import { startCheckedEmulator } from '../helpers/x-contract.js';
import { tempDir } from '../helpers/tmp.js';
import { APP, credentialEnv, USERS } from './helpers.js';

let x: Emulator | undefined;
afterEach(async () => {
  await x?.close();
  x = undefined;
});

async function startX(): Promise<Emulator> {
  x = await startCheckedEmulator({
    users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
    apps: [APP],
    customers: { support: 'acme_help', start: '2026-12-01T09:00:00Z' },
  });
  return x;
}

const ASKED = '1985000000000000001'; // ana_customer: "@acme_help my invoice shows the wrong amount…"
const NOT_MENTIONING = '1985000000000000004'; // chi_customer: "Loving the new dashboard totals"

function request(targetId = ASKED): ReplyRequest {
  return {
    answerId: 'en/refund',
    targetId,
    account: 'support',
    handle: '@acme_help',
    text: 'Sorry about that, Ana: the refund is on its way.',
    prices: PRICES,
  };
}

async function reply(root: string, emulator: Emulator, req = request()) {
  const env = credentialEnv(emulator, ['support']);
  const log = await readLog(root);
  return sendReply({
    request: req,
    log: log.entries,
    openLog: () => openLogWriter(root),
    client: () => clientFor('support', env, 2_000, []),
    nowMs: () => Date.parse('2026-12-01T10:00:00Z'),
    graceMs: 10,
    sleep: async () => {},
    progress: () => {},
    secrets: () => [],
  });
}

async function repo(): Promise<string> {
  const root = await tempDir('herald-reply-');
  await mkdir(path.join(root, 'schedules'));
  return root;
}

const sentReplies = (emulator: Emulator) => emulator.tweets('acme_help');

describe('the reply engine', () => {
  it('sends the reply once, logs attempt then published (response time from the customer post), and a rerun asks X nothing', async () => {
    const emulator = await startX();
    const root = await repo();
    const first = await reply(root, emulator);
    expect(first).toMatchObject({ outcome: 'sent', exit_code: 0, post_reads: 1 });
    expect(sentReplies(emulator)).toEqual([expect.objectContaining({ in_reply_to_tweet_id: ASKED, text: request().text })]);
    const log = (await readLog(root)).entries;
    expect(log.map((e) => [e.post, e.event])).toEqual([
      [replyLogId('en/refund', ASKED), 'attempt'],
      [replyLogId('en/refund', ASKED), 'published'],
    ]);
    // The reply ($0.015) and the read of the post it answers ($0.005).
    expect(log[1]).toMatchObject({ account: 'support', scheduled_for: '2026-12-01T09:00:00.000Z', delay_s: 3600, tweet_id: first.tweet_id, cost_usd: 0.02 });

    const requestsBefore = emulator.requests().length;
    const again = await reply(root, emulator);
    expect(again).toMatchObject({ outcome: 'already-sent', tweet_id: first.tweet_id, exit_code: 0, post_reads: 0 });
    expect(emulator.requests().length).toBe(requestsBefore);
    expect(sentReplies(emulator)).toHaveLength(1);
  });

  it('reconciles a send whose answer was lost (X committed, the connection dropped) without a duplicate', async () => {
    const emulator = await startX();
    const root = await repo();
    emulator.inject({ mode: 'commit-then-drop' });
    const result = await reply(root, emulator);
    expect(result).toMatchObject({ outcome: 'reconciled', exit_code: 0 });
    expect(sentReplies(emulator)).toHaveLength(1);
    expect((await readLog(root)).entries.map((e) => [e.event, e.found ?? null])).toEqual([
      ['attempt', null],
      ['reconciled', true],
    ]);
    expect((await reply(root, emulator)).outcome).toBe('already-sent');
    expect(sentReplies(emulator)).toHaveLength(1);
  });

  it('refuses a target that does not mention the support account before sending: no POST reaches X, nothing is logged', async () => {
    const emulator = await startX();
    const root = await repo();
    const refused = await reply(root, emulator, request(NOT_MENTIONING)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toContain('does not mention @acme_help');
    expect(emulator.requests().filter((r) => r.method === 'POST')).toEqual([]);
    expect((await readLog(root)).entries).toEqual([]);
  });

  it("logs X's own refusal of the reply (403, the 2026 wording) as failed, not retryable, kind reply-restricted", async () => {
    const emulator = await startX();
    const root = await repo();
    emulator.inject({
      method: 'POST',
      path: '/2/tweets',
      status: 403,
      detail: 'You can only reply to or quote posts where you are mentioned or are the author.',
    });
    const result = await reply(root, emulator);
    expect(result).toMatchObject({ outcome: 'failed', exit_code: 1 });
    expect(result.reason).toContain('X will not take this reply as written');
    expect((await readLog(root)).entries.map((e) => [e.event, e.kind ?? null, e.retryable ?? null])).toEqual([
      ['attempt', null, null],
      ['failed', 'reply-restricted', false],
    ]);
    expect(sentReplies(emulator)).toEqual([]);
  });

  it("says why X calls a second customer's identical reply a duplicate, and what to change", async () => {
    const emulator = await startX();
    const root = await repo();
    expect((await reply(root, emulator)).outcome).toBe('sent');
    const second = await reply(root, emulator, request('1985000000000000002'));
    expect(second).toMatchObject({ outcome: 'failed', exit_code: 1 });
    expect(second.reason).toContain('this answer with these values already went out (to another post); vary a value');
    expect(sentReplies(emulator)).toHaveLength(1);
  });

  it("a checkout without the log record meets X's duplicate check and logs the earlier reply as reconciled, not a second one", async () => {
    const emulator = await startX();
    expect((await reply(await repo(), emulator)).outcome).toBe('sent');
    const elsewhere = await repo();
    const result = await reply(elsewhere, emulator);
    expect(result).toMatchObject({ outcome: 'reconciled', exit_code: 0 });
    expect(sentReplies(emulator)).toHaveLength(1);
    expect((await readLog(elsewhere)).entries.map((e) => [e.event, e.found ?? null])).toEqual([
      ['attempt', null],
      ['reconciled', true],
    ]);
  });

  it('refuses a post X does not show', async () => {
    const emulator = await startX();
    const refused = await reply(await repo(), emulator, request('1985000000000000099')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toContain('X has no post 1985000000000000099');
  });
});

describe('--to', () => {
  it.each([
    ['https://x.com/ana_customer/status/1985000000000000001', '1985000000000000001'],
    ['https://twitter.com/ana_customer/status/1985000000000000001?s=20', '1985000000000000001'],
    ['1985000000000000001', '1985000000000000001'],
  ])('takes %s', (written, id) => {
    expect(parseReplyTarget(written)).toBe(id);
  });

  it.each(['https://example.com/status/1', 'post:2026-12/launch', 'https://x.com/ana_customer'])('refuses %s with what to write', (written) => {
    expect(() => parseReplyTarget(written)).toThrow(UsageError);
    expect(() => parseReplyTarget(written)).toThrow(/--to https:\/\/x\.com\/ana_customer\/status\//);
  });
});

describe("X's 2026 reply rule, before sending", () => {
  const me = { id: '7', username: 'acme_help' };
  it('allows a post that mentions the account, however its handle is cased', () => {
    expect(replyRefusal({ id: '1', text: 'hi', authorId: '9', mentions: ['ACME_Help'] }, me)).toBeUndefined();
  });

  it("allows the account's own post", () => {
    expect(replyRefusal({ id: '1', text: 'our post', authorId: '7', mentions: [] }, me)).toBeUndefined();
  });

  it('refuses a post that mentions a look-alike handle, naming its author', () => {
    expect(replyRefusal({ id: '1', text: 'hi @acme_helpdesk', authorId: '9', authorUsername: 'chi_customer', mentions: ['acme_helpdesk'] }, me)).toContain(
      'the post by @chi_customer does not mention @acme_help',
    );
  });
});

describe('what the log says about a reply', () => {
  const id = replyLogId('en/refund', ASKED);
  const at = (s: number) => `2026-12-01T10:00:0${s}.000Z`;
  it('an attempt followed by a failure is not unresolved: the reply may be sent again', () => {
    expect(
      replyState(
        [
          { at: at(0), post: id, account: 'support', event: 'attempt', part: 0 },
          { at: at(1), post: id, account: 'support', event: 'failed', part: 0, error: 'X answered 429', retryable: true },
        ],
        'support',
        id,
      ),
    ).toEqual({ kind: 'new' });
  });

  it('a found reconciliation counts as sent; another account or answer does not', () => {
    const log = [{ at: at(0), post: id, account: 'support', event: 'reconciled' as const, part: 0, found: true, tweet_id: '5' }];
    expect(replyState(log, 'support', id)).toMatchObject({ kind: 'published', tweetId: '5' });
    expect(replyState(log, 'main', id)).toEqual({ kind: 'new' });
    expect(replyState(log, 'support', replyLogId('en/other', ASKED))).toEqual({ kind: 'new' });
  });
});
