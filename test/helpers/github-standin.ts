/**
 * A local GitHub REST API on 127.0.0.1 for the action's tests: exactly the endpoints src/github/
 * calls (pull requests, issue comments, issues with labels, commits), with state in memory. Every
 * request it receives and every answer it gives is checked against GitHub's published OpenAPI
 * description (github-contract.ts); `close()` throws listing the violations, so a test that closes
 * its stand-in fails on any. Point the action at it with GITHUB_API_URL (as @actions/github does).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatViolation, type Exchange, type Json, type Violation } from './openapi-contract.js';
import { githubContract } from './github-contract.js';

export const STANDIN_TOKEN = 'ghs_standin-token-0123456789';
/** Who the token belongs to: the workflow's GITHUB_TOKEN writes as this bot. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

export interface StandinUser {
  login: string;
  type: 'User' | 'Bot' | 'Organization';
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: StandinUser;
  createdAt: string;
  updatedAt: string;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason?: string;
  user: StandinUser;
}

export interface StoredCommit {
  sha: string;
  /** The GitHub account the commit's email belongs to; absent when GitHub knows none. */
  login?: string;
  name: string;
  email: string;
}

export interface GitHubStandin {
  /** For GITHUB_API_URL. */
  url: string;
  owner: string;
  repo: string;
  pulls: Map<number, { headSha: string }>;
  comments: StoredComment[];
  issues: Map<number, StoredIssue>;
  commits: Map<string, StoredCommit>;
  exchanges: Exchange[];
  addPull(number: number, headSha: string): void;
  addComment(issue: number, body: string, user: StandinUser): StoredComment;
  addCommit(commit: StoredCommit): void;
  violations(): Violation[];
  close(): Promise<void>;
}

const NOW = '2026-12-01T09:00:00Z';

