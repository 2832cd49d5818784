/**
 * The contract check itself (test/helpers/x-contract.ts): it must accept X's real answers and the
 * requests the document describes, and catch what departs from them, saying where. The client and
 * publish suites run every exchange through it (their emulators are `startCheckedEmulator`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/emulator/index.js';
import { repoRoot } from '../helpers/cli.js';
import { formatViolation, startCheckedEmulator, xContract } from '../helpers/x-contract.js';
import { createXClient } from '../../src/x/client.js';
import { MAIN } from './helpers.js';

const contract = xContract();

function exchange(
  method: string,
  target: string,
  request?: unknown,
  response?: { status: number; body?: unknown; headers?: Record<string, string> },
): Exchange {
  const url = new URL(target, 'http://x');
  return {
    method,
    path: url.pathname,
    search: url.search,
    requestHeaders: { authorization: 'OAuth oauth_token="t"', ...(request === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }) },
    requestBody: Buffer.from(request === undefined ? '' : JSON.stringify(request)),
    ...(response
      ? {
          response: {
            status: response.status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...response.headers },
            body: response.body === undefined ? '' : JSON.stringify(response.body),
          },
        }
      : {}),
  };
}

const problems = (e: Exchange) => contract.check(e).map(formatViolation);
const created = { status: 201, body: { data: { id: '1990000000000000001', text: 'hi', edit_history_tweet_ids: ['1990000000000000001'] } } };

describe("X's contract check", () => {
  it('accepts the create requests the document describes: text, reply, media, poll', () => {
    for (const body of [
      { text: 'hi' },
      { text: 'hi', reply: { in_reply_to_tweet_id: '1990000000000000001' } },
      { text: 'hi', media: { media_ids: ['1980000000000000001', '1980000000000000002'] } },
      { text: 'Which?', poll: { options: ['A', 'B', 'C'], duration_minutes: 1440 } },
    ]) {
      expect(problems(exchange('POST', '/2/tweets', body, created))).toEqual([]);
    }
  });

  it('catches off-contract requests, naming where and what ajv said', () => {
    expect(problems(exchange('POST', '/2/tweets', { text: 'Which?', poll: { options: ['only one'], duration_minutes: 2 } }))).toEqual([
      expect.stringMatching(/^POST \/2\/tweets request: body: \/poll\/duration_minutes must be >= 5/),
      expect.stringMatching(/body: \/poll\/options must NOT have fewer than 2 items/),
    ]);
    expect(problems(exchange('POST', '/2/tweets', { text: 'hi', media: { media_ids: ['1', '2', '3', '4', '5'] } }))).toEqual([
      expect.stringContaining('/media/media_ids must NOT have more than 4 items'),
    ]);
    expect(problems(exchange('POST', '/2/tweets', { text: 'hi', reply: { to: '1' } }))).toEqual([
      expect.stringContaining("/reply must have required property 'in_reply_to_tweet_id'"),
      expect.stringContaining('/reply must NOT have additional properties'),
    ]);
    expect(problems(exchange('GET', '/2/users/42/tweets?max_results=500&colour=red'))).toEqual([
      expect.stringContaining('query max_results: / must be <= 100'),
      expect.stringContaining('query colour: not a parameter of GET /2/users/{id}/tweets'),
    ]);
    expect(problems({ ...exchange('GET', '/2/users/me'), requestHeaders: { authorization: 'Bearer abc' } })).toEqual([
      'GET /2/users/me request: header authorization: GET /2/users/me takes OAuth 1.0a user context (UserToken); sent Bearer',
    ]);
    expect(problems(exchange('GET', '/2/users/42/followers'))).toEqual([
      "GET /2/users/42/followers request: operation: X's OpenAPI document (2.167 subset) has no GET /2/users/42/followers",
    ]);
  });

  it('matches operations by path template, literal segments first, and reads the live names of renamed fields', () => {
    expect(contract.operation('DELETE', '/2/tweets/1990000000000000001')?.operation.template).toBe('/2/tweets/{id}');
    expect(contract.operation('GET', '/2/media/upload')?.operation.template).toBe('/2/media/upload');
    expect(contract.operation('POST', '/2/media/upload/19/append')?.params).toEqual({ id: '19' });
    expect(problems(exchange('GET', '/2/tweets?ids=1,2&tweet.fields=public_metrics,created_at'))).toEqual([]);
    expect(problems(exchange('GET', '/2/users/42/tweets?max_results=100&tweet.fields=created_at,entities,referenced_tweets'))).toEqual([]);
    expect(problems(exchange('GET', '/2/tweets?tweet.fields=nonsense'))).toEqual([
      expect.stringContaining('query tweet.fields: /0 must be equal to one of the allowed values'),
      'GET /2/tweets?tweet.fields=nonsense request: query ids: required but not sent',
    ]);
    const metrics = { retweet_count: 1, reply_count: 0, like_count: 2, quote_count: 0, bookmark_count: 0, impression_count: 9 };
    const lookup = { status: 200, body: { data: [{ id: '1', text: 'hi', edit_history_tweet_ids: ['1'], public_metrics: metrics }] } };
    expect(problems(exchange('GET', '/2/tweets?ids=1&tweet.fields=public_metrics', undefined, lookup))).toEqual([]);
    const { like_count: _, ...missing } = metrics;
    const short = { status: 200, body: { data: [{ id: '1', text: 'hi', public_metrics: missing }] } };
    expect(problems(exchange('GET', '/2/tweets?ids=1&tweet.fields=public_metrics', undefined, short))).toEqual([
      expect.stringContaining("response 200: body: /data/0/public_metrics must have required property 'like_count'"),
    ]);
  });

  it('checks success answers against the operation, status included', () => {
    expect(problems(exchange('POST', '/2/tweets', { text: 'hi' }, { status: 201, body: { data: { id: 42, text: 'hi' } } }))).toEqual([
      expect.stringContaining('response 201: body: /data/id must be string'),
    ]);
    expect(problems(exchange('POST', '/2/tweets', { text: 'hi' }, { ...created, status: 200 }))).toEqual([
      'POST /2/tweets response 200: status: POST /2/tweets answers 201 on success, not 200',
    ]);
    expect(problems(exchange('DELETE', '/2/tweets/1', undefined, { status: 200, body: { data: { deleted: 'yes' } } }))).toEqual([
      expect.stringContaining('/data/deleted must be boolean'),
    ]);
  });

  it('accepts every error body X was seen answering (observed-errors.json), under either problem host', () => {
    const observed = contract.observed as Record<string, { status: number; body?: unknown }>;
    const bodies = Object.values(observed).filter((entry) => entry && typeof entry === 'object' && 'body' in entry);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const { status, body } of bodies) expect(problems(exchange('POST', '/2/tweets', { text: 'hi' }, { status, body }))).toEqual([]);
    const resourceNotFound = {
      title: 'Not Found Error',
      detail: 'Could not find user with id: [1].',
      type: 'https://api.x.com/2/problems/resource-not-found',
      resource_type: 'user',
    };
    expect(problems(exchange('GET', '/2/users/1/tweets', undefined, { status: 200, body: { errors: [resourceNotFound] } }))).toEqual([]);
  });

  it('catches error answers in no shape of X, and 429s without their headers', () => {
    expect(problems(exchange('POST', '/2/tweets', { text: 'hi' }, { status: 503, body: { message: 'down' } }))).toEqual([
      expect.stringMatching(/^POST \/2\/tweets response 503: body: matches none of X's error shapes: Problem: .* \| Error: .*code.* \| observed problem: /),
    ]);
    const notFound = { title: 'Not Found Error', detail: 'No user.', type: 'https://api.twitter.com/2/problems/resource-not-found' };
    expect(problems(exchange('GET', '/2/users/me', undefined, { status: 404, body: notFound }))).toEqual([
      expect.stringContaining("response 404: body: matches none of X's error shapes: ResourceNotFoundProblem: / must have required property 'resource_type'"),
    ]);
    const forbidden = { title: 'Forbidden', detail: 'No.', type: 'about:blank', status: 401 };
    expect(problems(exchange('POST', '/2/tweets', { text: 'hi' }, { status: 403, body: forbidden }))).toEqual([
      'POST /2/tweets response 403: body/status: 401 but the HTTP status is 403',
    ]);
    const limited = { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 };
    expect(problems(exchange('POST', '/2/tweets', { text: 'hi' }, { status: 429, body: limited, headers: { 'x-user-limit-24hour-limit': '17' } }))).toEqual([
      'POST /2/tweets response 429: header x-rate-limit-limit: missing on a 429',
      'POST /2/tweets response 429: header x-rate-limit-remaining: missing on a 429',
      'POST /2/tweets response 429: header x-rate-limit-reset: missing on a 429',
      'POST /2/tweets response 429: header x-user-limit-24hour-remaining: missing on a 429',
      'POST /2/tweets response 429: header x-user-limit-24hour-reset: missing on a 429',
    ]);
  });

  it('sees every exchange of the real client with the emulator, error answers included, and finds nothing', async () => {
    const seen: string[] = [];
    const x = await startCheckedEmulator({
      users: [{ token: MAIN.accessToken, secret: MAIN.accessSecret, username: 'acme' }],
      apps: [{ key: MAIN.appKey, secret: MAIN.appSecret }],
      onExchange: (e) => seen.push(`${e.method} ${e.path} ${e.response?.status}`),
    });
    try {
      const client = createXClient(MAIN, { baseUrl: x.url, timeoutMs: 2_000 });
      const me = await client.me();
      const { id } = await client.createTweet({ text: 'Contract check' });
      await client.createTweet({ text: 'Contract check' }).catch(() => undefined); // 403 duplicate
      await client.createTweet({ text: 'Reply', replyTo: id });
      await client.createTweet({ text: 'x'.repeat(300) }).catch(() => undefined); // 400
      for (const status of [401, 403, 429, 500, 503]) {
        x.inject({ status, path: '/2/tweets' });
        await client.createTweet({ text: `fault ${status}` }).catch(() => undefined);
      }
      x.inject({ status: 429, limit: '24h', path: '/2/tweets' });
      await client.createTweet({ text: 'fault 429 24h' }).catch(() => undefined);
      const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]);
      await client.uploadMedia({ name: 'a.png', bytes: png }, 'A chart');
      await client.recentTweets(me.id);
      expect(x.violations().map(formatViolation)).toEqual([]);
    } finally {
      await x.close();
    }
    expect(seen).toEqual(
      expect.arrayContaining(['POST /2/tweets 403', 'POST /2/tweets 400', 'POST /2/tweets 429', 'POST /2/tweets 503', 'POST /2/media/metadata 200']),
    );
  });
});

describe("X's contract: the mentions operation the vendored subset lacks", () => {
  const fixtures = path.join(repoRoot, 'test/fixtures/x-api-contract');

  it('keeps openapi-subset.json a byte copy of the reference subset (sha256 as its README records)', () => {
    const sha256 = createHash('sha256')
      .update(readFileSync(path.join(fixtures, 'openapi-subset.json')))
      .digest('hex');
    expect(sha256).toBe('78ccf0ddd0ec0698cbdb4a6175e924791e16157440338407ccf57a284a3d979b');
    expect(readFileSync(path.join(fixtures, 'README.md'), 'utf8')).toContain(sha256.slice(0, 8));
  });

  it('merges GET /2/users/{id}/mentions into the document checked against, with its response schema', () => {
    const found = contract.operation('GET', '/2/users/2244994945/mentions');
    expect(found?.operation.template).toBe('/2/users/{id}/mentions');
    expect(found?.params).toEqual({ id: '2244994945' });
    expect(found?.operation.op.operationId).toBe('getUsersMentions');
    const schemas = (contract.doc.components as { schemas: Record<string, unknown> }).schemas;
    expect(schemas.GetUsersMentionsResponse).toEqual(schemas.GetUsersPostsResponse);
  });

  it('checks mentions exchanges like every other: its parameters, no exclude, and the answer', () => {
    const page = {
      status: 200,
      body: {
        data: [{ id: '1', text: '@acme hi', author_id: '9', created_at: '2026-12-01T09:00:00.000Z', edit_history_tweet_ids: ['1'] }],
        meta: { result_count: 1, newest_id: '1', oldest_id: '1' },
      },
    };
    const asked =
      '/2/users/42/mentions?max_results=5&since_id=1&until_id=99&start_time=2026-12-01T00:00:00Z&tweet.fields=created_at,author_id,in_reply_to_user_id';
    expect(problems(exchange('GET', asked, undefined, page))).toEqual([]);
    expect(problems(exchange('GET', '/2/users/42/mentions?exclude=retweets&max_results=4'))).toEqual([
      expect.stringContaining('query exclude: not a parameter of GET /2/users/{id}/mentions'),
      expect.stringContaining('query max_results: / must be >= 5'),
    ]);
    const wrong = { status: 200, body: { data: [{ id: '1', text: 'hi' }], meta: { result_count: '1' } } };
    expect(problems(exchange('GET', '/2/users/42/mentions', undefined, wrong))).toEqual([expect.stringContaining('/meta/result_count must be integer')]);
  });
});
