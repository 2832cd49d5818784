/** Temporary git repositories for the GitHub tests: a bare "origin" and clones of it, all real git. */
import { execFile } from 'node:child_process';
import { cp, mkdir, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../helpers/tmp.js';

const exec = promisify(execFile);

export const gitEnv = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export async function sh(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: { ...process.env, ...gitEnv } });
  return stdout;
}

export interface Origin {
  bare: string;
  /** A new clone of origin's main branch. */
  clone(): Promise<string>;
}

/** A bare repository whose main branch holds `files` (a fixture folder's content) plus .gitattributes. */
export async function originWith(fixture?: string): Promise<Origin> {
  const base = await tempDir('herald-git-');
  const bare = path.join(base, 'origin.git');
  const seed = path.join(base, 'seed');
  await exec('git', ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  await exec('git', ['init', '--quiet', '--initial-branch=main', seed]);
  if (fixture) await cp(fixture, seed, { recursive: true });
  await mkdir(path.join(seed, 'schedules'), { recursive: true });
  await writeFile(path.join(seed, '.gitattributes'), 'schedules/log.jsonl merge=union\n');
  await appendFile(path.join(seed, 'schedules/log.jsonl'), '');
  await sh(seed, 'add', '-A');
  await sh(seed, 'commit', '--quiet', '-m', 'seed');
  await sh(seed, 'remote', 'add', 'origin', bare);
  await sh(seed, 'push', '--quiet', 'origin', 'main');
  let n = 0;
  return {
    bare,
    async clone() {
      const dir = path.join(base, `clone-${++n}`);
      await exec('git', ['clone', '--quiet', bare, dir]);
      return dir;
    },
  };
}

/** Subjects of origin's main, newest first. */
export async function remoteSubjects(origin: Origin): Promise<string[]> {
  return (await sh(origin.bare, 'log', '--format=%s', 'main')).trim().split('\n');
}

export async function remoteFile(origin: Origin, file: string): Promise<string> {
  return sh(origin.bare, 'show', `main:${file}`);
}
