import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/account.ts
function ruleSetting(account, rule, defaults) {
  const raw = account?.rules[rule];
  if (raw === void 0) return defaults;
  if (typeof raw === "string") return { ...defaults, level: raw };
  return { ...defaults, ...raw, level: raw.level ?? defaults.level };
}

// src/plan/where.ts
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
function ruleFor(account, rule, defaults) {
  return ruleSetting(account, rule, defaults);
}

export {
  ruleSetting,
  positionOf,
  diagnostic,
  ruleFor
};
