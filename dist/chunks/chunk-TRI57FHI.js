import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  assemblePlan,
  readLog,
  sortDiagnostics
} from "./chunk-GLCXCRBG.js";
import {
  loadContent
} from "./chunk-6BLKPHCW.js";

// src/github/findings.ts
async function collectDiagnostics(root, now) {
  const content = await loadContent(root);
  const log = await readLog(root);
  const plan = assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now });
  return mergeFindings(content.diagnostics, log.diagnostics, plan.diagnostics);
}
function mergeFindings(content, log, plan) {
  const errorPlaces = new Set(content.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column}`));
  return sortDiagnostics([...content, ...log, ...plan.filter((d) => !errorPlaces.has(`${d.file}:${d.line}:${d.column}`))]);
}

export {
  collectDiagnostics,
  mergeFindings
};
