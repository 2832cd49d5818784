/**
 * What `herald stats` reads of a support account, through the real client (twitter-api-v2) against
 * the emulator, every exchange held to X's contract: the mentions timeline (`mentionsPage`), the
 * account's own timeline (`timelinePage`) and look-ups by id (`lookUpPosts`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, type Exchange, startEmulator } from '../../src/emulator/index.js';
import { createXClient } from '../../src/x/client.js';
import { XError, type TimelinePage, type XAccountClient } from '../../src/x/port.js';
import { emulatorWithClient, MAIN, rejection } from './helpers.js';

const START = '2026-12-01T09:00:00.000Z';
const NOW = new Date('2026-12-01T12:00:00Z');
/** The seeded customer posts (src/emulator/customers.ts): ids end in 1…6; 1, 2, 5 and 6 mention the account. */
const seeded = (n: number) => `198500000000000000${n}`;

let emulator: Emulator;
let client: XAccountClient;
let accountId: string;
let exchanges: Exchange[];

/** The emulator with the support account @acme (the client's credentials) and its seeded customers. */
async function start() {
  exchanges = [];
  ({ emulator, client } = await emulatorWithClient({
    customers: { support: 'acme', start: START },
    clock: () => NOW,
    onExchange: (exchange) => exchanges.push(exchange),
  }));
  accountId = (await client.me()).id;
}

afterEach(async () => {
  await emulator?.close();
});

const ids = (page: TimelinePage) => page.posts.map((p) => p.id);

/** Every page from the newest down, following `nextToken`. */
async function allPages(read: (token?: string) => Promise<TimelinePage>): Promise<TimelinePage[]> {
  const pages = [await read()];
  while (pages.at(-1)?.nextToken) pages.push(await read(pages.at(-1)?.nextToken));
  return pages;
}

describe('mentionsPage: posts that mention the support account', () => {
  it('reads the four seeded mentions newest first, each with its author (id and username), time and what it replies to', async () => {
    await start();
    const page = await client.mentionsPage(accountId, {}, { max: 100 });
    expect(page.nextToken).toBeUndefined();
    expect(page.posts).toEqual([
      { id: seeded(6), text: '@acme how do I change my plan?', authorId: '2000000003', authorUsername: 'chi_customer', created_at: '2026-12-01T10:30:00.000Z' },
      {
        id: seeded(5),
        text: '@acme also: the export button does nothing',
        authorId: '2000000002',
        authorUsername: 'ben_customer',
        created_at: '2026-12-01T10:00:00.000Z',
        in_reply_to_tweet_id: seeded(2),
        in_reply_to_user_id: '2000000002',
      },
      {
        id: seeded(2),
        text: '@acme the app logs me out every hour',
        authorId: '2000000002',
        authorUsername: 'ben_customer',
        created_at: '2026-12-01T09:15:00.000Z',
      },
      {
        id: seeded(1),
        text: '@acme my invoice shows the wrong amount, can you help?',
        authorId: '2000000001',
        authorUsername: 'ana_customer',
        created_at: '2026-12-01T09:00:00.000Z',
      },
    ]);
    expect(emulator.reads('acme')).toMatchObject({ post_reads: 4, timeline_requests: 1 });
  });

  it('pages with max 5: each mention on exactly one page, newest first, one request per page', async () => {
    await start();
    const added = [1, 2, 3, 4].map((n) => emulator.customerPost({ username: 'dee_customer', text: `@acme question ${n}` }).id);
    const pages = await allPages((token) => client.mentionsPage(accountId, {}, { max: 5, ...(token ? { token } : {}) }));
    expect(pages.map(ids)).toEqual([
      [added[3], added[2], added[1], added[0], seeded(6)],
      [seeded(5), seeded(2), seeded(1)],
    ]);
    expect(pages[1].nextToken).toBeUndefined();
    expect(exchanges.filter((e) => e.path.endsWith('/mentions'))).toHaveLength(2);
    expect(emulator.reads('acme')).toMatchObject({ post_reads: 8, timeline_requests: 2 });
  });

  it('reads between sinceId and untilId, both exclusive', async () => {
    await start();
    const page = await client.mentionsPage(accountId, { sinceId: seeded(1), untilId: seeded(6) }, { max: 5 });
    expect(ids(page)).toEqual([seeded(5), seeded(2)]);
  });

  it('reads from startTime on', async () => {
    await start();
    const page = await client.mentionsPage(accountId, { startTime: '2026-12-01T09:15:00Z' }, { max: 5 });
    expect(ids(page)).toEqual([seeded(6), seeded(5), seeded(2)]);
  });

  it("never holds the account's own posts, not even one that names the account or replies to a customer", async () => {
    await start();
    const own = await client.createTweet({ text: 'Shift notes for @acme: invoices fixed' });
    const reply = await client.createTweet({ text: '@ana_customer fixed, sorry about that', replyTo: seeded(1) });
    const page = await client.mentionsPage(accountId, {}, { max: 100 });
    expect(ids(page)).toEqual([seeded(6), seeded(5), seeded(2), seeded(1)]);
    expect(ids(page)).not.toContain(own.id);
    expect(ids(page)).not.toContain(reply.id);
    expect(page.posts.every((p) => p.authorId !== accountId)).toBe(true);
  });

  it('a 429 on the mentions timeline → XError rate-limit, with when it resets', async () => {
    await start();
    emulator.inject({ status: 429, resetInSecs: 900, method: 'GET', path: '/2/users/:id/mentions' });
    const error = await rejection(client.mentionsPage(accountId, {}, { max: 5 }));
    expect(error).toBeInstanceOf(XError);
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, resetAt: '2026-12-01T12:15:00.000Z' });
    expect(error.message).toContain('GET /2/users/');
  });
});

