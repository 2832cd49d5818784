import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  annotate,
  assemblePlan,
  diagnosticsTable,
  hasErrors,
  loadContent,
  readLog,
  sortDiagnostics
} from "./chunk-45K56BLY.js";
import {
  core_exports,
  setFailed,
  setOutput,
  summary
} from "./chunk-3DDJFJMH.js";
import "./chunk-D7W4NH5G.js";

// src/github/validate-mode.ts
async function collectDiagnostics(root, now) {
  const content = await loadContent(root);
  const log = await readLog(root);
  const plan = assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now });
  return sortDiagnostics([...content.diagnostics, ...log.diagnostics, ...plan.diagnostics]);
}
async function validateMode(inputs) {
  const diagnostics = await collectDiagnostics(inputs.root, inputs.now);
  annotate(diagnostics, core_exports, inputs.rootInRepo);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  await summary.addRaw(`## herald validate

${diagnosticsTable(diagnostics)}
`).write();
  setOutput("errors", errors);
  setOutput("warnings", diagnostics.length - errors);
  if (hasErrors(diagnostics)) setFailed(`herald: ${errors} error${errors === 1 ? "" : "s"} in the content; see the annotations and the job summary`);
}
export {
  collectDiagnostics,
  validateMode
};
