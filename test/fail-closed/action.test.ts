/**
 * Issue 9, principles 3, 4 and 10 through the action run as a process (bundled from src/ as dist/ is) on a real
 * temporary repository with a bare origin, and the X emulator: only the default branch publishes,
 * credentials must belong to the account's handle, and failures are told as failures.
 */
import { chmod, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLog } from '../../src/repository/log.js';
import type { Emulator } from '../../src/emulator/index.js';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { fixtureCopy, tempDir } from '../helpers/tmp.js';
import { runAction } from '../helpers/action-process.js';
import { originWith, remoteFile, remoteSubjects, sh } from '../helpers/git-repo.js';
import { credentialEnv, logEntries, publish, startX, USERS } from '../publish/helpers.js';

const fixture = path.join(repoRoot, 'test/fixtures/github-action');
const LOG_COMMIT = 'chore(herald): publish log [skip ci]';
/** 09:05 in New York and 14:05 in London: both fixture posts are inside their windows. */
const BOTH_DUE = '2026-12-01T14:05:00Z';
/** After launch's window (14:00–15:00 UTC) closed. */
const AFTER_LAUNCH = '2026-12-01T15:01:00Z';

let x: Emulator;
beforeEach(async () => {
  x = await startX();
});
afterEach(async () => {
  await x.close();
});

const secrets = () => credentialEnv(x, ['main', 'support']);
const publishAction = (work: string, now: string, env: NodeJS.ProcessEnv = {}, inputs: Record<string, string> = {}) =>
  runAction(work, { command: 'publish', now, ...inputs }, { ...secrets(), ...env });

async function eventFile(payload: unknown): Promise<string> {
  const file = path.join(await tempDir('herald-event-'), 'event.json');
  await writeFile(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
}

interface RefCase {
  name: string;
  /** Runner variables over a scheduled run on main. */
  env: () => Promise<NodeJS.ProcessEnv>;
  /** Changes to the checkout before the run. */
  setup?: (work: string) => Promise<void>;
  /** What the refusal must say. */
  says: RegExp;
}

const refusals: RefCase[] = [
  {
    name: 'another branch',
    env: async () => ({ GITHUB_REF: 'refs/heads/feature', GITHUB_REF_NAME: 'feature' }),
    says: /feature is not the default branch main/,
  },
  {
    name: 'a tag',
    env: async () => ({ GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REF_NAME: 'v1.0.0', GITHUB_REF_TYPE: 'tag' }),
    says: /ref refs\/tags\/v1\.0\.0.*not a branch \(tags never publish\)/,
  },
  { name: 'a tag named like the default branch', env: async () => ({ GITHUB_REF: 'refs/tags/main', GITHUB_REF_TYPE: 'tag' }), says: /GITHUB_REF_TYPE is tag/ },
  {
    name: 'a pull request',
    env: async () => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_REF_NAME: '7/merge' }),
    says: /a pull_request event may carry changes nobody merged/,
  },
  { name: 'pull_request_target on the default branch', env: async () => ({ GITHUB_EVENT_NAME: 'pull_request_target' }), says: /a pull_request_target event/ },
  { name: 'a workflow_run', env: async () => ({ GITHUB_EVENT_NAME: 'workflow_run' }), says: /a workflow_run event/ },
  { name: 'no event name', env: async () => ({ GITHUB_EVENT_NAME: '' }), says: /GITHUB_EVENT_NAME is not set/ },
  { name: 'a bare commit as ref', env: async () => ({ GITHUB_REF: '4b825dc642cb6eb9a060e54bf8d69288fbee4904' }), says: /GITHUB_REF is not a branch/ },
  { name: 'no ref', env: async () => ({ GITHUB_REF: '' }), says: /ref \(none\).*GITHUB_REF is not a branch/ },
  { name: 'no event payload', env: async () => ({ GITHUB_EVENT_PATH: '' }), says: /GITHUB_EVENT_PATH is not set, so the default branch is unknown/ },
  {
    name: 'an unreadable event payload',
    env: async () => ({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }),
    says: /cannot be read .*default branch is unknown/,
  },
  { name: 'a payload that is not JSON', env: async () => ({ GITHUB_EVENT_PATH: await eventFile('{"repository":') }), says: /cannot be read/ },
  {
    name: 'a payload without repository',
    env: async () => ({ GITHUB_EVENT_PATH: await eventFile({ schedule: '7,37 * * * *' }) }),
    says: /no repository\.default_branch/,
  },
  {
    name: 'an empty default branch',
    env: async () => ({ GITHUB_EVENT_PATH: await eventFile({ repository: { default_branch: '' } }) }),
    says: /no repository\.default_branch/,
  },
  {
    name: 'a default branch that is not the ref',
    env: async () => ({ GITHUB_EVENT_PATH: await eventFile({ repository: { default_branch: 'trunk' } }) }),
    says: /main is not the default branch trunk/,
  },
  {
    name: 'a detached checkout',
    env: async () => ({}),
    setup: (w) => sh(w, 'checkout', '--quiet', '--detach').then(() => undefined),
    says: /the checkout is a detached HEAD/,
  },
  {
    name: 'a checkout of another branch',
    env: async () => ({}),
    setup: (w) => sh(w, 'checkout', '--quiet', '-b', 'feature').then(() => undefined),
    says: /the checkout is on feature, not on the default branch main/,
  },
  {
    name: 'a checkout with commits nobody merged',
    env: async () => ({}),
    setup: async (w) => {
      await writeFile(path.join(w, 'posts/unreviewed.md'), '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\n---\nNobody reviewed this.\n');
      await sh(w, 'add', '-A');
      await sh(w, 'commit', '--quiet', '-m', 'unreviewed');
    },
    says: /holds commits that are not on origin\/main/,
  },
];