export async function startGitHubStandin(options: { owner?: string; repo?: string } = {}): Promise<GitHubStandin> {
  const contract = githubContract();
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'content';
  const found: Violation[] = [];
  let nextId = 1000;
  let nextNumber = 1;

  const state: Pick<GitHubStandin, 'pulls' | 'comments' | 'issues' | 'commits' | 'exchanges'> = {
    pulls: new Map(),
    comments: [],
    issues: new Map(),
    commits: new Map(),
    exchanges: [],
  };

  const base = `http://127.0.0.1`;
  const user = (u: StandinUser) =>
    contract.sample('simple-user', { login: u.login, type: u.type, id: 1, html_url: `https://github.com/${encodeURIComponent(u.login)}` });
  const commentJson = (c: StoredComment) =>
    contract.sample('issue-comment', {
      id: c.id,
      body: c.body,
      user: user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    });
  const issueJson = (i: StoredIssue) =>
    contract.sample('issue', {
      id: 5000 + i.number,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason ?? null,
      labels: i.labels.map((name, n) => ({ id: n + 1, name, node_id: `L${n}`, url: `https://api.github.com/labels/${name}`, color: 'ededed', default: false })),
      user: user(i.user),
      html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
      comments: state.comments.filter((c) => c.issue === i.number).length,
    });

  function route(
    method: string,
    parts: string[],
    query: URLSearchParams,
    body: Json | undefined,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    if (parts[0] !== 'repos' || parts[1] !== owner || parts[2] !== repo) return notFound;
    const [, , , kind, a, b, c] = parts;
    const page = (items: unknown[]) => {
      const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
      const n = Math.max(1, Number(query.get('page') ?? 1));
      const slice = items.slice((n - 1) * perPage, n * perPage);
      const headers: Record<string, string> = {};
      if (n * perPage < items.length) {
        const next = new URLSearchParams(query);
        next.set('page', String(n + 1));
        headers.link = `<${server.url}/${parts.join('/')}?${next}>; rel="next"`;
      }
      return { status: 200, body: slice, headers };
    };

    if (kind === 'pulls' && a && !b && method === 'GET') {
      const pull = state.pulls.get(Number(a));
      if (!pull) return notFound;
      return {
        status: 200,
        body: contract.sample('pull-request', {
          number: Number(a),
          state: 'open',
          head: { sha: pull.headSha, ref: 'change' },
          user: user({ login: 'marketer', type: 'User' }),
        }),
      };
    }
    if (kind === 'commits' && a && !b && method === 'GET') {
      const commit = state.commits.get(a);
      if (!commit) return { status: 422, body: { message: `No commit found for SHA: ${a}`, documentation_url: 'https://docs.github.com/rest' } };
      return {
        status: 200,
        body: contract.sample('commit', {
          sha: commit.sha,
          author: commit.login ? user({ login: commit.login, type: 'User' }) : null,
          commit: { author: { name: commit.name, email: commit.email, date: NOW }, message: 'change' },
        }),
      };
    }
    if (kind === 'issues' && a === 'comments' && b && !c && method === 'PATCH') {
      const comment = state.comments.find((x) => x.id === Number(b));
      if (!comment) return notFound;
      comment.body = String(body?.body ?? '');
      comment.updatedAt = NOW;
      return { status: 200, body: commentJson(comment) };
    }
    if (kind === 'issues' && a && b === 'comments' && !c) {
      const number = Number(a);
      if (!state.pulls.has(number) && !state.issues.has(number)) return notFound;
      if (method === 'GET') return page(state.comments.filter((x) => x.issue === number).map(commentJson));
      if (method === 'POST') return { status: 201, body: commentJson(server.addComment(number, String(body?.body ?? ''), ACTIONS_BOT)) };
    }
    if (kind === 'issues' && !a) {
      if (method === 'GET') {
        const wanted = (query.get('labels') ?? '').split(',').filter(Boolean);
        const which = query.get('state') ?? 'open';
        const list = [...state.issues.values()].filter((i) => (which === 'all' || i.state === which) && wanted.every((l) => i.labels.includes(l)));
        return page(list.sort((x, y) => y.number - x.number).map(issueJson));
      }
      if (method === 'POST') {
        const issue: StoredIssue = {
          number: nextNumber++,
          title: String(body?.title ?? ''),
          body: String(body?.body ?? ''),
          labels: ((body?.labels as unknown[]) ?? []).map((l) => (typeof l === 'string' ? l : String((l as Json).name))),
          state: 'open',
          user: ACTIONS_BOT,
        };
        state.issues.set(issue.number, issue);
        return { status: 201, body: issueJson(issue) };
      }
    }
    if (kind === 'issues' && a && !b && method === 'PATCH') {
      const issue = state.issues.get(Number(a));
      if (!issue) return notFound;
      if (typeof body?.title === 'string') issue.title = body.title;
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      if (typeof body?.state_reason === 'string') issue.stateReason = body.state_reason;
      return { status: 200, body: issueJson(issue) };
    }
    return notFound;
  }

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const requestBody = Buffer.concat(chunks);
      let json: Json | undefined;
      try {
        json = requestBody.length > 0 ? (JSON.parse(requestBody.toString('utf8')) as Json) : undefined;
      } catch {
        json = undefined;
      }
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const answer = route(req.method ?? 'GET', parts, url.searchParams, json);
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      const headers = { 'content-type': 'application/json; charset=utf-8', ...(answer.headers ?? {}) };
      const exchange: Exchange = {
        method: req.method ?? 'GET',
        path: url.pathname,
        search: url.search,
        requestHeaders: req.headers,
        requestBody,
        response: { status: answer.status, headers, body: text },
      };
      state.exchanges.push(exchange);
      found.push(...contract.check(exchange));
      res.writeHead(answer.status, headers).end(text);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;

  const server: GitHubStandin = {
    url: `http://127.0.0.1:${port}`,
    owner,
    repo,
    ...state,
    addPull(number, headSha) {
      state.pulls.set(number, { headSha });
      nextNumber = Math.max(nextNumber, number + 1);
    },
    addComment(issue, body, author) {
      const comment = { id: nextId++, issue, body, user: author, createdAt: NOW, updatedAt: NOW };
      state.comments.push(comment);
      return comment;
    },
    addCommit(commit) {
      state.commits.set(commit.sha, commit);
    },
    violations: () => found.slice(),
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      if (found.length > 0)
        throw new Error(`The GitHub stand-in's exchanges broke GitHub's contract (test/helpers/github-contract.ts):\n${found.map(formatViolation).join('\n')}`);
    },
  };
  return server;
}
