import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  LOG_FILE
} from "./chunk-OS3CCXPJ.js";
import {
  UserError
} from "./chunk-X4YENOAG.js";

// src/git/git.ts
import { execFile } from "node:child_process";
import path from "node:path";
import { setTimeout as sleepMs } from "node:timers/promises";
var LOG_COMMIT_MESSAGE = "chore(herald): publish log [skip ci]";
var METRICS_COMMIT_MESSAGE = "chore(herald): metrics [skip ci]";
var REPLY_COMMIT_MESSAGE = "chore(herald): support reply log [skip ci]";
var BOT_NAME = "herald[bot]";
var BOT_EMAIL = "herald@users.noreply.github.com";
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args.join(" ")} failed (${code}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
  name = "GitError";
};
function git(cwd, args, env = process.env) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["-c", "core.quotePath=false", ...args],
      // Never wait for a password prompt in CI; a missing credential must fail fast.
      { cwd, env: { ...env, GIT_TERMINAL_PROMPT: "0" }, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, error.code ?? null, stderr || error.message));
        else resolve(stdout);
      }
    );
  });
}
function pathList(output) {
  return output.split("\0").filter((name) => name !== "");
}
async function isShallow(cwd) {
  return (await git(cwd, ["rev-parse", "--is-shallow-repository"]).catch(() => "false")).trim() === "true";
}
async function commitAndPushLog(options) {
  const env = authorEnv(options.env ?? process.env);
  const root = path.resolve(options.root);
  const top = (await git(root, ["rev-parse", "--show-toplevel"], env)).trim();
  const file = options.file ?? LOG_FILE;
  const what = file === LOG_FILE ? "the publish log" : file;
  const logPath = path.relative(top, path.join(root, file)).split(path.sep).join("/");
  const run = (args) => git(top, args, env);
  await run(["add", "--", logPath]);
  const staged = await run(["diff", "--cached", "--name-only", "--", logPath]);
  if (staged.trim() === "") return { committed: false, pushed: false, attempts: 0 };
  await run(["commit", "--no-verify", "--only", "-m", options.message ?? LOG_COMMIT_MESSAGE, "--", logPath]);
  const remote = options.remote ?? "origin";
  const branch = options.branch ?? await currentBranch(top, env);
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.retryBaseMs ?? 1e3;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      await run(["push", remote, `HEAD:refs/heads/${branch}`]);
      return { committed: true, pushed: true, attempts: attempt, commit: (await run(["rev-parse", "HEAD"])).trim() };
    } catch (error) {
      if (!(error instanceof GitError) || !isRaceRejection(error.stderr)) throw pushRefused(error, branch, what);
      if (attempt >= maxAttempts) {
        throw new UserError(
          `could not push ${what} to ${remote}/${branch} after ${attempt} attempts: others kept pushing first. The commit is kept in this checkout; re-run the workflow to push it`
        );
      }
    }
    await sleepMs(base * 2 ** (attempt - 1) * (0.5 + random()));
    await run(["fetch", "--no-tags", remote, `refs/heads/${branch}`]);
    try {
      await run(["rebase", "FETCH_HEAD"]);
    } catch (error) {
      await run(["rebase", "--abort"]).catch(() => void 0);
      throw new UserError(
        `${what} could not be rebased onto ${remote}/${branch}: ${error.message}. Check that .gitattributes holds "${file} merge=union" and that nobody edited the file by hand`
      );
    }
  }
}
function authorEnv(env) {
  const name = env.GIT_AUTHOR_NAME || BOT_NAME;
  const email = env.GIT_AUTHOR_EMAIL || BOT_EMAIL;
  return {
    ...env,
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME || name,
    GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL || email
  };
}
async function currentBranch(top, env) {
  const branch = await git(top, ["symbolic-ref", "--quiet", "--short", "HEAD"], env).catch(() => "");
  if (branch.trim()) return branch.trim();
  if (env.GITHUB_REF_NAME) return env.GITHUB_REF_NAME;
  throw new UserError(
    "the checkout is on a detached HEAD and GITHUB_REF_NAME is not set, so herald does not know which branch to push the publish log to; check out a branch (actions/checkout does this for scheduled runs)"
  );
}
function isRaceRejection(stderr) {
  return /\[rejected\]|\[remote rejected\].*(cannot lock|failed to update)|non-fast-forward|fetch first|cannot lock ref|stale info/i.test(stderr);
}
function pushRefused(error, branch, what) {
  const detail = error instanceof GitError ? error.stderr.split("\n").filter((l) => /^remote:|rejected|denied|error:|fatal:/.test(l.trim())).map((l) => l.trim()).join(" / ") : String(error);
  return new UserError(
    `pushing ${what} to ${branch} was refused: ${detail}. The token must be allowed to push to ${branch}: give the workflow "permissions: contents: write" and, when ${branch} is protected, use a GitHub App token or a PAT that the ruleset lets bypass (see README, "GitHub Actions")`
  );
}

export {
  METRICS_COMMIT_MESSAGE,
  REPLY_COMMIT_MESSAGE,
  GitError,
  git,
  pathList,
  isShallow,
  commitAndPushLog
};
