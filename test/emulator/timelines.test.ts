/**
 * The emulator's user timelines over raw HTTP: GET /2/users/:id/mentions (other users' posts that
 * mention the user) and GET /2/users/:id/tweets with its ranges and `exclude`, and the fields
 * GET /2/tweets?ids= answers for the support statistics. Answers are held to X's contract.
 */
import { describe, expect, it } from 'vitest';
import { call, emulatorPerTest } from '../helpers/emulator-http.js';

const start = emulatorPerTest();
const START = '2026-12-01T09:00:00.000Z';
const HELP = 'help-token';
const HELP_ID = '7';
/** The seeded posts (src/emulator/customers.ts): ids end in 1…6; 1, 2, 5 and 6 mention @acme_help. */
const seeded = (n: number) => `198500000000000000${n}`;

const emulator = () =>
  start({
    users: [{ token: HELP, username: 'acme_help', id: HELP_ID }],
    customers: { support: '@acme_help', start: START },
    clock: () => new Date('2026-12-01T12:00:00Z'),
  });

type Post = { id: string; author_id?: string; created_at?: string };
const ids = (body: { data?: Post[] }) => (body.data ?? []).map((p) => p.id);
const mentions = (x: { url: string }, query = '') => call(x.url, 'GET', `/2/users/${HELP_ID}/mentions${query}`, { token: HELP });
const timeline = (x: { url: string }, query = '') => call(x.url, 'GET', `/2/users/${HELP_ID}/tweets${query}`, { token: HELP });

