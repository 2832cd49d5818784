import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  mdCode,
  mdMessage
} from "./chunk-EUZCFI45.js";

// src/model/markdown.ts
function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
function humanDuration(ms) {
  const minutes = Math.round(Math.abs(ms) / 6e4);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
function diagnosticsTable(diagnostics) {
  if (diagnostics.length === 0) return "No errors or warnings.";
  return table(
    ["", "where", "rule", "what to do"],
    diagnostics.map((d) => [
      d.severity === "error" ? "❌ error" : "⚠️ warning",
      mdCode(`${d.file}:${d.line}:${d.column}`),
      mdCode(d.rule),
      mdMessage(d.message)
    ])
  );
}

export {
  table,
  humanDuration,
  diagnosticsTable
};
