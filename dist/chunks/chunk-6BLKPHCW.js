import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/content/load.ts
import { existsSync } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
var POSTS_PER_THREAD = 1500;
var BATCH_SIZE = 200;
var MAX_THREADS = 4;
async function loadContent(root, options = {}) {
  const absRoot = path.resolve(root);
  const [{ loadPostBatch, readText }, { readAccountFile }, { checkDuplicates }] = await Promise.all([
    import("./load-posts-SDXALC64.js"),
    import("./account-file-2YX4QBNG.js"),
    import("./checks-D6TNTYWT.js")
  ]);
  const [postFiles, accountFiles] = await Promise.all([
    listFiles(absRoot, "posts", (name) => name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md", true),
    listFiles(absRoot, "schedules", (name) => name.endsWith(".yaml"), false)
  ]);
  const accountSources = accountFiles.map((file) => readAccountFile(file, readText(absRoot, file)));
  const accounts = /* @__PURE__ */ new Map();
  for (const source of accountSources) if (source.account) accounts.set(source.account.name, source.account);
  const realRoot = await realpath(absRoot).catch(() => absRoot);
  const batches = [];
  for (let i = 0; i < postFiles.length; i += BATCH_SIZE) batches.push(postFiles.slice(i, i + BATCH_SIZE));
  const threads = Math.min(options.threads ?? defaultThreads(postFiles.length), MAX_THREADS, batches.length);
  const where = { root: absRoot, realRoot, errorsOnly: options.report === "errors" };
  const load = (files) => loadPostBatch({ ...where, files }, accounts);
  const results = (threads > 1 && workerScript() ? await loadInThreads(batches, threads, load, where, accounts) : batches.map(load)).flat();
  const posts = results.flatMap((result) => result.post ? [result.post] : []);
  const diagnostics = [];
  for (const source of accountSources) diagnostics.push(...source.reporter.diagnostics);
  for (const result of results) diagnostics.push(...result.diagnostics);
  diagnostics.push(...checkDuplicates(posts));
  return { root: absRoot, posts, accounts, diagnostics, files: { posts: postFiles.length, accounts: accountFiles.length } };
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
async function listFiles(root, dir, keep, recursive) {
  let entries;
  const base = path.join(root, dir);
  try {
    entries = await readdir(base, { withFileTypes: true, recursive });
  } catch {
    return [];
  }
  const files = [];
  for (const entry of entries) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    const parent = entry.parentPath ?? entry.path;
    if (parent === base) files.push(`${dir}/${entry.name}`);
    else if (parent.startsWith(base + path.sep)) files.push(`${dir}/${parent.slice(base.length + 1).split(path.sep).join("/")}/${entry.name}`);
    else files.push(path.relative(root, path.join(parent, entry.name)).split(path.sep).join("/"));
  }
  return files.sort();
}

export {
  loadContent
};
