// Bench case: `herald calendar` for a year over the generated posts, as a ratio to the floor.
// Discovered by bench/run.mjs, which passes the generated content `dir`, the CLI `bin`, the floor
// (the same one validate's ratio uses), a fixed `now`, and its `measure` and `median`.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = 5;
const TARGET_RATIO = 2.0;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One `herald calendar` run, timed by the runner's `measure` (same method as the other cases). */
function timeCalendar({ dir, bin, now, measure }) {
  const args = [bin, 'calendar', '--root', dir, '--days', '365', '--format', 'json', '--from', '2027-01-01', '--now', now];
  const result = measure(args);
  if (result.status !== 0) throw new Error(`herald calendar exited ${result.status}: ${result.stderr.trim().slice(0, 500)}`);
  return { ms: result.ms, maxRssKb: result.maxRssKb, entries: JSON.parse(result.stdout).entries.length };
}

/** The planner alone, in this process, on the same content: where the calendar's time goes. */
async function timePlanner({ dir, now, median }) {
  const { loadContent } = await import(pathToFileURL(path.join(repo, 'lib/content/load.js')).href);
  const { readLog } = await import(pathToFileURL(path.join(repo, 'lib/repository/log.js')).href);
  const { assemblePlan } = await import(pathToFileURL(path.join(repo, 'lib/plan/planner.js')).href);
  const { DateTime } = await import('luxon');
  const content = await loadContent(dir);
  const log = await readLog(dir);
  const input = { posts: content.posts, accounts: content.accounts, log: log.entries, now: DateTime.fromISO(now, { setZone: true }) };
  assemblePlan(input); // warm-up: the CLI pays this once too, but JIT noise should not
  const times = [];
  let plan;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    plan = assemblePlan(input);
    times.push(performance.now() - started);
  }
  return { ms: median(times), posts: content.posts.length, diagnostics: plan.diagnostics.length };
}

export async function run({ dir, bin, floorMs, now, measure, median }) {
  timeCalendar({ dir, bin, now, measure }); // warm-up, like the floor's
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(timeCalendar({ dir, bin, now, measure }));
  const calendarMs = median(runs.map((r) => r.ms));
  const planner = await timePlanner({ dir, now, median });
  return {
    calendar_365d_ms: Math.round(calendarMs),
    calendar_ratio_to_floor: Number((calendarMs / floorMs).toFixed(2)),
    calendar_target_ratio: TARGET_RATIO,
    calendar_entries: runs[0].entries,
    calendar_peak_rss_mb: Math.round(Math.max(...runs.map((r) => r.maxRssKb)) / 1024),
    planner_ms: Math.round(planner.ms),
    planner_posts: planner.posts,
    planner_diagnostics: planner.diagnostics,
  };
}