describe('the emulator: GET /2/users/:id/mentions', () => {
  it('answers the four seeded posts that mention the account, newest first, with author and time, billed as post reads', async () => {
    const x = await emulator();
    const answer = await mentions(x, '?tweet.fields=author_id,created_at,entities,referenced_tweets,in_reply_to_user_id');
    expect(answer.status).toBe(200);
    expect(answer.body.data.map((p: Post) => [p.id, p.author_id, p.created_at])).toEqual([
      [seeded(6), '2000000003', '2026-12-01T10:30:00.000Z'],
      [seeded(5), '2000000002', '2026-12-01T10:00:00.000Z'],
      [seeded(2), '2000000002', '2026-12-01T09:15:00.000Z'],
      [seeded(1), '2000000001', '2026-12-01T09:00:00.000Z'],
    ]);
    expect(answer.body.data[1]).toMatchObject({
      entities: { mentions: [{ start: 0, end: 10, username: 'acme_help', id: HELP_ID }] },
      referenced_tweets: [{ type: 'replied_to', id: seeded(2) }],
      in_reply_to_user_id: '2000000002',
    });
    expect(answer.body.meta).toEqual({ result_count: 4, newest_id: seeded(6), oldest_id: seeded(1) });
    expect(x.reads('acme_help')).toEqual({ lookup_requests: 0, post_reads: 4, timeline_requests: 1, owned_reads: 0 });
  });

  it('finds a mention as X extracts it: any letter case, but not a longer handle or an e-mail address', async () => {
    const x = await emulator();
    const upper = x.customerPost({ username: 'dee_customer', text: 'Hi @ACME_HELP, is the API down?' });
    x.customerPost({ username: 'dee_customer', text: 'ping @acme_helpdesk about it' });
    x.customerPost({ username: 'dee_customer', text: 'mail ops@acme_help.example please' });
    const answer = await mentions(x, '?max_results=5');
    expect(ids(answer.body)).toEqual([upper.id, seeded(6), seeded(5), seeded(2), seeded(1)]);
  });

  it("leaves out the account's own posts, even one that names the account", async () => {
    const x = await emulator();
    const own = await call(x.url, 'POST', '/2/tweets', { token: HELP, body: { text: 'Notes for @acme_help: invoices are fixed' } });
    expect(own.status).toBe(201);
    const answer = await mentions(x);
    expect(ids(answer.body)).not.toContain(own.body.data.id);
    expect(ids(answer.body)).toHaveLength(4);
  });

  it('leaves out a mention its author deleted', async () => {
    const x = await emulator();
    const deleted = await call(x.url, 'DELETE', `/2/tweets/${seeded(6)}`, { token: 'customer-chi_customer' });
    expect(deleted.status).toBe(200);
    expect(ids((await mentions(x)).body)).toEqual([seeded(5), seeded(2), seeded(1)]);
  });

  it('pages with max_results and pagination_token, each post on exactly one page', async () => {
    const x = await emulator();
    const added = [1, 2, 3, 4].map((n) => x.customerPost({ username: 'eve_customer', text: `@acme_help question ${n}` }).id);
    const first = await mentions(x, '?max_results=5');
    expect(ids(first.body)).toEqual([...added].reverse().concat(seeded(6)));
    expect(first.body.meta).toMatchObject({ result_count: 5, newest_id: added[3], oldest_id: seeded(6), next_token: expect.any(String) });
    const second = await mentions(x, `?max_results=5&pagination_token=${first.body.meta.next_token}`);
    expect(ids(second.body)).toEqual([seeded(5), seeded(2), seeded(1)]);
    expect(second.body.meta).toEqual({ result_count: 3, newest_id: seeded(5), oldest_id: seeded(1) });
  });

  it('reads between since_id and until_id, both exclusive', async () => {
    const x = await emulator();
    expect(ids((await mentions(x, `?since_id=${seeded(1)}&until_id=${seeded(6)}`)).body)).toEqual([seeded(5), seeded(2)]);
  });

  it('reads from start_time to end_time, both inclusive', async () => {
    const x = await emulator();
    const answer = await mentions(x, '?start_time=2026-12-01T09:15:00Z&end_time=2026-12-01T10:00:00Z');
    expect(ids(answer.body)).toEqual([seeded(5), seeded(2)]);
  });

  it('answers an empty range with result_count 0 and no data', async () => {
    const x = await emulator();
    const answer = await mentions(x, `?since_id=${seeded(6)}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ meta: { result_count: 0 } });
  });

  it('answers 400 like the timeline route for a page size outside 5 to 100, and for parameters the operation does not take (exclude)', async () => {
    const x = await emulator();
    for (const [query, parameter] of [
      ['?max_results=4', 'max_results'],
      ['?max_results=101', 'max_results'],
      ['?exclude=retweets', 'exclude'],
      ['?since_id=abc', 'since_id'],
      [`?since_id=${seeded(5)}&until_id=${seeded(2)}`, 'until_id'],
      ['?start_time=yesterday', 'start_time'],
      ['?pagination_token=nonsense', 'pagination_token'],
      ['?tweet.fields=lang', 'tweet.fields'],
    ]) {
      const answer = await mentions(x, query);
      expect(answer.status, query).toBe(400);
      expect(Object.keys(answer.body.errors[0].parameters), query).toEqual([parameter]);
    }
    expect(x.reads('acme_help').timeline_requests).toBe(0);
  });

  it('answers an unknown user id with the not-found body the timeline route gives', async () => {
    const x = await emulator();
    const fromMentions = await call(x.url, 'GET', '/2/users/404404/mentions', { token: HELP });
    const fromTimeline = await call(x.url, 'GET', '/2/users/404404/tweets', { token: HELP });
    expect(fromMentions.status).toBe(200);
    expect(fromMentions.body).toEqual(fromTimeline.body);
    expect(fromMentions.body.errors[0]).toMatchObject({ resource_type: 'user', resource_id: '404404', detail: 'Could not find user with id: [404404].' });
  });
});

describe('the emulator: GET /2/users/:id/tweets ranges and exclude', () => {
  /** The support account answers the two mentions without a reply, and posts once on its own. */
  async function withReplies() {
    const x = await emulator();
    const sent: string[] = [];
    for (const body of [
      { text: 'Sorry about the invoice, fixed now', reply: { in_reply_to_tweet_id: seeded(1) } },
      { text: 'New: plan changes in settings' },
      { text: 'Settings, then Plan', reply: { in_reply_to_tweet_id: seeded(6) } },
    ]) {
      const created = await call(x.url, 'POST', '/2/tweets', { token: HELP, body });
      expect(created.status).toBe(201);
      sent.push(created.body.data.id);
    }
    return { x, sent };
  }

  it('includes replies by default and leaves them out with exclude=replies; exclude=retweets leaves the rest (the emulator has no reposts)', async () => {
    const { x, sent } = await withReplies();
    expect(ids((await timeline(x)).body)).toEqual([sent[2], sent[1], sent[0]]);
    expect(ids((await timeline(x, '?exclude=replies')).body)).toEqual([sent[1]]);
    expect(ids((await timeline(x, '?exclude=retweets')).body)).toEqual([sent[2], sent[1], sent[0]]);
    expect(ids((await timeline(x, '?exclude=retweets,replies')).body)).toEqual([sent[1]]);
  });

  it('answers 400 for an exclude value other than replies or retweets', async () => {
    const { x } = await withReplies();
    const answer = await timeline(x, '?exclude=quotes');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ parameters: { exclude: ['quotes'] } });
  });

  it('reads below until_id (exclusive)', async () => {
    const { x, sent } = await withReplies();
    expect(ids((await timeline(x, `?until_id=${sent[2]}`)).body)).toEqual([sent[1], sent[0]]);
  });

  it('reads up to end_time (inclusive)', async () => {
    const x = await emulator();
    // The support account's posts all go out at the emulator's clock, 12:00.
    await call(x.url, 'POST', '/2/tweets', { token: HELP, body: { text: 'We are online' } });
    expect(ids((await timeline(x, '?end_time=2026-12-01T11:59:59Z')).body)).toEqual([]);
    expect(ids((await timeline(x, '?end_time=2026-12-01T12:00:00Z')).body)).toHaveLength(1);
  });

  it('answers the reply fields the support statistics ask for: author, time, the post replied to and its author', async () => {
    const { x, sent } = await withReplies();
    const answer = await timeline(x, '?exclude=retweets&tweet.fields=created_at,author_id,referenced_tweets,in_reply_to_user_id');
    expect(answer.body.data[0]).toEqual({
      id: sent[2],
      text: 'Settings, then Plan',
      edit_history_tweet_ids: [sent[2]],
      created_at: '2026-12-01T12:00:00.000Z',
      author_id: HELP_ID,
      referenced_tweets: [{ type: 'replied_to', id: seeded(6) }],
      in_reply_to_user_id: '2000000003',
    });
    expect(x.reads('acme_help')).toMatchObject({ timeline_requests: 1, owned_reads: 3, post_reads: 0 });
  });
});

describe('the emulator: GET /2/tweets?ids= for the support statistics', () => {
  it('answers author_id, created_at, referenced_tweets and in_reply_to_user_id when asked', async () => {
    const x = await emulator();
    const answer = await call(x.url, 'GET', `/2/tweets?ids=${seeded(3)},${seeded(4)}&tweet.fields=author_id,created_at,referenced_tweets,in_reply_to_user_id`, {
      token: HELP,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual([
      {
        id: seeded(3),
        text: 'Still waiting on the invoice fix',
        edit_history_tweet_ids: [seeded(3)],
        author_id: '2000000001',
        created_at: '2026-12-01T09:30:00.000Z',
        referenced_tweets: [{ type: 'replied_to', id: seeded(1) }],
        in_reply_to_user_id: '2000000001',
      },
      {
        id: seeded(4),
        text: 'Loving the new dashboard totals',
        edit_history_tweet_ids: [seeded(4)],
        author_id: '2000000003',
        created_at: '2026-12-01T09:45:00.000Z',
      },
    ]);
  });
});
