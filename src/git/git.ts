/**
 * The publish job's only write to the repository: commit `schedules/log.jsonl` and push it, winning
 * races with other pushes by rebasing (the log is `merge=union`, so concurrent appends keep both
 * sides). Real `git` through execFile, never a shell, so no path or message is ever interpreted.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleepMs } from 'node:timers/promises';
import { UserError } from '../model/errors.js';
import { LOG_FILE } from '../repository/paths.js';

export const LOG_COMMIT_MESSAGE = 'chore(herald): publish log [skip ci]';
export const METRICS_COMMIT_MESSAGE = 'chore(herald): metrics [skip ci]';
export const REPLY_COMMIT_MESSAGE = 'chore(herald): support reply log [skip ci]';
const BOT_NAME = 'herald[bot]';
const BOT_EMAIL = 'herald@users.noreply.github.com';

export class GitError extends Error {
  override name = 'GitError';
  constructor(
    readonly args: string[],
    readonly code: number | string | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
  }
}

/**
 * Run git. `core.quotePath=false` everywhere: with it on (git's default), a listing shows
 * `posts/новости.md` as `"posts/\320\275..."`, and a post with a Cyrillic, Thai or Vietnamese
 * name would silently fall out of review. Listings also use `-z` (see `pathList`).
 */
export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      // Never wait for a password prompt in CI; a missing credential must fail fast.
      { cwd, env: { ...env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, (error as NodeJS.ErrnoException).code ?? null, stderr || error.message));
        else resolve(stdout);
      },
    );
  });
}

/** The paths of a `-z` listing, byte for byte: no unquoting, no trimming (a name may start with a space). */
export function pathList(output: string): string[] {
  return output.split('\0').filter((name) => name !== '');
}

/** True in a shallow clone, where history (and so a merge base) may be missing. */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
}

export interface CommitLogOptions {
  /** The content root (holds schedules/); may be a sub-folder of the repository. */
  root: string;
  /** The append-only file to commit, relative to the root: the log (default) or `schedules/metrics.jsonl`. */
  file?: string;
  /** The commit message; default LOG_COMMIT_MESSAGE. */
  message?: string;
  env?: NodeJS.ProcessEnv;
  remote?: string;
  /** Branch to push to; default: the checked-out branch, else GITHUB_REF_NAME. */
  branch?: string;
  maxAttempts?: number;
  /** Base of the exponential backoff between attempts; jitter spreads runs that collide. */
  retryBaseMs?: number;
  random?: () => number;
}

export interface CommitLogResult {
  /** False when the log had no changes: nothing is committed or pushed. */
  committed: boolean;
  pushed: boolean;
  /** Push attempts made (1 when the first push went through). */
  attempts: number;
  commit?: string;
}

/**
 * Commit the log (or another append-only file: `file`) when it changed and push it, rebasing and
 * retrying (bounded) when the remote moved.
 */
export async function commitAndPushLog(options: CommitLogOptions): Promise<CommitLogResult> {
  const env = authorEnv(options.env ?? process.env);
  const root = path.resolve(options.root);
  const top = (await git(root, ['rev-parse', '--show-toplevel'], env)).trim();
  const file = options.file ?? LOG_FILE;
  const what = file === LOG_FILE ? 'the publish log' : file;
  const logPath = path.relative(top, path.join(root, file)).split(path.sep).join('/');
  const run = (args: string[]) => git(top, args, env);

  await run(['add', '--', logPath]);
  const staged = await run(['diff', '--cached', '--name-only', '--', logPath]);
  if (staged.trim() === '') return { committed: false, pushed: false, attempts: 0 };
  // --only: whatever else is staged in this checkout is not ours to commit.
  await run(['commit', '--no-verify', '--only', '-m', options.message ?? LOG_COMMIT_MESSAGE, '--', logPath]);

  const remote = options.remote ?? 'origin';
  const branch = options.branch ?? (await currentBranch(top, env));
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.retryBaseMs ?? 1000;
  const random = options.random ?? Math.random;

  for (let attempt = 1; ; attempt++) {
    try {
      await run(['push', remote, `HEAD:refs/heads/${branch}`]);
      return { committed: true, pushed: true, attempts: attempt, commit: (await run(['rev-parse', 'HEAD'])).trim() };
    } catch (error) {
      if (!(error instanceof GitError) || !isRaceRejection(error.stderr)) throw pushRefused(error, branch, what);
      if (attempt >= maxAttempts) {
        throw new UserError(
          `could not push ${what} to ${remote}/${branch} after ${attempt} attempts: others kept pushing first. ` +
            `The commit is kept in this checkout; re-run the workflow to push it`,
        );
      }
    }
    await sleepMs(base * 2 ** (attempt - 1) * (0.5 + random()));
    await run(['fetch', '--no-tags', remote, `refs/heads/${branch}`]);
    try {
      await run(['rebase', 'FETCH_HEAD']);
    } catch (error) {
      await run(['rebase', '--abort']).catch(() => undefined);
      throw new UserError(
        `${what} could not be rebased onto ${remote}/${branch}: ${(error as Error).message}. ` +
          `Check that .gitattributes holds "${file} merge=union" and that nobody edited the file by hand`,
      );
    }
  }
}

function authorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const name = env.GIT_AUTHOR_NAME || BOT_NAME;
  const email = env.GIT_AUTHOR_EMAIL || BOT_EMAIL;
  return {
    ...env,
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME || name,
    GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL || email,
  };
}

async function currentBranch(top: string, env: NodeJS.ProcessEnv): Promise<string> {
  const branch = await git(top, ['symbolic-ref', '--quiet', '--short', 'HEAD'], env).catch(() => '');
  if (branch.trim()) return branch.trim();
  if (env.GITHUB_REF_NAME) return env.GITHUB_REF_NAME;
  throw new UserError(
    'the checkout is on a detached HEAD and GITHUB_REF_NAME is not set, so herald does not know which branch to push the publish log to; check out a branch (actions/checkout does this for scheduled runs)',
  );
}

/** Someone pushed first: worth fetching, rebasing and trying again. Anything else will not fix itself. */
function isRaceRejection(stderr: string): boolean {
  return /\[rejected\]|\[remote rejected\].*(cannot lock|failed to update)|non-fast-forward|fetch first|cannot lock ref|stale info/i.test(stderr);
}

function pushRefused(error: unknown, branch: string, what: string): Error {
  // The remote's own explanation (a ruleset, a missing permission) is the useful part of git's output.
  const detail =
    error instanceof GitError
      ? error.stderr
          .split('\n')
          .filter((l) => /^remote:|rejected|denied|error:|fatal:/.test(l.trim()))
          .map((l) => l.trim())
          .join(' / ')
      : String(error);
  return new UserError(
    `pushing ${what} to ${branch} was refused: ${detail}. The token must be allowed to push to ${branch}: ` +
      `give the workflow "permissions: contents: write" and, when ${branch} is protected, use a GitHub App token or a PAT that the ruleset lets bypass (see README, "GitHub Actions")`,
  );
}
