/**
 * The GitHub REST calls the action makes, behind one small interface, so the modes that use them
 * read as what they do and the tests can point them at a stand-in. Only `src/action/` imports this
 * folder; the CLI never loads @octokit/rest (it is bundled into the action's dist/ only).
 *
 * Where GitHub is: `GITHUB_API_URL` (the runner sets it; GitHub Enterprise Server has its own), as
 * @actions/github does, else https://api.github.com. Which repository: `GITHUB_REPOSITORY`.
 */
import { Octokit } from '@octokit/rest';
import { UsageError } from '../model/errors.js';

export interface GitHubUser {
  login: string;
  /** `User`, `Bot`, `Organization`. */
  type: string;
}

export interface IssueComment {
  id: number;
  body: string;
  user: GitHubUser | undefined;
  url: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  user: GitHubUser | undefined;
  url: string;
}

export interface GitHubApi {
  readonly owner: string;
  readonly repo: string;
  /** The pull request's head commit, or undefined when there is no such pull request. */
  pullHeadSha(pull: number): Promise<string | undefined>;
  /** Every comment on an issue or pull request, all pages. */
  issueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(id: number, body: string): Promise<IssueComment>;
  /** Open issues (not pull requests) carrying the label, all pages. */
  openIssues(label: string): Promise<Issue[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<Issue>;
  updateIssue(number: number, change: { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' }): Promise<Issue>;
  /** The GitHub account GitHub links to a commit's author, when it knows one. */
  commitAuthorLogin(sha: string): Promise<string | undefined>;
}

const DEFAULT_API_URL = 'https://api.github.com';

/** `owner/repo` from GITHUB_REPOSITORY: a setup error when the runner did not set it. */
function repositoryFromEnv(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const full = (env.GITHUB_REPOSITORY ?? '').trim();
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
  if (!match) throw new UsageError(`GITHUB_REPOSITORY is "${full}", not owner/repo; run this step on GitHub Actions, which sets it`);
  return { owner: match[1]!, repo: match[2]! };
}

type RawUser = { login: string; type: string } | null | undefined;
const userOf = (user: RawUser): GitHubUser | undefined => (user ? { login: user.login, type: user.type } : undefined);

export function createGitHubApi(token: string, env: NodeJS.ProcessEnv, log: { warn(message: string): void }): GitHubApi {
  const { owner, repo } = repositoryFromEnv(env);
  const octokit = new Octokit({
    auth: token,
    baseUrl: (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: 'herald-action',
    // Octokit's own notices (deprecations) go to the job log as warnings; nothing else is printed.
    log: { debug: () => {}, info: () => {}, warn: (message: string) => log.warn(message), error: (message: string) => log.warn(message) },
  });
  const comment = (c: { id: number; body?: string; user: RawUser; html_url: string }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    user: userOf(c.user),
    url: c.html_url,
  });
  const issue = (i: { number: number; title: string; body?: string | null; user: RawUser; html_url: string }): Issue => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    user: userOf(i.user),
    url: i.html_url,
  });
  return {
    owner,
    repo,
    async pullHeadSha(pull) {
      try {
        return (await octokit.rest.pulls.get({ owner, repo, pull_number: pull })).data.head.sha;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      }
    },
    async issueComments(number) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
      return all.map(comment);
    },
    async createIssueComment(number, body) {
      return comment((await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })).data);
    },
    async updateIssueComment(id, body) {
      return comment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data);
    },
    async openIssues(label) {
      const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'open', per_page: 100 });
      // The issues list holds pull requests too; they are never herald's.
      return all.filter((i) => !i.pull_request).map(issue);
    },
    async createIssue(fields) {
      return issue((await octokit.rest.issues.create({ owner, repo, ...fields })).data);
    },
    async updateIssue(number, change) {
      return issue((await octokit.rest.issues.update({ owner, repo, issue_number: number, ...change })).data);
    },
    async commitAuthorLogin(sha) {
      try {
        return (await octokit.rest.repos.getCommit({ owner, repo, ref: sha, per_page: 1 })).data.author?.login || undefined;
      } catch (error) {
        // A commit GitHub does not have (a local one not pushed yet): the author is named from git.
        const status = (error as { status?: number }).status;
        if (status === 404 || status === 422) return undefined;
        throw error;
      }
    },
  };
}
