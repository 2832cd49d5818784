import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  localizeDiagnostics
} from "./chunk-HORHTBXV.js";
import {
  annotate,
  openRepository
} from "./chunk-6SKWMAVC.js";
import {
  diagnosticsTable
} from "./chunk-BC6YM3VD.js";
import {
  writeSummary
} from "./chunk-2JCI7ESD.js";
import {
  core_exports,
  setFailed,
  setOutput
} from "./chunk-2GGXMUD4.js";
import "./chunk-OFJ7IQ7R.js";
import "./chunk-AQ37INCW.js";
import "./chunk-OS3CCXPJ.js";
import "./chunk-5YZ3TXRF.js";
import "./chunk-EUZCFI45.js";
import "./chunk-JZO4KPLM.js";
import {
  hasErrors,
  t
} from "./chunk-GLT5U4BZ.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/app/validate.ts
async function collectDiagnostics(root, now, options = {}) {
  const repository = await openRepository(root, { now, load: options });
  return { diagnostics: repository.diagnostics(), files: repository.content.files };
}

// src/action/validate-mode.ts
async function validateMode(inputs) {
  const { lang } = inputs;
  const diagnostics = localizeDiagnostics((await collectDiagnostics(inputs.root, inputs.now)).diagnostics, lang);
  const annotated = annotate(diagnostics, core_exports, inputs.rootInRepo);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const counts = { errors: t(lang, "count.error", { n: errors }), warnings: t(lang, "count.warning", { n: warnings }) };
  const headline = diagnostics.length === 0 ? t(lang, "summary.validate.valid") : annotated < diagnostics.length ? t(lang, "summary.validate.counts-annotated", { ...counts, annotated }) : t(lang, "summary.validate.counts", counts);
  await writeSummary(`## ${t(lang, "summary.validate.title")}

${headline}

${diagnostics.length ? `${diagnosticsTable(diagnostics)}
` : ""}`);
  setOutput("errors", errors);
  setOutput("warnings", warnings);
  if (hasErrors(diagnostics)) setFailed(`herald: ${t(lang, "summary.validate.failed", { errors: counts.errors })}`);
}
export {
  validateMode
};
