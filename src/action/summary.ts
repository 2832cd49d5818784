import * as core from '@actions/core';
import { logText } from '../model/escape.js';

/**
 * The job summary when the runner provides one; otherwise (the action run by hand) the log, so a
 * missing GITHUB_STEP_SUMMARY never turns a successful publish into a failed step.
 */
export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(logText(markdown));
}

/**
 * A line for the job log. Messages carry ids, reasons and X's answers, so no line of one may be
 * read by the runner as a workflow command (`::set-output`, `::add-mask`, `::stop-commands` ...).
 */
export function info(text: string): void {
  core.info(logText(text));
}
