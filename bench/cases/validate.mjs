// Bench case: `herald validate` over the generated posts, against the floor (read + parse YAML).
// Target (issue 2): ratio ≤ 1.5, peak RSS ≤ 250 MB.
const RUNS = 5;

export async function run({ dir, bin, floorMs, now, measure, median }) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(measure([bin, 'validate', '--root', dir, '--format', 'json', '--now', now]));
  }
  const last = runs[runs.length - 1];
  if (last.status !== 0 && last.status !== 1) throw new Error(`herald validate exited ${last.status}: ${last.stderr.slice(0, 500)}`);
  const diagnostics = JSON.parse(last.stdout);
  const ms = median(runs.map((r) => r.ms));
  return {
    validate_median_ms: Math.round(ms),
    floor_median_ms: Math.round(floorMs),
    ratio: Number((ms / floorMs).toFixed(2)),
    target_ratio: 1.5,
    peak_rss_mb: Math.round(Math.max(...runs.map((r) => r.maxRssKb)) / 1024),
    target_rss_mb: 250,
    exit_code: last.status,
    diagnostics: diagnostics.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}
