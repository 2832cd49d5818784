import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLog } from '../../src/repository/log.js';
import type { Emulator } from '../../src/emulator/index.js';
import { repoRoot } from '../helpers/cli.js';
import { credentialEnv, SECRETS, startX, USERS } from '../publish/helpers.js';
import { runAction } from '../helpers/action-process.js';
import { originWith, remoteFile, remoteSubjects, sh } from '../helpers/git-repo.js';
import { fixtureCopy } from '../helpers/tmp.js';

const fixture = path.join(repoRoot, 'test/fixtures/github-action');
const LOG_COMMIT = 'chore(herald): publish log [skip ci]';
/** 09:05 in New York and 14:05 in London: both fixture posts are inside their windows. */
const BOTH_DUE = '2026-12-01T14:05:00Z';

/** An emulated X that verifies every request's OAuth signature against the test accounts' secrets. */
let emulator: Emulator;
beforeEach(async () => {
  emulator = await startX();
});
afterEach(async () => {
  await emulator.close();
});

const publish = (workspace: string, now: string) =>
  runAction(workspace, { command: 'publish', now, commit: 'true', 'dry-run': 'false' }, credentialEnv(emulator, ['main', 'support']));

describe('the action as a process (publish)', () => {
  it('publishes what is due, pushes the log commit, and writes the counts and the summary', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();

    const result = await publish(work, BOTH_DUE);

    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ published: '3', failed: '0', expired: '0', skipped: '0' });
    expect(await remoteSubjects(origin)).toEqual([LOG_COMMIT, 'seed']);
    const log = parseLog(await remoteFile(origin, 'schedules/log.jsonl'));
    expect(log.diagnostics).toEqual([]);
    expect(
      log.entries
        .filter((e) => e.event === 'published')
        .map((e) => `${e.post}#${e.part}`)
        .sort(),
    ).toEqual(['help-hours#0', 'launch#0', 'launch#1']);
    expect(emulator.tweets()).toHaveLength(3);
    expect(result.summary).toContain('### Sent');
    expect(result.summary).toMatch(/\[x\.com\/acme\/status\/\d+\]\(https:\/\/x\.com\/acme\/status\/\d+\)/);
  });

  it('never prints a credential', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();

    const result = await publish(work, BOTH_DUE);

    // `::add-mask::` is how the action tells the runner what to hide; nothing else may carry a secret.
    const printed = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of SECRETS) {
      expect(printed).not.toContain(secret);
      expect(result.stderr).not.toContain(secret);
      expect(result.summary).not.toContain(secret);
    }
    // The runner hides masked values because the action registered each one.
    expect(result.stdout).toContain(`::add-mask::${USERS.main.token}`);
  });

  it('keeps a commit pushed to the remote between publishing and pushing, and the log commit lands on top', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();
    const colleague = await origin.clone();
    await writeFile(path.join(colleague, 'posts/next-week.md'), '---\naccount: main\npublish:\n  slot: next\n---\nSee you next week.\n');
    await sh(colleague, 'add', '-A');
    await sh(colleague, 'commit', '--quiet', '-m', 'Add next week');
    await sh(colleague, 'push', '--quiet', 'origin', 'main');

    const result = await publish(work, BOTH_DUE);

    expect(result.code).toBe(0);
    expect(await remoteSubjects(origin)).toEqual([LOG_COMMIT, 'Add next week', 'seed']);
    expect(await remoteFile(origin, 'posts/next-week.md')).toContain('See you next week.');
  });

  it('pushes the log of what X received even when publishing fails part-way, then fails the step', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();
    emulator.inject({ method: 'POST', path: '/2/tweets', token: USERS.support.token, status: 400, detail: 'Invalid Request' });

    const result = await publish(work, BOTH_DUE);

    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ published: '2', failed: '1' });
    expect(result.stdout).toContain('::error title=herald publish failed,file=posts/help-hours.md,line=1::help-hours (support), part 1: ');
    expect(await remoteSubjects(origin)).toEqual([LOG_COMMIT, 'seed']);
    const log = await remoteFile(origin, 'schedules/log.jsonl');
    expect(log).toContain('"event":"published"');
    expect(log).toContain('"event":"failed"');
  });

  it('makes no commit on a tick with nothing due', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();

    const result = await publish(work, '2026-11-20T12:07:00Z');

    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ published: '0', failed: '0', expired: '0', skipped: '0' });
    expect(await remoteSubjects(origin)).toEqual(['seed']);
    expect(emulator.requests()).toEqual([]);
  });

  it('sends and writes nothing in a dry run, but says what it would send', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();

    const result = await runAction(work, { command: 'publish', now: BOTH_DUE, 'dry-run': 'true' }, { X_API_BASE_URL: emulator.url });

    expect(result.code).toBe(0);
    expect(result.summary).toContain('### Would send');
    expect(emulator.tweets()).toEqual([]);
    expect(await remoteSubjects(origin)).toEqual(['seed']);
  });

  it('fails with a usage message for an unknown command', async () => {
    const work = await (await originWith(fixture)).clone();

    const result = await runAction(work, { command: 'post' });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::herald: input command: "post" is not one of publish, review, validate');
  });
});

describe('the action as a process (validate)', () => {
  it('annotates the first ten findings on their lines and lists every one in the summary', async () => {
    const root = await fixtureCopy('github-accounts');
    for (let i = 1; i <= 12; i++) {
      await writeFile(
        path.join(root, `posts/tip-${String(i).padStart(2, '0')}.md`),
        `---\naccount: support\npublish:\n  slot: next\n---\nI think tip ${i} will help you export charts faster.\n`,
      );
    }
    await writeFile(path.join(root, 'posts/broken.md'), '---\naccount: support\npublish:\n  slot: next\n  windw: 2h\n---\nHello from support.\n');

    const result = await runAction(root, { command: 'validate', now: '2026-11-20T12:00:00Z' });

    const annotations = result.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatch(/^::error title=herald unknown-key,file=posts\/broken\.md,line=5,col=3::/);
    expect(result.summary).toContain('1 error, 12 warnings; the first 10 are annotated on their lines, all are listed here.');
    expect(result.summary.match(/`posts\/tip-\d\d\.md:6:1`/g)).toHaveLength(12);
    expect(result.outputs).toEqual({ errors: '1', warnings: '12' });
    expect(result.code).toBe(1);
  });
});
