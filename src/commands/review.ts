/** `herald review`: what a reviewer needs about a change, as Markdown (job summaries) or JSON. */
import { UsageError } from '../model/errors.js';
import type { CommandContext } from './context.js';
import { hasErrors } from '../model/diagnostic.js';

export interface ReviewCommandOptions {
  base?: string;
  head?: string;
  format?: string;
}

export async function runReview(options: ReviewCommandOptions, ctx: CommandContext): Promise<number> {
  const format = options.format ?? 'md';
  if (format !== 'md' && format !== 'json') {
    throw new UsageError(`--format ${JSON.stringify(format)} is not one of md, json; write for example --format md`);
  }
  const { buildReview } = await import('../review/review.js');
  const review = await buildReview({ root: ctx.root, base: options.base ?? 'origin/main', head: options.head, now: ctx.now() });
  const { localizedReview, reviewMarkdown } = await import('../review/markdown.js');
  if (format === 'json') {
    ctx.stdout(`${JSON.stringify(localizedReview(review, ctx.lang), null, 2)}\n`);
  } else {
    ctx.stdout(reviewMarkdown(review, ctx.lang));
  }
  // Errors in the changed files fail the command, so a required check can block the merge.
  return hasErrors(review.diagnostics) ? 1 : 0;
}
