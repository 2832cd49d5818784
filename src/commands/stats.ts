import { statsInputsAt } from '../app/stats-inputs.js';
import { UsageError } from '../model/errors.js';
import { terminalLine } from '../model/escape.js';
import { requireAccountFile } from '../repository/accounts.js';
import { DEFAULT_MAX_READS, fetchStats } from '../stats/fetch.js';
import { formatStats } from '../stats/format.js';
import { parseDuration } from '../time/duration.js';
import type { CommandContext } from './context.js';

export interface StatsCommandOptions {
  since?: string;
  maxReads?: string;
  account?: string;
  dryRun?: boolean;
  format?: 'text' | 'json';
}

export const DEFAULT_SINCE = '30d';

/** `herald stats`: read published parts' metrics into schedules/metrics.jsonl; the summary on stdout. */
export async function runStats(options: StatsCommandOptions, ctx: CommandContext): Promise<number> {
  const sinceText = options.since ?? DEFAULT_SINCE;
  const since = parseDuration(sinceText);
  if (!since) throw new UsageError(`--since ${JSON.stringify(sinceText)} is not a duration; write for example --since 30d, --since 7d or --since 12h`);
  const maxReads = parseMaxReads(options.maxReads);
  if (options.account !== undefined) requireAccountFile(ctx.root, options.account);
  const now = ctx.now();
  const nowMs = now.toMillis();
  const report = await fetchStats({
    root: ctx.root,
    nowMs,
    sinceMs: nowMs - since.as('milliseconds'),
    maxReads,
    // Budgets (reads never take the UTC month past one, spent + planned posts first) and support accounts.
    ...(await statsInputsAt(ctx.root, now)),
    account: options.account,
    dryRun: options.dryRun ?? false,
    env: ctx.env,
    log: (message) => ctx.stderr(`herald: ${terminalLine(message)}\n`),
  });
  ctx.stdout(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatStats(report));
  return report.exit_code;
}

function parseMaxReads(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_READS;
  if (!/^\d{1,7}$/.test(text)) {
    throw new UsageError(
      `--max-reads ${JSON.stringify(text)} is not a whole number; write for example --max-reads ${DEFAULT_MAX_READS} (each read costs X's price for a post read)`,
    );
  }
  return Number(text);
}
