import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  FileReporter,
  START,
  checkSchema,
  parseYamlSource
} from "./chunk-UYAN6OKJ.js";
import {
  stripBom
} from "./chunk-M6IPRPYU.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-D7W4NH5G.js";

// src/content/account-file.ts
function readAccountFile(file, rawText) {
  const text = stripBom(rawText);
  const reporter = new FileReporter(file);
  const name = file.replace(/^schedules\//, "").replace(/\.yaml$/, "");
  const yaml = parseYamlSource(text, reporter);
  if (yaml.data === void 0) return { reporter };
  if (yaml.data === null || typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    reporter.error("schema", START, `${file} must hold settings written \`key: value\`, at least \`zone: America/New_York\``);
    return { reporter };
  }
  checkSchema("account", yaml, reporter, `the account file`);
  const data = yaml.data;
  const zone = typeof data.zone === "string" ? data.zone : "UTC";
  const account = {
    name,
    file,
    handle: typeof data.handle === "string" ? data.handle.startsWith("@") ? data.handle : `@${data.handle}` : `@${name}`,
    zone,
    audience: stringList(data.audience) ?? [zone],
    window: typeof data.window === "string" ? data.window : "1h",
    slots: objectList(data.slots).map(
      (slot) => ({ days: stringList(slot.days) ?? [], times: stringList(slot.times) ?? [] })
    ),
    blackout: objectList(data.blackout).filter((b) => typeof b.from === "string" && typeof b.to === "string").map((b) => ({ from: b.from, to: b.to, ...typeof b.reason === "string" ? { reason: b.reason } : {} })),
    paused: toPause(data.paused),
    ...typeof data.daily_cap === "number" ? { dailyCap: data.daily_cap } : {},
    rules: toRules(data.rules),
    positions: yaml.positions
  };
  return { reporter, account };
}
function stringList(value) {
  if (!Array.isArray(value)) return void 0;
  return value.filter((v) => typeof v === "string");
}
function objectList(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((v) => v !== null && typeof v === "object" && !Array.isArray(v));
}
function toPause(value) {
  if (value === true) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const { since, reason } = value;
  return { ...typeof since === "string" ? { since } : {}, ...typeof reason === "string" ? { reason } : {} };
}
function toRules(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const rules = {};
  for (const [id, setting] of Object.entries(value)) {
    if (setting === "off" || setting === "warning" || setting === "error") rules[id] = setting;
    else if (setting && typeof setting === "object" && !Array.isArray(setting)) {
      const { level, ...options } = setting;
      rules[id] = { ...options, ...level === "off" || level === "warning" || level === "error" ? { level } : {} };
    }
  }
  return rules;
}
export {
  readAccountFile,
  toPause
};
