/**
 * A support agent's path, as processes: a repository scaffolded by `herald init --answers`, an
 * answer found and filled, the reply sent to a customer's post on the emulator exactly once, and the
 * reply in `herald report`'s support section.
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

    const report = await runHerald(['report', '--account', 'support', '--format', 'json', '--root', root, '--now', '2026-12-01T12:00:00Z']);
    expect(report.code, report.stderr).toBe(0);
    const support = JSON.parse(report.stdout).accounts[0].support;
    // The customer wrote at 09:00Z; the reply went out at the run's 09:40Z: 40 minutes.
    expect(support).toMatchObject({ replies: 1, answers: [{ answer: 'en/refund', replies: 1 }] });
    expect(support.first_reply.median_s).toBe(2400);
  });
});
