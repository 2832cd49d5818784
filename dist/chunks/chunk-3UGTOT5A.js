import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  LANGS,
  chooseLang
} from "./chunk-6H5MY5Y6.js";
import {
  DateTime,
  hasOffset,
  parseDuration
} from "./chunk-JZO4KPLM.js";
import {
  UsageError
} from "./chunk-X4YENOAG.js";

// src/action/inputs.ts
import path from "node:path";
var COMMANDS = ["publish", "review", "validate", "stats", "review-comment", "reply"];
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(env, name, fallback) {
  const value = input(env, name);
  if (value === "") return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UsageError(`input ${name}: "${value}" is not a boolean; write ${name}: true or ${name}: false`);
}
function readInputs(env) {
  const command = input(env, "command") || "publish";
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`input command: "${command}" is not one of ${COMMANDS.join(", ")}; write for example command: publish`);
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const root = path.resolve(workspace, input(env, "root") || ".");
  const nowText = input(env, "now");
  let now;
  let clock;
  if (nowText === "") {
    now = DateTime.utc();
    clock = () => DateTime.utc();
  } else {
    now = DateTime.fromISO(nowText, { setZone: true });
    if (!now.isValid || !hasOffset(nowText)) {
      throw new UsageError(
        `input now: "${nowText}" is not an ISO instant with an offset; write for example now: 2026-12-01T09:00:00Z, or leave it empty for the clock`
      );
    }
    const pinned = now.toUTC();
    now = pinned;
    clock = () => pinned;
  }
  const intervalText = input(env, "interval") || "30";
  const intervalMinutes = Number(intervalText);
  if (!Number.isFinite(intervalMinutes) || intervalMinutes <= 0) {
    throw new UsageError(`input interval: "${intervalText}" is not a number of minutes; write for example interval: 30`);
  }
  const sinceText = input(env, "since") || "30d";
  const since = parseDuration(sinceText);
  if (!since) throw new UsageError(`input since: "${sinceText}" is not a duration; write for example since: 30d`);
  const maxReadsText = input(env, "max-reads");
  if (maxReadsText !== "" && !/^\d{1,7}$/.test(maxReadsText)) {
    throw new UsageError(`input max-reads: "${maxReadsText}" is not a whole number; write for example max-reads: 200, or leave it empty for the default`);
  }
  const reviewArtifact = input(env, "review-artifact");
  let reply;
  if (command === "reply") {
    const answer = input(env, "answer");
    const to = input(env, "to");
    if (answer === "" || to === "") {
      throw new UsageError(
        `command: reply needs the inputs answer and to; write for example answer: en/refund and to: https://x.com/ana_customer/status/1870000000000000000 (${answer === "" ? "answer" : "to"} is empty)`
      );
    }
    const sets = (env.INPUT_SET ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
    reply = { answer, to, sets };
  }
  const token = input(env, "token");
  const chosen = chooseLang(input(env, "language"), env.HERALD_LANG);
  if (!("lang" in chosen)) {
    const named = chosen.source === "explicit" ? `input language: "${chosen.wrong}"` : `HERALD_LANG="${chosen.wrong}"`;
    throw new UsageError(`${named} is not a language herald speaks; write one of ${LANGS.join(", ")}, e.g. language: ru`);
  }
  const baseRef = input(env, "base") || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : "");
  return {
    command,
    root,
    rootInRepo: path.relative(workspace, root).split(path.sep).join("/"),
    dryRun: booleanInput(env, "dry-run", false),
    commit: booleanInput(env, "commit", true),
    now,
    clock,
    intervalMinutes,
    lang: chosen.lang,
    ...baseRef ? { base: baseRef } : {},
    sinceMs: since.as("milliseconds"),
    ...maxReadsText !== "" ? { maxReads: Number(maxReadsText) } : {},
    ...reviewArtifact ? { reviewArtifact: path.resolve(workspace, reviewArtifact) } : {},
    ...token ? { token } : {},
    ...reply ? { reply } : {}
  };
}

export {
  input,
  readInputs
};
