/**
 * Who last changed a file: the commit, and its author as git records them (name and email; git has
 * no GitHub login, the action asks GitHub for that). Used to tell the author of a post that failed.
 */
import { git } from './git.js';

export interface LastCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
}

/**
 * The last commit that touched `file` (relative to `root`), or undefined when git has none (a file
 * never committed, or `root` not in a checkout). `--` ends the options, so no name is read as one.
 */
export async function lastCommitOf(root: string, file: string, env: NodeJS.ProcessEnv = process.env): Promise<LastCommit | undefined> {
  const out = await git(root, ['log', '-1', '--format=%H%x00%an%x00%ae', '--', file], env).catch(() => '');
  const [sha, authorName, authorEmail] = out.replace(/\n$/, '').split('\0');
  if (!sha || !/^[0-9a-f]{40}$/.test(sha)) return undefined;
  return { sha, authorName: authorName ?? '', authorEmail: authorEmail ?? '' };
}