describe('only the default branch publishes (the action as a process)', () => {
  it.each(refusals)('refuses $name: nothing sent, nothing committed, the step fails naming the ref', async ({ env, setup, says }) => {
    const origin = await originWith(fixture);
    const work = await origin.clone();
    await setup?.(work);

    const result = await publishAction(work, BOTH_DUE, await env());

    expect(result.code).toBe(1);
    const failure = result.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(failure).toMatch(/^::error::herald: publish refused \(ref /);
    expect(failure).toMatch(says);
    expect(failure).toContain('nothing was sent and nothing was committed');
    expect(result.summary).toContain('## herald publish — refused');
    expect(x.requests()).toEqual([]);
    expect(await remoteSubjects(origin)).toEqual(['seed']);
    expect(result.stdout + result.stderr).not.toContain('internal error');
  });

  it('publishes a scheduled run on the default branch and pushes the log to that branch only', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();

    const result = await publishAction(work, BOTH_DUE);

    expect(result.code).toBe(0);
    expect(result.outputs.published).toBe('3');
    expect(await remoteSubjects(origin)).toEqual([LOG_COMMIT, 'seed']);
    expect((await sh(origin.bare, 'for-each-ref', '--format=%(refname)', 'refs/heads')).trim()).toBe('refs/heads/main');
  });

  it('a pause pushed after the checkout is honoured: the run plans from the branch as it is now', async () => {
    const origin = await originWith(fixture);
    const runner = await origin.clone();
    const laptop = await origin.clone();
    const paused = await runHerald(['pause', '--all', '--reason', 'crisis', '--root', laptop, '--now', BOTH_DUE]);
    expect(paused.code).toBe(0);
    await sh(laptop, 'commit', '--quiet', '-am', 'pause everything');
    await sh(laptop, 'push', '--quiet', 'origin', 'HEAD:main');

    const result = await publishAction(runner, BOTH_DUE);

    expect(x.tweets()).toEqual([]);
    expect(result.outputs.published).toBe('0');
    expect(await remoteSubjects(origin)).toEqual([LOG_COMMIT, 'pause everything', 'seed']);
  });

  it('publishes on a default branch that is not called main (from the payload)', async () => {
    const origin = await originWith(fixture);
    await sh(origin.bare, 'branch', '-m', 'main', 'trunk');
    await sh(origin.bare, 'symbolic-ref', 'HEAD', 'refs/heads/trunk');
    const work = await origin.clone();

    const result = await publishAction(work, BOTH_DUE, {
      GITHUB_REF: 'refs/heads/trunk',
      GITHUB_REF_NAME: 'trunk',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: await eventFile({ inputs: {}, repository: { default_branch: 'trunk' } }),
    });

    expect(result.code).toBe(0);
    expect((await sh(origin.bare, 'log', '--format=%s', 'trunk')).trim().split('\n')).toEqual([LOG_COMMIT, 'seed']);
  });

  it('allows a dry run on another branch: it sends and writes nothing and needs no credentials', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();
    await sh(work, 'checkout', '--quiet', '-b', 'feature');

    const result = await runAction(
      work,
      { command: 'publish', now: BOTH_DUE, 'dry-run': 'true' },
      { X_API_BASE_URL: x.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' },
    );

    expect(result.code).toBe(0);
    expect(result.summary).toContain('### Would send');
    expect(x.requests()).toEqual([]);
    expect(await remoteSubjects(origin)).toEqual(['seed']);
  });

  it('refuses a workspace that is not a git checkout, with a message and no stack', async () => {
    const work = await fixtureCopy('github-action');

    const result = await runAction(work, { command: 'publish', now: BOTH_DUE }, credentialEnv(x, ['main', 'support']));

    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/publish refused: .* is not inside a git checkout/);
    expect(result.stdout).not.toMatch(/internal error|\s+at /);
    expect(x.tweets()).toEqual([]);
  });
});

