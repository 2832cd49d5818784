/**
 * Exactly once under chaos: many `herald publish` processes in a row over threads, media and three
 * accounts, with X failing at random (5xx, 429, answers later than the client waits, posts
 * created and the connection dropped, timeline reads failing) and processes SIGKILLed mid-run.
 * Two independent lanes (own emulator, own seed) use both cores. `npm run soak` runs the same for
 * longer: CHAOS_RUNS and CHAOS_SEED choose how long and which seed.
 */
import { describe, expect, it } from 'vitest';
import { runChaos, type ChaosSummary } from './chaos.js';

const runs = Number(process.env.CHAOS_RUNS ?? 200);
const seed = Number(process.env.CHAOS_SEED ?? 20261201);
const verbose = Boolean(process.env.CHAOS_VERBOSE);

describe('publishing exactly once under chaos', () => {
  it(
    `keeps every part at most once on X, in thread order, and settles every post (seeds ${seed} and ${seed + 1}, ${runs} runs)`,
    async () => {
      const lanes = [0, 1].map((lane) =>
        runChaos({
          seed: seed + lane,
          runs: Math.ceil(runs / 2),
          progress: (line) => verbose && console.log(`lane ${lane}: ${line}`),
        }),
      );
      const summaries: ChaosSummary[] = await Promise.all(lanes);
      const total = summaries.reduce((a, b) => ({
        runs: a.runs + b.runs,
        killed: a.killed + b.killed,
        faults: a.faults + b.faults,
        posts: a.posts + b.posts,
        published: a.published + b.published,
        expired: a.expired + b.expired,
        failed: a.failed + b.failed,
      }));
      if (verbose) console.log(JSON.stringify(total));
      expect(total.killed).toBeGreaterThan(0);
      expect(total.faults).toBeGreaterThan(0);
      // Every post settled (published once, expired or failed permanently) is checked per episode by checkFinal.
      // Faults delay posts, but most still go out inside their windows.
      expect(total.published).toBeGreaterThan(total.posts / 2);
    },
    // A soak's length grows with its runs (and a loaded machine): 1.5 s a run, never under 15 minutes.
    Math.max(15 * 60_000, runs * 1_500),
  );
});
