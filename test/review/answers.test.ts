/** The review of a pull request that changes support answers: each shown filled with its examples. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reviewMarkdown } from '../../src/review/markdown.js';
import { buildReview } from '../../src/review/review.js';
import { sh } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/tmp.js';

const NOW = DateTime.fromISO('2026-11-30T09:00:00Z', { zone: 'utc' });
const answer = (title: string, text: string) =>
  `---\ntitle: ${title}\ntags: [billing]\nlang: en\nplaceholders:\n  name: { max: 20, example: Anna }\n---\n${text}\n`;

/** main: two answers; pr: one edited, one deleted, one added with a mistake. */
async function answersPullRequest(): Promise<string> {
  const repo = await tempDir('herald-review-answers-');
  await sh(repo, 'init', '--quiet', '--initial-branch=main');
  for (const dir of ['schedules', 'posts', 'answers/en']) await mkdir(path.join(repo, dir), { recursive: true });
  await writeFile(path.join(repo, 'schedules/support.yaml'), 'handle: "@acme_help"\nzone: UTC\n');
  await writeFile(path.join(repo, 'posts/.keep'), '');
  await writeFile(path.join(repo, 'answers/en/refund.md'), answer('Refund', 'Thanks {{name}}, we refunded you.'));
  await writeFile(path.join(repo, 'answers/en/old.md'), answer('Old', 'Hi {{name}}, this answer is retired.'));
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'base');
  await sh(repo, 'checkout', '--quiet', '-b', 'pr');
  await writeFile(path.join(repo, 'answers/en/refund.md'), answer('Refund', 'Thanks {{name}}, we refunded the double charge <b>today</b>.'));
  await rm(path.join(repo, 'answers/en/old.md'));
  await writeFile(path.join(repo, 'answers/en/typo.md'), answer('Typo', 'Hi {{nmae}}, thanks for waiting.'));
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'answers');
  await sh(repo, 'checkout', '--quiet', 'main');
  return repo;
}

describe('the review of a pull request that changes answers', () => {
  it('previews each changed answer filled with its examples, and lists its findings and deletions', async () => {
    const repo = await answersPullRequest();
    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: NOW });
    expect(review.changed).toEqual(['answers/en/old.md', 'answers/en/refund.md', 'answers/en/typo.md']);
    expect(review.answers).toEqual([
      {
        id: 'en/refund',
        file: 'answers/en/refund.md',
        title: 'Refund',
        lang: 'en',
        account: 'support',
        tags: ['billing'],
        example: 'Thanks Anna, we refunded the double charge <b>today</b>.',
        weighted: 56,
        longest: 56 - 4 + 40,
        max: 280,
      },
      expect.objectContaining({ id: 'en/typo', example: 'Hi {{nmae}}, thanks for waiting.' }),
    ]);
    expect(review.removedAnswers).toEqual(['answers/en/old.md']);
    expect(review.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['answers/en/typo.md', 'placeholder-unused'],
      ['answers/en/typo.md', 'placeholder-undeclared'],
    ]);
    const md = reviewMarkdown(review);
    expect(md).toContain("### Answers\n\n#### `answers/en/refund.md` — Refund (en, support)\n\nWith the examples · 56/280 · at every placeholder's max 92/280");
    expect(md).toContain('```text\nThanks Anna, we refunded the double charge <b>today</b>.\n```');
    expect(md).toContain('Deleted answer files: `answers/en/old.md`');
  });
});