describe('the right account: GET /2/users/me must match the handle', () => {
  it('stops an account whose credentials belong to another handle, names both, and fails the step', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();
    // main's secrets now hold the tokens of another X account.
    x.addUser({ token: USERS.main.token, secret: USERS.main.secret, username: 'someone_else' });

    const result = await publishAction(work, BOTH_DUE);

    expect(result.code).toBe(1);
    expect(x.tweets('someone_else')).toEqual([]);
    expect(x.tweets('acme_help')).toHaveLength(1);
    const posts = x.requests().filter((r) => r.method === 'POST' && r.path === '/2/tweets');
    expect(posts).toHaveLength(1);
    expect(result.stdout).toContain(
      '::error title=herald stopped account main (wrong-account)::main: the credentials in X_MAIN_ACCESS_TOKEN / X_MAIN_ACCESS_SECRET belong to @someone_else, but schedules/main.yaml says handle @acme',
    );
    const log = parseLog(await remoteFile(origin, 'schedules/log.jsonl')).entries;
    expect(log.filter((e) => e.post === 'launch').map((e) => `${e.event}:${e.kind ?? ''}`)).toEqual(['failed:wrong-account']);
    expect(log.some((e) => e.post === 'launch' && e.event === 'attempt')).toBe(false);
  });

  it.each([
    ['acme', 'acme'],
    ['ACME', 'acme'],
    ['"@ACME"', 'acme'],
    ['"@acme"', 'AcMe'],
  ])('treats handle %s and X username %s as the same account (CLI publish)', async (handle, username) => {
    const root = await fixtureCopy('github-action');
    await writeFile(path.join(root, 'schedules/main.yaml'), `handle: ${handle}\nzone: America/New_York\nwindow: 1h\n`);
    x.addUser({ token: USERS.main.token, secret: USERS.main.secret, username });

    const run = await publish(root, BOTH_DUE, credentialEnv(x, ['main']), ['--account', 'main']);

    expect(run.code).toBe(0);
    expect(run.report.sent.map((s) => `${s.post}#${s.part}`)).toEqual(['launch#0', 'launch#1']);
  });

  it.each([
    ['another account', 'acme_help_', '@acme_help_'],
    ['a name that only contains the handle', 'acme2', '@acme2'],
  ])('refuses credentials of %s (CLI publish): exit 1, nothing sent, failed logged with both handles', async (_, username, named) => {
    const root = await fixtureCopy('github-action');
    x.addUser({ token: USERS.main.token, secret: USERS.main.secret, username });

    const run = await publish(root, BOTH_DUE, credentialEnv(x, ['main']), ['--account', 'main']);

    expect(run.code).toBe(1);
    expect(run.report.sent).toEqual([]);
    expect(run.report.stopped).toEqual([
      { account: 'main', kind: 'wrong-account', reason: expect.stringContaining(`belong to ${named}, but schedules/main.yaml says handle @acme`) },
    ]);
    expect(run.report.failed.map((f) => [f.post, f.part, f.retryable])).toEqual([['launch', 0, true]]);
    expect(x.requests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /2/users/me']);
    expect((await logEntries(root)).map((e) => `${e.event}:${e.kind}`)).toEqual(['failed:wrong-account']);
  });
});

