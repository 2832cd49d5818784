import dc from 'node:diagnostics_channel';
import { readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors.js';
import { createXClient, createXClientFromEnv } from '../../src/x/client.js';
import type { Emulator } from '../../src/emulator/index.js';
import { XError, type XAccountClient } from '../../src/x/port.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { ALL_SECRETS, emulatorWithClient, MAIN, rejection } from './helpers.js';

const chartPng = path.join(repoRoot, 'test/fixtures/x-media/chart.png');

let emulator: Emulator;
let client: XAccountClient;

async function start(...args: Parameters<typeof emulatorWithClient>) {
  ({ emulator, client } = await emulatorWithClient(...args));
}

afterEach(async () => {
  await emulator?.close();
});

/** Every error the client raises must be safe to print. */
function expectNoSecrets(error: unknown) {
  const shown = `${String(error)} ${(error as Error).stack ?? ''} ${JSON.stringify(error)}`;
  for (const secret of ALL_SECRETS) expect(shown).not.toContain(secret);
}

describe('the X client against the emulator, over HTTP', () => {
  it('looks up the account it is authorised as', async () => {
    await start();
    const me = await client.me();
    expect(me.username).toBe('acme');
    expect(me.id).toMatch(/^\d+$/);
  });

  it('creates a post and returns its id', async () => {
    await start();
    const { id } = await client.createTweet({ text: 'We just shipped weekly totals.' });
    expect(emulator.tweets()).toEqual([expect.objectContaining({ id, text: 'We just shipped weekly totals.', author: 'acme' })]);
  });

  it('posts a thread: each part replies to the previous one', async () => {
    await start();
    const first = await client.createTweet({ text: 'Thread, part one 👇' });
    const second = await client.createTweet({ text: 'Part two.', replyTo: first.id });
    const stored = emulator.tweets();
    expect(stored[1]).toMatchObject({ id: second.id, in_reply_to_tweet_id: first.id });
  });

  it('uploads a PNG in chunks through the v2 endpoints and sets its alt text', async () => {
    await start();
    const mediaId = await client.uploadMedia(await mediaFile(chartPng), 'A bar chart of weekly totals');
    const { id } = await client.createTweet({ text: 'With a chart', mediaIds: [mediaId] });
    expect(emulator.tweets()[0]).toMatchObject({
      id,
      media: [{ id: mediaId, media_type: 'image/png', alt_text: 'A bar chart of weekly totals' }],
    });
    const media = emulator.state().media[0];
    expect(media.magic).toBe('89504e470d0a1a0a'); // the real PNG signature arrived intact
    expect(emulator.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /2/media/upload/initialize',
      `POST /2/media/upload/${mediaId}/append`,
      `POST /2/media/upload/${mediaId}/finalize`,
      'POST /2/media/metadata',
      'POST /2/tweets',
    ]);
  });

  it('uploads a video in several parts and waits for X to process it', async () => {
    await start({ limits: { processingCheckAfterSecs: 0, processingChecks: 2 } });
    const dir = await tempDir();
    const video = path.join(dir, 'clip.mp4');
    await writeFile(video, Buffer.alloc(1024 * 1024 + 100, 7));
    const mediaId = await client.uploadMedia(await mediaFile(video));
    expect(emulator.state().media[0]).toMatchObject({ id: mediaId, state: 'succeeded', segments: { 0: 1024 * 1024, 1: 100 } });
    expect(emulator.requests().filter((r) => r.path === '/2/media/upload')).toHaveLength(2);
  });

  it('refuses a file type X does not take, naming the ones it does', async () => {
    await start();
    const error = await rejection(client.uploadMedia({ name: 'notes.txt', bytes: Buffer.from('notes') }, 'alt'));
    expect(error).toMatchObject({ kind: 'bad-request' });
    expect(error.message).toContain('.png');
    expect(emulator.requests()).toHaveLength(0);
  });

  it('reads the timeline newest first, with t.co links expanded and &, <, > decoded', async () => {
    await start();
    const text = 'Q&A <live> at https://example.com/qa?x=1&y=2 — RSVP';
    const first = await client.createTweet({ text });
    const reply = await client.createTweet({ text: 'Details: docs.example.com/rsvp', replyTo: first.id });
    const me = await client.me();
    const timeline = await client.recentTweets(me.id);
    expect(timeline.map((t) => t.id)).toEqual([reply.id, first.id]);
    expect(timeline[1].text).toBe(text);
    // A link written without a scheme comes back with X's `http://`, as on X.
    expect(timeline[0]).toMatchObject({ text: 'Details: http://docs.example.com/rsvp', in_reply_to_tweet_id: first.id });
    expect(timeline[0].created_at).toMatch(/Z$/);
  });

  it('pages through a long timeline', async () => {
    await start({ limits: { postsPer24Hours: 1000, postsPer15Min: 1000 } });
    for (let i = 0; i < 130; i++) await client.createTweet({ text: `Post number ${i}` });
    const timeline = await client.recentTweets((await client.me()).id, { max: 500 });
    expect(timeline).toHaveLength(130);
    expect(timeline[0].text).toBe('Post number 129');
    expect(emulator.requests().filter((r) => r.path.endsWith('/tweets') && r.method === 'GET')).toHaveLength(2);
  });

  it('sends every request to X_API_BASE_URL and contacts nothing else', async () => {
    await start();
    // Node announces every outgoing HTTP request on this channel, whoever makes it.
    const hosts: string[] = [];
    // biome-ignore lint/suspicious/noExplicitAny: node's diagnostics-channel messages are untyped
    const record = ({ request }: any) => hosts.push(`${request.protocol}//${request.getHeader('host')}`);
    dc.subscribe('http.client.request.start', record);
    try {
      const mediaId = await client.uploadMedia(await mediaFile(chartPng), 'alt');
      const post = await client.createTweet({ text: 'Routed', mediaIds: [mediaId] });
      await client.recentTweets((await client.me()).id);
      expect(post.id).toBeTruthy();
    } finally {
      dc.unsubscribe('http.client.request.start', record);
    }
    expect(hosts.length).toBe(emulator.requests().length);
    expect(new Set(hosts)).toEqual(new Set([`http://127.0.0.1:${emulator.port}`]));
    // The emulator verified each OAuth signature against https://api.x.com/...: redirecting kept signing intact.
    expect(emulator.requests().every((r) => r.status < 300)).toBe(true);
  });
});

