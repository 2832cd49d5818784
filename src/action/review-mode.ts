import * as core from '@actions/core';
import { writeSummary } from './summary.js';
import { UsageError } from '../model/errors.js';
import { hasErrors } from '../model/diagnostic.js';
import { input, type ActionInputs } from './inputs.js';
import { annotate } from './annotations.js';
import { reviewMarkdown } from '../review/markdown.js';
import { buildReview } from '../review/review.js';
import { field, readEvent } from './event.js';
import { writeReviewArtifact } from './review-artifact.js';
import { localizeDiagnostics } from '../i18n/localize.js';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { t } from '../i18n/say.js';

/** The pull-request check: annotations on the changed lines, the review in the job summary. */
export async function reviewMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (!inputs.base) {
    throw new UsageError('review needs a base to compare with: run it on pull_request (GITHUB_BASE_REF is set) or give the input base: origin/main');
  }
  const review = await buildReview({
    root: inputs.root,
    base: inputs.base,
    head: input(env, 'head') || 'HEAD',
    now: inputs.now,
    // Media previews link to the files of the head commit on GitHub.
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
  });
  annotate(localizeDiagnostics(review.diagnostics, inputs.lang), core, inputs.rootInRepo);
  const markdown = fitSummary(reviewMarkdown(review, inputs.lang), SUMMARY_LIMIT_BYTES, inputs.lang);
  await writeSummary(markdown, env);
  if (inputs.reviewArtifact) {
    // For the review-comment workflow: the same Markdown, and which pull request it is about.
    const pull = field(await readEvent(env), 'pull_request', 'number');
    await writeReviewArtifact(inputs.reviewArtifact, markdown, typeof pull === 'number' ? pull : undefined);
  }
  const errors = review.diagnostics.filter((d) => d.severity === 'error').length;
  core.setOutput('errors', errors);
  core.setOutput('warnings', review.diagnostics.length - errors);
  if (hasErrors(review.diagnostics))
    core.setFailed(`herald: ${errors} error${errors === 1 ? '' : 's'} in the changed posts; see the annotations and the job summary`);
}

/** GitHub refuses a step summary over 1 MiB; a huge change keeps its findings and calendar, and loses previews. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES, lang: Lang = DEFAULT_LANG): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = '\n\n_The previews do not fit in one job summary; run `npx herald review --base origin/main` locally to see them all._\n';
  const cut = markdown.indexOf(`\n### ${t(lang, 'review.previews')}`);
  const head = cut >= 0 ? markdown.slice(0, cut) : markdown;
  const room = limit - Buffer.byteLength(note);
  return (
    (Buffer.byteLength(head) <= room
      ? head
      : Buffer.from(head)
          .subarray(0, room)
          .toString('utf8')
          .replace(/\uFFFD+$/, '')) + note
  );
}