describe('failures are told honestly', () => {
  it('an expiry after failed attempts fails the run and names the failures, never a late schedule', async () => {
    const origin = await originWith(fixture);
    x.inject({ method: 'POST', path: '/2/tweets', token: USERS.main.token, status: 401, count: 10 });

    const first = await publishAction(await origin.clone(), BOTH_DUE);
    expect(first.code).toBe(1);
    x.clearFaults();
    const second = await publishAction(await origin.clone(), AFTER_LAUNCH, {}, { interval: '60' });

    expect(second.code).toBe(1);
    expect(second.outputs).toMatchObject({ expired: '1' });
    expect(second.summary).toContain('- **launch** (main): expired after 1 failed attempt (auth): window closed at');
    expect(second.summary).toContain('expired because sending failed, not because of the schedule');
    expect(second.summary).not.toContain('ran late');
    expect(second.stdout).toContain('::error title=herald post expired after failed attempts::launch (main): expired after 1 failed attempt (auth)');
    const expired = parseLog(await remoteFile(origin, 'schedules/log.jsonl')).entries.find((e) => e.event === 'expired');
    expect(expired?.reason).toMatch(/^expired after 1 failed attempt \(auth\): window closed at/);
  });

  it('an expiry with no attempt while runs kept time does not blame the schedule and does not fail the run', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();

    const result = await publishAction(work, AFTER_LAUNCH, {}, { interval: '60' });

    expect(result.code).toBe(0);
    expect(result.summary).not.toContain('ran late');
    expect(result.summary).toContain('expired without any attempt although runs were on time');
  });

  it('a refused connection is a plain failure: nothing is reconciled or called lost, and the next run just sends', async () => {
    const origin = await originWith(fixture);
    const closed = await freePort();

    const down = await publishAction(await origin.clone(), BOTH_DUE, { X_API_BASE_URL: `http://127.0.0.1:${closed}`, HERALD_X_TIMEOUT_MS: '400' });

    expect(down.code).toBe(1);
    expect(down.summary).toContain('could not connect to X (ECONNREFUSED); nothing reached X');
    for (const out of [down.summary, down.stdout]) {
      expect(out).not.toMatch(/answer .* was lost|may have reached|reconcil/i);
    }
    const log = parseLog(await remoteFile(origin, 'schedules/log.jsonl')).entries;
    expect(log.map((e) => `${e.post}:${e.event}:${e.kind}`).sort()).toEqual(['help-hours:failed:unreachable', 'launch:failed:unreachable']);

    const up = await publishAction(await origin.clone(), BOTH_DUE);
    expect(up.code).toBe(0);
    expect(up.outputs.published).toBe('3');
    expect(x.requests().some((r) => r.path.endsWith('/tweets') && r.method === 'GET')).toBe(false);
  });

  it('after a refused push the summary says what to do on a fresh runner and lists the lines X received', async () => {
    const origin = await originWith(fixture);
    const hook = path.join(origin.bare, 'hooks/pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "GH013: Repository rule violations found for refs/heads/main" >&2\nexit 1\n');
    await chmod(hook, 0o755);

    const result = await publishAction(await origin.clone(), BOTH_DUE);

    expect(result.code).toBe(1);
    expect(x.tweets()).toHaveLength(3);
    expect(result.summary).toContain('### ❌ The log was not pushed');
    expect(result.summary).toContain('GH013: Repository rule violations found');
    expect(result.summary).toContain('re-running the job does not bring it back');
    expect(result.summary).toContain('X received 3 parts in this run that main does not record');
    expect(result.summary).toMatch(/X refuses the repeat as duplicate content, and herald finds them on the timeline/);
    expect(result.summary).toContain('6 log lines this run wrote');
    expect(result.summary).toContain('"event":"published"');
    expect(await remoteSubjects(origin)).toEqual(['seed']);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("every publish workflow carries the guard, a timeout and both accounts' secrets", () => {
  const guarded = async () => {
    const { readFile } = await import('node:fs/promises');
    const YAML = (await import('yaml')).default;
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /herald@v1[\s\S]*command: publish/.test(y));
    const workflow = await readFile(path.join(repoRoot, '.github/workflows/publish.yml'), 'utf8');
    // What `herald init` writes into a content repository (README's way in since issue 13).
    const { publishWorkflow } = await import('../../src/scaffold/workflows.js');
    return [
      ...snippets.map((y, i) => [`README snippet ${i + 1}`, YAML.parse(y)] as const),
      ['.github/workflows/publish.yml', YAML.parse(workflow)] as const,
      ['herald init publish.yml', YAML.parse(publishWorkflow('OWNER/herald@v1', ['main', 'support']))] as const,
    ];
  };

  it("README, .github/workflows/publish.yml and herald init's publish.yml", async () => {
    const workflows = await guarded();
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    for (const [name, wf] of workflows) {
      const job = wf.jobs.publish;
      expect(job.if, name).toMatch(/github\.(ref_name|ref) == .*github\.event\.repository\.default_branch/);
      expect(job['timeout-minutes'], name).toBeGreaterThan(0);
      const env = job.steps.find((s: { with?: { command?: string } }) => s.with?.command === 'publish').env;
      expect(Object.keys(env).sort(), name).toEqual(
        expect.arrayContaining([
          'X_MAIN_ACCESS_TOKEN',
          'X_MAIN_ACCESS_SECRET',
          'X_SUPPORT_ACCESS_TOKEN',
          'X_SUPPORT_ACCESS_SECRET',
          'X_APP_KEY',
          'X_APP_SECRET',
        ]),
      );
    }
  });
});
