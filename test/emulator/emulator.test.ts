import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { heraldBin } from '../helpers/cli.js';
import { call, emulatorPerTest } from '../helpers/emulator-http.js';
import { tempDir } from '../helpers/tmp.js';

const emulator = emulatorPerTest();

describe('the X emulator: X API v2 shapes', () => {
  it('identifies the account from oauth_token, creating it on first sight', async () => {
    const x = await emulator({ users: [{ token: 'known-token', username: 'acme', id: '42' }] });
    expect((await call(x.url, 'GET', '/2/users/me', { token: 'known-token' })).body).toEqual({ data: { id: '42', name: 'acme', username: 'acme' } });
    const stranger = await call(x.url, 'GET', '/2/users/me', { token: 'new-token' });
    expect(stranger.body.data.username).toBe('new_token');
  });

  it('answers 401 for tokens it was told to reject', async () => {
    const x = await emulator({ rejectTokens: ['revoked'] });
    expect((await call(x.url, 'GET', '/2/users/me', { token: 'revoked' })).status).toBe(401);
    expect((await call(x.url, 'GET', '/2/users/me', { token: 'fine' })).status).toBe(200);
  });

  it("answers 401 with X's body when the Authorization header is missing", async () => {
    const x = await emulator();
    const response = await call(x.url, 'GET', '/2/users/me');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
  });

  it('creates a post: 201, t.co links in the returned text, rate-limit headers', async () => {
    const x = await emulator();
    const response = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Read https://example.com/notes & more' } });
    expect(response.status).toBe(201);
    expect(response.body.data.text).toMatch(/^Read https:\/\/t\.co\/[A-Za-z0-9]{10} &amp; more$/);
    expect(response.body.data.edit_history_tweet_ids).toEqual([response.body.data.id]);
    expect(response.headers.get('x-rate-limit-limit')).toBe('100');
    expect(response.headers.get('x-rate-limit-remaining')).toBe('99');
    expect(response.headers.get('x-user-limit-24hour-limit')).toBe('17');
    expect(response.headers.get('x-user-limit-24hour-remaining')).toBe('16');
  });

  it('returns entities.urls with start, end, url, expanded_url and display_url, like X', async () => {
    const x = await emulator();
    const created = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'See https://example.com/a/very/long/path/indeed now' } });
    const me = await call(x.url, 'GET', '/2/users/me', { token: 't' });
    const timeline = await call(x.url, 'GET', `/2/users/${me.body.data.id}/tweets?tweet.fields=entities,created_at`, { token: 't' });
    const tweet = timeline.body.data[0];
    expect(tweet.id).toBe(created.body.data.id);
    const [link] = tweet.entities.urls;
    expect(link).toMatchObject({
      expanded_url: 'https://example.com/a/very/long/path/indeed',
      display_url: 'example.com/a/very/long…',
    });
    expect([...tweet.text].slice(link.start, link.end).join('')).toBe(link.url);
    expect(timeline.body.meta).toMatchObject({ result_count: 1, newest_id: tweet.id, oldest_id: tweet.id });
  });

  it("rejects text over the weighted limit with X's 400 invalid-request body", async () => {
    const x = await emulator();
    const response = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: '日本語'.repeat(50) } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
      errors: [{ parameters: { text: ['日本語'.repeat(50)] } }],
    });
  });

  it('allows a longer limit when configured', async () => {
    const x = await emulator({ limits: { maxWeightedLength: 400 } });
    expect((await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'a'.repeat(390) } })).status).toBe(201);
  });

  it("rejects duplicate content within 24 hours with X's 403, and allows it after", async () => {
    let now = new Date('2026-12-01T09:00:00Z');
    const x = await emulator({ clock: () => now });
    await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Hello there' } });
    const again = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Hello there' } });
    expect(again.status).toBe(403);
    expect(again.body).toEqual({
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
    });
    const otherUser = await call(x.url, 'POST', '/2/tweets', { token: 'u', body: { text: 'Hello there' } });
    expect(otherUser.status).toBe(201);
    now = new Date('2026-12-02T09:00:01Z');
    expect((await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Hello there' } })).status).toBe(201);
  });

  it("limits posts per 15-minute window with 429 and X's body and headers", async () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const x = await emulator({ clock: () => now, limits: { postsPer15Min: 2 } });
    await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'one' } });
    await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'two' } });
    const third = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'three' } });
    expect(third.status).toBe(429);
    expect(third.body).toEqual({ title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 });
    expect(third.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(third.headers.get('x-rate-limit-reset')).toBe(String(Date.parse('2026-12-01T09:15:00Z') / 1000));
  });

  it('limits posts per user per 24 hours with x-user-limit-24hour-* headers', async () => {
    const x = await emulator({ limits: { postsPer24Hours: 1 } });
    await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'one' } });
    const second = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'two' } });
    expect(second.status).toBe(429);
    expect(second.headers.get('x-user-limit-24hour-remaining')).toBe('0');
    expect(Number(second.headers.get('x-user-limit-24hour-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('refuses media that is not finalized or belongs to someone else', async () => {
    const x = await emulator();
    const init = await call(x.url, 'POST', '/2/media/upload/initialize', { token: 'owner', body: { media_type: 'image/png', total_bytes: 10 } });
    const mediaId = init.body.data.id;
    const unfinished = await call(x.url, 'POST', '/2/tweets', { token: 'owner', body: { text: 'pic', media: { media_ids: [mediaId] } } });
    expect(unfinished.status).toBe(400);
    expect(unfinished.body.errors[0]).toEqual({ parameters: { 'media.media_ids': [mediaId] }, message: 'Your media IDs are invalid.' });
    const notYours = await call(x.url, 'POST', '/2/tweets', { token: 'thief', body: { text: 'pic', media: { media_ids: [mediaId] } } });
    expect(notYours.status).toBe(400);
  });

  it('deletes a post, which then leaves the timeline', async () => {
    const x = await emulator();
    const created = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Oops' } });
    const deleted = await call(x.url, 'DELETE', `/2/tweets/${created.body.data.id}`, { token: 't' });
    expect(deleted.body).toEqual({ data: { deleted: true } });
    const me = await call(x.url, 'GET', '/2/users/me', { token: 't' });
    expect((await call(x.url, 'GET', `/2/users/${me.body.data.id}/tweets`, { token: 't' })).body).toEqual({ meta: { result_count: 0 } });
    expect(x.tweets()[0].deleted).toBe(true);
  });

  it('checks max_results like X: between 5 and 100', async () => {
    const x = await emulator();
    const me = await call(x.url, 'GET', '/2/users/me', { token: 't' });
    const response = await call(x.url, 'GET', `/2/users/${me.body.data.id}/tweets?max_results=3`, { token: 't' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toBe('The `max_results` query parameter value [3] is not between 5 and 100');
  });

  it('answers 404 for endpoints outside the subset (no v1.1)', async () => {
    const x = await emulator();
    const response = await call(x.url, 'POST', '/1.1/statuses/update.json', { token: 't', body: {} });
    expect(response.status).toBe(404);
  });
});

describe('the X emulator: fault injection over HTTP', () => {
  it("fails the next N matching requests with the status and X's body for it", async () => {
    const x = await emulator();
    const added = await call(x.url, 'POST', '/_emulator/faults', { body: { status: 503, count: 2, method: 'POST', path: '/2/tweets' } });
    expect(added.status).toBe(201);
    expect((await call(x.url, 'GET', '/2/users/me', { token: 't' })).status).toBe(200);
    const first = await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'a' } });
    expect(first.status).toBe(503);
    expect(first.body).toEqual({ title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 });
    expect((await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'a' } })).status).toBe(503);
    expect((await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'a' } })).status).toBe(201);
    expect(x.tweets()).toHaveLength(1);
  });

  it('matches faults to one account by username', async () => {
    const x = await emulator({
      users: [
        { token: 'tm', username: 'main' },
        { token: 'ts', username: 'support' },
      ],
    });
    await call(x.url, 'POST', '/_emulator/faults', { body: { status: 401, username: 'support' } });
    expect((await call(x.url, 'GET', '/2/users/me', { token: 'tm' })).status).toBe(200);
    expect((await call(x.url, 'GET', '/2/users/me', { token: 'ts' })).status).toBe(401);
  });

  it('commit-then-drop creates the post and closes the connection without an answer', async () => {
    const x = await emulator();
    await call(x.url, 'POST', '/_emulator/faults', { body: { mode: 'commit-then-drop' } });
    expect((await call(x.url, 'GET', '/2/users/me', { token: 't' })).status).toBe(200); // only POST /2/tweets by default
    await expect(call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Lost answer' } })).rejects.toThrow();
    expect(x.tweets().map((t) => t.text)).toEqual(['Lost answer']);
  });

  it('clears faults, shows state, and resets', async () => {
    const x = await emulator();
    await call(x.url, 'POST', '/_emulator/faults', { body: [{ status: 500 }, { delayMs: 10 }] });
    expect((await call(x.url, 'GET', '/_emulator/state')).body.faults).toHaveLength(2);
    await call(x.url, 'DELETE', '/_emulator/faults');
    expect((await call(x.url, 'POST', '/2/tweets', { token: 't', body: { text: 'fine' } })).status).toBe(201);
    expect((await call(x.url, 'GET', '/_emulator/tweets')).body.data).toHaveLength(1);
    await call(x.url, 'POST', '/_emulator/reset');
    expect((await call(x.url, 'GET', '/_emulator/state')).body).toMatchObject({ tweets: [], faults: [] });
  });

  it('explains a malformed fault', async () => {
    const x = await emulator();
    const response = await call(x.url, 'POST', '/_emulator/faults', { body: { status: 'often' } });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('{"status":503}');
  });
});

