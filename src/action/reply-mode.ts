import * as core from '@actions/core';
import { replyWithAnswer } from '../app/reply.js';
import { commitAndPushLog, git, REPLY_COMMIT_MESSAGE, type CommitLogResult } from '../git/git.js';
import { UsageError, UserError } from '../model/errors.js';
import { statusUrl } from '../model/account.js';
import { mdCode, mdText } from '../model/escape.js';
import type { ReplyReport } from '../publish/reply.js';
import { LOG_FILE } from '../repository/paths.js';
import { joinPrefix } from './annotations.js';
import type { ActionInputs } from './inputs.js';
import { checkPublishRef } from './publish-ref.js';
import { commitNote } from './publish-mode.js';
import { info, writeSummary } from './summary.js';

/**
 * `command: reply` (a `workflow_dispatch` with inputs answer, to, set): send one approved answer
 * from the default branch only (answers are approved by merging them), then commit and push the
 * log the way publish does, so the next run, anywhere, knows the reply went out.
 */
export async function replyMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const request = inputs.reply;
  if (!request) throw new UsageError('command: reply needs the inputs answer and to');
  let defaultBranch: string;
  try {
    const top = (await git(inputs.root, ['rev-parse', '--show-toplevel'], env).catch(() => '')).trim();
    if (!top) {
      throw new UserError(
        `reply refused: ${inputs.root} is not inside a git checkout, so herald cannot tell that its answers were merged; nothing was sent. Check out the repository with actions/checkout before this step`,
      );
    }
    defaultBranch = (await checkPublishRef(env, top, 'reply')).defaultBranch;
  } catch (error) {
    await writeSummary(`## herald reply — refused\n\n❌ ${mdText((error as Error).message)}\n`, env).catch(() => undefined);
    throw error;
  }

  let report: ReplyReport | undefined;
  let replyError: unknown;
  try {
    report = await replyWithAnswer(inputs.root, {
      answer: request.answer,
      to: request.to,
      sets: request.sets,
      env,
      nowMs: () => inputs.clock().toMillis(),
      log: (message) => info(`herald: ${message}`),
    });
  } catch (error) {
    replyError = error;
  }

  // Whatever happened, what was written to the log must reach the branch.
  let commit: CommitLogResult | undefined;
  let commitError: unknown;
  if (inputs.commit) {
    try {
      commit = await commitAndPushLog({ root: inputs.root, env, message: REPLY_COMMIT_MESSAGE, branch: defaultBranch });
      core.info(commit.committed ? `herald: log pushed (${commit.commit?.slice(0, 7)})` : 'herald: nothing new in the log; no commit');
    } catch (error) {
      commitError = error;
      core.error(`herald: the log was not pushed: ${(error as Error).message}`, { file: joinPrefix(inputs.rootInRepo, LOG_FILE) });
    }
  }

  if (report) {
    core.setOutput('reply-url', report.url ?? '');
    core.setOutput('reply-outcome', report.outcome);
    await writeSummary(replySummary(report, commit, commitError, defaultBranch), env);
  } else if (replyError) {
    await writeSummary(`## herald reply — not sent\n\n❌ ${mdText((replyError as Error).message)}\n`, env).catch(() => undefined);
  }
  if (replyError) throw replyError;
  if (commitError) throw commitError;
  if (report && report.exit_code !== 0) core.setFailed(`herald: the reply was not sent: ${report.reason ?? 'see the job summary'}`);
}

export function replySummary(report: ReplyReport, commit: CommitLogResult | undefined, commitError: unknown, branch: string): string {
  const target = `[post ${report.to}](${report.to_url})`;
  const answer = mdCode(report.answer);
  // An already-sent reply's url is read back from the log, which a commit can change: it is shown as
  // text, and the link is built from the post id (digits by the log's schema).
  const shown = mdText(report.url ?? report.tweet_id ?? '');
  const url = report.tweet_id ? `[${shown}](${statusUrl(undefined, report.tweet_id)})` : shown;
  const line =
    report.outcome === 'sent'
      ? `✅ Sent answer ${answer} to ${target}: ${url}`
      : report.outcome === 'already-sent'
        ? `☑️ Answer ${answer} already went out to ${target}: ${url}; nothing sent again.`
        : report.outcome === 'reconciled'
          ? `☑️ Answer ${answer} to ${target} was found on the timeline (an earlier attempt went out): ${url}; nothing sent again.`
          : `❌ Answer ${answer} to ${target} was not sent: ${mdText(report.reason ?? 'failed')}`;
  const lines = ['## herald reply', line];
  const note = commitNote(commit, commitError, branch, []);
  if (note) lines.push(note);
  return `${lines.join('\n\n')}\n`;
}
