import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  annotate,
  diagnosticsTable,
  openRepository,
  writeSummary
} from "./chunk-66DIAGG4.js";
import {
  core_exports,
  setFailed,
  setOutput
} from "./chunk-72JT3OWK.js";
import "./chunk-VRTKERLG.js";
import {
  hasErrors
} from "./chunk-RHVEX7W2.js";
import "./chunk-X4YENOAG.js";
import "./chunk-U3S55XM4.js";
import "./chunk-PTXU3PPN.js";
import {
  plural
} from "./chunk-KCE2ZBX5.js";
import "./chunk-D7W4NH5G.js";

// src/app/validate.ts
async function collectDiagnostics(root, now, options = {}) {
  const repository = await openRepository(root, { now, load: options });
  return { diagnostics: repository.diagnostics(), files: repository.content.files };
}

// src/action/validate-mode.ts
async function validateMode(inputs) {
  const { diagnostics } = await collectDiagnostics(inputs.root, inputs.now);
  const annotated = annotate(diagnostics, core_exports, inputs.rootInRepo);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const headline = diagnostics.length === 0 ? "Every post and account file is valid." : `${plural(errors, "error")}, ${plural(warnings, "warning")}${annotated < diagnostics.length ? `; the first ${annotated} are annotated on their lines, all are listed here` : ""}.`;
  await writeSummary(`## herald validate

${headline}

${diagnostics.length ? `${diagnosticsTable(diagnostics)}
` : ""}`);
  setOutput("errors", errors);
  setOutput("warnings", warnings);
  if (hasErrors(diagnostics)) setFailed(`herald: ${plural(errors, "error")} in the content; see the annotations and the job summary`);
}
export {
  validateMode
};
