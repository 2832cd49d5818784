/**
 * Failure issues (publish mode): one GitHub issue per account and cause, opened when publishing
 * fails, updated (never duplicated) while it goes on, closed when the account publishes cleanly again.
 * The action runs as a process against the X emulator and a GitHub stand-in held to GitHub's contract.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runAction } from '../helpers/action-process.js';
import { repoRoot } from '../helpers/cli.js';
import { originWith, sh } from '../helpers/git-repo.js';
import { type GitHubStandin, STANDIN_TOKEN, startGitHubStandin } from '../helpers/github-standin.js';
import { credentialEnv, SECRETS, startX } from '../publish/helpers.js';

const fixture = path.join(repoRoot, 'test/fixtures/github-failure-issues');
/** 09:05 in New York, 14:05 in London: both posts are due (windows of 1 h). */
const BOTH_DUE = '2026-12-01T14:05:00Z';
const LATER_IN_WINDOW = '2026-12-01T14:35:00Z';
const AUTH_MARKER = '<!-- herald-failure account=main cause=auth -->';

let x: Emulator;
let github: GitHubStandin;
beforeEach(async () => {
  x = await startX();
  github = await startGitHubStandin();
});
afterEach(async () => {
  await github.close();
  await x.close();
});

/** The scheduled publish job: main's secret is wrong when `mainBroken`. */
function publishRun(work: string, now: string, options: { mainBroken?: boolean; token?: string; apiUrl?: string } = {}) {
  const env = credentialEnv(x, ['main', 'support']);
  if (options.mainBroken) env.X_MAIN_ACCESS_SECRET = 'revoked-secret-0000';
  return runAction(
    work,
    { command: 'publish', now, commit: 'true', token: options.token ?? STANDIN_TOKEN },
    {
      ...env,
      GITHUB_API_URL: options.apiUrl ?? github.url,
      GITHUB_REPOSITORY: 'acme/content',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '501',
    },
  );
}

/** A checkout whose seed commit GitHub links to the account `test-author`. */
async function checkout(): Promise<string> {
  const origin = await originWith(fixture);
  const work = await origin.clone();
  const sha = (await sh(work, 'log', '-1', '--format=%H')).trim();
  github.addCommit({ sha, login: 'test-author', name: 'Test Author', email: 'author@example.com' });
  return work;
}

const issues = () => [...github.issues.values()];

describe('failure issues (publish mode)', () => {
  it('opens one issue for the account and cause, mentioning its notify list and the author of the last commit, with what to do', async () => {
    const work = await checkout();

    const run = await publishRun(work, BOTH_DUE, { mainBroken: true });

    expect(run.code).toBe(1);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue).toMatchObject({ state: 'open', labels: ['herald'], title: "herald: publishing for main failed: X rejected the account's credentials" });
    expect(issue!.body.startsWith(`${AUTH_MARKER}\n### herald could not publish for \`main\``)).toBe(true);
    expect(issue!.body).toContain('**What to do:** Check the repository secrets of this account');
    expect(issue!.body).toContain('**Account contacts** (`notify` in `schedules/main.yaml`): @acme/social @octocat');
    expect(issue!.body).toContain('**Last change to the files below:** @test-author');
    expect(issue!.body).toContain('[run 501](https://github.com/acme/content/actions/runs/501) at 2026-12-01T14:05:00');
    for (const secret of [...SECRETS, 'revoked-secret-0000', STANDIN_TOKEN]) expect(issue!.body).not.toContain(secret);
    // The support account published: nothing to report for it.
    expect(x.tweets('acme_help')).toHaveLength(1);
  });

  it('updates the same issue on a second failing run instead of opening another', async () => {
    const work = await checkout();

    await publishRun(work, BOTH_DUE, { mainBroken: true });
    const second = await publishRun(work, LATER_IN_WINDOW, { mainBroken: true });

    expect(second.code).toBe(1);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toContain('at 2026-12-01T14:35:00');
    expect(github.exchanges.filter((e) => e.method === 'POST' && e.path === '/repos/acme/content/issues')).toHaveLength(1);
    expect(github.exchanges.filter((e) => e.method === 'PATCH')).toHaveLength(1);
  });

  it('closes the issue with a comment when a later run publishes for the account with no failure', async () => {
    const work = await checkout();

    await publishRun(work, BOTH_DUE, { mainBroken: true });
    const fixed = await publishRun(work, LATER_IN_WINDOW);

    expect(fixed.code).toBe(0);
    expect(x.tweets('acme')).toHaveLength(2);
    expect(issues()).toMatchObject([{ state: 'closed', stateReason: 'completed' }]);
    const number = issues()[0]!.number;
    expect(github.comments.filter((c) => c.issue === number).map((c) => c.body)).toEqual([
      expect.stringMatching(/^herald published for `main` again with no failure \(\[run 501\]\(.*\), 2026-12-01T14:35:00.*\); closing\./),
    ]);
  });

  it('opens a content issue for a due post with errors, naming its author in plain text when GitHub knows no login', async () => {
    const work = await checkout();
    // A marketer breaks the launch post (an unknown account key) in a commit GitHub links to nobody.
    await writeFile(
      path.join(work, 'posts/launch.md'),
      '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\ncolour: blue\n---\nWe just shipped weekly totals.\n',
    );
    await sh(
      work,
      '-c',
      'user.name=Anna @Marketer',
      '-c',
      'user.email=anna@example.com',
      'commit',
      '--quiet',
      '-am',
      'launch: colour',
      '--author',
      'Anna @Marketer <anna@example.com>',
    );
    await sh(work, 'push', '--quiet', 'origin', 'main');

    const run = await publishRun(work, BOTH_DUE);

    expect(run.code).toBe(1);
    const causes = issues()
      .map((i) => /cause=(\S+)/.exec(i.body)?.[1])
      .sort();
    expect(causes).toEqual(['content']);
    const content = issues()[0]!;
    expect(content.body).toContain('**Last change to the files below:** Anna @\u2060Marketer');
    expect(content.body).toContain('| `launch` | 1 | `posts/launch.md` |');
    expect(content.body).toContain('Run `npx herald validate` on the file named below');
  });

  it('without a token, warns and skips the issues; the publish and its log commit go on as before', async () => {
    const work = await checkout();

    const run = await publishRun(work, BOTH_DUE, { mainBroken: true, token: '' });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::warning::herald: publishing failed, but the action has no token input');
    expect(run.stdout).toContain('herald: log pushed');
    expect(x.tweets('acme_help')).toHaveLength(1);
    expect(github.exchanges).toEqual([]);
  });

  it('a GitHub that cannot be reached is a warning: a clean publish still succeeds', async () => {
    const work = await checkout();
    await publishRun(work, BOTH_DUE, { mainBroken: true });

    const run = await publishRun(work, LATER_IN_WINDOW, { apiUrl: 'http://127.0.0.1:9' });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::herald: the failure issues could not be written');
    expect(x.tweets('acme')).toHaveLength(2);
  });
});
