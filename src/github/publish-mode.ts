import * as core from '@actions/core';
import { info, writeSummary } from './summary.js';
import { publishDue, type PublishReport } from '../publish/index.js';
import { readLog } from '../publish/log.js';
import type { ActionInputs } from './action.js';
import { commitAndPushLog, type CommitLogResult } from './git.js';
import { publishCounts, publishSummary } from './publish-summary.js';
import { joinPrefix } from './annotations.js';

/**
 * Publish, then commit and push the log whatever happened: a run that fails part-way has still sent
 * some parts, and the log of what X received must reach the branch or the next run would not know.
 */
export async function publishMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const previous = await readLog(inputs.root);
  let report: PublishReport | undefined;
  let publishError: unknown;
  try {
    report = await publishDue({
      root: inputs.root,
      now: inputs.now,
      clock: inputs.clock,
      dryRun: inputs.dryRun,
      env,
      log: (message) => info(`herald: ${message}`),
    });
  } catch (error) {
    publishError = error;
  }

  let commit: CommitLogResult | undefined;
  let commitError: unknown;
  if (inputs.commit && !inputs.dryRun) {
    try {
      commit = await commitAndPushLog({ root: inputs.root, env });
      core.info(commit.committed ? `herald: log pushed (${commit.commit?.slice(0, 7)}, ${commit.attempts} attempt${commit.attempts === 1 ? '' : 's'})` : 'herald: nothing new in the log; no commit');
    } catch (error) {
      commitError = error;
      core.error(`herald: the publish log was not pushed: ${(error as Error).message}`, { file: joinPrefix(inputs.rootInRepo, 'schedules/log.jsonl') });
    }
  }

  if (report) {
    const counts = publishCounts(report);
    for (const [name, value] of Object.entries(counts)) core.setOutput(name, value);
    for (const f of report.failed) {
      core.error(`${f.post} (${f.account}), part ${f.part + 1}: ${f.error}`, {
        title: 'herald publish failed',
        file: joinPrefix(inputs.rootInRepo, f.file),
        startLine: 1,
      });
    }
    for (const s of report.stopped) core.error(`${s.account}: ${s.reason}`, { title: `herald stopped account ${s.account} (${s.kind})` });
    await writeSummary(
      publishSummary({ report, previousLog: previous.entries, schedule: { intervalMinutes: inputs.intervalMinutes, toleranceMinutes: 15 }, logCommit: commitNote(commit, commitError) }),
      env,
    );
  }

  if (publishError) throw publishError;
  if (commitError) throw commitError;
  if (report && report.exit_code !== 0) {
    core.setFailed(`herald: publishing ${report.exit_code === 2 ? 'could not start for some accounts (setup)' : 'failed for some posts'}; see the annotations and the job summary`);
  }
}

function commitNote(commit: CommitLogResult | undefined, error: unknown): string | undefined {
  if (error) return `❌ The log was not pushed: ${(error as Error).message}`;
  if (!commit) return undefined;
  if (!commit.committed) return 'Nothing new in the log; no commit.';
  return `Log committed and pushed as \`${commit.commit?.slice(0, 7)}\`${commit.attempts > 1 ? ` after ${commit.attempts} attempts (someone pushed first)` : ''}.`;
}
