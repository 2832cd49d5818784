/** The text summary of a stats run (stdout); the skipped parts themselves are named on stderr. */
import { terminalLine } from '../model/escape.js';
import { formatUsd, fromMicros, PRICES } from '../model/prices.js';
import type { TimelineRange } from '../x/port.js';
import type { StatsReport } from './report.js';
import type { SupportReadReport } from './support-read.js';

export function formatStats(report: StatsReport): string {
  const lines: string[] = [];
  const verb = report.dry_run ? 'would read' : 'read';
  lines.push(
    `herald stats: ${verb} ${report.reads} post(s) for ${formatUsd(report.cost_usd)} (metrics of parts published since ${report.since}${report.support.length > 0 ? ", and support accounts' replies and mentions" : ''})`,
  );
  for (const account of report.accounts) {
    const stopped =
      account.stopped?.kind === 'rate-limit'
        ? `, stopped by X's rate limit${account.stopped.resets_at ? ` (resets at ${account.stopped.resets_at})` : ''}`
        : account.stopped?.kind === 'error'
          ? `, stopped: ${account.stopped.message}`
          : '';
    lines.push(`  ${account.account}: ${verb} ${account.read} of ${account.due}${stopped}`);
  }
  for (const s of report.support) lines.push(`  ${s.account}, replies and mentions: ${supportLine(s, report.dry_run)}`);
  if (report.dry_run) {
    for (const part of report.to_read) lines.push(`    ${part.account} ${part.post} part ${part.part + 1} (${part.tweet_id})`);
  }
  if (report.already_read_today > 0) lines.push(`  skipped ${report.already_read_today} already read today (UTC)`);
  if (report.over_max_reads.length > 0) lines.push(`  skipped ${report.over_max_reads.length} over --max-reads ${report.max_reads}`);
  if (report.over_budget.length > 0) lines.push(`  held back ${report.over_budget.length} by the budget (see stderr)`);
  if (report.not_read.length > 0) lines.push(`  not read ${report.not_read.length} (their account stopped; read next run)`);
  if (report.deleted.length > 0) lines.push(`  deleted on X: ${report.deleted.length} (nothing recorded)`);
  const skipped = report.already_read_today + report.over_max_reads.length + report.over_budget.length + report.not_read.length + report.deleted.length;
  if (report.accounts.length === 0 && report.support.length === 0 && skipped === 0) lines.push('  nothing to read');
  return `${lines.map(terminalLine).join('\n')}\n`;
}

/** What was read of a support account's conversations, and what it cost (prices: the table's, as the budget counts them). */
function supportLine(s: SupportReadReport, dryRun: boolean): string {
  if (dryRun && s.planned) {
    const from = (ranges: readonly TimelineRange[]) =>
      ranges.map((r) => (r.sinceId ? `after ${r.sinceId}` : `from ${r.startTime}`) + (r.untilId ? ` up to ${r.untilId}` : '')).join(', then ');
    return (
      `would read its timeline ${from(s.planned.timeline)} (its own posts, ${formatUsd(PRICES.owned_read)} each), its mentions ${from(s.planned.mentions)} ` +
      `and the posts it replied to that no mention brings (${formatUsd(PRICES.post_read)} each); how many there are is known only by reading, so they are not in the total above`
    );
  }
  const read = `read ${s.timeline} own post(s) (${formatUsd(PRICES.owned_read)} each), ${s.mentions} mention(s) and ${s.lookups} look-up(s) (${formatUsd(PRICES.post_read)} each): ${formatUsd(fromMicros(s.cost_micros))}`;
  const found = `${s.replies} new repl${s.replies === 1 ? 'y' : 'ies'} and ${s.customer_posts} new customer post(s) recorded`;
  const stop = s.stopped
    ? s.stopped.kind === 'max-reads'
      ? '; stopped at --max-reads (a page is asked for only with room for 5 reads), goes on next run'
      : s.stopped.kind === 'budget'
        ? '; stopped at the budget (a page is asked for only when 5 reads fit), goes on next run'
        : s.stopped.kind === 'rate-limit'
          ? "; stopped by X's rate limit, goes on next run"
          : `; stopped: ${s.stopped.message}`
    : '';
  return `${read}; ${found}${stop}`;
}
