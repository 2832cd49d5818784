/** The emulator's delete and look-up routes (what `retract:` uses), with X's shapes and the usual fault injection. */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, emulatorPerTest } from '../helpers/emulator-http.js';

const emulator = emulatorPerTest();

const create = async (x: Emulator, token: string, text: string): Promise<string> =>
  (await call(x.url, 'POST', '/2/tweets', { token, body: { text } })).body.data.id;

describe('the X emulator: DELETE /2/tweets/:id', () => {
  it("answers 404 with X's not-found problem for a post that is already deleted", async () => {
    const x = await emulator();
    const id = await create(x, 't', 'Oops');
    expect((await call(x.url, 'DELETE', `/2/tweets/${id}`, { token: 't' })).body).toEqual({ data: { deleted: true } });
    const again = await call(x.url, 'DELETE', `/2/tweets/${id}`, { token: 't' });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ type: 'https://api.twitter.com/2/problems/resource-not-found', resource_type: 'tweet', resource_id: id });
  });

  it('lets only the author delete a post', async () => {
    const x = await emulator();
    const id = await create(x, 'owner', 'Mine');
    const other = await call(x.url, 'DELETE', `/2/tweets/${id}`, { token: 'someone-else' });
    expect(other.status).toBe(403);
    expect(x.tweets()[0].deleted).toBe(false);
  });

  it('takes injected faults like every other route: commit-then-drop deletes and answers nothing', async () => {
    const x = await emulator();
    const id = await create(x, 't', 'Going away');
    x.inject({ method: 'DELETE', path: '/2/tweets/:id', mode: 'commit-then-drop' });
    await expect(call(x.url, 'DELETE', `/2/tweets/${id}`, { token: 't' })).rejects.toThrow();
    expect(x.tweets()[0].deleted).toBe(true);
  });
});

describe('the X emulator: GET /2/tweets?ids=', () => {
  it('returns the posts X shows and an errors item for each deleted or unknown id', async () => {
    const x = await emulator();
    const kept = await create(x, 't', 'Still here');
    const gone = await create(x, 't', 'Deleted');
    await call(x.url, 'DELETE', `/2/tweets/${gone}`, { token: 't' });
    const found = await call(x.url, 'GET', `/2/tweets?ids=${kept},${gone},1`, { token: 't' });
    expect(found.status).toBe(200);
    expect(found.body.data.map((t: { id: string }) => t.id)).toEqual([kept]);
    expect(found.body.errors.map((e: { resource_id: string; type: string }) => [e.resource_id, e.type])).toEqual([
      [gone, 'https://api.twitter.com/2/problems/resource-not-found'],
      ['1', 'https://api.twitter.com/2/problems/resource-not-found'],
    ]);
  });

  it('refuses a request without ids', async () => {
    const x = await emulator();
    expect((await call(x.url, 'GET', '/2/tweets', { token: 't' })).status).toBe(400);
  });

  it('takes injected faults', async () => {
    const x = await emulator();
    const id = await create(x, 't', 'Here');
    x.inject({ method: 'GET', path: '/2/tweets', status: 503 });
    expect((await call(x.url, 'GET', `/2/tweets?ids=${id}`, { token: 't' })).status).toBe(503);
    expect((await call(x.url, 'GET', `/2/tweets?ids=${id}`, { token: 't' })).status).toBe(200);
  });
});
