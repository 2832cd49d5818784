import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildReview } from '../../src/review/review.js';
import { reviewMarkdown } from '../../src/review/markdown.js';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { runAction } from '../helpers/action-process.js';
import { sh } from '../helpers/git-repo.js';

const fixture = path.join(repoRoot, 'test/fixtures/github-review');
const golden = path.join(fixture, 'summary.md');
/** Monday 30 November 2026, 10:00 in New York. */
const NOW = '2026-11-30T15:00:00Z';

/** A repository whose main branch holds `base/` and whose `pr` branch holds `head/`: a pull request. */
async function pullRequest(contentFolder = ''): Promise<string> {
  const repo = await tempDir('herald-review-repo-');
  await sh(repo, 'init', '--quiet', '--initial-branch=main');
  await cp(path.join(fixture, 'base'), path.join(repo, contentFolder), { recursive: true });
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'base');
  await sh(repo, 'checkout', '--quiet', '-b', 'pr');
  for (const entry of await readdir(repo)) if (entry !== '.git') await rm(path.join(repo, entry), { recursive: true });
  await cp(path.join(fixture, 'head'), path.join(repo, contentFolder), { recursive: true });
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'head');
  await sh(repo, 'checkout', '--quiet', 'main');
  return repo;
}

describe('the review of a pull request', () => {
  it('matches the reviewed golden summary: findings, calendar changes, and a preview card per changed post', async () => {
    const repo = await pullRequest();

    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: DateTime.fromISO(NOW, { zone: 'utc' }) });
    const markdown = reviewMarkdown(review);

    if (process.env.UPDATE_GOLDEN) await writeFile(golden, markdown);
    expect(markdown).toBe(await readFile(golden, 'utf8'));
  });

  it('lists only the posts and account files the pull request changes', async () => {
    const repo = await pullRequest();

    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: DateTime.fromISO(NOW, { zone: 'utc' }) });

    expect(review.changed).toEqual([
      'posts/flash-sale.md',
      'posts/launch.md',
      'posts/old-promo.md',
      'posts/tips/tip-0.md',
      'posts/webinar.md',
      'schedules/main.yaml',
    ]);
    expect(review.removedPosts).toEqual(['posts/old-promo.md']);
  });

  it('also reports a finding the change causes in a file it does not touch', async () => {
    const repo = await pullRequest();

    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: DateTime.fromISO(NOW, { zone: 'utc' }) });

    // The blackout added to schedules/main.yaml blocks posts/partner-day.md, which the change leaves alone.
    expect(review.diagnostics.filter((d) => !review.changed.includes(d.file)).map((d) => `${d.file} ${d.rule}`)).toEqual(['posts/partner-day.md blackout']);
  });

  it('prints the same Markdown from the CLI and exits 1 because a changed post has an error', async () => {
    const repo = await pullRequest();

    const result = await runHerald(['review', '--base', 'main', '--head', 'pr', '--now', NOW, '--root', repo]);

    expect(result.stdout).toBe(await readFile(golden, 'utf8'));
    expect(result.code).toBe(1);
  });

  it('reviews the work tree, including new files not yet committed, when no --head is given', async () => {
    const repo = await pullRequest();
    await writeFile(path.join(repo, 'posts/draft-idea.md'), '---\naccount: main\npublish:\n  slot: next\ndraft: true\n---\nAn idea for later.\n');

    const result = await runHerald(['review', '--base', 'main', '--format', 'json', '--now', NOW, '--root', repo]);

    const review = JSON.parse(result.stdout);
    expect(review.changed).toEqual(['posts/draft-idea.md']);
    expect(review.cards[0]).toMatchObject({ file: 'posts/draft-idea.md', draft: true, handle: '@acme' });
  });

  it('reviews content kept in a sub-folder of the repository the same way', async () => {
    const repo = await pullRequest('social');

    const review = await buildReview({ root: path.join(repo, 'social'), base: 'main', head: 'pr', now: DateTime.fromISO(NOW, { zone: 'utc' }) });

    expect(reviewMarkdown(review)).toBe(await readFile(golden, 'utf8'));
  });

  it('sees every post as committed, even one the pull request marks export-ignore to hide it from an archive', async () => {
    const repo = await pullRequest();
    await sh(repo, 'checkout', '--quiet', 'pr');
    await writeFile(path.join(repo, '.gitattributes'), 'posts/sneaky.md export-ignore\n');
    await writeFile(path.join(repo, 'posts/sneaky.md'), '---\naccount: main\npublish:\n  at: 2026-12-05 10:00\n---\nSurprise!\n');
    await sh(repo, 'add', '-A');
    await sh(repo, 'commit', '--quiet', '-m', 'sneaky');
    await sh(repo, 'checkout', '--quiet', 'main');

    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: DateTime.fromISO(NOW, { zone: 'utc' }) });

    expect(review.cards.map((c) => c.file)).toContain('posts/sneaky.md');
    expect(review.removedPosts).toEqual(['posts/old-promo.md']);
  });

  it('refuses a base that is not in the repository, saying how to fetch it', async () => {
    const repo = await pullRequest();

    const result = await runHerald(['review', '--base', 'origin/main', '--head', 'pr', '--root', repo]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--base origin/main is not a commit in this repository; fetch it first');
  });

  it('runs as the action on a pull request: annotations on the changed lines and the review in the job summary', async () => {
    const repo = await pullRequest();

    const result = await runAction(repo, { command: 'review', now: NOW, base: 'main', head: 'pr' });

    expect(result.summary).toBe(await readFile(golden, 'utf8'));
    expect(result.stdout).toMatch(/::error title=herald missing-alt-text,file=posts\/webinar\.md,line=\d+/);
    expect(result.code).toBe(1);
  });
});