/** `herald emulator` as a separate process; resolves once it has printed where it listens. */
async function spawnEmulator(args: string[]): Promise<{ url: string; stderr: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [heraldBin, 'emulator', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const firstLine = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const url = /^herald emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine)?.[1];
  if (!url) throw new Error(`unexpected first line: ${firstLine}`);
  return {
    url,
    stderr: () => stderr,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('the X emulator: shared state and the process', () => {
  it('shares one emulated X between instances through --state', async () => {
    const dir = await tempDir();
    const stateFile = path.join(dir, 'x-state.json');
    const a = await emulator({ stateFile });
    const b = await emulator({ stateFile });
    const created = await call(a.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Seen by both' } });
    const me = await call(b.url, 'GET', '/2/users/me', { token: 't' });
    const timeline = await call(b.url, 'GET', `/2/users/${me.body.data.id}/tweets`, { token: 't' });
    expect(timeline.body.data.map((t: { id: string }) => t.id)).toEqual([created.body.data.id]);
    await call(b.url, 'POST', '/_emulator/faults', { body: { status: 503 } });
    expect((await call(a.url, 'GET', '/2/users/me', { token: 't' })).status).toBe(503);
    expect((await call(b.url, 'POST', '/2/tweets', { token: 't', body: { text: 'Seen by both' } })).status).toBe(403);
  });

  it('keeps every post when a process and an instance on one state file are written to at once', async () => {
    const dir = await tempDir();
    const stateFile = path.join(dir, 'x-state.json');
    const local = await emulator({ stateFile, limits: { postsPer24Hours: 100 } });
    const other = await spawnEmulator(['--state', stateFile]);
    try {
      const sends = Array.from({ length: 40 }, (_, i) =>
        call(i % 2 === 0 ? local.url : other.url, 'POST', '/2/tweets', { token: 't', body: { text: `post ${i}` } }),
      );
      const answers = await Promise.all(sends);
      expect(answers.map((r) => r.status)).toEqual(Array(40).fill(201));
      const ids = answers.map((r) => r.body.data.id);
      expect(new Set(ids).size).toBe(40);
      expect(
        local
          .tweets()
          .map((t) => t.id)
          .sort(),
      ).toEqual([...ids].sort());
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });

  it('runs as `herald emulator`: prints its URL first, serves, and exits 0 on SIGTERM', async () => {
    const dir = await tempDir();
    const stateFile = path.join(dir, 'state.json');
    const child = await spawnEmulator(['--state', stateFile]);
    const created = await call(child.url, 'POST', '/2/tweets', { token: 'process-token', body: { text: 'From a process' } });
    expect(created.status).toBe(201);
    // Another emulator on the same state file sees what the process stored.
    const sibling = await emulator({ stateFile });
    expect(sibling.tweets().map((t) => t.text)).toEqual(['From a process']);
    // An answer still being delayed must not keep the process from stopping.
    await call(child.url, 'POST', '/_emulator/faults', { body: { delayMs: 600_000, path: '/2/users/me' } });
    const pending = call(child.url, 'GET', '/2/users/me', { token: 'process-token' }).catch(() => 'dropped');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await child.stop()).toBe(0);
    expect(await pending).toBe('dropped');
    expect(child.stderr()).toContain(`X_API_BASE_URL=${child.url}`);
  });

  it('runs as `herald emulator --customers @acme_help` with the seeded customer posts', async () => {
    const child = await spawnEmulator(['--customers', '@acme_help']);
    try {
      const mention = await call(child.url, 'GET', '/2/tweets/1985000000000000001?tweet.fields=entities', { token: 'help-token' });
      expect(mention.body.data.entities.mentions).toEqual([{ start: 0, end: 10, username: 'acme_help' }]);
    } finally {
      expect(await child.stop()).toBe(0);
    }
  });

  it('`herald emulator --customers` with something that is not a handle is a usage error', async () => {
    const { runHerald } = await import('../helpers/cli.js');
    const result = await runHerald(['emulator', '--customers', 'acme help!']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--customers @acme_help');
  });

  it('`herald emulator --port abc` is a usage error', async () => {
    const { runHerald } = await import('../helpers/cli.js');
    const result = await runHerald(['emulator', '--port', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port 8787');
  });
});
