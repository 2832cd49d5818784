/**
 * The GitHub Action: a thin shell over the functions the CLI uses. It reads the inputs, hides every
 * credential from the log, runs one mode, and reports through outputs, annotations and the job summary.
 */
import * as core from '@actions/core';
import { UsageError, UserError } from '../model/errors.js';
import { readInputs } from './inputs.js';

/** Every X credential is masked before anything runs, so no later message can print one. */
export function maskSecrets(env: NodeJS.ProcessEnv): number {
  let masked = 0;
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('X_') && name !== 'X_API_BASE_URL' && value) {
      core.setSecret(value);
      masked++;
    }
  }
  return masked;
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    maskSecrets(env);
    const inputs = readInputs(env);
    if (inputs.token) core.setSecret(inputs.token);
    if (inputs.command === 'publish') {
      const { publishMode } = await import('./publish-mode.js');
      await publishMode(inputs, env);
    } else if (inputs.command === 'stats') {
      const { statsMode } = await import('./stats-mode.js');
      await statsMode(inputs, env);
    } else if (inputs.command === 'reply') {
      const { replyMode } = await import('./reply-mode.js');
      await replyMode(inputs, env);
    } else if (inputs.command === 'review-comment') {
      const { reviewCommentMode } = await import('./review-comment-mode.js');
      await reviewCommentMode(inputs, env);
    } else if (inputs.command === 'review') {
      const { reviewMode } = await import('./review-mode.js');
      await reviewMode(inputs, env);
    } else {
      const { validateMode } = await import('./validate-mode.js');
      await validateMode(inputs);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserError) core.setFailed(`herald: ${error.message}`);
    else core.setFailed(`herald: internal error (please report it): ${(error as Error)?.stack ?? String(error)}`);
  }
}
