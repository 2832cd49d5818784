import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/account.ts
function ruleSetting(account, rule, defaults) {
  const raw = account?.rules[rule];
  if (raw === void 0) return defaults;
  if (typeof raw === "string") return { ...defaults, level: raw };
  return { ...defaults, ...raw, level: raw.level ?? defaults.level };
}

export {
  ruleSetting
};
