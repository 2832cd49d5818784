/**
 * A support agent's path, as processes: a repository scaffolded by `herald init --answers`, an
 * answer found and filled, the reply sent to a customer's post on the emulator exactly once, a
 * colleague's reply typed in X's app, `herald stats` reading the desk's replies and mentions, and
 * both replies and the unanswered posts in `herald report`'s support section.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { startCheckedEmulator } from '../helpers/x-contract.js';
import { APP, credentialEnv, USERS } from '../publish/helpers.js';

let x: Emulator | undefined;
afterEach(async () => {
  await x?.close();
  x = undefined;
});

/** ana_customer: "@acme_help my invoice shows the wrong amount, can you help?" (src/emulator/customers.ts), 09:00Z. */
const CUSTOMER_POST = '1985000000000000001';
const NOW = '2026-12-01T09:40:00Z';

describe("a support agent's path", () => {
  it('finds an answer, fills it, replies once to a customer post, reruns without sending twice, and sees the reply in the report', async () => {
    x = await startCheckedEmulator({
      users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
      apps: [APP],
      customers: { support: 'acme_help', start: '2026-12-01T09:00:00Z' },
    });
    const root = path.join(await tempDir('herald-agent-'), 'desk');
    const init = await runHerald([
      'init',
      '--root',
      root,
      '--yes',
      '--answers',
      '--support-handle',
      '@acme_help',
      '--support-zone',
      'Europe/London',
      '--now',
      NOW,
    ]);
    expect(init.code, init.stderr).toBe(0);

    const found = await runHerald(['answers', 'find', 'refund', '--root', root, '--format', 'json']);
    expect(JSON.parse(found.stdout).map((a: { id: string }) => a.id)).toEqual(['en/refund', 'ru/refund']);

    const shown = await runHerald(['answers', 'show', 'en/refund', '--set', 'name=Ana', '--root', root]);
    const text = 'Thanks Ana, we see the double charge and have refunded it. Your bank shows it within 5 working days.';
    expect(shown.stdout).toBe(`${text}\n`);

    const env = credentialEnv(x, ['support']);
    const to = `https://x.com/ana_customer/status/${CUSTOMER_POST}`;
    const sent = await runHerald(['reply', '--answer', 'en/refund', '--to', to, '--set', 'name=Ana', '--root', root, '--now', NOW], { env });
    expect(sent.code, sent.stderr).toBe(0);
    const again = await runHerald(['reply', '--answer', 'en/refund', '--to', to, '--set', 'name=Ana', '--root', root, '--now', NOW], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(x.tweets('acme_help')).toEqual([expect.objectContaining({ text, in_reply_to_tweet_id: CUSTOMER_POST })]);

    // A colleague answers ben_customer (seeded row 1, 09:15Z) in X's app with the same approved
    // answer, filled by hand, at 09:45Z; rows 4 (10:00Z) and 5 (10:30Z) get no answer.
    const benPost = x.tweets().find((t) => t.text.includes('logs me out'))!.id;
    x.customerPost({
      username: 'acme_help',
      text: 'Thanks Ben, we see the double charge and have refunded it. Your bank shows it within 5 working days.',
      replyTo: benPost,
      createdAt: '2026-12-01T09:45:00Z',
    });
    const stats = await runHerald(['stats', '--account', 'support', '--root', root, '--now', '2026-12-01T12:00:00Z'], { env });
    expect(stats.code, stats.stderr).toBe(0);
    expect(stats.stdout).toContain(
      'support, replies and mentions: read 2 own post(s) ($0.001 each), 4 mention(s) and 0 look-up(s) ($0.005 each): $0.022; 2 new replies and 4 new customer post(s) recorded',
    );
    // herald's own reply is counted from the timeline; its metrics are not read.
    expect(stats.stdout).not.toContain('support: read 1 of 1');

    const report = await runHerald(['report', '--account', 'support', '--format', 'json', '--root', root, '--now', '2026-12-01T12:00:00Z']);
    expect(report.code, report.stderr).toBe(0);
    const support = JSON.parse(report.stdout).accounts[0].support;
    // herald's reply (logged 09:40Z, 40 minutes after 09:00Z) and the app reply (30 minutes after
    // 09:15Z), both the approved en/refund; the timeline's copy of herald's reply counts once.
    expect(support).toMatchObject({ replies: 2, answers: [{ answer: 'en/refund', replies: 2 }], from_x: true });
    // A reply is not a post that went out: it is in the support section only.
    expect(JSON.parse(report.stdout).accounts[0].published).toEqual([]);
    expect([support.first_reply.median_s, support.first_reply.p90_s]).toEqual([1800, 2400]);
    // Unanswered at 12:00Z: 10:00Z has waited 2 h (the sla, not past it), 10:30Z 1 h 30 min.
    expect(support.unanswered.map((u: { written_at: string; waited_s: number }) => [u.written_at, u.waited_s])).toEqual([
      ['2026-12-01T10:00:00Z', 7200],
      ['2026-12-01T10:30:00Z', 5400],
    ]);
  });
});
