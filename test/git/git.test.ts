import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAndPushLog, LOG_COMMIT_MESSAGE } from '../../src/git/git.js';
import { gitEnv, originWith, remoteFile, remoteSubjects, sh } from '../helpers/git-repo.js';

const entry = (post: string) => `${JSON.stringify({ at: '2026-12-01T14:00:05Z', post, account: 'main', event: 'published', part: 0 })}\n`;
const env = { ...process.env, ...gitEnv, GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '', GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: '' };
const fast = { env, retryBaseMs: 5, random: () => 0.5 };

describe('committing and pushing the publish log', () => {
  it('commits the changed log as herald[bot] with the skip-ci message and pushes it', async () => {
    const origin = await originWith();
    const work = await origin.clone();
    await appendFile(path.join(work, 'schedules/log.jsonl'), entry('launch'));

    const result = await commitAndPushLog({ root: work, ...fast });

    expect(result).toMatchObject({ committed: true, pushed: true, attempts: 1 });
    expect(await remoteSubjects(origin)).toEqual([LOG_COMMIT_MESSAGE, 'seed']);
    expect(await sh(origin.bare, 'log', '-1', '--format=%an <%ae>', 'main')).toBe('herald[bot] <herald@users.noreply.github.com>\n');
    expect(await remoteFile(origin, 'schedules/log.jsonl')).toBe(entry('launch'));
  });

  it('finds the log under a content root kept in a sub-folder of the repository', async () => {
    const origin = await originWith();
    const work = await origin.clone();
    await mkdir(path.join(work, 'social/schedules'), { recursive: true });
    await writeFile(path.join(work, 'social/schedules/log.jsonl'), entry('launch'));

    await commitAndPushLog({ root: path.join(work, 'social'), ...fast });

    expect(await remoteFile(origin, 'social/schedules/log.jsonl')).toBe(entry('launch'));
  });

  it('makes no commit when the log did not change', async () => {
    const origin = await originWith();
    const work = await origin.clone();

    const result = await commitAndPushLog({ root: work, ...fast });

    expect(result).toEqual({ committed: false, pushed: false, attempts: 0 });
    expect(await remoteSubjects(origin)).toEqual(['seed']);
  });

  it('commits only the log, leaving other changes in the checkout alone', async () => {
    const origin = await originWith();
    const work = await origin.clone();
    await writeFile(path.join(work, 'notes.txt'), 'work in progress');
    await sh(work, 'add', 'notes.txt');
    await appendFile(path.join(work, 'schedules/log.jsonl'), entry('launch'));

    await commitAndPushLog({ root: work, ...fast });

    expect(await sh(origin.bare, 'show', '--name-only', '--format=', 'main')).toBe('schedules/log.jsonl\n');
  });

  it('keeps both when someone pushed another commit between publishing and pushing', async () => {
    const origin = await originWith();
    const work = await origin.clone();
    const colleague = await origin.clone();
    await appendFile(path.join(work, 'schedules/log.jsonl'), entry('launch'));
    await writeFile(path.join(colleague, 'README.md'), 'merged while publishing\n');
    await sh(colleague, 'add', 'README.md');
    await sh(colleague, 'commit', '--quiet', '-m', 'docs: a merge');
    await sh(colleague, 'push', '--quiet', 'origin', 'main');

    const result = await commitAndPushLog({ root: work, ...fast });

    expect(result).toMatchObject({ pushed: true, attempts: 2 });
    expect(await remoteSubjects(origin)).toEqual([LOG_COMMIT_MESSAGE, 'docs: a merge', 'seed']);
    expect(await remoteFile(origin, 'README.md')).toBe('merged while publishing\n');
  });

  it('merges a concurrent append to the log from another clone by union, keeping every line', async () => {
    const origin = await originWith();
    const work = await origin.clone();
    const other = await origin.clone();
    await appendFile(path.join(other, 'schedules/log.jsonl'), entry('from-the-other-run'));
    await commitAndPushLog({ root: other, ...fast });
    await appendFile(path.join(work, 'schedules/log.jsonl'), entry('from-this-run'));

    await commitAndPushLog({ root: work, ...fast });

    expect(await remoteFile(origin, 'schedules/log.jsonl')).toBe(entry('from-the-other-run') + entry('from-this-run'));
  });

  it('gives up after the bounded number of attempts with a message saying what to do', async () => {
    const origin = await originWith();
    const work = await origin.clone();
    // A lock held on the remote branch rejects every push the way a lost race does.
    await writeFile(path.join(origin.bare, 'refs/heads/main.lock'), '');
    await appendFile(path.join(work, 'schedules/log.jsonl'), entry('launch'));

    await expect(commitAndPushLog({ root: work, ...fast, maxAttempts: 2 })).rejects.toThrow(/could not push the publish log to origin\/main after 2 attempts/);
  });

  it('does not retry when the remote refuses the push, and explains the token and branch protection', async () => {
    const origin = await originWith();
    const work = await origin.clone();
    const hook = path.join(origin.bare, 'hooks/pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected branch: changes must be made through a pull request" >&2\nexit 1\n', { mode: 0o755 });
    await appendFile(path.join(work, 'schedules/log.jsonl'), entry('launch'));

    await expect(commitAndPushLog({ root: work, ...fast })).rejects.toThrow(
      /pushing the publish log to main was refused: .*protected branch.*GitHub App token or a PAT/,
    );
  });
});
