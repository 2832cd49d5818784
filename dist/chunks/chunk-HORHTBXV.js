import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  render
} from "./chunk-GLT5U4BZ.js";

// src/i18n/localize.ts
var LEAD_INS = { schema: "lead.schema", "yaml-syntax": "lead.yaml-syntax" };
function localizeDiagnostic(d, lang) {
  const { text, ...rest } = d;
  if (text) return { ...rest, message: render(lang, text) };
  if (lang === "en") return rest;
  return { ...rest, message: render(lang, { id: LEAD_INS[d.rule] ?? "lead.untranslated", params: { detail: d.message } }) };
}
function localizeDiagnostics(diagnostics, lang) {
  return diagnostics.map((d) => localizeDiagnostic(d, lang));
}

export {
  localizeDiagnostics
};
