import * as core from '@actions/core';

/**
 * The job summary when the runner provides one; otherwise (the action run by hand) the log, so a
 * missing GITHUB_STEP_SUMMARY never turns a successful publish into a failed step.
 */
export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(markdown);
}
