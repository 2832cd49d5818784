/**
 * `command: review-comment` as the review-comment workflow runs it: on workflow_run, with the review
 * workflow's artifact downloaded into a folder, against a GitHub stand-in held to GitHub's OpenAPI
 * description. The artifact is untrusted (a pull request can change review.yml), so the pull request
 * number it names must have the reviewed commit as its head, and its Markdown cannot forge the marker.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action-process.js';
import { ACTIONS_BOT, type GitHubStandin, STANDIN_TOKEN, startGitHubStandin } from '../helpers/github-standin.js';
import { repoRoot } from '../helpers/cli.js';
import { originWith, sh } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/tmp.js';

const MARKER = '<!-- herald-review -->';
const FIRST_PUSH = 'a'.repeat(40);
const SECOND_PUSH = 'b'.repeat(40);
const REVIEW_RUN = 'https://github.com/acme/content/actions/runs/77';

let github: GitHubStandin;
beforeEach(async () => {
  github = await startGitHubStandin();
});
afterEach(async () => {
  await github.close();
});

/** The review run's artifact, as download-artifact leaves it, and the workflow_run event for `headSha`. */
async function commentRun(review: { markdown: string; pull: string }, event: { headSha: string; pullRequests: number[] }) {
  const workspace = await tempDir('herald-comment-');
  const artifact = path.join(workspace, 'herald-review');
  await mkdir(artifact);
  await writeFile(path.join(artifact, 'review.md'), review.markdown);
  await writeFile(path.join(artifact, 'pr-number'), `${review.pull}\n`);
  return commentRunWith(workspace, artifact, event);
}

