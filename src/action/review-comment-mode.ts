/**
 * `command: review-comment`, run by a workflow_run workflow after the review workflow: puts the
 * review in the pull request's one herald comment. The review run had a read-only token (it ran the
 * pull request's own workflow file, which a fork can change), so its artifact is untrusted: the pull
 * request number it names is used only when GitHub says that pull request's head is the commit the
 * review run was for (`workflow_run.head_sha` in this run's own event payload), and its Markdown is
 * neutralised and capped (src/github/review-comment.ts). Nothing from the pull request is checked
 * out or run here.
 */
import * as core from '@actions/core';
import { UsageError, UserError } from '../model/errors.js';
import type { ActionInputs } from './inputs.js';
import { field, readEvent } from './event.js';
import { readReviewArtifact } from './review-artifact.js';
import { info } from './summary.js';

export async function reviewCommentMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (!inputs.token) {
    throw new UsageError(
      `review-comment needs a token to write the comment: give the input token: \${{ github.token }} and the job permissions pull-requests: write`,
    );
  }
  if (!inputs.reviewArtifact) {
    throw new UsageError(
      'review-comment needs the folder the review artifact was downloaded to: give the input review-artifact (for example review-artifact: herald-review)',
    );
  }
  if ((env.GITHUB_EVENT_NAME ?? '') !== 'workflow_run') {
    throw new UsageError(
      `review-comment runs on the workflow_run event (after the review workflow), not on ${env.GITHUB_EVENT_NAME || 'an unknown event'}: its event tells which commit was reviewed`,
    );
  }
  const event = await readEvent(env);
  const headSha = field(event, 'workflow_run', 'head_sha');
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new UsageError('the workflow_run event payload has no head_sha: review-comment cannot tell which commit was reviewed; nothing was commented');
  }
  const artifact = await readReviewArtifact(inputs.reviewArtifact);
  const pull = artifact.pull;

  // A pull request from this repository is listed in the event; one from a fork is not (the list is
  // empty). When the event lists any, the artifact's number must be one of them.
  const listed = field(event, 'workflow_run', 'pull_requests');
  const numbers = Array.isArray(listed) ? listed.map((p) => field(p as Record<string, unknown>, 'number')).filter((n) => typeof n === 'number') : [];
  if (numbers.length > 0 && !numbers.includes(pull)) {
    throw new UserError(
      `refused: the review artifact names pull request #${pull}, but the review run was for #${numbers.join(', #')}; the artifact was not written by herald's review workflow, nothing was commented`,
    );
  }

  const { createGitHubApi } = await import('../github/client.js');
  const { reviewCommentBody, upsertReviewComment } = await import('../github/review-comment.js');
  const api = createGitHubApi(inputs.token, env, { warn: (message) => core.warning(message) });
  const actual = await api.pullHeadSha(pull);
  if (actual === undefined)
    throw new UserError(`refused: the review artifact names pull request #${pull}, which ${api.owner}/${api.repo} does not have; nothing was commented`);
  if (actual !== headSha) {
    throw new UserError(
      `refused: pull request #${pull}'s head is ${actual.slice(0, 7)}, but the review run was for ${headSha.slice(0, 7)}. Either the artifact names another pull request ` +
        'than the one reviewed, or a newer push came since (its own review run will comment); nothing was commented',
    );
  }

  const runUrl = field(event, 'workflow_run', 'html_url');
  const body = reviewCommentBody(artifact.markdown, typeof runUrl === 'string' && /^https?:\/\/[^\s()<>]+$/.test(runUrl) ? runUrl : undefined);
  const result = await upsertReviewComment(api, pull, body);
  info(`herald: review comment ${result.action} on #${pull}: ${result.comment.url}`);
  core.setOutput('comment-url', result.comment.url);
}
