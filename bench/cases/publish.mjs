// Bench case: `herald publish`.
// (a) A run where nothing is due over the generated posts (the scheduled job's usual case),
//     against the floor. Target (issue 4): ratio ≤ 1.5.
// (b) 100 due posts sent to the emulator: the time per post beyond the emulator's own time,
//     which is measured by sending the same number of raw HTTP creates to it.
// (c) The first run over a repository whose posts are all in the past: every post is logged as
//     `expired` (or `skipped`) once, written in one batch. Target (issue 10): ratio < 2.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = 5;
const DUE_POSTS = 100;
/** Before the generated posts start (2027-01-01), so nothing is due, queued slots included. */
const NOTHING_DUE_NOW = '2026-12-15T12:00:00Z';
const DUE_NOW = '2026-12-01T14:05:00Z';
/** After every generated window has closed (the posts span 2027). */
const ALL_PAST_NOW = '2028-03-01T12:00:00Z';
const FIRST_RUNS = 3;
const here = path.dirname(fileURLToPath(import.meta.url));
const CREDENTIALS = {
  X_APP_KEY: 'bench-app-key',
  X_APP_SECRET: 'bench-app-secret',
  X_BENCH_ACCESS_TOKEN: 'bench-token',
  X_BENCH_ACCESS_SECRET: 'bench-secret',
};

export async function run({ dir, bin, floorMs, measure, median }) {
  const idle = [];
  for (let i = 0; i < RUNS; i++) idle.push(measure([bin, 'publish', '--root', dir, '--now', NOTHING_DUE_NOW, '--format', 'json']));
  const last = idle[idle.length - 1];
  if (last.status !== 0) throw new Error(`herald publish (nothing due) exited ${last.status}: ${last.stderr.slice(0, 500)}`);
  const report = JSON.parse(last.stdout);
  if (report.sent.length > 0) throw new Error('the nothing-due run sent something');
  const idleMs = median(idle.map((r) => r.ms));

  const logFile = path.join(dir, 'schedules/log.jsonl');
  const first = [];
  for (let i = 0; i < FIRST_RUNS; i++) {
    await rm(logFile, { force: true });
    first.push(measure([bin, 'publish', '--root', dir, '--now', ALL_PAST_NOW, '--format', 'json']));
  }
  const firstReport = JSON.parse(first[first.length - 1].stdout || '{}');
  const logged = (firstReport.expired?.length ?? 0) + (firstReport.skipped?.length ?? 0);
  await rm(logFile, { force: true });
  if (logged === 0) throw new Error(`the first run over past posts logged nothing: ${first[first.length - 1].stderr.slice(0, 500)}`);
  const firstMs = median(first.map((r) => r.ms));

  const due = await dueRun(bin);
  return {
    nothing_due_median_ms: Math.round(idleMs),
    floor_median_ms: Math.round(floorMs),
    ratio: Number((idleMs / floorMs).toFixed(2)),
    target_ratio: 1.5,
    peak_rss_mb: Math.round(Math.max(...idle.map((r) => r.maxRssKb)) / 1024),
    first_run_over_past_posts_median_ms: Math.round(firstMs),
    first_run_entries_logged: logged,
    first_run_ratio: Number((firstMs / floorMs).toFixed(2)),
    first_run_target_ratio: 2,
    due_posts: DUE_POSTS,
    due_run_ms: Math.round(due.runMs),
    due_run_startup_ms: Math.round(due.startupMs),
    emulator_raw_creates_ms: Math.round(due.rawMs),
    ms_per_post_beyond_emulator: Number(((due.runMs - due.startupMs - due.rawMs) / DUE_POSTS).toFixed(2)),
  };
}

/** 100 single-part posts due now on one account, published to an in-process emulator. */
async function dueRun(bin) {
  const lib = pathToFileURL(path.resolve(here, '../../lib/emulator/index.js')).href;
  const { startEmulator } = await import(lib);
  const root = await mkdtemp(path.join(os.tmpdir(), 'herald-bench-publish-'));
  // The emulator names the token's account @bench, as schedules/bench.yaml says: publish checks it.
  const emulator = await startEmulator({ users: [{ token: 'bench-token', username: 'bench' }], limits: { postsPer24Hours: 100_000, postsPer15Min: 100_000 } });
  try {
    await mkdir(path.join(root, 'posts'), { recursive: true });
    await mkdir(path.join(root, 'schedules'), { recursive: true });
    await writeFile(path.join(root, 'schedules/bench.yaml'), 'handle: "@bench"\nzone: UTC\nwindow: 2h\n');
    for (let i = 0; i < DUE_POSTS; i++) {
      await writeFile(
        path.join(root, 'posts', `due-${String(i).padStart(3, '0')}.md`),
        `---\naccount: bench\npublish:\n  at: 2026-12-01 14:00\n---\nBench update number ${i}: we keep each note short and useful.\n`,
      );
    }
    const env = { ...CREDENTIALS, X_API_BASE_URL: emulator.url };
    // The same process start, content load and planning with nothing to send: subtracted below.
    const startup = await timed(bin, ['publish', '--root', root, '--now', '2026-11-01T00:00:00Z', '--format', 'json'], env);
    const runMs = (
      await timed(bin, ['publish', '--root', root, '--now', DUE_NOW, '--format', 'json'], env, (out) => {
        const report = JSON.parse(out);
        if (report.sent.length !== DUE_POSTS)
          throw new Error(`expected ${DUE_POSTS} posts sent, got ${report.sent.length}: ${JSON.stringify(report.failed.slice(0, 3))}`);
      })
    ).ms;
    emulator.reset();
    const rawMs = await rawCreates(emulator.url, DUE_POSTS);
    return { runMs, startupMs: startup.ms, rawMs };
  } finally {
    await emulator.close();
    await rm(root, { recursive: true, force: true });
  }
}

function timed(bin, args, env, check) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`herald ${args.join(' ')} exited ${code}: ${err.slice(0, 500)}`));
      try {
        check?.(out);
      } catch (error) {
        return reject(error);
      }
      resolve({ ms });
    });
  });
}

/** The emulator's own cost: sequential creates with a minimal OAuth header (unsigned: it does not know this app). */
async function rawCreates(url, count) {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/2/tweets`, {
      method: 'POST',
      headers: {
        authorization: `OAuth oauth_consumer_key="raw", oauth_token="raw-token", oauth_signature="x", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1", oauth_nonce="n${i}"`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ text: `Raw create number ${i}: the emulator's own time.` }),
    });
    if (response.status !== 201) throw new Error(`raw create answered ${response.status}: ${await response.text()}`);
  }
  return performance.now() - started;
}
