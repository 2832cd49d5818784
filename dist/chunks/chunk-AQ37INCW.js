import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  POSTS_DIR,
  SCHEDULES_DIR
} from "./chunk-OS3CCXPJ.js";
import {
  RepositoryDoor,
  SIZE_LIMITS,
  doorDiagnostic
} from "./chunk-GLT5U4BZ.js";

// src/content/load.ts
import { existsSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

// src/repository/accounts.ts
function listAccountFiles(door) {
  const { files, problems } = door.listFiles(SCHEDULES_DIR, (name) => /\.ya?ml$/i.test(name), false);
  return { files: files.filter((f) => f.endsWith(".yaml")), others: files.filter((f) => !f.endsWith(".yaml")), refused: problems };
}

// src/content/load.ts
function isPostName(name) {
  const lower = name.toLowerCase();
  return lower.endsWith(".md") && lower !== "readme.md";
}
var baseName = (file) => file.slice(file.lastIndexOf("/") + 1);
function looksLikePost(door, file) {
  const read = door.readFile(file, SIZE_LIMITS.post, "read-me");
  return read.ok && /^(?:\uFEFF)?---\r?\n(?:.*\r?\n){0,20}?account\s*:/.test(read.value.subarray(0, 2048).toString("utf8"));
}
var LOOKS_LIKE_A_POST = /\.(markdown|mdown|mkdn|mkd|mdwn|txt)$/i;
var POSTS_PER_THREAD = 1500;
var BATCH_SIZE = 200;
var MAX_THREADS = 4;
async function loadContent(root, options = {}) {
  const door = RepositoryDoor.open(root);
  const absRoot = door.root;
  const [{ loadPostBatch }, { readAccounts }, { checkDuplicates }, { loadAnswers }] = await Promise.all([
    import("./load-posts-UTADBYC2.js"),
    import("./load-accounts-UI2QCQB5.js"),
    import("./checks-Z4ZAWKSA.js"),
    import("./load-H4TSBBV4.js")
  ]);
  const postListing = door.listFiles(POSTS_DIR, (name) => isPostName(name) || LOOKS_LIKE_A_POST.test(name) || name.toLowerCase() === "readme.md", true);
  const accountListing = listAccountFiles(door);
  const postFiles = postListing.files.filter((file) => isPostName(baseName(file)));
  const accountFiles = accountListing.files;
  const diagnostics = [...postListing.problems, ...accountListing.refused].map(doorDiagnostic);
  const skipped = (file, message) => diagnostics.push({ file, line: 1, column: 1, severity: "warning", rule: "not-read", message });
  for (const file of postListing.files.filter((f) => !isPostName(baseName(f)))) {
    if (baseName(file).toLowerCase() === "readme.md") {
      if (looksLikePost(door, file))
        skipped(
          file,
          `${file} has front matter like a post, but read-me files are notes and never published; rename it (for example ${file.replace(/[^/]+$/, "post.md")}) to publish it`
        );
    } else {
      skipped(
        file,
        `${file} is not read as a post: herald reads only .md files under posts/. Rename it to ${file.replace(/\.[^./]+$/, ".md")} to publish it, or move it out of posts/`
      );
    }
  }
  for (const file of accountListing.others) {
    skipped(file, `${file} is not read as an account: account files end in .yaml. Rename it to ${file.replace(/\.[^./]+$/, ".yaml")}`);
  }
  const read = readAccounts(door, accountFiles);
  const accounts = read.accounts;
  diagnostics.push(...read.diagnostics);
  const batches = [];
  for (let i = 0; i < postFiles.length; i += BATCH_SIZE) batches.push(postFiles.slice(i, i + BATCH_SIZE));
  const threads = Math.min(options.threads ?? defaultThreads(postFiles.length), MAX_THREADS, batches.length);
  const where = { root: absRoot, errorsOnly: options.report === "errors" };
  const load = (files) => loadPostBatch({ ...where, files }, accounts);
  const results = (threads > 1 && workerScript() ? await loadInThreads(batches, threads, load, where, accounts) : batches.map(load)).flat();
  const posts = results.flatMap((result) => result.post ? [result.post] : []);
  for (const result of results) diagnostics.push(...result.diagnostics);
  diagnostics.push(...checkDuplicates(posts));
  const answers = loadAnswers(door, accounts, options.report === "errors");
  diagnostics.push(...answers.diagnostics);
  return {
    root: absRoot,
    posts,
    accounts,
    answers: answers.answers,
    diagnostics,
    files: { posts: postFiles.length, accounts: accountFiles.length, answers: answers.files }
  };
}
async function loadAnswerContent(root) {
  const door = RepositoryDoor.open(root);
  const [{ readAccounts }, { loadAnswers }] = await Promise.all([import("./load-accounts-UI2QCQB5.js"), import("./load-H4TSBBV4.js")]);
  const listing = listAccountFiles(door);
  const { accounts, diagnostics } = readAccounts(door, listing.files);
  diagnostics.push(...listing.refused.map(doorDiagnostic));
  const loaded = loadAnswers(door, accounts);
  return { accounts, answers: loaded.answers, diagnostics: [...diagnostics, ...loaded.diagnostics] };
}
function defaultThreads(posts) {
  const cores = os.availableParallelism();
  if (cores <= 2) return 1;
  return Math.max(1, Math.min(cores, Math.floor(posts / POSTS_PER_THREAD)));
}
function workerScript() {
  const url = new URL("./load-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
}
async function loadInThreads(batches, threads, load, where, accounts) {
  const { Worker } = await import("node:worker_threads");
  const results = new Array(batches.length);
  let next = 0;
  const take = () => next < batches.length ? next++ : void 0;
  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(workerScript(), { workerData: { accounts: [...accounts] } });
    return new Promise((resolve) => {
      let current;
      const send = () => {
        current = take();
        if (current === void 0) {
          worker.postMessage("stop");
          resolve();
        } else {
          worker.postMessage({ id: current, batch: { ...where, files: batches[current] } });
        }
      };
      worker.on("message", (message) => {
        results[message.id] = message.results;
        send();
      });
      const giveUp = () => {
        if (current !== void 0 && !results[current]) results[current] = load(batches[current]);
        current = void 0;
        resolve();
      };
      worker.on("error", giveUp);
      worker.on("exit", giveUp);
      send();
    });
  });
  for (let i = take(); i !== void 0; i = take()) {
    results[i] = load(batches[i]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return results.map((batch, i) => batch ?? load(batches[i]));
}

export {
  isPostName,
  loadContent,
  loadAnswerContent
};
