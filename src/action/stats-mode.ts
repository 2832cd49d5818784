import * as core from '@actions/core';
import { commitAndPushLog, METRICS_COMMIT_MESSAGE, type CommitLogResult } from '../git/git.js';
import { mdMessage, mdText } from '../model/escape.js';
import { table } from '../model/markdown.js';
import { formatUsd } from '../model/prices.js';
import { METRICS_FILE } from '../repository/paths.js';
import { statsInputsAt } from '../app/stats-inputs.js';
import { DEFAULT_MAX_READS, fetchStats } from '../stats/fetch.js';
import type { StatsReport } from '../stats/report.js';
import { joinPrefix } from './annotations.js';
import type { ActionInputs } from './inputs.js';
import { info, writeSummary } from './summary.js';

/**
 * `command: stats`: read published parts' metrics into schedules/metrics.jsonl, then commit and push
 * it the way publish pushes the log (rebasing and retrying; the file is `merge=union`). The commit
 * happens even when an account failed part-way: what was read was paid for.
 */
export async function statsMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const nowMs = inputs.now.toMillis();
  let report: StatsReport | undefined;
  let statsError: unknown;
  try {
    report = await fetchStats({
      root: inputs.root,
      nowMs,
      sinceMs: nowMs - inputs.sinceMs,
      maxReads: inputs.maxReads ?? DEFAULT_MAX_READS,
      ...(await statsInputsAt(inputs.root, inputs.now)),
      dryRun: inputs.dryRun,
      env,
      log: (message) => info(`herald: ${message}`),
    });
  } catch (error) {
    statsError = error;
  }

  let commit: CommitLogResult | undefined;
  let commitError: unknown;
  if (inputs.commit && !inputs.dryRun) {
    try {
      commit = await commitAndPushLog({ root: inputs.root, env, file: METRICS_FILE, message: METRICS_COMMIT_MESSAGE });
      core.info(commit.committed ? `herald: metrics pushed (${commit.commit?.slice(0, 7)})` : 'herald: no new metrics; no commit');
    } catch (error) {
      commitError = error;
      core.error(`herald: the metrics were not pushed: ${(error as Error).message}`, { file: joinPrefix(inputs.rootInRepo, METRICS_FILE) });
    }
  }

  if (report) {
    core.setOutput('reads', report.reads);
    core.setOutput('cost-usd', report.cost_usd);
    for (const account of report.accounts) {
      if (account.stopped?.kind === 'error') core.error(`${account.account}: ${account.stopped.message}`, { title: `herald stats stopped ${account.account}` });
      if (account.stopped?.kind === 'rate-limit') core.warning(`${account.account}: ${account.stopped.message}`, { title: "herald stats: X's rate limit" });
    }
    await writeSummary(statsSummary(report, commit), env);
  }

  if (statsError) throw statsError;
  if (commitError) throw commitError;
  if (report && report.exit_code !== 0) core.setFailed('herald: reading metrics failed for some accounts; see the annotations and the job summary');
}

/** The job summary: one row per account, what it cost, what was skipped. */
function statsSummary(report: StatsReport, commit: CommitLogResult | undefined): string {
  const verb = report.dry_run ? 'would read' : 'read';
  const rows = report.accounts.map((a) => [
    mdText(a.account),
    String(a.read),
    String(a.due),
    a.stopped
      ? a.stopped.kind === 'rate-limit'
        ? mdText(`rate limit${a.stopped.resets_at ? `, resets ${a.stopped.resets_at}` : ''}`)
        : mdMessage(a.stopped.message)
      : '',
  ]);
  const lines = [
    `## herald stats`,
    `${report.dry_run ? 'Dry run: would read' : 'Read'} ${report.reads} post(s) for ${formatUsd(report.cost_usd)} (parts published since ${report.since}).`,
  ];
  if (rows.length > 0) lines.push(table(['account', verb, 'due', 'stopped'], rows));
  // Support accounts (`sla:`): what was read of their conversations (a dry run reads none).
  const supportRows = (report.dry_run ? [] : report.support).map((s) => [
    mdText(s.account),
    String(s.timeline),
    String(s.mentions),
    String(s.lookups),
    String(s.replies),
    String(s.customer_posts),
    s.stopped
      ? s.stopped.kind === 'error' || s.stopped.kind === 'rate-limit'
        ? mdMessage(s.stopped.message)
        : mdText(`at ${s.stopped.kind}, goes on next run`)
      : '',
  ]);
  if (supportRows.length > 0)
    lines.push(table(['support account', 'own posts read', 'mentions read', 'looked up', 'new replies', 'new customer posts', 'stopped'], supportRows));
  const notes = [
    report.already_read_today > 0 ? `${report.already_read_today} already read today (UTC)` : '',
    report.over_max_reads.length > 0 ? `${report.over_max_reads.length} over the cap of ${report.max_reads} (read next run)` : '',
    report.not_read.length > 0 ? `${report.not_read.length} not read because their account stopped` : '',
    report.deleted.length > 0 ? `${report.deleted.length} deleted on X (nothing recorded)` : '',
  ].filter(Boolean);
  if (notes.length > 0) lines.push(`Skipped: ${notes.join('; ')}.`);
  if (commit) lines.push(commit.committed ? `Metrics committed and pushed as \`${commit.commit?.slice(0, 7)}\`.` : 'No new metrics; no commit.');
  return `${lines.join('\n\n')}\n`;
}
