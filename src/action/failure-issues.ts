/**
 * After a publish run: tell people, in GitHub issues, what failed and what to do about it (DESIGN,
 * "GitHub integration"). One issue per account and cause, opened or updated; closed when the account
 * publishes cleanly again. What counts:
 *
 * - **A failure** of an account in a run: a part that failed (its `kind` is the cause: `auth`,
 *   `rate-limit`, `bad-request`, `content`, ..., `unconfirmed` when the outcome of a send could not be
 *   learned), a post that expired after failed attempts (the cause is the last failure's kind), or the
 *   account stopped for a reason other than a rate limit (missing credentials, wrong account, an
 *   account file with errors).
 * - **Clean**: a run with no failure for the account in which at least one of its parts went out (or
 *   one of its retracted posts was deleted). A run with nothing due proves nothing (credentials are
 *   only used when there is work), so it leaves the issues open.
 *
 * The step never fails the publish: without a token it warns and skips; a GitHub error is a warning.
 */
import * as core from '@actions/core';
import type { Account } from '../model/account.js';
import { mdCode, mdMessage, mdText } from '../model/escape.js';
import { table } from '../model/markdown.js';
import type { PublishReport } from '../publish/report.js';
import { lastCommitOf } from '../git/last-commit.js';
import type { GitHubApi } from '../github/client.js';
import type { FailureIssue } from '../github/failure-issues.js';
import { info } from './summary.js';

/** What happened and what to do, by cause. Unknown causes get the last row. */
const CAUSES: Record<string, { headline: string; todo: string }> = {
  auth: {
    headline: "X rejected the account's credentials",
    todo: 'Check the repository secrets of this account (its access token and secret, and the app key and secret) and that the X app has read and write permission. Its posts stay due while their windows are open.',
  },
  'missing-credentials': {
    headline: 'the publish job has no X credentials for this account',
    todo: 'Create the account\'s secrets and map them in the publish workflow\'s `env:` (README, "Secrets to create").',
  },
  'wrong-account': {
    headline: 'the credentials belong to another X account',
    todo: "Put this account's own access token and secret in its secrets, or correct `handle` in the account file if the account was renamed.",
  },
  'rate-limit': {
    headline: "X's rate limit was reached",
    todo: 'Nothing: herald tries again at the next run while the posts are inside their windows. If it keeps happening, lower `daily_cap` or spread the slots.',
  },
  server: {
    headline: 'X answered with server errors',
    todo: "Nothing: herald checks the timeline and tries again at the next run. If it goes on, look at X's status page.",
  },
  unreachable: {
    headline: 'herald could not reach X',
    todo: "Nothing: herald tries again at the next run. If it goes on, check the runner's network.",
  },
  uncertain: {
    headline: 'the answer to a send was lost',
    todo: 'Nothing: herald looks the part up on the timeline before sending it again, so it is never posted twice.',
  },
  unconfirmed: {
    headline: 'the outcome of a send could not be confirmed',
    todo: "Nothing: the next run looks the part up on the account's timeline before sending anything for that post, so it is never posted twice.",
  },
  'bad-request': {
    headline: 'X refused a post for good (400)',
    todo: 'Fix the post named below (the error says what X refused): change its text or media and it is sent again while its window is open, or give it a new time.',
  },
  duplicate: {
    headline: 'X called a post a duplicate of an earlier one',
    todo: 'Change the wording of the post named below so it differs from the earlier post.',
  },
  'reply-restricted': {
    headline: 'X will not take a reply',
    todo: 'Change or remove `reply_to` in the post named below: X lets API apps reply only to their own posts or to posts that mention the account.',
  },
  content: {
    headline: 'a due post has errors',
    todo: 'Run `npx herald validate` on the file named below and fix what it reports; the post goes out while its window is open.',
  },
  'account-invalid': {
    headline: 'the account file has errors, so none of its posts is sent',
    todo: 'Run `npx herald validate` and fix the account file.',
  },
  unknown: {
    headline: 'publishing failed',
    todo: 'Read the errors below and the job log of the run.',
  },
};

const adviceFor = (cause: string) => CAUSES[cause] ?? CAUSES.unknown!;
const MAX_ROWS = 50;
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/;

interface Problem {
  account: string;
  cause: string;
  post?: string;
  part?: number;
  /** Relative to the content root: the post's file, or the account file for an account-wide stop. */
  file: string;
  what: string;
}

/** Every failure of the run, each with its account and cause. */
export function failuresOf(report: PublishReport): Problem[] {
  const problems: Problem[] = [];
  for (const f of report.failed) problems.push({ account: f.account, cause: f.kind ?? 'unknown', post: f.post, part: f.part, file: f.file, what: f.error });
  for (const e of report.expired) {
    if ((e.failed_attempts ?? 0) === 0) continue;
    problems.push({ account: e.account, cause: e.last_failure ?? 'unknown', post: e.post, file: e.file ?? `schedules/${e.account}.yaml`, what: e.reason });
  }
  for (const s of report.stopped) {
    if (s.kind === 'rate-limit') continue;
    // The stop is already told by the parts it failed, when there are any.
    if (problems.some((p) => p.account === s.account && p.cause === s.kind)) continue;
    problems.push({ account: s.account, cause: s.kind, file: `schedules/${s.account}.yaml`, what: s.reason });
  }
  return problems;
}

/** Accounts that published cleanly in this run: something went out and nothing failed. */
export function cleanAccounts(report: PublishReport, problems: readonly Problem[]): Set<string> {
  const worked = new Set([...report.sent.map((s) => s.account), ...(report.retracted ?? []).filter((r) => r.how === 'deleted').map((r) => r.account)]);
  for (const p of problems) worked.delete(p.account);
  return worked;
}