describe('the client from the environment', () => {
  it('uses the account credentials and X_API_BASE_URL', async () => {
    await start();
    const made = createXClientFromEnv('main', {
      X_MAIN_ACCESS_TOKEN: MAIN.accessToken,
      X_MAIN_ACCESS_SECRET: MAIN.accessSecret,
      X_APP_KEY: MAIN.appKey,
      X_APP_SECRET: MAIN.appSecret,
      X_API_BASE_URL: emulator.url,
    });
    expect(made.ok).toBe(true);
    expect(made.ok && (await made.client.me()).username).toBe('acme');
  });

  it('reports missing variables instead of a client', () => {
    expect(createXClientFromEnv('main', { X_APP_KEY: 'k', X_APP_SECRET: 's' })).toEqual({
      ok: false,
      missing: ['X_MAIN_ACCESS_TOKEN', 'X_MAIN_ACCESS_SECRET'],
    });
  });

  it('refuses an X_API_BASE_URL that is not an http(s) URL, saying what to write', () => {
    const attempt = () => createXClient(MAIN, { baseUrl: '127.0.0.1:8787' });
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(/X_API_BASE_URL=http:\/\/127\.0\.0\.1:8787/);
  });
});

describe('X errors, by what publishing must do about them', () => {
  it('429 → rate-limit, with resetAt from x-rate-limit-reset', async () => {
    await start({ clock: () => new Date('2026-12-01T09:00:00Z') });
    emulator.inject({ status: 429, resetInSecs: 600, method: 'POST', path: '/2/tweets' });
    const error = await rejection(client.createTweet({ text: 'Too soon' }));
    expect(error).toBeInstanceOf(XError);
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, resetAt: '2026-12-01T09:10:00.000Z' });
    expectNoSecrets(error);
  });

  it('the 24-hour user limit → rate-limit, with resetAt from x-user-limit-24hour-reset', async () => {
    await start({ clock: () => new Date('2026-12-01T09:00:00Z'), limits: { postsPer24Hours: 2 } });
    await client.createTweet({ text: 'one' });
    await client.createTweet({ text: 'two' });
    const error = await rejection(client.createTweet({ text: 'three' }));
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, resetAt: '2026-12-02T09:00:00.000Z' });
    expect(emulator.tweets()).toHaveLength(2);
  });

  it('429 from the 24-hour user limit → rate-limit, with resetAt from x-user-limit-24hour-reset', async () => {
    await start({ clock: () => new Date('2026-12-01T09:00:00Z') });
    emulator.inject({ status: 429, limit: '24h', resetInSecs: 3 * 3600, path: '/2/tweets' });
    const error = await rejection(client.createTweet({ text: 'One too many today' }));
    expect(error).toMatchObject({ kind: 'rate-limit', resetAt: '2026-12-01T12:00:00.000Z' });
  });

  it('503 → server (nothing was created; safe to retry)', async () => {
    await start();
    emulator.inject({ status: 503, path: '/2/tweets' });
    const error = await rejection(client.createTweet({ text: 'Retry me' }));
    expect(error).toMatchObject({ kind: 'server', status: 503 });
    expect(error.message).toContain('Service Unavailable');
    expect(emulator.tweets()).toHaveLength(0);
    expectNoSecrets(error);
  });

  it('an answer slower than the timeout → uncertain', async () => {
    await start({}, { timeoutMs: 300 });
    emulator.inject({ delayMs: 2_000, path: '/2/tweets' });
    const error = await rejection(client.createTweet({ text: 'Slow X' }));
    expect(error).toMatchObject({ kind: 'uncertain' });
    expect(error.message).toContain('did not answer in time');
    expectNoSecrets(error);
  });

  it('a connection dropped after X created the post → uncertain, and the post exists', async () => {
    await start();
    emulator.inject({ mode: 'commit-then-drop' });
    const error = await rejection(client.createTweet({ text: 'Did it go out?' }));
    expect(error).toMatchObject({ kind: 'uncertain' });
    expect(emulator.tweets().map((t) => t.text)).toEqual(['Did it go out?']);
    const timeline = await client.recentTweets((await client.me()).id);
    expect(timeline.map((t) => t.text)).toEqual(['Did it go out?']);
    expectNoSecrets(error);
  });

  it('a connection dropped before X acted → uncertain too, and nothing exists (reconciling finds nothing)', async () => {
    await start();
    emulator.inject({ mode: 'drop', path: '/2/tweets' });
    const error = await rejection(client.createTweet({ text: 'Never arrived' }));
    expect(error).toMatchObject({ kind: 'uncertain' });
    expect(await client.recentTweets((await client.me()).id)).toEqual([]);
  });

  it('403 duplicate content → duplicate', async () => {
    await start();
    await client.createTweet({ text: 'Same words' });
    const error = await rejection(client.createTweet({ text: 'Same  words ' }));
    expect(error).toMatchObject({ kind: 'duplicate', status: 403 });
    expect(error.message).toContain('You are not allowed to create a Tweet with duplicate content.');
    expectNoSecrets(error);
  });

  it('401 (revoked token) → auth, saying what to check', async () => {
    await start();
    emulator.rejectToken(MAIN.accessToken);
    const error = await rejection(client.me());
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(error.message).toMatch(/access token/);
    expectNoSecrets(error);
  });

  it('a wrong app secret fails the signature check → auth', async () => {
    await start();
    const wrong = createXClient({ ...MAIN, appSecret: 'not-the-secret' }, { baseUrl: emulator.url });
    const error = await rejection(wrong.createTweet({ text: 'Forged' }));
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(emulator.tweets()).toHaveLength(0);
    expect(String(error)).not.toContain('not-the-secret');
  });

  it("400 text too long → bad-request with X's explanation", async () => {
    await start();
    const error = await rejection(client.createTweet({ text: 'x'.repeat(281) }));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(error.message).toContain('280 weighted characters');
    expectNoSecrets(error);
  });

  it('replying to a post that does not exist → bad-request (a 403 about this post, not the account)', async () => {
    await start();
    const error = await rejection(client.createTweet({ text: 'Orphan', replyTo: '1234567890' }));
    expect(error).toMatchObject({ kind: 'bad-request', status: 403 });
    expect(error.message).toContain('deleted or not visible');
  });

  it("X's 2026 reply rule (403) → reply-restricted, not auth: this reply is refused, the credentials are fine", async () => {
    await start();
    const error = await rejection(client.createTweet({ text: 'Unsummoned', replyTo: '1234567890' }));
    expect(error).toMatchObject({ kind: 'bad-request' }); // no such post: the older 403
    emulator.inject({
      status: 403,
      path: '/2/tweets',
      detail:
        'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
    });
    const restricted = await rejection(client.createTweet({ text: 'Unsummoned again' }));
    expect(restricted).toMatchObject({ kind: 'reply-restricted', status: 403 });
    expect(restricted.message).toMatch(/only to the account's own posts and to posts that mention it/);
  });

  it('sends a poll as poll.options and poll.duration_minutes', async () => {
    await start();
    await client.createTweet({ text: 'Which next?', poll: { options: ['Dark mode', 'Offline sync'], durationMinutes: 90 } });
    expect(emulator.tweets()[0].poll).toEqual({ options: ['Dark mode', 'Offline sync'], duration_minutes: 90 });
  });

  it('nobody listening → unreachable: the request cannot have reached X', async () => {
    const port = await freePort();
    const orphan = createXClient(MAIN, { baseUrl: `http://127.0.0.1:${port}` });
    const error = await rejection(orphan.createTweet({ text: 'Hello?' }));
    expect(error).toMatchObject({ kind: 'unreachable' });
    expect(error.message).toContain('ECONNREFUSED');
    expectNoSecrets(error);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A media file as publishing hands it to the client: read (through the door, in publishing) and named as written. */
async function mediaFile(file: string): Promise<{ name: string; bytes: Buffer }> {
  return { name: path.basename(file), bytes: await readFile(file) };
}
