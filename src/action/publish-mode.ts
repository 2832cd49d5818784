import * as core from '@actions/core';
import { info, writeSummary } from './summary.js';
import { publishRepository, type PublishRepositoryResult } from '../app/publish.js';
import { LOG_FILE } from '../repository/paths.js';
import { isSentEntry, type LogEntry } from '../model/log.js';
import type { ActionInputs } from './inputs.js';
import { commitAndPushLog, git, type CommitLogResult } from '../git/git.js';
import { mdFenced, mdText } from '../model/escape.js';
import { checkPublishRef } from './publish-ref.js';
import { UserError } from '../model/errors.js';
import { publishCounts, publishSummary } from './publish-summary.js';
import { joinPrefix } from './annotations.js';

/**
 * Publish, then commit and push the log whatever happened: a run that fails part-way has still sent
 * some parts, and the log of what X received must reach the branch or the next run would not know.
 */
export async function publishMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  // Only the default branch sends and commits. A dry run sends and writes nothing, needs no
  // credentials, and shows a branch what it would do, so it may run anywhere.
  let defaultBranch: string | undefined;
  if (!inputs.dryRun) {
    try {
      const top = (await git(inputs.root, ['rev-parse', '--show-toplevel'], env).catch(() => '')).trim();
      if (!top) {
        throw new UserError(
          `publish refused: ${inputs.root} is not inside a git checkout, so herald cannot tell that it holds only what was merged; nothing was sent and nothing was committed. Check out the repository with actions/checkout before this step`,
        );
      }
      defaultBranch = (await checkPublishRef(env, top)).defaultBranch;
    } catch (error) {
      await writeSummary(`## herald publish — refused\n\n❌ ${mdText((error as Error).message)}\n`, env).catch(() => undefined);
      throw error;
    }
  }

  let result: PublishRepositoryResult | undefined;
  let publishError: unknown;
  try {
    result = await publishRepository(inputs.root, {
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
      // The default branch by name, never "the checked-out branch": the log never starts a new branch.
      commit = await commitAndPushLog({ root: inputs.root, env, ...(defaultBranch ? { branch: defaultBranch } : {}) });
      core.info(
        commit.committed
          ? `herald: log pushed (${commit.commit?.slice(0, 7)}, ${commit.attempts} attempt${commit.attempts === 1 ? '' : 's'})`
          : 'herald: nothing new in the log; no commit',
      );
    } catch (error) {
      commitError = error;
      core.error(`herald: the publish log was not pushed: ${(error as Error).message}`, { file: joinPrefix(inputs.rootInRepo, LOG_FILE) });
    }
  }

  if (result) {
    const { report } = result;
    const counts = publishCounts(report);
    for (const [name, value] of Object.entries(counts)) core.setOutput(name, value);
    for (const f of report.failed) {
      core.error(`${f.post} (${f.account}), part ${f.part + 1}: ${f.error}`, {
        title: 'herald publish failed',
        file: joinPrefix(inputs.rootInRepo, f.file),
        startLine: 1,
      });
    }
    for (const e of report.expired) {
      if (e.failed_attempts) core.error(`${e.post} (${e.account}): ${e.reason}`, { title: 'herald post expired after failed attempts' });
    }
    for (const s of report.stopped) core.error(`${s.account}: ${s.reason}`, { title: `herald stopped account ${s.account} (${s.kind})` });
    const unpushed = commitError ? result.appended : [];
    await writeSummary(
      publishSummary({
        report,
        previousLog: result.logBefore,
        schedule: { intervalMinutes: inputs.intervalMinutes, toleranceMinutes: 15 },
        logCommit: commitNote(commit, commitError, defaultBranch, unpushed),
        lang: inputs.lang,
      }),
      env,
    );
  }

  // After the log commit, so an issue never says more than the branch records; never fails the run.
  if (result && !inputs.dryRun) {
    const { reportFailureIssues } = await import('./failure-issues.js');
    await reportFailureIssues({ report: result.report, accounts: result.accounts, root: inputs.root, env, token: inputs.token });
  }

  if (publishError) throw publishError;
  if (commitError) throw commitError;
  if (result && result.report.exit_code !== 0) {
    core.setFailed(
      `herald: publishing ${result.report.exit_code === 2 ? 'could not start for some accounts (setup)' : 'failed for some posts'}; see the annotations and the job summary`,
    );
  }
}

/** The job summary's line about the log commit: publish and reply both commit the log. */
export function commitNote(commit: CommitLogResult | undefined, error: unknown, branch: string | undefined, unpushed: readonly LogEntry[]): string | undefined {
  if (error) return pushFailedNote((error as Error).message, branch, unpushed);
  if (!commit) return undefined;
  if (!commit.committed) return 'Nothing new in the log; no commit.';
  return `Log committed and pushed as \`${commit.commit?.slice(0, 7)}\`${commit.attempts > 1 ? ` after ${commit.attempts} attempts (someone pushed first)` : ''}.`;
}

/**
 * The runner is thrown away when the job ends, and the log commit with it: say so, and say what the
 * next run will do about what X received, so nobody re-runs the job believing it brings the commit back.
 */
function pushFailedNote(refusal: string, branch: string | undefined, unpushed: readonly LogEntry[]): string {
  const target = branch ?? 'the default branch';
  const sent = unpushed.filter(isSentEntry).length;
  const lines = [
    `### ❌ The log was not pushed`,
    `Refusal: ${mdText(refusal)}`,
    `The log commit existed only on this runner and is gone when the job ends; re-running the job does not bring it back. ` +
      `${sent > 0 ? `X received ${sent} part${sent === 1 ? '' : 's'} in this run that ${target} does not record. ` : ''}What to do:`,
    [
      `1. Fix the cause named above (the token must be allowed to push to ${mdText(target)}; README, "Branch protection").`,
      `2. Either add the lines below to \`schedules/log.jsonl\` on ${mdText(target)} and push them, or let the next run reconcile: ` +
        'it sends those parts again, X refuses the repeat as duplicate content, and herald finds them on the timeline and logs them as published instead of posting twice.',
      '3. Then run the workflow again (workflow_dispatch) or wait for the next scheduled run.',
    ].join('\n'),
  ];
  if (unpushed.length > 0)
    lines.push(
      `<details><summary>${unpushed.length} log line${unpushed.length === 1 ? '' : 's'} this run wrote</summary>\n\n${mdFenced(unpushed.map((e) => JSON.stringify(e)).join('\n'))}\n\n</details>`,
    );
  return lines.join('\n\n');
}
