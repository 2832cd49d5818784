// Bench case: `herald report` over every generated post, each published (a log line per part) and
// measured (100,000 metric snapshots in all), against the floor of reading and parsing the same
// files (bench/report-floor.mjs). Target (issue 12): ratio ≤ 2.
//
// Alone: `npm run build && node bench/run.mjs report`.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 5;
const TARGET_RATIO = 2;
const SNAPSHOTS = 100_000;
/** After every generated post (they span 2027). */
const NOW = '2028-01-02T00:00:00Z';
const here = path.dirname(fileURLToPath(import.meta.url));

/** mulberry32, as generate.mjs: the same figures on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every post as published: a `published` line per part at its written time (queued posts: noon of not_before). */
async function writeLogAndMetrics(dir) {
  const rand = random(12);
  const files = (await readdir(path.join(dir, 'posts'), { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  const parts = [];
  let log = '';
  let tweet = 1_900_000_000_000_000_000n;
  for (const file of files) {
    const text = await readFile(path.join(dir, 'posts', file), 'utf8');
    const account = /\naccount: (\S+)/.exec(text)[1];
    const at = /\n {2}at: (\S+) (\S+)/.exec(text);
    const notBefore = /\n {2}not_before: (\S+)/.exec(text);
    const ms = at ? Date.parse(`${at[1]}T${at[2]}:00Z`) : Date.parse(`${notBefore[1]}T12:00:00Z`);
    const post = file.replace(/\\/g, '/').replace(/\.md$/, '');
    const count = text.slice(text.indexOf('\n---', 3) + 4).includes('\n---\n') ? 2 : 1;
    for (let part = 0; part < count; part++) {
      tweet += 1n;
      const when = new Date(ms + part * 5_000).toISOString().replace('.000Z', 'Z');
      log += `${JSON.stringify({ at: when, post, account, event: 'published', part, tweet_id: String(tweet), url: `https://x.com/acme_${account}/status/${tweet}`, scheduled_for: new Date(ms).toISOString().replace('.000Z', 'Z'), delay_s: part * 5 })}\n`;
      parts.push({ account, post, part, tweet_id: String(tweet), ms });
    }
  }
  let metrics = '';
  for (let i = 0; i < SNAPSHOTS; i++) {
    const p = parts[i % parts.length];
    const round = Math.floor(i / parts.length);
    const snapshot = {
      at: new Date(p.ms + (round + 1) * 86_400_000).toISOString().replace('.000Z', 'Z'),
      account: p.account,
      post: p.post,
      part: p.part,
      tweet_id: p.tweet_id,
      ...(rand() < 0.9 ? { impressions: Math.floor(rand() * 5000) } : {}),
      likes: Math.floor(rand() * 80),
      reposts: Math.floor(rand() * 20),
      replies: Math.floor(rand() * 10),
      quotes: Math.floor(rand() * 3),
      bookmarks: Math.floor(rand() * 8),
    };
    metrics += `${JSON.stringify(snapshot)}\n`;
  }
  await writeFile(path.join(dir, 'schedules/log.jsonl'), log);
  await writeFile(path.join(dir, 'schedules/metrics.jsonl'), metrics);
  return { posts: files.length, parts: parts.length };
}

export async function run({ dir, bin, measure, median }) {
  const written = await writeLogAndMetrics(dir);
  try {
    const floorArgs = [path.join(here, '../report-floor.mjs'), dir];
    const args = [bin, 'report', '--root', dir, '--now', NOW, '--from', '2027-01-01', '--to', '2028-01-01', '--format', 'json'];
    measure(floorArgs); // warm the file cache for both alike
    // Floor and report runs alternate, so a change in the machine's load reaches both alike.
    const floors = [];
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const f = measure(floorArgs);
      if (f.status !== 0) throw new Error(`report floor failed: ${f.stderr.slice(0, 500)}`);
      floors.push(f);
      const r = measure(args);
      if (r.status !== 0) throw new Error(`herald report exited ${r.status}: ${r.stderr.slice(0, 500)}`);
      runs.push(r);
    }
    const floorMs = median(floors.map((r) => r.ms));
    const report = JSON.parse(runs[0].stdout);
    const published = report.accounts.reduce((sum, a) => sum + a.published.length, 0);
    if (published !== written.posts) throw new Error(`the report lists ${published} posts of ${written.posts}`);
    const ms = median(runs.map((r) => r.ms));
    return {
      report_posts: written.posts,
      report_parts: written.parts,
      report_snapshots: SNAPSHOTS,
      report_median_ms: Math.round(ms),
      report_floor_median_ms: Math.round(floorMs),
      report_ratio_to_floor: Number((ms / floorMs).toFixed(2)),
      report_target_ratio: TARGET_RATIO,
      report_peak_rss_mb: Math.round(Math.max(...runs.map((r) => r.maxRssKb)) / 1024),
      report_floor_peak_rss_mb: Math.round(Math.max(...floors.map((r) => r.maxRssKb)) / 1024),
    };
  } finally {
    // The other cases run over the same folder without them.
    await rm(path.join(dir, 'schedules/log.jsonl'), { force: true });
    await rm(path.join(dir, 'schedules/metrics.jsonl'), { force: true });
  }
}
