import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/account.ts
function ruleSetting(account, rule, defaults) {
  const raw = account?.rules[rule];
  if (raw === void 0) return defaults;
  if (typeof raw === "string") return { ...defaults, level: raw };
  return { ...defaults, ...raw, level: raw.level ?? defaults.level };
}

// src/model/diagnostic.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
function mergeDiagnostics(content, log, plan) {
  const errorPlaces = new Set(content.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column}`));
  return sortDiagnostics([...content, ...log, ...plan.filter((d) => !errorPlaces.has(`${d.file}:${d.line}:${d.column}`))]);
}
function errorsByFile(diagnostics) {
  const map = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.severity !== "error") continue;
    const list = map.get(d.file) ?? [];
    list.push(d);
    map.set(d.file, list);
  }
  return map;
}
function positionOf(positions, keys) {
  for (const key of keys) {
    const pos = positions?.[key];
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
}
function diagnostic(file, positions, keys, severity, rule, message) {
  const { line, column } = positionOf(positions, keys);
  return { file, line, column, severity, rule, message };
}

export {
  ruleSetting,
  hasErrors,
  sortDiagnostics,
  mergeDiagnostics,
  errorsByFile,
  positionOf,
  diagnostic
};
