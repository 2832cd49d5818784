import * as core from '@actions/core';
import { UsageError } from '../cli/context.js';
import { hasErrors } from '../model/diagnostic.js';
import { input, type ActionInputs } from './action.js';
import { annotate } from './annotations.js';
import { reviewMarkdown } from './review-markdown.js';
import { buildReview } from './review.js';

/** The pull-request check: annotations on the changed lines, the review in the job summary. */
export async function reviewMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (!inputs.base) {
    throw new UsageError('review needs a base to compare with: run it on pull_request (GITHUB_BASE_REF is set) or give the input base: origin/main');
  }
  const review = await buildReview({ root: inputs.root, base: inputs.base, head: input(env, 'head') || 'HEAD', now: inputs.now });
  annotate(review.diagnostics, core, inputs.rootInRepo);
  await core.summary.addRaw(reviewMarkdown(review)).write();
  const errors = review.diagnostics.filter((d) => d.severity === 'error').length;
  core.setOutput('errors', errors);
  core.setOutput('warnings', review.diagnostics.length - errors);
  if (hasErrors(review.diagnostics)) core.setFailed(`herald: ${errors} error${errors === 1 ? '' : 's'} in the changed posts; see the annotations and the job summary`);
}
