#!/usr/bin/env node
// `npm run soak [-- RUNS [SEED]]`: the publish chaos test for longer. Same harness and invariants
// as `npm test` (test/publish/chaos.test.ts), more runs, any seed; a failure names the seed and run
// to replay with `CHAOS_SEED=<seed> CHAOS_RUNS=<runs> npx vitest run test/publish/chaos.test.ts`.
//
//   npm run soak                 2000 runs, seed from the clock (printed)
//   npm run soak -- 5000 42      5000 runs, seed 42
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [runsArg, seedArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 2000);
const seed = Number(seedArg ?? Date.now() % 1_000_000_000);
if (!Number.isInteger(runs) || runs < 2 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run soak -- [RUNS (at least 2)] [SEED (an integer)]\n');
  process.exit(2);
}
process.stderr.write(`soak: ${runs} publish runs, seeds ${seed} and ${seed + 1}\n`);
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/publish/chaos.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHAOS_RUNS: String(runs), CHAOS_SEED: String(seed), CHAOS_VERBOSE: '1' },
});
process.exit(result.status ?? 1);
