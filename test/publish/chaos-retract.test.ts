/**
 * Retracting exactly once under chaos: `herald publish` processes deleting threads while X fails
 * at random and processes are SIGKILLed between deletes and right after X committed one. Two lanes
 * (own emulator, own seed) use both cores. RETRACT_CHAOS_RUNS and CHAOS_SEED choose how long and
 * which seed.
 */
import { describe, expect, it } from 'vitest';
import { runRetractChaos, type RetractChaosSummary } from './chaos-retract.js';

const runs = Number(process.env.RETRACT_CHAOS_RUNS ?? 40);
const seed = Number(process.env.CHAOS_SEED ?? 20261202);
const verbose = Boolean(process.env.CHAOS_VERBOSE);

describe('retracting exactly once under chaos', () => {
  it(
    `deletes every part last first, never deletes a gone post again, and leaves the log agreeing with X (seeds ${seed} and ${seed + 1}, ${runs} runs)`,
    async () => {
      const lanes = [0, 1].map((lane) =>
        runRetractChaos({ seed: seed + lane, runs: Math.ceil(runs / 2), progress: (line) => verbose && console.log(`lane ${lane}: ${line}`) }),
      );
      const summaries: RetractChaosSummary[] = await Promise.all(lanes);
      const total = summaries.reduce((a, b) => ({
        runs: a.runs + b.runs,
        killed: a.killed + b.killed,
        faults: a.faults + b.faults,
        parts: a.parts + b.parts,
        blindDeletes: a.blindDeletes + b.blindDeletes,
      }));
      if (verbose) console.log(JSON.stringify(total));
      expect(total.killed).toBeGreaterThan(0);
      expect(total.blindDeletes).toBeGreaterThan(0);
      expect(total.faults).toBeGreaterThan(0);
      expect(total.parts).toBeGreaterThan(0);
    },
    15 * 60_000,
  );
});