/** The review-comment step on workflow_run, reading the artifact in `artifact`. */
async function commentRunWith(workspace: string, artifact: string, event: { headSha: string; pullRequests: number[] }) {
  const eventFile = path.join(workspace, 'event.json');
  await writeFile(
    eventFile,
    JSON.stringify({
      action: 'completed',
      workflow_run: {
        id: 77,
        event: 'pull_request',
        head_sha: event.headSha,
        html_url: REVIEW_RUN,
        pull_requests: event.pullRequests.map((number) => ({ number, head: { sha: event.headSha } })),
      },
    }),
  );
  return runAction(
    workspace,
    { command: 'review-comment', 'review-artifact': artifact, token: STANDIN_TOKEN },
    { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/content' },
  );
}

const botComments = () => github.comments.filter((c) => c.user.type === 'Bot');

describe('the review comment (command: review-comment)', () => {
  it('creates one comment on the first push and edits that same comment on the next, past a page of others', async () => {
    github.addPull(7, FIRST_PUSH);
    // A person quoting the marker is never taken over, and 105 comments push herald's onto page 2.
    github.addComment(7, `${MARKER}\nI copied this from the bot`, { login: 'reviewer', type: 'User' });
    for (let n = 0; n < 105; n++) github.addComment(7, `looks good ${n}`, { login: 'reviewer', type: 'User' });

    const first = await commentRun({ markdown: '## herald review\n\nFirst push: 1 post changed.', pull: '7' }, { headSha: FIRST_PUSH, pullRequests: [7] });
    github.addPull(7, SECOND_PUSH);
    const second = await commentRun({ markdown: '## herald review\n\nSecond push: 2 posts changed.', pull: '7' }, { headSha: SECOND_PUSH, pullRequests: [7] });

    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]).toMatchObject({ user: ACTIONS_BOT, body: `${MARKER}\n## herald review\n\nSecond push: 2 posts changed.\n` });
    expect(github.comments.find((c) => c.user.login === 'reviewer' && c.body.startsWith(MARKER))?.body).toBe(`${MARKER}\nI copied this from the bot`);
    expect(github.exchanges.filter((e) => e.method === 'PATCH').map((e) => e.path)).toEqual([`/repos/acme/content/issues/comments/${botComments()[0]!.id}`]);
    expect(second.outputs['comment-url']).toContain(`#issuecomment-${botComments()[0]!.id}`);
    // The runner's masking command names the token; no other line of the log or the comment may.
    const printed = [first, second]
      .flatMap((run) => `${run.stdout}\n${run.stderr}\n${run.summary}`.split('\n'))
      .filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(STANDIN_TOKEN);
    expect(botComments()[0]!.body).not.toContain(STANDIN_TOKEN);
  });

  it('comments on a pull request from a fork, which the event does not list', async () => {
    github.addPull(12, FIRST_PUSH);

    const result = await commentRun({ markdown: '## herald review\n\nFrom a fork.', pull: '12' }, { headSha: FIRST_PUSH, pullRequests: [] });

    expect(result.code).toBe(0);
    expect(botComments().map((c) => [c.issue, c.body])).toEqual([[12, `${MARKER}\n## herald review\n\nFrom a fork.\n`]]);
  });

  it('refuses an artifact that names another pull request than the one reviewed (head sha mismatch)', async () => {
    github.addPull(7, FIRST_PUSH);
    github.addPull(8, SECOND_PUSH);

    // A fork's run (no list in the event) whose forged artifact points at #8.
    const result = await commentRun({ markdown: '## herald review\n\nAll good, merge me.', pull: '8' }, { headSha: FIRST_PUSH, pullRequests: [] });

    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain(`::error::herald: refused: pull request #8's head is bbbbbbb, but the review run was for aaaaaaa`);
    expect(github.comments).toEqual([]);
  });

  it('refuses an artifact whose review is a link (to a runner file), and posts nothing', async () => {
    github.addPull(7, FIRST_PUSH);
    const workspace = await tempDir('herald-comment-');
    const artifact = path.join(workspace, 'herald-review');
    await mkdir(artifact);
    await writeFile(path.join(workspace, 'runner-secret.txt'), 'ghs_not-for-a-comment\n');
    await symlink(path.join(workspace, 'runner-secret.txt'), path.join(artifact, 'review.md'));
    await writeFile(path.join(artifact, 'pr-number'), '7\n');

    const result = await commentRunWith(workspace, artifact, { headSha: FIRST_PUSH, pullRequests: [7] });

    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('review.md cannot be read as a plain file of the review artifact');
    expect(github.comments).toEqual([]);
  });

  it('refuses an artifact whose number is not among the pull requests the event lists', async () => {
    github.addPull(7, FIRST_PUSH);
    github.addPull(8, FIRST_PUSH);

    const result = await commentRun({ markdown: 'x', pull: '8' }, { headSha: FIRST_PUSH, pullRequests: [7] });

    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('the review artifact names pull request #8, but the review run was for #7');
    expect(github.comments).toEqual([]);
  });

  it('neutralises herald markers inside the review, so its comment cannot be forged or hijacked', async () => {
    github.addPull(7, FIRST_PUSH);

    const result = await commentRun(
      { markdown: `${MARKER}\nFake.\n<!--herald-review-->\n<!-- HERALD-failure account=main cause=auth -->`, pull: '7' },
      { headSha: FIRST_PUSH, pullRequests: [7] },
    );

    expect(result.code).toBe(0);
    const body = botComments()[0]!.body;
    expect(body.split(MARKER)).toHaveLength(2);
    expect(body.startsWith(`${MARKER}\n&lt;!-- herald-review -->\nFake.\n&lt;!--herald-review-->\n&lt;!-- HERALD-failure`)).toBe(true);
  });

  it("cuts a review longer than GitHub's comment limit, closes an open code block and says where the whole review is", async () => {
    github.addPull(7, FIRST_PUSH);
    const rows = Array.from({ length: 4000 }, (_, n) => `| post-${n} | scheduled | ${'x'.repeat(20)} |`).join('\n');

    const result = await commentRun({ markdown: `## herald review\n\n\`\`\`text\n${rows}\n\`\`\`\n`, pull: '7' }, { headSha: FIRST_PUSH, pullRequests: [7] });

    expect(result.code).toBe(0);
    const body = botComments()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /\| post-\d+ \| scheduled \| x+ \|\n```\n\n---\n_✂️ The review is [\d,]+ characters, more than a GitHub comment holds \(65,536\); the rest is cut\./,
    );
    expect(body).toContain(`The whole review is in the job summary of [the review run](${REVIEW_RUN})._`);
  });

  it('hands the review from the review workflow to the comment: the same Markdown, for the pull request in the event', async () => {
    const origin = await originWith(path.join(repoRoot, 'test/fixtures/github-action'));
    const pr = await origin.clone();
    await sh(pr, 'checkout', '--quiet', '-b', 'winter-sale');
    await writeFile(path.join(pr, 'posts/winter-sale.md'), '---\naccount: main\npublish:\n  at: 2026-12-15 10:00\n---\nOur winter sale starts today.\n');
    await sh(pr, 'add', '-A');
    await sh(pr, 'commit', '--quiet', '-m', 'winter sale');
    const head = (await sh(pr, 'rev-parse', 'HEAD')).trim();
    const pullEvent = path.join(await tempDir('herald-event-'), 'event.json');
    await writeFile(pullEvent, JSON.stringify({ pull_request: { number: 21, head: { sha: head } } }));
    const artifact = path.join(await tempDir('herald-runner-temp-'), 'herald-review');

    const review = await runAction(
      pr,
      { command: 'review', now: '2026-12-14T12:00:00Z', base: 'origin/main', 'review-artifact': artifact },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullEvent },
    );
    github.addPull(21, head);
    const comment = await commentRunWith(await tempDir('herald-comment-'), artifact, { headSha: head, pullRequests: [21] });

    expect(review.code).toBe(0);
    expect(comment.code).toBe(0);
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]!.issue).toBe(21);
    expect(botComments()[0]!.body).toBe(`${MARKER}\n${review.summary.trim()}\n`);
    expect(botComments()[0]!.body).toContain('winter-sale');
  });
});
