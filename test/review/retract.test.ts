/** The review of a pull request that adds `retract:` to a published post: what will be deleted, with x.com links. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reviewMarkdown } from '../../src/review/markdown.js';
import { buildReview } from '../../src/review/review.js';
import { sh } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/tmp.js';

const NOW = DateTime.fromISO('2026-12-02T09:00:00Z', { zone: 'utc' });
const FM = '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n';
const BODY = '---\nWe moved the launch to Friday.\n\n---\n\nDoors open at nine.\n';
const IDS = ['1990000000000000001', '1990000000000000002'];

const published = (part: number) =>
  JSON.stringify({
    at: `2026-12-01T14:05:0${part}Z`,
    post: 'launch',
    account: 'main',
    event: 'published',
    part,
    tweet_id: IDS[part],
    url: `https://x.com/acme/status/${IDS[part]}`,
    scheduled_for: '2026-12-01T14:00:00Z',
    delay_s: 300,
  });

/** main: the thread, published (by the log); pr: the same thread with `retract:` added. */
async function retractPullRequest(): Promise<string> {
  const repo = await tempDir('herald-review-retract-');
  await sh(repo, 'init', '--quiet', '--initial-branch=main');
  await mkdir(path.join(repo, 'schedules'), { recursive: true });
  await mkdir(path.join(repo, 'posts'), { recursive: true });
  await writeFile(path.join(repo, 'schedules/main.yaml'), 'handle: "@acme"\nzone: UTC\nwindow: 2h\n');
  await writeFile(path.join(repo, 'schedules/log.jsonl'), `${published(0)}\n${published(1)}\n`);
  await writeFile(path.join(repo, 'posts/launch.md'), FM + BODY);
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'base');
  await sh(repo, 'checkout', '--quiet', '-b', 'pr');
  await writeFile(path.join(repo, 'posts/launch.md'), `${FM}retract: { reason: wrong date }\n${BODY}`);
  await sh(repo, 'commit', '--quiet', '-am', 'retract the launch post');
  await sh(repo, 'checkout', '--quiet', 'main');
  return repo;
}

describe('the review of a pull request that retracts a published post', () => {
  it('shows the post as retracted, with the parts to delete last first and their x.com links', async () => {
    const repo = await retractPullRequest();

    const review = await buildReview({ root: repo, base: 'main', head: 'pr', now: NOW });

    const card = review.cards.find((c) => c.file === 'posts/launch.md');
    expect(card).toMatchObject({ status: 'retracted' });
    expect(card?.deletes).toEqual([
      { part: 1, tweetId: IDS[1], url: `https://x.com/acme/status/${IDS[1]}` },
      { part: 0, tweetId: IDS[0], url: `https://x.com/acme/status/${IDS[0]}` },
    ]);
    expect(review.calendar.statusChanged).toMatchObject([{ post: 'launch', fromStatus: 'published', toStatus: 'retracted' }]);
    expect(review.diagnostics.filter((d) => d.rule === 'edited-after-publish')).toEqual([]);
    const markdown = reviewMarkdown(review);
    expect(markdown).toContain('deletes 2 parts from X');
    expect(markdown).toContain(`- part 2: <https://x.com/acme/status/${IDS[1]}>`);
    expect(markdown).toContain(`- part 1: <https://x.com/acme/status/${IDS[0]}>`);
  });
});
