/** The emulator's POST /2/tweets: X's poll validation (OpenAPI 2.167 CreatePostsPoll) and X's 2026 reply rule. */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, emulatorPerTest } from '../helpers/emulator-http.js';

const start = emulatorPerTest();
const emulator = () =>
  start({
    users: [
      { token: 'acme-token', username: 'acme', id: '1' },
      { token: 'other-token', username: 'other', id: '2' },
    ],
  });

async function post(x: Emulator, token: string, body: unknown) {
  const { status, body: answer } = await call(x.url, 'POST', '/2/tweets', { token, body });
  return { status, body: answer };
}

describe('the emulator: polls', () => {
  it('stores a valid poll', async () => {
    const x = await emulator();
    const created = await post(x, 'acme-token', { text: 'Which next?', poll: { options: ['Dark mode', 'Offline sync'], duration_minutes: 60 } });
    expect(created.status).toBe(201);
    expect(x.tweets('acme')[0].poll).toEqual({ options: ['Dark mode', 'Offline sync'], duration_minutes: 60 });
  });

  it.each([
    ['one option', { options: ['Only'], duration_minutes: 60 }, 'poll.options'],
    ['five options', { options: ['A', 'B', 'C', 'D', 'E'], duration_minutes: 60 }, 'poll.options'],
    ['an option of 26 characters', { options: ['A', 'x'.repeat(26)], duration_minutes: 60 }, 'poll.options'],
    ['4 minutes', { options: ['A', 'B'], duration_minutes: 4 }, 'poll.duration_minutes'],
    ['7 days and a minute', { options: ['A', 'B'], duration_minutes: 10081 }, 'poll.duration_minutes'],
    ['no duration', { options: ['A', 'B'] }, 'poll.duration_minutes'],
  ])('answers 400 invalid-request for %s', async (_name, poll, parameter) => {
    const x = await emulator();
    const refused = await post(x, 'acme-token', { text: 'Which next?', poll });
    expect(refused.status).toBe(400);
    expect(refused.body.type).toBe('https://api.twitter.com/2/problems/invalid-request');
    expect(Object.keys(refused.body.errors[0].parameters)).toEqual([parameter]);
    expect(x.tweets()).toEqual([]);
  });
});

describe("the emulator: X's 2026 reply rule", () => {
  it('allows a reply to its own post and to a post that mentions the account', async () => {
    const x = await emulator();
    const own = (await post(x, 'acme-token', { text: 'Our post' })).body.data.id;
    const mention = (await post(x, 'other-token', { text: 'Hey @ACME, a question' })).body.data.id;
    expect((await post(x, 'acme-token', { text: 'Reply one', reply: { in_reply_to_tweet_id: own } })).status).toBe(201);
    expect((await post(x, 'acme-token', { text: 'Reply two', reply: { in_reply_to_tweet_id: mention } })).status).toBe(201);
  });

  it('answers 403 with the observed wording to a reply to another account that does not mention it', async () => {
    const x = await emulator();
    const theirs = (await post(x, 'other-token', { text: 'Talking to @acmeish, not acme' })).body.data.id;
    const refused = await post(x, 'acme-token', { text: 'Unsummoned', reply: { in_reply_to_tweet_id: theirs } });
    expect(refused).toEqual({
      status: 403,
      body: { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'You can only reply to or quote posts where you are mentioned or are the author.' },
    });
    expect(x.tweets('acme')).toEqual([]);
  });
});
