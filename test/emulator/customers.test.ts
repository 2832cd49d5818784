/** The emulator's customers: seeded posts mentioning the support account, GET /2/tweets/:id, and posts tests add. */
import { describe, expect, it } from 'vitest';
import { call, emulatorPerTest } from '../helpers/emulator-http.js';

const start = emulatorPerTest();
const START = '2026-12-01T09:00:00.000Z';
const emulator = () =>
  start({
    users: [{ token: 'help-token', username: 'acme_help', id: '7' }],
    customers: { support: '@acme_help', start: START },
    clock: () => new Date('2026-12-01T12:00:00Z'),
  });

describe('the emulator: seeded customers', () => {
  it('seeds six posts by three customers: four mention the support account, two are replies', async () => {
    const x = await emulator();
    const posts = x.tweets().filter((t) => t.author !== 'acme_help');
    expect(posts.map((t) => [t.id, t.author, t.created_at, t.in_reply_to_tweet_id ?? null])).toEqual([
      ['1985000000000000001', 'ana_customer', '2026-12-01T09:00:00.000Z', null],
      ['1985000000000000002', 'ben_customer', '2026-12-01T09:15:00.000Z', null],
      ['1985000000000000003', 'ana_customer', '2026-12-01T09:30:00.000Z', '1985000000000000001'],
      ['1985000000000000004', 'chi_customer', '2026-12-01T09:45:00.000Z', null],
      ['1985000000000000005', 'ben_customer', '2026-12-01T10:00:00.000Z', '1985000000000000002'],
      ['1985000000000000006', 'chi_customer', '2026-12-01T10:30:00.000Z', null],
    ]);
    expect(posts.filter((t) => t.text.includes('@acme_help')).map((t) => t.id.slice(-1))).toEqual(['1', '2', '5', '6']);
  });

  it('seeds the same posts again after a reset', async () => {
    const x = await emulator();
    const before = x.tweets();
    x.reset();
    expect(x.tweets()).toEqual(before);
  });
});

describe('the emulator: GET /2/tweets/:id', () => {
  it('answers a post with its author, mentions and the post it replies to, and bills one post read', async () => {
    const x = await emulator();
    const answer = await call(x.url, 'GET', '/2/tweets/1985000000000000005?tweet.fields=author_id,entities,referenced_tweets&expansions=author_id', {
      token: 'help-token',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: {
        id: '1985000000000000005',
        text: '@acme_help also: the export button does nothing',
        edit_history_tweet_ids: ['1985000000000000005'],
        author_id: '2000000002',
        entities: { mentions: [{ start: 0, end: 10, username: 'acme_help', id: '7' }] },
        referenced_tweets: [{ type: 'replied_to', id: '1985000000000000002' }],
      },
      includes: { users: [{ id: '2000000002', name: 'ben_customer', username: 'ben_customer' }] },
    });
    expect(x.reads('acme_help')).toMatchObject({ lookup_requests: 1, post_reads: 1 });
  });

  it("answers 200 with X's not-found problem for a post it does not show, and bills nothing read", async () => {
    const x = await emulator();
    const answer = await call(x.url, 'GET', '/2/tweets/1985000000000000099', { token: 'help-token' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors[0]).toMatchObject({ resource_id: '1985000000000000099', type: 'https://api.twitter.com/2/problems/resource-not-found' });
    expect(x.reads('acme_help')).toMatchObject({ lookup_requests: 1, post_reads: 0 });
  });

  it('answers 400 for an expansion it does not carry out', async () => {
    const x = await emulator();
    const answer = await call(x.url, 'GET', '/2/tweets/1985000000000000001?expansions=geo.place_id', { token: 'help-token' });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors[0].parameters)).toEqual(['expansions']);
  });
});

describe('the emulator: customer posts added by tests', () => {
  it('POST /_emulator/tweets writes a customer post the support account may answer', async () => {
    const x = await emulator();
    const created = await call(x.url, 'POST', '/_emulator/tweets', { body: { username: 'dee_customer', text: 'Hi @ACME_HELP, is the API down?' } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ author: 'dee_customer', created_at: '2026-12-01T12:00:00.000Z', text: 'Hi @ACME_HELP, is the API down?' });
    const reply = await call(x.url, 'POST', '/2/tweets', {
      token: 'help-token',
      body: { text: 'We are on it', reply: { in_reply_to_tweet_id: created.body.data.id } },
    });
    expect(reply.status).toBe(201);
  });

  it("keeps X's 2026 rule: a reply to a customer post that does not mention the support account is refused", async () => {
    const x = await emulator();
    const refused = await call(x.url, 'POST', '/2/tweets', {
      token: 'help-token',
      body: { text: 'Glad you like it', reply: { in_reply_to_tweet_id: '1985000000000000004' } },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('You can only reply to or quote posts where you are mentioned or are the author.');
    expect(x.tweets('acme_help')).toEqual([]);
  });

  it('refuses a control call without a username or text, saying what to send', async () => {
    const x = await emulator();
    const refused = await call(x.url, 'POST', '/_emulator/tweets', { body: { text: 'no author' } });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('"username"');
  });
});
