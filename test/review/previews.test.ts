/**
 * The review's preview cards read as the writer meant them (issue 13): the post's own zone first,
 * a post's own `audience:`, each part's media linked to the head commit, and a before/after of an
 * edited text. Fixture test/fixtures/review-previews: `base/` is main, `head/` the pull request.
 */
import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildReview, type Review } from '../../src/review/review.js';
import { reviewMarkdown } from '../../src/review/markdown.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { sh } from '../helpers/git-repo.js';

const fixture = path.join(repoRoot, 'test/fixtures/review-previews');
const NOW = DateTime.fromISO('2026-11-30T12:00:00Z', { zone: 'utc' });

async function pullRequest(): Promise<string> {
  const repo = await tempDir('herald-review-previews-');
  await sh(repo, 'init', '--quiet', '--initial-branch=main');
  await cp(path.join(fixture, 'base'), repo, { recursive: true });
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'base');
  await sh(repo, 'checkout', '--quiet', '-b', 'pr');
  for (const entry of await readdir(repo)) if (entry !== '.git') await rm(path.join(repo, entry), { recursive: true });
  await cp(path.join(fixture, 'head'), repo, { recursive: true });
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'head');
  await sh(repo, 'checkout', '--quiet', 'main');
  return repo;
}

const card = (review: Review, file: string) => review.cards.find((c) => c.file === file)!;
/** The Markdown of one preview card: from its heading to the next one. */
function cardMarkdown(markdown: string, file: string): string {
  const start = markdown.indexOf(`#### \`${file}\``);
  const end = markdown.indexOf('\n#### ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('review previews', () => {
  it('shows a post written for 10:00 Moscow at 10:00 Moscow first, then the account’s zones', async () => {
    const review = await buildReview({ root: await pullRequest(), base: 'main', head: 'pr', now: NOW });
    expect(card(review, 'posts/moscow.md').windows.map((w) => [w.zone, w.start])).toEqual([
      ['Europe/Moscow', '2026-12-01T10:00:00+03:00'],
      ['America/New_York', '2026-12-01T02:00:00-05:00'],
      ['Europe/London', '2026-12-01T07:00:00+00:00'],
    ]);
    expect(cardMarkdown(reviewMarkdown(review), 'posts/moscow.md')).toMatch(
      /\| Europe\/Moscow \| Tue 1 Dec 2026, 10:00–11:00 GMT\+3 \|\n\| America\/New\\_York \|/,
    );
  });

  it('uses a post’s own audience: instead of the account’s for its preview', async () => {
    const review = await buildReview({ root: await pullRequest(), base: 'main', head: 'pr', now: NOW });
    expect(card(review, 'posts/asia.md').windows.map((w) => w.zone)).toEqual(['America/New_York', 'Asia/Tokyo', 'Asia/Almaty']);
    const night = review.diagnostics.filter((d) => d.file === 'posts/asia.md' && d.rule === 'audience-night');
    expect(night).toHaveLength(1);
    expect(night[0].message).toContain('Asia/Tokyo (05:00)');
  });

  it('shows each part’s media under it, linked to the head commit on GitHub, with a hostile file name and alt text escaped', async () => {
    const repo = await pullRequest();
    const sha = (await sh(repo, 'rev-parse', 'pr')).trim();
    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: NOW, repository: 'acme/content' });
    const devday = card(review, 'posts/devday.md');
    expect(devday.parts.map((p) => p.media.length)).toEqual([1, 0, 0]);
    const url =
      `https://github.com/acme/content/blob/${sha}/posts/img/` +
      'chart%5D%28javascript%3Aalert%281%29%29%20%3Cimg%20src%3Dx%20onerror%3Dalert%282%29%3E.png?raw=true';
    expect(devday.parts[0].media[0].url).toBe(url);

    const md = cardMarkdown(reviewMarkdown(review), 'posts/devday.md');
    // The image comes after part 1's text and before part 2.
    expect(md.indexOf(url)).toBeGreaterThan(md.indexOf('Doors are open'));
    expect(md.indexOf(url)).toBeLessThan(md.indexOf('**Part 2**'));
    expect(md).toContain(`![Weekly totals \\](https://evil.example) &lt;script&gt;alert(3)&lt;/script&gt; @\u2060acme/team \\*bold\\*](${url})`);
    // Outside code (where GitHub shows it as text), no markup from the post survives.
    const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[^`]*?\1/g, '');
    expect(prose).not.toMatch(/<script|<img|<b>/);
    expect(prose).not.toContain('](javascript:');
  });

  it('links media relative to the content root when no GitHub repository is known (the CLI)', async () => {
    const review = await buildReview({ root: await pullRequest(), base: 'main', head: 'pr', now: NOW });
    expect(card(review, 'posts/devday.md').parts[0].media[0].url).toBe(
      'posts/img/chart%5D%28javascript%3Aalert%281%29%29%20%3Cimg%20src%3Dx%20onerror%3Dalert%282%29%3E.png',
    );
  });

  it('shows the base text and the head text of an edited post, word by word and as a diff, with backticks and HTML kept as text', async () => {
    const review = await buildReview({ root: await pullRequest(), base: 'main', head: 'pr', now: NOW });
    expect(card(review, 'posts/edited.md').before).toEqual(['We shipped weekly totals to every dashboard.', 'Run `herald calendar` to see them.']);
    const md = cardMarkdown(reviewMarkdown(review), 'posts/edited.md');
    const after = md.slice(md.indexOf('**Before → after**'));
    expect(after).toContain(
      '**Part 1 edited** · We ~~shipped~~ **launched** weekly totals to every ~~dashboard.~~ **&lt;b&gt;dashboard&lt;/b&gt; \\`\\`\\`today\\`\\`\\`.**',
    );
    expect(after).toContain(
      '````diff\n- We shipped weekly totals to every dashboard.\n+ We launched weekly totals to every <b>dashboard</b> ```today```.\n````',
    );
    // Part 2 is unchanged, part 3 is new; its text stays inside its fence.
    expect(after).not.toContain('Part 2 edited');
    expect(after).toContain('**Part 3 added**\n\n```diff\n+ New part:  <script>alert(1)</script> ~~struck~~ **bold**\n```');
    // A new post has no before/after.
    expect(card(review, 'posts/moscow.md').before).toBeUndefined();
    expect(cardMarkdown(reviewMarkdown(review), 'posts/moscow.md')).not.toContain('Before → after');
  });
});
