/** The emulator's metrics (what `herald stats` reads) and its read counters (what a run spent). */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, emulatorPerTest } from '../helpers/emulator-http.js';

const emulator = emulatorPerTest();
const HOUR = 3_600_000;

const create = async (x: Emulator, token: string, text: string): Promise<string> =>
  (await call(x.url, 'POST', '/2/tweets', { token, body: { text } })).body.data.id;

const metricsOf = async (x: Emulator, ids: string[]) =>
  (await call(x.url, 'GET', `/2/tweets?ids=${ids.join(',')}&tweet.fields=public_metrics`, { token: 't' })).body;

describe('the X emulator: public_metrics', () => {
  it("grows each post's metrics with its age at the emulator's clock, the same for the same seed", async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const x = await emulator({ clock: () => new Date(now), seed: 7 });
    const id = await create(x, 't', 'We shipped weekly totals');
    const fresh = (await metricsOf(x, [id])).data[0].public_metrics;
    expect(fresh).toEqual({ impression_count: 0, like_count: 0, retweet_count: 0, reply_count: 0, quote_count: 0, bookmark_count: 0 });
    now += 6 * HOUR;
    const sixHours = (await metricsOf(x, [id])).data[0].public_metrics;
    now += 42 * HOUR;
    const twoDays = (await metricsOf(x, [id])).data[0].public_metrics;
    expect(sixHours.impression_count).toBeGreaterThan(0);
    for (const key of Object.keys(twoDays)) expect(twoDays[key]).toBeGreaterThanOrEqual(sixHours[key]);
    expect(twoDays.impression_count).toBeGreaterThan(sixHours.impression_count);

    // Another emulator with the same seed, asked at the same age, answers the same numbers.
    let again = Date.parse('2026-12-01T09:00:00Z');
    const twin = await emulator({ clock: () => new Date(again), seed: 7 });
    const twinId = await create(twin, 't', 'We shipped weekly totals');
    expect(twinId).toBe(id);
    again += 48 * HOUR;
    expect((await metricsOf(twin, [twinId])).data[0].public_metrics).toEqual(twoDays);
  });

  it('lets a rehearsal move its clock (POST /_emulator/clock), so posts age and their metrics grow', async () => {
    const now = Date.parse('2026-12-01T09:00:00Z');
    const x = await emulator({ clock: () => new Date(now), seed: 7 });
    const id = await create(x, 't', 'We shipped weekly totals');

    const moved = await fetch(`${x.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ advance_s: 48 * 3600 }) });
    expect(await moved.json()).toEqual({ data: { now: '2026-12-03T09:00:00.000Z' } });
    expect((await metricsOf(x, [id])).data[0].public_metrics.impression_count).toBeGreaterThan(0);

    const refused = await fetch(`${x.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ now: '2026-12-03 09:00' }) });
    expect(refused.status).toBe(400);
  });

  it('counts a post read per post returned, nothing for ids it reports as not found, and owned reads apart', async () => {
    const x = await emulator();
    const kept = await create(x, 't', 'Still here');
    const gone = await create(x, 't', 'Deleted');
    await call(x.url, 'DELETE', `/2/tweets/${gone}`, { token: 't' });
    const body = await metricsOf(x, [kept, gone]);
    expect(body.data.map((t: { id: string }) => t.id)).toEqual([kept]);
    expect(body.errors.map((e: { resource_id: string }) => e.resource_id)).toEqual([gone]);
    const me = (await call(x.url, 'GET', '/2/users/me', { token: 't' })).body.data;
    await call(x.url, 'GET', `/2/users/${me.id}/tweets?max_results=10`, { token: 't' });
    expect(x.reads(me.username)).toEqual({ lookup_requests: 1, post_reads: 1, timeline_requests: 1, owned_reads: 1 });
    expect((await call(x.url, 'GET', '/_emulator/reads')).body.data).toEqual({ [me.username]: x.reads(me.username) });
  });
});