describe("timelinePage: the support account's own posts", () => {
  it('holds a reply the account posted, with the post it replies to and that post’s author; reposts are excluded in the request', async () => {
    await start();
    const announcement = await client.createTweet({ text: 'Plans now change in Settings' });
    const reply = await client.createTweet({ text: '@ana_customer fixed, sorry about that', replyTo: seeded(1) });
    const page = await client.timelinePage(accountId, {}, { max: 5 });
    expect(page.posts).toEqual([
      {
        id: reply.id,
        text: '@ana_customer fixed, sorry about that',
        authorId: accountId,
        created_at: NOW.toISOString(),
        in_reply_to_tweet_id: seeded(1),
        in_reply_to_user_id: '2000000001',
      },
      { id: announcement.id, text: 'Plans now change in Settings', authorId: accountId, created_at: NOW.toISOString() },
    ]);
    const request = exchanges.find((e) => e.method === 'GET' && e.path === `/2/users/${accountId}/tweets`);
    expect(new URLSearchParams(request?.search).get('exclude')).toBe('retweets');
    expect(emulator.reads('acme')).toMatchObject({ owned_reads: 2, timeline_requests: 1 });
  });
});

describe('lookUpPosts: posts by id', () => {
  it('answers the posts X shows and names a deleted one as missing', async () => {
    await start();
    const reply = await client.createTweet({ text: '@ben_customer try logging in again', replyTo: seeded(2) });
    expect(await client.deleteTweet(reply.id)).toBe('deleted');
    const { posts, missing } = await client.lookUpPosts([seeded(3), reply.id]);
    expect(posts).toEqual([
      {
        id: seeded(3),
        text: 'Still waiting on the invoice fix',
        authorId: '2000000001',
        created_at: '2026-12-01T09:30:00.000Z',
        in_reply_to_tweet_id: seeded(1),
        in_reply_to_user_id: '2000000001',
      },
    ]);
    expect(missing).toEqual([reply.id]);
  });
});

describe('an answer out of X’s contract', () => {
  it('stops the read with an XError before a time X would never send reaches the records', async () => {
    // The emulator unchecked on purpose: it is made to answer a `created_at` X never writes.
    const unchecked = await startEmulator({
      users: [{ token: MAIN.accessToken, secret: MAIN.accessSecret, username: 'acme' }],
      apps: [{ key: MAIN.appKey, secret: MAIN.appSecret }],
      customers: { support: 'acme', start: START },
      clock: () => NOW,
    });
    try {
      unchecked.customerPost({ username: 'dee_customer', text: '@acme hello', createdAt: '2026-12-01 10:00' });
      const reader = createXClient(MAIN, { baseUrl: unchecked.url, timeoutMs: 2_000 });
      const me = await reader.me();
      const error = await rejection(reader.mentionsPage(me.id, {}, { max: 100 }));
      expect(error).toBeInstanceOf(XError);
      expect(error).toMatchObject({ kind: 'server' });
      expect(error.message).toContain('out of its contract');
    } finally {
      await unchecked.close();
    }
  });
});
