/** The review shows each timed thread part (`--- +45m`, `--- at …`) with its time in the preview card. */
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reviewMarkdown } from '../../src/review/markdown.js';
import { buildReview } from '../../src/review/review.js';
import { repoRoot } from '../helpers/cli.js';
import { sh } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/tmp.js';

const fixture = path.join(repoRoot, 'test/fixtures/timed-thread');

describe('the review of a timed thread', () => {
  it('shows each timed part with its time and separator, as a reply to the part before', async () => {
    const repo = await tempDir('herald-review-timed-');
    await sh(repo, 'init', '--quiet', '--initial-branch=main');
    await cp(path.join(fixture, 'schedules'), path.join(repo, 'schedules'), { recursive: true });
    await sh(repo, 'add', '-A');
    await sh(repo, 'commit', '--quiet', '-m', 'base');
    await sh(repo, 'checkout', '--quiet', '-b', 'pr');
    await mkdir(path.join(repo, 'posts'));
    await cp(path.join(fixture, 'posts/devday.md'), path.join(repo, 'posts/devday.md'));
    await sh(repo, 'add', '-A');
    await sh(repo, 'commit', '--quiet', '-m', 'head');
    await sh(repo, 'checkout', '--quiet', 'main');

    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: DateTime.fromISO('2026-11-30T15:00:00Z', { zone: 'utc' }) });
    const markdown = reviewMarkdown(review);
    expect(markdown).toMatch(/\*\*Part 1\*\* · \d+\/280/);
    expect(markdown).toContain('**Part 2** · at Tue 1 Dec 2026, 14:45 UTC (`--- +45m`), as a reply to part 1 · ');
    expect(markdown).toMatch(/\*\*Part 3\*\* · \d+\/280/);
    expect(markdown).toContain('**Part 4** · at Tue 1 Dec 2026, 16:00 UTC (`--- at 2026-12-01 16:00`), as a reply to part 3 · ');
  });
});
