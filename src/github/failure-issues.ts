/**
 * Failure issues on GitHub: one open issue per account and cause, labelled `herald` and found again
 * by the hidden marker at the start of its body, so a second failing run updates it instead of
 * opening another; closed (with a comment) when the account publishes cleanly again. What the issues
 * say is decided by the action (src/action/failure-issues.ts); this file only finds and writes them.
 */
import type { GitHubApi, Issue } from './client.js';

const FAILURE_LABEL = 'herald';

/** Marker values are herald's own names (account file names, failure kinds); anything else is dropped. */
const markerValue = (value: string) => value.replace(/[^A-Za-z0-9_.-]/g, '_');

function failureMarker(account: string, cause: string): string {
  return `<!-- herald-failure account=${markerValue(account)} cause=${markerValue(cause)} -->`;
}

const MARKER_AT_START = /^<!-- herald-failure account=([A-Za-z0-9_.-]+) cause=([A-Za-z0-9_.-]+) -->/;

/** The account and cause of one of herald's failure issues (a bot opened it, the marker starts its body). */
function failureKey(issue: Issue): { account: string; cause: string } | undefined {
  if (issue.user?.type !== 'Bot') return undefined;
  const found = MARKER_AT_START.exec(issue.body);
  return found ? { account: found[1]!, cause: found[2]! } : undefined;
}

export interface FailureIssue {
  account: string;
  cause: string;
  title: string;
  /** Markdown, already escaped; the marker is put in front of it here. */
  body: string;
}

export interface IssueSync {
  opened: Issue[];
  updated: Issue[];
  closed: Issue[];
}

/**
 * Open or update an issue for each failure, and close every open failure issue of the `clean`
 * accounts with `closing` as the last comment.
 */
export async function syncFailureIssues(
  api: GitHubApi,
  failures: readonly FailureIssue[],
  clean: ReadonlySet<string>,
  closing: (account: string) => string,
): Promise<IssueSync> {
  const result: IssueSync = { opened: [], updated: [], closed: [] };
  const open = (await api.openIssues(FAILURE_LABEL)).flatMap((issue) => {
    const key = failureKey(issue);
    return key ? [{ issue, ...key }] : [];
  });
  for (const failure of failures) {
    const body = `${failureMarker(failure.account, failure.cause)}\n${failure.body}`;
    const existing = open.find((o) => o.account === markerValue(failure.account) && o.cause === markerValue(failure.cause));
    if (existing) result.updated.push(await api.updateIssue(existing.issue.number, { title: failure.title, body }));
    else result.opened.push(await api.createIssue({ title: failure.title, body, labels: [FAILURE_LABEL] }));
  }
  for (const { issue, account } of open) {
    if (![...clean].some((name) => markerValue(name) === account)) continue;
    await api.createIssueComment(issue.number, closing(account));
    result.closed.push(await api.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' }));
  }
  return result;
}
