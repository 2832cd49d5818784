import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  git
} from "./chunk-UAG7Q4J7.js";
import {
  table
} from "./chunk-BC6YM3VD.js";
import {
  info
} from "./chunk-2JCI7ESD.js";
import {
  warning
} from "./chunk-2GGXMUD4.js";
import "./chunk-OS3CCXPJ.js";
import {
  mdCode,
  mdMessage,
  mdText
} from "./chunk-EUZCFI45.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/git/last-commit.ts
async function lastCommitOf(root, file, env = process.env) {
  const out = await git(root, ["log", "-1", "--format=%H%x00%an%x00%ae", "--", file], env).catch(() => "");
  const [sha, authorName, authorEmail] = out.replace(/\n$/, "").split("\0");
  if (!sha || !/^[0-9a-f]{40}$/.test(sha)) return void 0;
  return { sha, authorName: authorName ?? "", authorEmail: authorEmail ?? "" };
}

// src/action/failure-issues.ts
var CAUSES = {
  auth: {
    headline: "X rejected the account's credentials",
    todo: "Check the repository secrets of this account (its access token and secret, and the app key and secret) and that the X app has read and write permission. Its posts stay due while their windows are open."
  },
  "missing-credentials": {
    headline: "the publish job has no X credentials for this account",
    todo: "Create the account's secrets and map them in the publish workflow's `env:` (README, \"Secrets to create\")."
  },
  "wrong-account": {
    headline: "the credentials belong to another X account",
    todo: "Put this account's own access token and secret in its secrets, or correct `handle` in the account file if the account was renamed."
  },
  "rate-limit": {
    headline: "X's rate limit was reached",
    todo: "Nothing: herald tries again at the next run while the posts are inside their windows. If it keeps happening, lower `daily_cap` or spread the slots."
  },
  server: {
    headline: "X answered with server errors",
    todo: "Nothing: herald checks the timeline and tries again at the next run. If it goes on, look at X's status page."
  },
  unreachable: {
    headline: "herald could not reach X",
    todo: "Nothing: herald tries again at the next run. If it goes on, check the runner's network."
  },
  uncertain: {
    headline: "the answer to a send was lost",
    todo: "Nothing: herald looks the part up on the timeline before sending it again, so it is never posted twice."
  },
  unconfirmed: {
    headline: "the outcome of a send could not be confirmed",
    todo: "Nothing: the next run looks the part up on the account's timeline before sending anything for that post, so it is never posted twice."
  },
  "bad-request": {
    headline: "X refused a post for good (400)",
    todo: "Fix the post named below (the error says what X refused): change its text or media and it is sent again while its window is open, or give it a new time."
  },
  duplicate: {
    headline: "X called a post a duplicate of an earlier one",
    todo: "Change the wording of the post named below so it differs from the earlier post."
  },
  "reply-restricted": {
    headline: "X will not take a reply",
    todo: "Change or remove `reply_to` in the post named below: X lets API apps reply only to their own posts or to posts that mention the account."
  },
  content: {
    headline: "a due post has errors",
    todo: "Run `npx herald validate` on the file named below and fix what it reports; the post goes out while its window is open."
  },
  "account-invalid": {
    headline: "the account file has errors, so none of its posts is sent",
    todo: "Run `npx herald validate` and fix the account file."
  },
  unknown: {
    headline: "publishing failed",
    todo: "Read the errors below and the job log of the run."
  }
};
var adviceFor = (cause) => CAUSES[cause] ?? CAUSES.unknown;
var MAX_ROWS = 50;
var GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/;
function failuresOf(report) {
  const problems = [];
  for (const f of report.failed) problems.push({ account: f.account, cause: f.kind ?? "unknown", post: f.post, part: f.part, file: f.file, what: f.error });
  for (const e of report.expired) {
    if ((e.failed_attempts ?? 0) === 0) continue;
    problems.push({ account: e.account, cause: e.last_failure ?? "unknown", post: e.post, file: e.file ?? `schedules/${e.account}.yaml`, what: e.reason });
  }
  for (const s of report.stopped) {
    if (s.kind === "rate-limit") continue;
    if (problems.some((p) => p.account === s.account && p.cause === s.kind)) continue;
    problems.push({ account: s.account, cause: s.kind, file: `schedules/${s.account}.yaml`, what: s.reason });
  }
  return problems;
}
function cleanAccounts(report, problems) {
  const worked = /* @__PURE__ */ new Set([...report.sent.map((s) => s.account), ...(report.retracted ?? []).filter((r) => r.how === "deleted").map((r) => r.account)]);
  for (const p of problems) worked.delete(p.account);
  return worked;
}
async function reportFailureIssues(context) {
  const problems = failuresOf(context.report);
  const clean = cleanAccounts(context.report, problems);
  if (!context.token) {
    if (problems.length > 0)
      warning(
        `herald: publishing failed, but the action has no token input, so no GitHub issue tells anyone; give it token: \${{ github.token }} and the job permissions issues: write (README, "Failure issues")`
      );
    return;
  }
  if (problems.length === 0 && clean.size === 0) return;
  try {
    const { createGitHubApi } = await import("./client-YCKZSA65.js");
    const { syncFailureIssues } = await import("./failure-issues-MIZB3U5K.js");
    const api = createGitHubApi(context.token, context.env, { warn: (message) => warning(message) });
    const issues = await failureIssues(problems, context, api);
    const run = runLink(context.env);
    const synced = await syncFailureIssues(
      api,
      issues,
      clean,
      (account) => `herald published for ${mdCode(account)} again with no failure (${run ? `${run}, ` : ""}${mdText(context.report.now)}); closing. A new failure opens a new issue.`
    );
    for (const [what, list] of [
      ["opened", synced.opened],
      ["updated", synced.updated],
      ["closed", synced.closed]
    ])
      for (const issue of list) info(`herald: failure issue ${what}: #${issue.number} ${issue.url}`);
  } catch (error) {
    warning(`herald: the failure issues could not be written (${error.message}); publishing is not affected`);
  }
}
async function failureIssues(problems, context, api) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of problems) {
    const key = `${p.account}\0${p.cause}`;
    groups.set(key, [...groups.get(key) ?? [], p]);
  }
  const authors = new Authors(context, api);
  const scrub = scrubber(context);
  const run = runLink(context.env);
  const issues = [];
  for (const group of groups.values()) {
    const { account, cause } = group[0];
    const advice = adviceFor(cause);
    const notify = context.accounts.get(account)?.notify ?? [];
    const people = [...new Set(await Promise.all([...new Set(group.map((p) => p.file))].map((file) => authors.of(file))))].filter((a) => a !== "");
    const rows = group.slice(0, MAX_ROWS).map((p) => [p.post ? mdCode(p.post) : "—", p.part === void 0 ? "—" : String(p.part + 1), mdCode(p.file), mdMessage(scrub(p.what))]);
    const lines = [
      `### herald could not publish for ${mdCode(account)}: ${advice.headline}`,
      `**What to do:** ${advice.todo}`,
      ...notify.length > 0 ? [`**Account contacts** (\`notify\` in ${mdCode(`schedules/${account}.yaml`)}): ${notify.join(" ")}`] : [],
      ...people.length > 0 ? [`**Last change to the files below:** ${people.join(", ")}`] : [],
      table(["post", "part", "file", "what happened"], rows) + (group.length > MAX_ROWS ? `

…and ${group.length - MAX_ROWS} more.` : ""),
      `Last seen: ${run ? `${run} at ` : ""}${mdText(context.report.now)}. herald updates this issue while the failure goes on, and closes it when a later run publishes for ${mdCode(account)} with no failure.`
    ];
    issues.push({ account, cause, title: `herald: publishing for ${account} failed: ${advice.headline}`, body: lines.join("\n\n") });
  }
  return issues;
}
var Authors = class {
  constructor(context, api) {
    this.context = context;
    this.api = api;
  }
  context;
  api;
  byFile = /* @__PURE__ */ new Map();
  bySha = /* @__PURE__ */ new Map();
  of(file) {
    let found = this.byFile.get(file);
    if (!found) {
      found = this.look(file);
      this.byFile.set(file, found);
    }
    return found;
  }
  async look(file) {
    const commit = await lastCommitOf(this.context.root, file, this.context.env);
    if (!commit) return "";
    let login = this.bySha.get(commit.sha);
    if (!login) {
      login = this.api.commitAuthorLogin(commit.sha).catch(() => void 0);
      this.bySha.set(commit.sha, login);
    }
    const name = await login;
    if (name && GITHUB_LOGIN.test(name)) return `@${name}`;
    return commit.authorName ? mdText(commit.authorName) : "";
  }
};
function runLink(env) {
  const server = env.GITHUB_SERVER_URL ?? "";
  const repo = env.GITHUB_REPOSITORY ?? "";
  const id = env.GITHUB_RUN_ID ?? "";
  if (!/^https?:\/\/[A-Za-z0-9.:-]+$/.test(server) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) || !/^\d+$/.test(id)) return void 0;
  return `[run ${id}](${server}/${repo}/actions/runs/${id})`;
}
function scrubber(context) {
  const secrets = Object.entries(context.env).filter(([name, value]) => name.startsWith("X_") && name !== "X_API_BASE_URL" && value && value.length >= 4).map(([, value]) => value);
  if (context.token) secrets.push(context.token);
  return (text) => secrets.reduce((out, secret) => out.split(secret).join("***"), text);
}
export {
  cleanAccounts,
  failuresOf,
  reportFailureIssues
};
