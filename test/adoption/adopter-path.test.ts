/**
 * A team adopting herald: from an empty repository to a first post reviewed in a pull request and
 * published by the scheduled run, everything as processes (the CLI, the bundled action, git, the
 * real X client against the emulator held to X's contract).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action-process.js';
import { runHerald } from '../helpers/cli.js';
import { type Origin, remoteFile, remoteSubjects, sh } from '../helpers/git-repo.js';
import { type GitHubStandin, STANDIN_TOKEN, startGitHubStandin } from '../helpers/github-standin.js';
import { tempDir } from '../helpers/tmp.js';
import { type CheckedEmulator, startCheckedEmulator } from '../helpers/x-contract.js';

const NOW = '2026-12-14T12:00:00Z';
let emulator: CheckedEmulator | undefined;
let github: GitHubStandin | undefined;
afterEach(async () => {
  await emulator?.close();
  await github?.close();
  emulator = undefined;
  github = undefined;
});

/** A bare "origin" with no commit at all, and the team's empty working folder connected to it. */
async function emptyRepository(): Promise<{ origin: Origin; laptop: string }> {
  const base = await tempDir('herald-adopt-');
  const bare = path.join(base, 'origin.git');
  const laptop = path.join(base, 'social');
  await sh(base, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  await mkdir(laptop);
  await sh(laptop, 'init', '--quiet', '--initial-branch=main');
  await sh(laptop, 'remote', 'add', 'origin', bare);
  let clones = 0;
  const origin: Origin = {
    bare,
    async clone() {
      const dir = path.join(base, `clone-${++clones}`);
      await sh(base, 'clone', '--quiet', bare, dir);
      return dir;
    },
  };
  return { origin, laptop };
}

describe("an adopter's path, from an empty repository", () => {
  it('init, first posts, validate, the review preview and its pull-request comment, the scheduled publish with the log committed, and a failure issue', async () => {
    const started = performance.now();
    const { origin, laptop } = await emptyRepository();

    // 1. Scaffold the repository and push it.
    const init = await runHerald([
      'init',
      '--root',
      laptop,
      '--yes',
      '--main-handle',
      '@brand',
      '--main-zone',
      'Europe/Berlin',
      '--support-handle',
      '@brand_help',
      '--action-ref',
      'acme/herald@v1',
      '--now',
      NOW,
    ]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('\n  X_MAIN_ACCESS_TOKEN\n');
    await sh(laptop, 'add', '-A');
    await sh(laptop, 'commit', '--quiet', '-m', 'Set up herald');
    await sh(laptop, 'push', '--quiet', 'origin', 'main');

    // 2. The first post, written on a branch and checked locally.
    await sh(laptop, 'checkout', '--quiet', '-b', 'first-post');
    const created = await runHerald(['new', 'We are on X', '--account', 'main', '--at', '2026-12-22 11:00', '--root', laptop]);
    const file = created.stdout.trim();
    expect(file).toBe('posts/2026-12-22-we-are-on-x.md');
    const scaffold = await readFile(path.join(laptop, file), 'utf8');
    await writeFile(
      path.join(laptop, file),
      scaffold.replace(/^draft: true.*\n/m, '').replace(/We are on X\n$/, 'We are on X now: product news and tips from our team, every week.\n'),
    );
    // The support account's first post too: its secret will turn out wrong (step 5).
    const help = (await runHerald(['new', 'Support hours', '--account', 'support', '--at', '2026-12-22 11:00', '--root', laptop])).stdout.trim();
    const helpScaffold = await readFile(path.join(laptop, help), 'utf8');
    await writeFile(
      path.join(laptop, help),
      helpScaffold.replace(/^draft: true.*\n/m, '').replace(/Support hours\n$/, 'We answer your questions here on weekdays, from 9 to 5 Berlin time.\n'),
    );
    const validate = await runHerald(['validate', '--root', laptop, '--now', NOW]);
    expect(validate.stdout).toBe('No problems found (3 posts, 2 accounts checked).\n');
    expect(validate.code).toBe(0);
    await sh(laptop, 'add', '-A');
    await sh(laptop, 'commit', '--quiet', '-m', 'First post');
    await sh(laptop, 'push', '--quiet', 'origin', 'first-post');

    // 3. review.yml on the pull request: the preview of the post, as the action writes it.
    const pr = await origin.clone();
    await sh(pr, 'checkout', '--quiet', 'first-post');
    const head = (await sh(pr, 'rev-parse', 'HEAD')).trim();
    const runnerTemp = await tempDir('herald-adopt-runner-');
    const pullEvent = path.join(runnerTemp, 'pull_request.json');
    await writeFile(pullEvent, JSON.stringify({ pull_request: { number: 1, head: { sha: head } } }));
    const artifact = path.join(runnerTemp, 'herald-review');
    const review = await runAction(
      pr,
      { command: 'review', now: NOW, base: 'origin/main', 'review-artifact': artifact },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullEvent },
    );
    expect(review.code).toBe(0);
    expect(review.summary).toContain('✅ no errors');
    expect(review.summary).toContain(`#### \`${file}\``);
    expect(review.summary).toContain('We are on X now: product news and tips from our team, every week.');
    const firstPreviewSeconds = (performance.now() - started) / 1000;

    // review-comment.yml on workflow_run: the same preview as the pull request's one herald comment.
    github = await startGitHubStandin();
    github.addPull(1, head);
    const runEvent = path.join(runnerTemp, 'workflow_run.json');
    await writeFile(
      runEvent,
      JSON.stringify({ workflow_run: { id: 9, event: 'pull_request', head_sha: head, pull_requests: [{ number: 1, head: { sha: head } }] } }),
    );
    const comment = await runAction(
      runnerTemp,
      { command: 'review-comment', 'review-artifact': artifact, token: STANDIN_TOKEN },
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: runEvent, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/content' },
    );
    expect(comment.code).toBe(0);
    expect(github.comments.map((c) => [c.issue, c.body])).toEqual([[1, `<!-- herald-review -->\n${review.summary.trim()}\n`]]);
    console.log(`adopter path: empty folder to the first previewed post in ${firstPreviewSeconds.toFixed(1)} s (init, new, validate, git, review action)`);

    // 4. Merged; the scheduled run inside the window publishes it with the secrets init listed.
    await sh(laptop, 'checkout', '--quiet', 'main');
    await sh(laptop, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request: first post', 'first-post');
    await sh(laptop, 'push', '--quiet', 'origin', 'main');
    emulator = await startCheckedEmulator({
      users: [
        { token: 'brand-token', secret: 'brand-secret', username: 'brand' },
        { token: 'help-token', secret: 'help-secret', username: 'brand_help' },
      ],
      apps: [{ key: 'app-key', secret: 'app-secret' }],
    });
    const runner = await origin.clone();
    const publish = await runAction(
      runner,
      { command: 'publish', now: '2026-12-22T10:07:00Z', token: STANDIN_TOKEN },
      {
        X_APP_KEY: 'app-key',
        X_APP_SECRET: 'app-secret',
        X_MAIN_ACCESS_TOKEN: 'brand-token',
        X_MAIN_ACCESS_SECRET: 'brand-secret',
        X_SUPPORT_ACCESS_TOKEN: 'help-token',
        X_SUPPORT_ACCESS_SECRET: 'a-secret-someone-revoked',
        X_API_BASE_URL: emulator.url,
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/content',
      },
    );
    // 5. The support account's secret is wrong: main still goes out, and the team is told in an issue.
    expect(publish.code).toBe(1);
    expect(publish.outputs.published).toBe('1');
    const issues = [...github.issues.values()];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', labels: ['herald'] });
    expect(issues[0]!.body.startsWith('<!-- herald-failure account=support cause=auth -->')).toBe(true);
    expect(issues[0]!.body).toContain('**What to do:** Check the repository secrets of this account');
    expect(issues[0]!.body).not.toContain('a-secret-someone-revoked');
    expect(emulator.tweets().map((t) => t.text)).toEqual(['We are on X now: product news and tips from our team, every week.']);
    expect((await remoteSubjects(origin))[0]).toBe('chore(herald): publish log [skip ci]');
    expect(await remoteFile(origin, 'schedules/log.jsonl')).toContain('"event":"published"');
    console.log(`adopter path: to the first published post with its log pushed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 90_000); // about 11 s alone; a dozen processes and git on a busy 2-core machine may take several times that
});
