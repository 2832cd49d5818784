import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  PRICES
} from "./chunk-OFJ7IQ7R.js";
import {
  accountEnvPrefix
} from "./chunk-ZWOEQDWI.js";
import {
  FileReporter,
  START,
  checkFileName,
  checkSchema,
  parseYamlSource,
  readText
} from "./chunk-67QZAN3P.js";
import "./chunk-5YZ3TXRF.js";
import "./chunk-EUZCFI45.js";
import {
  DateTime,
  OFFSET,
  parseDuration
} from "./chunk-JZO4KPLM.js";
import "./chunk-VLQ3UXDD.js";
import {
  didYouMean,
  stripBom
} from "./chunk-4ZLPIIKT.js";
import "./chunk-PL7YSBWE.js";
import {
  SIZE_LIMITS
} from "./chunk-GLT5U4BZ.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/content/account-file.ts
var GITHUB_MENTION = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/;
var PAUSE_EXAMPLES = 'paused: true, paused: false or paused: { since: 2026-12-02T10:00Z, reason: "..." }';
function readAccountFile(file, rawText, problem2) {
  const text = stripBom(rawText);
  const reporter = new FileReporter(file);
  if (problem2) reporter.error(problem2.rule, problem2, problem2.message);
  const name = file.replace(/^schedules\//, "").replace(/\.yaml$/, "");
  if (!checkFileName(file, reporter)) return { reporter };
  const finish = (account) => {
    account.problems = reporter.diagnostics.filter((d) => d.severity === "error");
    return { reporter, account };
  };
  if (problem2 && text === "") return finish(unreadableAccount(name, file));
  const yaml = parseYamlSource(text, reporter);
  if (yaml.data === void 0) return finish(unreadableAccount(name, file));
  if (yaml.data === null || typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    reporter.error("schema", START, `${file} must hold settings written \`key: value\`, at least \`zone: America/New_York\``);
    return finish(unreadableAccount(name, file));
  }
  const data = yaml.data;
  const { paused: pausedValue, ...rest } = data;
  checkSchema("account", { ...yaml, data: rest }, reporter, `the account file`);
  const pause = readPause(pausedValue, "paused" in data);
  if (pause.problem) reporter.error("pause-invalid", at(yaml.positions, yaml.keys, pause.problem.path), pause.problem.message);
  const zone = typeof data.zone === "string" ? data.zone : "UTC";
  const sla = readSla(data.sla);
  if (sla.problem) reporter.error("schema", at(yaml.positions, yaml.keys, "sla"), sla.problem);
  return finish({
    name,
    file,
    handle: typeof data.handle === "string" ? data.handle.startsWith("@") ? data.handle : `@${data.handle}` : `@${name}`,
    zone,
    audience: stringList(data.audience) ?? [zone],
    window: typeof data.window === "string" ? data.window : "1h",
    slots: objectList(data.slots).map((slot) => ({ days: stringList(slot.days) ?? [], times: stringList(slot.times) ?? [] })),
    blackout: objectList(data.blackout).filter((b) => typeof b.from === "string" && typeof b.to === "string").map((b) => ({ from: b.from, to: b.to, ...typeof b.reason === "string" ? { reason: b.reason } : {} })),
    paused: pause.pause,
    ...typeof data.daily_cap === "number" ? { dailyCap: data.daily_cap } : {},
    ...sla.sla ? { sla: sla.sla } : {},
    // Only mentions the schema accepted: a malformed entry is an error above, and never reaches an issue.
    ...Array.isArray(data.notify) ? { notify: (stringList(data.notify) ?? []).filter((m) => GITHUB_MENTION.test(m)) } : {},
    ...readBudget(data.budget),
    ...readPrices(data.prices),
    rules: toRules(data.rules),
    positions: yaml.positions
  });
}
function unreadableAccount(name, file) {
  return {
    name,
    file,
    handle: `@${name}`,
    zone: "UTC",
    audience: ["UTC"],
    window: "1h",
    slots: [],
    blackout: [],
    paused: false,
    rules: {},
    positions: {}
  };
}
function at(positions, keys, path) {
  return positions[path] ?? keys[path] ?? positions.paused ?? START;
}
var INSTANT = new RegExp(`^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?${OFFSET}$`, "i");
var LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
function readPause(value, present = value !== void 0) {
  if (!present || value === false) return { pause: false };
  if (value === true) return { pause: {} };
  const invalid = (what, path = "paused", pause = {}) => ({
    pause,
    problem: { path, message: `${what}, so this account counts as paused and nothing is sent for it. Write ${PAUSE_EXAMPLES}.` }
  });
  if (value === null || value === void 0) return invalid("`paused:` has no value");
  if (typeof value === "string") {
    const hint = /^(?:true|false|yes|no|on|off|y|n)$/i.test(value.trim()) ? " (YAML reads yes, no, on, off and anything in quotes as text)" : "";
    return invalid(`\`paused\` is the text "${value}", not true or false${hint}`);
  }
  if (typeof value === "number") return invalid(`\`paused: ${value}\` is a number, not true or false`);
  if (Array.isArray(value)) return invalid("`paused:` is a list");
  if (typeof value !== "object") return invalid("`paused:` cannot be read");
  const fields = value;
  const reason = typeof fields.reason === "string" ? fields.reason : fields.reason === void 0 ? void 0 : String(fields.reason);
  const keep = reason !== void 0 ? { reason } : {};
  const unknown = Object.keys(fields).find((key) => key !== "since" && key !== "reason");
  if (unknown !== void 0) {
    const suggestion = didYouMean(unknown, ["since", "reason"]);
    return invalid(
      `\`paused\` has \`${unknown}\`, which is not one of its settings${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`,
      `paused.${unknown}`,
      keep
    );
  }
  if (fields.reason !== void 0 && typeof fields.reason !== "string")
    return invalid("`paused` reason is not text (write it in quotes)", "paused.reason", keep);
  const since = fields.since;
  if (since === void 0) return invalid("`paused` has no `since:` (when the stop began)", "paused", keep);
  if (typeof since !== "string") return invalid(`\`paused\` since \`${String(since)}\` is not a date-time`, "paused.since", keep);
  const text = since.trim();
  if (!INSTANT.test(text)) {
    const local = LOCAL_DATE_TIME.test(text);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
    return invalid(
      dateOnly ? `\`paused\` since "${since}" is a date without a time and offset; write the instant, like ${text}T00:00Z` : local ? `\`paused\` since "${since}" has no offset, so it could mean any time zone; add Z for UTC or the offset (like 2026-12-02T10:00Z or 2026-12-02T10:00-05:00)` : `\`paused\` since "${since}" is not a date-time with an offset like 2026-12-02T10:00Z`,
      "paused.since",
      keep
    );
  }
  const iso = text.replace(" ", "T").replace(/z$/, "Z");
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid)
    return invalid(`\`paused\` since "${since}" is not a real date-time (${parsed.invalidExplanation ?? parsed.invalidReason})`, "paused.since", keep);
  return { pause: { since: iso, ...keep } };
}
function checkAccountNames(sources) {
  const byPrefix = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const account = source.account;
    if (!account) continue;
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(account.name)) {
      const suggestion = account.name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^[-_]+|[-_]+$/g, "") || "main";
      problem(
        source,
        "account-name",
        `the account name "${account.name}" (the file name) cannot name its credential variables (X_<ACCOUNT>_ACCESS_TOKEN); use only letters, digits, - and _, starting with a letter or digit: rename the file to schedules/${suggestion}.yaml`
      );
      continue;
    }
    const prefix = accountEnvPrefix(account.name);
    byPrefix.set(prefix, [...byPrefix.get(prefix) ?? [], source]);
  }
  for (const [prefix, group] of byPrefix) {
    if (group.length < 2) continue;
    for (const source of group) {
      const others = group.filter((s) => s !== source).map((s) => s.account.file).join(", ");
      problem(
        source,
        "credential-collision",
        `${source.account.file} and ${others} both take their credentials from ${prefix}ACCESS_TOKEN and ${prefix}ACCESS_SECRET, so one account would publish with the other's tokens; nothing is sent for either. Rename one file so the names differ in more than case, - and _`
      );
    }
  }
}
function problem(source, rule, message) {
  source.reporter.error(rule, START, message);
  const found = source.reporter.diagnostics[source.reporter.diagnostics.length - 1];
  (source.account.problems ??= []).push(found);
}
function readBudget(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const usd = value.monthly_usd;
  return typeof usd === "number" && Number.isFinite(usd) && usd >= 0 ? { budget: { monthlyUsd: usd } } : {};
}
function readSla(value) {
  if (typeof value !== "string") return {};
  const duration = parseDuration(value);
  if (duration) return { sla: { written: value.trim(), minutes: duration.as("minutes") } };
  if (!/^(?=\d)(?:\d+d)?(?:\d+h)?(?:\d+m)?$/.test(value.trim())) return {};
  return { problem: `\`sla: ${value}\` is no time at all; write how soon a customer's post should have its first reply, like sla: 2h or sla: 90m` };
}
function readPrices(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const prices = {};
  for (const key of Object.keys(PRICES)) {
    const price = value[key];
    if (typeof price === "number" && Number.isFinite(price) && price >= 0) prices[key] = price;
  }
  return Object.keys(prices).length > 0 ? { prices } : {};
}
function stringList(value) {
  if (!Array.isArray(value)) return void 0;
  return value.filter((v) => typeof v === "string");
}
function objectList(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((v) => v !== null && typeof v === "object" && !Array.isArray(v));
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

// src/content/load-accounts.ts
function readAccounts(door, accountFiles) {
  const accountSources = accountFiles.map((file) => {
    const read = readText(door, file, SIZE_LIMITS.account, "account file");
    if (!("text" in read)) return readAccountFile(file, "", { ...read, line: 1, column: 1 });
    return readAccountFile(file, read.text, read.problem);
  });
  checkAccountNames(accountSources);
  const accounts = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const source of accountSources) {
    if (source.account) accounts.set(source.account.name, source.account);
    diagnostics.push(...source.reporter.diagnostics);
  }
  return { accounts, diagnostics };
}
export {
  readAccounts
};
