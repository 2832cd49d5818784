import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError,
  UserError
} from "./chunk-X4YENOAG.js";

// src/action/event.ts
import { readFile } from "node:fs/promises";
async function readEvent(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  let value;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(
      `the event payload ${file} (GITHUB_EVENT_PATH) cannot be read (${error.message}); the runner writes it, so run this step on GitHub Actions`
    );
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new UsageError(`the event payload ${file} (GITHUB_EVENT_PATH) is not a JSON object; the runner writes it, so run this step on GitHub Actions`);
  }
  return value;
}
function field(payload, ...keys) {
  let current = payload;
  for (const key of keys) current = current && typeof current === "object" ? current[key] : void 0;
  return current;
}

// src/action/review-artifact.ts
import { constants } from "node:fs";
import { mkdir, open, writeFile } from "node:fs/promises";
import path from "node:path";
var REVIEW_FILE = "review.md";
var PULL_NUMBER_FILE = "pr-number";
var MAX_REVIEW_BYTES = 4 * 1024 * 1024;
async function writeReviewArtifact(dir, markdown, pull) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, REVIEW_FILE), markdown);
  if (pull !== void 0) await writeFile(path.join(dir, PULL_NUMBER_FILE), `${pull}
`);
}
async function readArtifactFile(file) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UserError(`${file} cannot be read as a plain file of the review artifact (${error.code}); refused`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UserError(`${file} is not a plain file; the review artifact is refused`);
    if (stat.size > MAX_REVIEW_BYTES) throw new UserError(`${file} is ${stat.size} bytes, more than a file of the review artifact can be; refused`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
async function readReviewArtifact(dir) {
  const where = (file) => path.join(dir, file);
  const numberText = (await readArtifactFile(where(PULL_NUMBER_FILE)))?.toString("utf8");
  if (numberText === void 0) {
    throw new UserError(
      `${where(PULL_NUMBER_FILE)} is missing: the review artifact holds no pull request number. Download the artifact the review workflow uploads (actions/download-artifact with run-id) into the folder given as review-artifact`
    );
  }
  const pull = Number(numberText.trim());
  if (!/^\d{1,10}$/.test(numberText.trim()) || !Number.isSafeInteger(pull) || pull < 1) {
    throw new UserError(
      `${where(PULL_NUMBER_FILE)}: ${JSON.stringify(numberText.slice(0, 40))} is not a pull request number; it should hold one number like 42`
    );
  }
  const bytes = await readArtifactFile(where(REVIEW_FILE));
  if (!bytes) throw new UserError(`${where(REVIEW_FILE)} is missing: the review artifact holds no review`);
  return { markdown: bytes.toString("utf8"), pull };
}

export {
  readEvent,
  field,
  writeReviewArtifact,
  readReviewArtifact
};
