import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/i18n/lang.ts
var LANGS = ["en", "ru", "th", "vi"];
var DEFAULT_LANG = "en";
function isLang(value) {
  return LANGS.includes(value);
}
function chooseLang(explicit, fromEnv) {
  for (const [value, source] of [
    [explicit, "explicit"],
    [fromEnv, "env"]
  ]) {
    const trimmed = value?.trim().toLowerCase();
    if (!trimmed) continue;
    return isLang(trimmed) ? { lang: trimmed } : { wrong: value.trim(), source };
  }
  return { lang: DEFAULT_LANG };
}

export {
  LANGS,
  DEFAULT_LANG,
  chooseLang
};
