import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/content/load.ts
import { readFileSync } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import path from "node:path";
async function loadContent(root) {
  const absRoot = path.resolve(root);
  const [{ readPostFile }, { readAccountFile }, { checkPost, checkDuplicates }] = await Promise.all([
    import("./post-file-4Y3VOKYU.js"),
    import("./account-file-PIA5MP7Z.js"),
    import("./checks-YCDJMMZY.js")
  ]);
  const [postFiles, accountFiles] = await Promise.all([
    listFiles(absRoot, "posts", (name) => name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md", true),
    listFiles(absRoot, "schedules", (name) => name.endsWith(".yaml"), false)
  ]);
  const accountSources = accountFiles.map((file) => readAccountFile(file, readText(absRoot, file)));
  const accounts = /* @__PURE__ */ new Map();
  for (const source of accountSources) if (source.account) accounts.set(source.account.name, source.account);
  const realRoot = await realpath(absRoot).catch(() => absRoot);
  const postSources = postFiles.map((file) => {
    const source = readPostFile(absRoot, file, readText(absRoot, file));
    checkPost(source, accounts, absRoot, realRoot);
    return source;
  });
  checkDuplicates(postSources);
  const diagnostics = [];
  for (const source of accountSources) diagnostics.push(...source.reporter.diagnostics);
  for (const source of postSources) diagnostics.push(...source.reporter.diagnostics);
  return {
    root: absRoot,
    posts: postSources.flatMap((source) => source.post ? [source.post] : []),
    accounts,
    diagnostics
  };
}
function readText(root, file) {
  try {
    return readFileSync(path.join(root, file), "utf8");
  } catch {
    return "";
  }
}
async function listFiles(root, dir, keep, recursive) {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive });
  } catch {
    return [];
  }
  const files = [];
  for (const entry of entries) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    const parent = entry.parentPath ?? entry.path;
    files.push(path.relative(root, path.join(parent, entry.name)).split(path.sep).join("/"));
  }
  return files.sort();
}

export {
  loadContent
};