export interface FailureIssueContext {
  report: PublishReport;
  accounts: ReadonlyMap<string, Account>;
  root: string;
  env: NodeJS.ProcessEnv;
  token: string | undefined;
}

/** The whole step, warnings only: nothing here may change the outcome of the publish. */
export async function reportFailureIssues(context: FailureIssueContext): Promise<void> {
  const problems = failuresOf(context.report);
  const clean = cleanAccounts(context.report, problems);
  if (!context.token) {
    if (problems.length > 0)
      core.warning(
        `herald: publishing failed, but the action has no token input, so no GitHub issue tells anyone; give it token: \${{ github.token }} and the job permissions issues: write (README, "Failure issues")`,
      );
    return;
  }
  if (problems.length === 0 && clean.size === 0) return;
  try {
    const { createGitHubApi } = await import('../github/client.js');
    const { syncFailureIssues } = await import('../github/failure-issues.js');
    const api = createGitHubApi(context.token, context.env, { warn: (message) => core.warning(message) });
    const issues = await failureIssues(problems, context, api);
    const run = runLink(context.env);
    const synced = await syncFailureIssues(
      api,
      issues,
      clean,
      (account) =>
        `herald published for ${mdCode(account)} again with no failure (${run ? `${run}, ` : ''}${mdText(context.report.now)}); closing. A new failure opens a new issue.`,
    );
    for (const [what, list] of [
      ['opened', synced.opened],
      ['updated', synced.updated],
      ['closed', synced.closed],
    ] as const)
      for (const issue of list) info(`herald: failure issue ${what}: #${issue.number} ${issue.url}`);
  } catch (error) {
    core.warning(`herald: the failure issues could not be written (${(error as Error).message}); publishing is not affected`);
  }
}

async function failureIssues(problems: readonly Problem[], context: FailureIssueContext, api: GitHubApi): Promise<FailureIssue[]> {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.account}\u0000${p.cause}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const authors = new Authors(context, api);
  const scrub = scrubber(context);
  const run = runLink(context.env);
  const issues: FailureIssue[] = [];
  for (const group of groups.values()) {
    const { account, cause } = group[0]!;
    const advice = adviceFor(cause);
    const notify = context.accounts.get(account)?.notify ?? [];
    const people = [...new Set(await Promise.all([...new Set(group.map((p) => p.file))].map((file) => authors.of(file))))].filter((a) => a !== '');
    const rows = group
      .slice(0, MAX_ROWS)
      .map((p) => [p.post ? mdCode(p.post) : '—', p.part === undefined ? '—' : String(p.part + 1), mdCode(p.file), mdMessage(scrub(p.what))]);
    const lines = [
      `### herald could not publish for ${mdCode(account)}: ${advice.headline}`,
      `**What to do:** ${advice.todo}`,
      ...(notify.length > 0 ? [`**Account contacts** (\`notify\` in ${mdCode(`schedules/${account}.yaml`)}): ${notify.join(' ')}`] : []),
      ...(people.length > 0 ? [`**Last change to the files below:** ${people.join(', ')}`] : []),
      table(['post', 'part', 'file', 'what happened'], rows) + (group.length > MAX_ROWS ? `\n\n…and ${group.length - MAX_ROWS} more.` : ''),
      `Last seen: ${run ? `${run} at ` : ''}${mdText(context.report.now)}. herald updates this issue while the failure goes on, and closes it when a later run publishes for ${mdCode(account)} with no failure.`,
    ];
    issues.push({ account, cause, title: `herald: publishing for ${account} failed: ${advice.headline}`, body: lines.join('\n\n') });
  }
  return issues;
}

/** Who last committed a file: their GitHub login as a mention when GitHub knows it, else their name as text. */
class Authors {
  private readonly byFile = new Map<string, Promise<string>>();
  private readonly bySha = new Map<string, Promise<string | undefined>>();
  constructor(
    private readonly context: FailureIssueContext,
    private readonly api: GitHubApi,
  ) {}

  of(file: string): Promise<string> {
    let found = this.byFile.get(file);
    if (!found) {
      found = this.look(file);
      this.byFile.set(file, found);
    }
    return found;
  }

  private async look(file: string): Promise<string> {
    const commit = await lastCommitOf(this.context.root, file, this.context.env);
    if (!commit) return '';
    let login = this.bySha.get(commit.sha);
    if (!login) {
      login = this.api.commitAuthorLogin(commit.sha).catch(() => undefined);
      this.bySha.set(commit.sha, login);
    }
    const name = await login;
    if (name && GITHUB_LOGIN.test(name)) return `@${name}`;
    return commit.authorName ? mdText(commit.authorName) : '';
  }
}

/** A link to this workflow run, when the runner said which it is. */
function runLink(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL ?? '';
  const repo = env.GITHUB_REPOSITORY ?? '';
  const id = env.GITHUB_RUN_ID ?? '';
  if (!/^https?:\/\/[A-Za-z0-9.:-]+$/.test(server) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) || !/^\d+$/.test(id)) return undefined;
  return `[run ${id}](${server}/${repo}/actions/runs/${id})`;
}

/**
 * herald already scrubs credentials from what it reports; an issue is public in a public repository,
 * so every X_* value and the token are taken out once more before anything is written there.
 */
function scrubber(context: FailureIssueContext): (text: string) => string {
  const secrets = Object.entries(context.env)
    .filter(([name, value]) => name.startsWith('X_') && name !== 'X_API_BASE_URL' && value && value.length >= 4)
    .map(([, value]) => value!);
  if (context.token) secrets.push(context.token);
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}
