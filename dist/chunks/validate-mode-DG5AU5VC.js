import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  collectDiagnostics
} from "./chunk-TRI57FHI.js";
import {
  annotate,
  diagnosticsTable,
  hasErrors,
  plural,
  writeSummary
} from "./chunk-GLCXCRBG.js";
import {
  core_exports,
  setFailed,
  setOutput
} from "./chunk-4LWJLWLI.js";
import "./chunk-TQQCPZS4.js";
import "./chunk-6BLKPHCW.js";
import "./chunk-D7W4NH5G.js";

// src/github/validate-mode.ts
async function validateMode(inputs) {
  const diagnostics = await collectDiagnostics(inputs.root, inputs.now);
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
  if (hasErrors(diagnostics)) setFailed(`herald: ${errors} error${errors === 1 ? "" : "s"} in the content; see the annotations and the job summary`);
}
export {
  validateMode
};
