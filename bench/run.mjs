// `npm run bench`: generate content once, time the floor, then run every bench/cases/*.mjs in
// name order and print one JSON object keyed by case name. A case exports
//   async function run({ dir, bin, floorMs, now, measure, median }) → { ...figures }
// where `measure(args)` runs `node ...args` and returns { ms, maxRssKb, status, stdout, stderr }.
//
//   node bench/run.mjs [--posts N]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, '../bin/herald.js');
const NOW = '2026-12-31T12:00:00Z';
const FLOOR_RUNS = 5;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// The child records its own peak RSS at exit: portable, and costs it nothing measurable.
const RSS_HOOK =
  'data:text/javascript,import {writeFileSync} from "node:fs";process.on("exit",()=>{if(process.env.HERALD_BENCH_RSS)writeFileSync(process.env.HERALD_BENCH_RSS,String(process.resourceUsage().maxRSS))})';

export function measure(args, { cwd, env } = {}) {
  const rssFile = path.join(os.tmpdir(), `herald-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', ...env, HERALD_BENCH_RSS: rssFile },
  });
  const ms = performance.now() - started;
  let maxRssKb = 0;
  try {
    maxRssKb = Number(readFileSync(rssFile, 'utf8')) || 0;
  } catch {
    // No file: the child died before its exit hook ran; its peak RSS is unknown (0), as before.
  } finally {
    rmSync(rssFile, { force: true });
  }
  return { ms, maxRssKb, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function main() {
  const postsArg = process.argv.indexOf('--posts');
  const count = postsArg > 0 ? Number(process.argv[postsArg + 1]) : 10_000;
  const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--posts');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'herald-bench-'));
  try {
    await generate(dir, { count });
    measure([path.join(here, 'floor.mjs'), dir]); // warm the file cache for everyone alike
    const floorRuns = [];
    for (let i = 0; i < FLOOR_RUNS; i++) {
      const r = measure([path.join(here, 'floor.mjs'), dir]);
      if (r.status !== 0) throw new Error(`floor failed: ${r.stderr}`);
      floorRuns.push(r);
    }
    const floorMs = median(floorRuns.map((r) => r.ms));
    const results = {};
    const caseFiles = (await readdir(path.join(here, 'cases'))).filter((f) => f.endsWith('.mjs')).sort();
    for (const file of caseFiles) {
      const name = file.replace(/\.mjs$/, '');
      if (only.length > 0 && !only.includes(name)) continue;
      try {
        const { run } = await import(pathToFileURL(path.join(here, 'cases', file)).href);
        results[name] = await run({ dir, bin, floorMs, now: NOW, measure, median });
      } catch (error) {
        results[name] = { error: String(error?.message ?? error) };
      }
    }
    process.stdout.write(
      `${JSON.stringify({ posts: count, floor_median_ms: Math.round(floorMs), floor_peak_rss_mb: Math.round(Math.max(...floorRuns.map((r) => r.maxRssKb)) / 1024), ...results }, null, 2)}\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
