/**
 * `herald publish` as a process, the real X client against the emulator: a poll goes out with part
 * 1, a `post:` reply waits for its target and then replies to its last part, and X's 2026 reply
 * rule (403) fails that one reply permanently without stopping the account.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { createXClient } from '../../src/x/client.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { APP, credentialEnv, events, logEntries, publish, startX, USERS } from './helpers.js';

const NOW = '2026-12-01T14:10:00Z';
const LATER = '2026-12-01T14:40:00Z';

let x: Emulator;
beforeEach(async () => {
  x = await startX();
});
afterEach(async () => {
  await x.close();
});

/** A post by @acme_help, made straight through the client (not by herald). */
async function supportTweet(text: string): Promise<string> {
  const support = createXClient(
    { appKey: APP.key, appSecret: APP.secret, accessToken: USERS.support.token, accessSecret: USERS.support.secret },
    { baseUrl: x.url },
  );
  return (await support.createTweet({ text })).id;
}

const replyPost = (target: string) =>
  `---\naccount: main\npublish:\n  at: 2026-12-01 14:00\nreply_to: ${target}\n---\nThanks for the question: exports are on the same page.\n`;

describe('publish: polls', () => {
  it('sends poll.options and poll.duration_minutes with part 1 only', async () => {
    const root = await fixtureCopy('publish-poll');
    const run = await publish(root, NOW, credentialEnv(x, ['main']));
    expect(run.code, run.stderr).toBe(0);
    const [first, second] = x.tweets('acme');
    expect(first.poll).toEqual({ options: ['Dark mode', 'Offline sync', 'Both'], duration_minutes: 1440 });
    expect(second.in_reply_to_tweet_id).toBe(first.id);
    expect(second.poll).toBeUndefined();
  });
});

describe('publish: replies', () => {
  it("a post: reply waits for its target, then replies to the target's last part", async () => {
    const root = await fixtureCopy('publish-reply');
    const first = await publish(root, NOW, credentialEnv(x, ['main']));
    expect(first.code, first.stderr).toBe(0);
    expect(first.report.sent.map((s) => `${s.post}:${s.part}`)).toEqual(['launch:0', 'launch:1']);
    // Waiting is not a decision: nothing about the reply in the log yet.
    expect(events(await logEntries(root), 'follow-up')).toEqual([]);

    const second = await publish(root, LATER, credentialEnv(x, ['main']));
    expect(second.code, second.stderr).toBe(0);
    expect(second.report.sent.map((s) => s.post)).toEqual(['follow-up']);
    const [, lastPart, reply] = x.tweets('acme');
    expect(reply.text).toMatch(/^One more thing/);
    expect(reply.in_reply_to_tweet_id).toBe(lastPart.id);
  });

  it('a reply to a post that mentions the account goes out', async () => {
    const root = await fixtureCopy('publish-reply-restricted');
    const target = await supportTweet('@acme how do I export my totals?');
    await writeFile(path.join(root, 'posts/reply.md'), replyPost(`https://x.com/acme_help/status/${target}`));
    const run = await publish(root, NOW, credentialEnv(x, ['main']));
    expect(run.code, run.stderr).toBe(0);
    expect(x.tweets('acme').find((t) => t.text.startsWith('Thanks'))?.in_reply_to_tweet_id).toBe(target);
  });

  it("X's 403 for a restricted reply fails that post permanently (failed, not retryable) and does not stop the account", async () => {
    const root = await fixtureCopy('publish-reply-restricted');
    const target = await supportTweet('How do I export my totals?');
    await writeFile(path.join(root, 'posts/reply.md'), replyPost(`https://x.com/acme_help/status/${target}`));
    const run = await publish(root, NOW, credentialEnv(x, ['main']));
    expect(run.code).toBe(1);
    expect(run.report.stopped).toEqual([]);
    expect(run.report.failed).toEqual([
      expect.objectContaining({
        post: 'reply',
        retryable: false,
        error: expect.stringMatching(
          /X answered 403.*only reply to or quote posts where you are mentioned.*change or remove `reply_to`, then it is sent again/,
        ),
      }),
    ]);
    // The account goes on: the other due post is sent in the same run.
    expect(x.tweets('acme').map((t) => t.text)).toEqual(['Our winter release is out: faster search and dark mode.']);
    const failed = (await logEntries(root)).find((e) => e.event === 'failed');
    expect(failed).toMatchObject({ post: 'reply', retryable: false, kind: 'reply-restricted' });

    // Failed permanently: the next run does not try again.
    const again = await publish(root, LATER, credentialEnv(x, ['main']));
    expect(again.report.sent).toEqual([]);
    expect(x.requests().filter((r) => r.method === 'POST' && r.path === '/2/tweets' && r.status === 403)).toHaveLength(1);
  });

  it('a reply to a post that is deleted or not visible fails permanently, naming reply_to as the thing to change', async () => {
    const root = await fixtureCopy('publish-reply-restricted');
    await writeFile(path.join(root, 'posts/reply.md'), replyPost('https://x.com/acme_help/status/1234567890'));
    const run = await publish(root, NOW, credentialEnv(x, ['main']));
    expect(run.report.failed).toEqual([
      expect.objectContaining({
        post: 'reply',
        retryable: false,
        error: expect.stringMatching(/deleted or not visible.*change or remove `reply_to`, then it is sent again$/),
      }),
    ]);
  });

  it('after X refused a reply permanently, changing reply_to sends it again, to the new target', async () => {
    const root = await fixtureCopy('publish-reply-restricted');
    const refused = await supportTweet('How do I export my totals?');
    await writeFile(path.join(root, 'posts/reply.md'), replyPost(`https://x.com/acme_help/status/${refused}`));
    expect((await publish(root, NOW, credentialEnv(x, ['main']))).report.failed).toHaveLength(1);

    // Same text, another target: what X receives changed, so the permanent failure no longer holds.
    const mentioned = await supportTweet('@acme how do I export my totals?');
    await writeFile(path.join(root, 'posts/reply.md'), replyPost(`https://x.com/acme_help/status/${mentioned}`));
    const again = await publish(root, '2026-12-01T14:20:00Z', credentialEnv(x, ['main']));
    expect(again.code, again.stderr).toBe(0);
    expect(again.report.sent.map((s) => s.post)).toEqual(['reply']);
    expect(x.tweets('acme').find((t) => t.text.startsWith('Thanks'))?.in_reply_to_tweet_id).toBe(mentioned);
  });
});
