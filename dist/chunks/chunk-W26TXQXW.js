import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-X4YENOAG.js";
import {
  DateTime,
  hasOffset
} from "./chunk-PTXU3PPN.js";

// src/action/inputs.ts
import path from "node:path";
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
  if (command !== "publish" && command !== "review" && command !== "validate") {
    throw new UsageError(`input command: "${command}" is not one of publish, review, validate; write for example command: publish`);
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
    ...baseRef ? { base: baseRef } : {}
  };
}

export {
  input,
  readInputs
};
