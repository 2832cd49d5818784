import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  PRICES,
  PRICES_READ_ON,
  formatUsd,
  fromMicros,
  toMicros
} from "./chunk-OFJ7IQ7R.js";
import {
  loadContent
} from "./chunk-AQ37INCW.js";
import {
  LOG_FILE,
  METRICS_FILE
} from "./chunk-OS3CCXPJ.js";
import {
  isValidZone,
  localDay,
  offsetAt,
  resolveLocalTime,
  suggestZone,
  wallClockInstants,
  wallClockText
} from "./chunk-5YZ3TXRF.js";
import {
  DateTime,
  MAX_SPAN_TEXT,
  formatMinutes,
  hasOffset,
  overMaxSpan,
  parseDuration
} from "./chunk-JZO4KPLM.js";
import {
  PLAN_RULES,
  RepositoryDoor,
  diagnostic,
  errorsByFile,
  isSentEntry,
  mergeDiagnostics,
  plural,
  require_dist,
  ruleSetting,
  say,
  sortDiagnostics,
  wording
} from "./chunk-GLT5U4BZ.js";
import {
  __toESM
} from "./chunk-D7W4NH5G.js";

// src/action/annotations.ts
var ANNOTATION_LIMIT = 10;
function annotate(diagnostics, annotator, prefix = "", limit = ANNOTATION_LIMIT) {
  const ordered = [...diagnostics].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
  const shown = ordered.slice(0, limit);
  for (const d of shown) {
    const at = { title: `herald ${d.rule}`, file: joinPrefix(prefix, d.file), startLine: d.line, startColumn: d.column };
    if (d.severity === "error") annotator.error(d.message, at);
    else annotator.warning(d.message, at);
  }
  return shown.length;
}
function joinPrefix(prefix, file) {
  return prefix && prefix !== "." ? `${prefix.replace(/\/+$/, "")}/${file}` : file;
}

// src/time/format.ts
function when(ms, zone) {
  return `${wallClockText(ms, zone)} ${zone}`;
}
function localIso(isoUtcText, zone) {
  return DateTime.fromISO(isoUtcText, { zone }).toISO({ suppressMilliseconds: true });
}
function utcMinuteText(iso) {
  return DateTime.fromISO(iso, { zone: "utc" }).toFormat("yyyy-MM-dd HH:mm 'UTC'");
}
function readableIn(iso, zone) {
  return DateTime.fromISO(iso, { zone }).toFormat("ccc d LLL yyyy, HH:mm ZZZZ");
}
function readableWindow(start, end, zone) {
  const s = DateTime.fromISO(start, { zone });
  if (!end) return s.toFormat("ccc d LLL yyyy, HH:mm ZZZZ");
  const e = DateTime.fromISO(end, { zone });
  return s.hasSame(e, "day") ? `${s.toFormat("ccc d LLL yyyy, HH:mm")}–${e.toFormat("HH:mm ZZZZ")}` : `${s.toFormat("ccc d LLL yyyy, HH:mm")} – ${e.toFormat("ccc d LLL, HH:mm ZZZZ")}`;
}

// src/time/instant.ts
var DATE_LIMIT_MS = 864e13;
function isDateInstant(ms) {
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_LIMIT_MS;
}
var isoText = /* @__PURE__ */ new Map();
function isoFromMs(ms) {
  let text = isoText.get(ms);
  if (text === void 0) {
    const full = new Date(ms).toISOString();
    text = full.endsWith(".000Z") ? `${full.slice(0, 19)}Z` : full;
    if (isoText.size > 1e5) isoText.clear();
    isoText.set(ms, text);
  }
  return text;
}
function parseInstant(iso) {
  return hasOffset(iso) ? Date.parse(iso) : NaN;
}

// src/plan/cost.ts
var import_twitter_text = __toESM(require_dist(), 1);
var MAX_PRICE_USD = 100;
function isPrice(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_PRICE_USD;
}
function pricesFor(account) {
  const prices = { ...PRICES };
  for (const [key2, value] of Object.entries(account?.prices ?? {})) if (key2 in PRICES && isPrice(value)) prices[key2] = value;
  return prices;
}
function pastPricesFor(account) {
  const own = pricesFor(account);
  const prices = { ...PRICES };
  for (const key2 of Object.keys(PRICES)) prices[key2] = Math.max(own[key2], PRICES[key2]);
  return prices;
}
var MAY_HAVE_URL = /[.．。｡][\p{L}\p{N}]|:\/\//u;
function hasUrl(text) {
  return MAY_HAVE_URL.test(text) && import_twitter_text.default.extractUrls(text).length > 0;
}
var urlFlags = /* @__PURE__ */ new WeakMap();
function partsWithUrl(parts) {
  let flags = urlFlags.get(parts);
  if (!flags) urlFlags.set(parts, flags = parts.map(hasUrl));
  return flags;
}
function partCostMicros(post, part, prices) {
  let micros = toMicros(partsWithUrl(post.parts)[part] ? prices.post_with_url : prices.post);
  if (part === 0) micros += post.media.filter((m) => m.alt !== void 0 && m.alt.trim() !== "").length * toMicros(prices.media_metadata);
  return micros;
}
function postCostMicros(post, prices, fromPart = 0) {
  let micros = 0;
  for (let part = fromPart; part < post.parts.length; part++) micros += partCostMicros(post, part, prices);
  return micros;
}
function utcMonth(ms) {
  return new Date(ms).toISOString().slice(0, 7);
}
function readCostMicros(read, prices) {
  if (read.owned_reads === void 0 && read.post_reads === void 0) return toMicros(prices.post_read);
  return (read.owned_reads ?? 0) * toMicros(prices.owned_read) + (read.post_reads ?? 0) * toMicros(prices.post_read);
}
function partCostFromFile(entry, posts, prices) {
  const post = posts.get(`${entry.account}\0${entry.post}`);
  const part = entry.part ?? 0;
  return post && part < post.parts.length ? partCostMicros(post, part, prices) : toMicros(prices.post_with_url);
}
function spentByMonth(input) {
  const posts = new Map(input.posts.map((p) => [`${p.account}\0${p.id}`, p]));
  const spend = /* @__PURE__ */ new Map();
  const add2 = (account, at, micros) => {
    const ms = Date.parse(at);
    if (Number.isNaN(ms) || micros === 0) return;
    const month = utcMonth(ms);
    const months = spend.get(account) ?? /* @__PURE__ */ new Map();
    months.set(month, (months.get(month) ?? 0) + micros);
    spend.set(account, months);
  };
  const seen = /* @__PURE__ */ new Set();
  for (const entry of input.log) {
    if (!entry || typeof entry.account !== "string") continue;
    const prices = pastPricesFor(input.accounts.get(entry.account));
    if (isSentEntry(entry)) {
      const key2 = `${entry.account}\0${entry.tweet_id}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      const micros = typeof entry.cost_usd === "number" && entry.cost_usd >= 0 ? toMicros(entry.cost_usd) : partCostFromFile(entry, posts, prices);
      add2(entry.account, entry.at, micros);
    } else if (entry.event === "retracted") {
      add2(entry.account, entry.at, toMicros(prices.delete));
    }
  }
  for (const read of input.reads ?? []) add2(read.account, read.at, readCostMicros(read, pastPricesFor(input.accounts.get(read.account))));
  return spend;
}

// src/time/keys.ts
function timeKeys(post) {
  return post.slotted ? ["publish.slot", "publish", "account"] : ["publish.at", "publish", "account"];
}

// src/plan/budget.ts
var ACTIVE = /* @__PURE__ */ new Set(["due", "scheduled", "queued"]);
var usd = (micros) => formatUsd(fromMicros(micros));
var add = (months, month, micros) => months.set(month, (months.get(month) ?? 0) + micros);
function remainingCostByMonth(w, prices, nowMs) {
  const byMonth = /* @__PURE__ */ new Map();
  for (let part = w.record.tweetIds.length; part < w.post.parts.length; part++) {
    const partMs = w.parts?.partMs[part] ?? w.startMs;
    add(byMonth, utcMonth(Math.max(partMs, nowMs)), partCostMicros(w.post, part, prices));
  }
  return byMonth;
}
function applyBudgets(byAccount, accounts, spend, nowMs, diagnostics) {
  const months = [];
  for (const [name, items] of [...byAccount].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const account = accounts.get(name);
    const prices = pricesFor(account);
    const budget = account?.budget === void 0 ? void 0 : toMicros(account.budget.monthlyUsd);
    const spent = spend.get(name) ?? /* @__PURE__ */ new Map();
    const planned = /* @__PURE__ */ new Map();
    const held = /* @__PURE__ */ new Map();
    const outMs = (w) => Math.max(w.startMs, nowMs);
    const candidates = items.filter((w) => ACTIVE.has(w.status) && w.startMs !== void 0).sort((a, b) => outMs(a) - outMs(b) || a.startMs - b.startMs || (a.post.file < b.post.file ? -1 : a.post.file > b.post.file ? 1 : 0));
    const setting = ruleSetting(account, PLAN_RULES.budget);
    for (const w of candidates) {
      const costs = remainingCostByMonth(w, prices, nowMs);
      const before = (month2) => (spent.get(month2) ?? 0) + (planned.get(month2) ?? 0);
      const over = budget === void 0 ? void 0 : [...costs].find(([month2, cost2]) => before(month2) + cost2 > budget);
      if (over === void 0) {
        for (const [month2, cost2] of costs) add(planned, month2, cost2);
        continue;
      }
      const [month, cost] = over;
      const whole = [...costs.values()].reduce((sum, micros) => sum + micros, 0);
      const partOf = costs.size > 1 ? ` (its parts in ${month}; ${usd(whole)} in all)` : "";
      const reason = `budget of ${usd(budget)} for ${month} (UTC) reached: ${usd(spent.get(month) ?? 0)} spent and ${usd(planned.get(month) ?? 0)} planned before this post, which costs ${usd(cost)}${partOf}`;
      w.decision = { status: "blocked", blockedBy: "budget", reason, alreadyLogged: w.record.skippedCategories.has("budget") };
      w.status = "blocked";
      const heldHere = held.get(month) ?? { micros: 0, files: [] };
      heldHere.micros += cost;
      heldHere.files.push(w.post.file);
      held.set(month, heldHere);
      if (setting.level !== "off")
        diagnostics.push(
          diagnostic(
            w.post.file,
            w.post.positions,
            timeKeys(w),
            setting.level,
            "budget",
            `this post costs ${usd(cost)}${partOf} and would take account ${name}'s spend for ${month} (UTC) to ${usd(before(month) + cost)}, past its budget of ${usd(budget)} (${usd(spent.get(month) ?? 0)} spent by the log, ${usd(planned.get(month) ?? 0)} planned before it), so it is not sent. Move it to another month, make it cheaper (a part with a link costs ${formatUsd(prices.post_with_url)}, without ${formatUsd(prices.post)}), or raise budget.monthly_usd in ${account?.file ?? `schedules/${name}.yaml`}.`
          )
        );
    }
    if (account && budget !== void 0 && setting.level !== "off")
      for (const [month, over] of [...held].sort(([a], [b]) => a < b ? -1 : 1)) {
        const total = (spent.get(month) ?? 0) + (planned.get(month) ?? 0) + over.micros;
        diagnostics.push(
          diagnostic(
            account.file,
            account.positions,
            ["budget.monthly_usd", "budget"],
            setting.level,
            "budget",
            `${month} (UTC) would cost ${usd(total)} (${usd(spent.get(month) ?? 0)} spent by the log, ${usd(total - (spent.get(month) ?? 0))} planned), more than budget.monthly_usd ${usd(budget)}, so ${over.files.length === 1 ? "this post is" : `these ${over.files.length} posts are`} not sent: ${over.files.join(", ")}. Write monthly_usd: ${formatUsd(fromMicros(total)).slice(1)} or more, or move posts to another month.`
          )
        );
      }
    for (const month of /* @__PURE__ */ new Set([...spent.keys(), ...planned.keys(), ...held.keys()])) {
      months.push({
        account: name,
        month,
        spentMicros: spent.get(month) ?? 0,
        plannedMicros: planned.get(month) ?? 0,
        ...held.has(month) ? { heldMicros: held.get(month).micros } : {},
        ...budget !== void 0 ? { budgetMicros: budget } : {}
      });
    }
  }
  for (const [name, spent] of spend) {
    if (byAccount.has(name)) continue;
    const account = accounts.get(name);
    for (const [month, micros] of spent)
      months.push({
        account: name,
        month,
        spentMicros: micros,
        plannedMicros: 0,
        ...account?.budget !== void 0 ? { budgetMicros: toMicros(account.budget.monthlyUsd) } : {}
      });
  }
  return months.sort((a, b) => a.account < b.account ? -1 : a.account > b.account ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0);
}
function pricesBelowTable(accounts, diagnostics) {
  for (const account of accounts.values()) {
    const setting = ruleSetting(account, PLAN_RULES["prices-below-table"]);
    if (setting.level === "off" || !account.prices) continue;
    for (const key2 of Object.keys(PRICES)) {
      const price = account.prices[key2];
      if (!isPrice(price) || price >= PRICES[key2]) continue;
      diagnostics.push(
        diagnostic(
          account.file,
          account.positions,
          [`prices.${key2}`, "prices"],
          setting.level,
          "prices-below-table",
          `prices.${key2} is ${formatUsd(price)}, below herald's table price of ${formatUsd(PRICES[key2])} (X's pricing page, ${PRICES_READ_ON}): planned posts are costed at it, so ${account.budget ? "budget.monthly_usd lets more through than X may bill" : "the calendar shows less than X may bill"}. Write the price your X plan charges (${key2}: ${PRICES[key2]}), delete the line to use the table's, or, if your plan really costs ${formatUsd(price)}, write rules: { prices-below-table: off }.`
        )
      );
    }
  }
}
function readAllowances(months, accounts, nowMs) {
  const month = utcMonth(nowMs);
  const allowances = /* @__PURE__ */ new Map();
  for (const [name, account] of accounts) {
    if (account.budget === void 0) continue;
    const budgetMicros = toMicros(account.budget.monthlyUsd);
    const totals = months.find((m) => m.account === name && m.month === month);
    const spentMicros = totals?.spentMicros ?? 0;
    const plannedMicros = totals?.plannedMicros ?? 0;
    const readMicros = toMicros(pastPricesFor(account).post_read);
    const reads = Math.max(0, Math.floor((budgetMicros - spentMicros - plannedMicros) / readMicros));
    allowances.set(name, { month, budgetMicros, spentMicros, plannedMicros, readMicros, reads });
  }
  return allowances;
}

// src/repository/log-entry-validator.generated.ts
var logEntry = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/herald/herald/schema/log-entry.schema.json", "title": "herald publish log entry", "description": "One line of schedules/log.jsonl, written by herald publish. Unknown fields are allowed so older versions can read newer logs.", "type": "object", "required": ["at", "post", "account", "event", "part"], "properties": { "at": { "description": "When this was recorded (UTC).", "$ref": "#/$defs/utcInstant" }, "post": { "description": "The post id.", "type": "string", "minLength": 1 }, "account": { "description": "The account name.", "type": "string", "minLength": 1 }, "event": { "enum": ["attempt", "published", "failed", "expired", "skipped", "reconciled", "retract-attempt", "retracted"] }, "part": { "description": "Thread part, 0-based.", "type": "integer", "minimum": 0 }, "hash": { "description": "sha256 (hex) of what X receives for the post: its parts' text, and its reply_to and poll when it has them.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "tweet_id": { "type": "string", "pattern": "^[0-9]+$" }, "url": { "type": "string", "pattern": "^https?://" }, "scheduled_for": { "description": "Window start (UTC).", "$ref": "#/$defs/utcInstant" }, "delay_s": { "description": "Seconds after window start.", "type": "number" }, "error": { "type": "string" }, "retryable": { "type": "boolean" }, "reason": { "type": "string" }, "cost_usd": { "description": "published: what the part cost in US dollars at the account's prices when it went out (spend reads it; older lines lack it).", "type": "number", "minimum": 0 }, "found": { "description": "reconciled: whether the attempted part was on the timeline.", "type": "boolean" }, "gone": { "description": "retracted: true when X no longer had the post (a 404 or a look-up), rather than answering the delete.", "type": "boolean" }, "blocked_by": { "description": "skipped and expired: what held the post back, a stable category code reads instead of the English reason.", "enum": ["paused", "blackout", "daily-cap", "budget", "failed", "duplicate-id", "account-invalid", "content-invalid", "reply-target", "window-closed"] }, "kind": { "description": "failed: the kind of failure, read by summaries instead of the English error.", "enum": ["auth", "rate-limit", "server", "unreachable", "uncertain", "bad-request", "duplicate", "content", "wrong-account", "reply-restricted"] } }, "allOf": [{ "if": { "properties": { "event": { "const": "published" } } }, "then": { "required": ["tweet_id", "url", "scheduled_for", "delay_s"] } }, { "if": { "properties": { "event": { "const": "failed" } } }, "then": { "required": ["error", "retryable"] } }, { "if": { "properties": { "event": { "enum": ["expired", "skipped"] } } }, "then": { "required": ["reason"] } }, { "if": { "properties": { "event": { "enum": ["retract-attempt", "retracted"] } } }, "then": { "required": ["tweet_id"] } }, { "if": { "properties": { "event": { "const": "reconciled" } } }, "then": { "required": ["found"], "if": { "properties": { "found": { "const": true } } }, "then": { "required": ["tweet_id"] } } }], "$defs": { "utcInstant": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$" } } };
var pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$", "u");
var pattern5 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern6 = new RegExp("^[0-9]+$", "u");
var pattern7 = new RegExp("^https?://", "u");
var func1 = ucs2length;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event !== void 0) {
      if ("published" !== data.event) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tweet_id === void 0 && (missing0 = "tweet_id") || data.url === void 0 && (missing0 = "url") || data.scheduled_for === void 0 && (missing0 = "scheduled_for") || data.delay_s === void 0 && (missing0 = "delay_s")) {
        validate20.errors = [{ instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err1 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event !== void 0) {
        if ("failed" !== data.event) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.error === void 0 && (missing1 = "error") || data.retryable === void 0 && (missing1 = "retryable")) {
          validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        }
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
    }
    if (!valid3) {
      const err3 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate20.errors = vErrors;
      return false;
    }
    var valid0 = _errs6 === errors;
    if (valid0) {
      const _errs11 = errors;
      const _errs12 = errors;
      let valid5 = true;
      const _errs13 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.event !== void 0) {
          let data2 = data.event;
          if (!(data2 === "expired" || data2 === "skipped")) {
            const err4 = {};
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
      var _valid2 = _errs13 === errors;
      errors = _errs12;
      if (vErrors !== null) {
        if (_errs12) {
          vErrors.length = _errs12;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.reason === void 0 && (missing2 = "reason")) {
            validate20.errors = [{ instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
          }
        }
        var _valid2 = _errs15 === errors;
        valid5 = _valid2;
      }
      if (!valid5) {
        const err5 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
        validate20.errors = vErrors;
        return false;
      }
      var valid0 = _errs11 === errors;
      if (valid0) {
        const _errs16 = errors;
        const _errs17 = errors;
        let valid7 = true;
        const _errs18 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.event !== void 0) {
            let data3 = data.event;
            if (!(data3 === "retract-attempt" || data3 === "retracted")) {
              const err6 = {};
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
        var _valid3 = _errs18 === errors;
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
        if (_valid3) {
          const _errs20 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing3;
            if (data.tweet_id === void 0 && (missing3 = "tweet_id")) {
              validate20.errors = [{ instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
              return false;
            }
          }
          var _valid3 = _errs20 === errors;
          valid7 = _valid3;
        }
        if (!valid7) {
          const err7 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
          validate20.errors = vErrors;
          return false;
        }
        var valid0 = _errs16 === errors;
        if (valid0) {
          const _errs21 = errors;
          const _errs22 = errors;
          let valid9 = true;
          const _errs23 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.event !== void 0) {
              if ("reconciled" !== data.event) {
                const err8 = {};
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          }
          var _valid4 = _errs23 === errors;
          errors = _errs22;
          if (vErrors !== null) {
            if (_errs22) {
              vErrors.length = _errs22;
            } else {
              vErrors = null;
            }
          }
          if (_valid4) {
            const _errs25 = errors;
            const _errs26 = errors;
            let valid11 = true;
            const _errs27 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              if (data.found !== void 0) {
                if (true !== data.found) {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
            var _valid5 = _errs27 === errors;
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
            if (_valid5) {
              const _errs29 = errors;
              if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing4;
                if (data.tweet_id === void 0 && (missing4 = "tweet_id")) {
                  validate20.errors = [{ instancePath, schemaPath: "#/allOf/4/then/then/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                  return false;
                }
              }
              var _valid5 = _errs29 === errors;
              valid11 = _valid5;
            }
            if (!valid11) {
              const err10 = { instancePath, schemaPath: "#/allOf/4/then/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              validate20.errors = vErrors;
              return false;
            }
            if (errors === _errs25) {
              if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing5;
                if (data.found === void 0 && (missing5 = "found")) {
                  validate20.errors = [{ instancePath, schemaPath: "#/allOf/4/then/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                  return false;
                }
              }
            }
            var _valid4 = _errs25 === errors;
            valid9 = _valid4;
            if (valid9) {
              var props0 = {};
              props0.found = true;
              props0.event = true;
            }
          }
          if (!valid9) {
            const err11 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
            validate20.errors = vErrors;
            return false;
          }
          var valid0 = _errs21 === errors;
          if (valid0) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.event = true;
            }
          }
        }
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing6;
      if (data.at === void 0 && (missing6 = "at") || data.post === void 0 && (missing6 = "post") || data.account === void 0 && (missing6 = "account") || data.event === void 0 && (missing6 = "event") || data.part === void 0 && (missing6 = "part")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.at = true;
          props0.post = true;
          props0.account = true;
          props0.event = true;
          props0.part = true;
          props0.hash = true;
          props0.tweet_id = true;
          props0.url = true;
          props0.scheduled_for = true;
          props0.delay_s = true;
          props0.error = true;
          props0.retryable = true;
          props0.reason = true;
          props0.cost_usd = true;
          props0.found = true;
          props0.gone = true;
          props0.blocked_by = true;
          props0.kind = true;
        }
        if (data.at !== void 0) {
          let data6 = data.at;
          const _errs30 = errors;
          const _errs31 = errors;
          if (errors === _errs31) {
            if (typeof data6 === "string") {
              if (!pattern4.test(data6)) {
                validate20.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/$defs/utcInstant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$"' }];
                return false;
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/$defs/utcInstant/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid13 = _errs30 === errors;
        } else {
          var valid13 = true;
        }
        if (valid13) {
          if (data.post !== void 0) {
            let data7 = data.post;
            const _errs33 = errors;
            if (errors === _errs33) {
              if (typeof data7 === "string") {
                if (func1(data7) < 1) {
                  validate20.errors = [{ instancePath: instancePath + "/post", schemaPath: "#/properties/post/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/post", schemaPath: "#/properties/post/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid13 = _errs33 === errors;
          } else {
            var valid13 = true;
          }
          if (valid13) {
            if (data.account !== void 0) {
              let data8 = data.account;
              const _errs35 = errors;
              if (errors === _errs35) {
                if (typeof data8 === "string") {
                  if (func1(data8) < 1) {
                    validate20.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid13 = _errs35 === errors;
            } else {
              var valid13 = true;
            }
            if (valid13) {
              if (data.event !== void 0) {
                let data9 = data.event;
                const _errs37 = errors;
                if (!(data9 === "attempt" || data9 === "published" || data9 === "failed" || data9 === "expired" || data9 === "skipped" || data9 === "reconciled" || data9 === "retract-attempt" || data9 === "retracted")) {
                  validate20.errors = [{ instancePath: instancePath + "/event", schemaPath: "#/properties/event/enum", keyword: "enum", params: { allowedValues: schema31.properties.event.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid13 = _errs37 === errors;
              } else {
                var valid13 = true;
              }
              if (valid13) {
                if (data.part !== void 0) {
                  let data10 = data.part;
                  const _errs38 = errors;
                  if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                    validate20.errors = [{ instancePath: instancePath + "/part", schemaPath: "#/properties/part/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs38) {
                    if (typeof data10 == "number") {
                      if (data10 < 0 || isNaN(data10)) {
                        validate20.errors = [{ instancePath: instancePath + "/part", schemaPath: "#/properties/part/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid13 = _errs38 === errors;
                } else {
                  var valid13 = true;
                }
                if (valid13) {
                  if (data.hash !== void 0) {
                    let data11 = data.hash;
                    const _errs40 = errors;
                    if (errors === _errs40) {
                      if (typeof data11 === "string") {
                        if (!pattern5.test(data11)) {
                          validate20.errors = [{ instancePath: instancePath + "/hash", schemaPath: "#/properties/hash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }];
                          return false;
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/hash", schemaPath: "#/properties/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid13 = _errs40 === errors;
                  } else {
                    var valid13 = true;
                  }
                  if (valid13) {
                    if (data.tweet_id !== void 0) {
                      let data12 = data.tweet_id;
                      const _errs42 = errors;
                      if (errors === _errs42) {
                        if (typeof data12 === "string") {
                          if (!pattern6.test(data12)) {
                            validate20.errors = [{ instancePath: instancePath + "/tweet_id", schemaPath: "#/properties/tweet_id/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                            return false;
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/tweet_id", schemaPath: "#/properties/tweet_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid13 = _errs42 === errors;
                    } else {
                      var valid13 = true;
                    }
                    if (valid13) {
                      if (data.url !== void 0) {
                        let data13 = data.url;
                        const _errs44 = errors;
                        if (errors === _errs44) {
                          if (typeof data13 === "string") {
                            if (!pattern7.test(data13)) {
                              validate20.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' }];
                              return false;
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid13 = _errs44 === errors;
                      } else {
                        var valid13 = true;
                      }
                      if (valid13) {
                        if (data.scheduled_for !== void 0) {
                          let data14 = data.scheduled_for;
                          const _errs46 = errors;
                          const _errs47 = errors;
                          if (errors === _errs47) {
                            if (typeof data14 === "string") {
                              if (!pattern4.test(data14)) {
                                validate20.errors = [{ instancePath: instancePath + "/scheduled_for", schemaPath: "#/$defs/utcInstant/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$"' }];
                                return false;
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/scheduled_for", schemaPath: "#/$defs/utcInstant/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid13 = _errs46 === errors;
                        } else {
                          var valid13 = true;
                        }
                        if (valid13) {
                          if (data.delay_s !== void 0) {
                            const _errs49 = errors;
                            if (!(typeof data.delay_s == "number")) {
                              validate20.errors = [{ instancePath: instancePath + "/delay_s", schemaPath: "#/properties/delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                            var valid13 = _errs49 === errors;
                          } else {
                            var valid13 = true;
                          }
                          if (valid13) {
                            if (data.error !== void 0) {
                              const _errs51 = errors;
                              if (typeof data.error !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid13 = _errs51 === errors;
                            } else {
                              var valid13 = true;
                            }
                            if (valid13) {
                              if (data.retryable !== void 0) {
                                const _errs53 = errors;
                                if (typeof data.retryable !== "boolean") {
                                  validate20.errors = [{ instancePath: instancePath + "/retryable", schemaPath: "#/properties/retryable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid13 = _errs53 === errors;
                              } else {
                                var valid13 = true;
                              }
                              if (valid13) {
                                if (data.reason !== void 0) {
                                  const _errs55 = errors;
                                  if (typeof data.reason !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid13 = _errs55 === errors;
                                } else {
                                  var valid13 = true;
                                }
                                if (valid13) {
                                  if (data.cost_usd !== void 0) {
                                    let data19 = data.cost_usd;
                                    const _errs57 = errors;
                                    if (errors === _errs57) {
                                      if (typeof data19 == "number") {
                                        if (data19 < 0 || isNaN(data19)) {
                                          validate20.errors = [{ instancePath: instancePath + "/cost_usd", schemaPath: "#/properties/cost_usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/cost_usd", schemaPath: "#/properties/cost_usd/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                    }
                                    var valid13 = _errs57 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data.found !== void 0) {
                                      const _errs59 = errors;
                                      if (typeof data.found !== "boolean") {
                                        validate20.errors = [{ instancePath: instancePath + "/found", schemaPath: "#/properties/found/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                        return false;
                                      }
                                      var valid13 = _errs59 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data.gone !== void 0) {
                                        const _errs61 = errors;
                                        if (typeof data.gone !== "boolean") {
                                          validate20.errors = [{ instancePath: instancePath + "/gone", schemaPath: "#/properties/gone/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                          return false;
                                        }
                                        var valid13 = _errs61 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data.blocked_by !== void 0) {
                                          let data22 = data.blocked_by;
                                          const _errs63 = errors;
                                          if (!(data22 === "paused" || data22 === "blackout" || data22 === "daily-cap" || data22 === "budget" || data22 === "failed" || data22 === "duplicate-id" || data22 === "account-invalid" || data22 === "content-invalid" || data22 === "reply-target" || data22 === "window-closed")) {
                                            validate20.errors = [{ instancePath: instancePath + "/blocked_by", schemaPath: "#/properties/blocked_by/enum", keyword: "enum", params: { allowedValues: schema31.properties.blocked_by.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid13 = _errs63 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data.kind !== void 0) {
                                            let data23 = data.kind;
                                            const _errs64 = errors;
                                            if (!(data23 === "auth" || data23 === "rate-limit" || data23 === "server" || data23 === "unreachable" || data23 === "uncertain" || data23 === "bad-request" || data23 === "duplicate" || data23 === "content" || data23 === "wrong-account" || data23 === "reply-restricted")) {
                                              validate20.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid13 = _errs64 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
}

// src/repository/log.ts
async function readLog(root) {
  const text = await RepositoryDoor.open(root).readOwnFile(LOG_FILE);
  if (text === void 0) return { entries: [], diagnostics: [] };
  return parseLog(text, checkEntry);
}
function parseLog(text, check = checkEssentials) {
  const entries = [];
  const diagnostics = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const lineNo = index + 1;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      if (line.trimStart().startsWith("{")) {
        diagnostics.push(
          diag(
            lineNo,
            "warning",
            "log-torn-line",
            "this line was cut off (a publish run stopped while writing it); it is ignored. Leave it: the log is append-only and the next run reconciles with X"
          )
        );
      } else {
        diagnostics.push(
          diag(
            lineNo,
            "error",
            "log-invalid",
            "this line is not JSON; the log is written only by herald publish. Restore the line from git history (git log -p schedules/log.jsonl)"
          )
        );
      }
      return;
    }
    const problem = check(value);
    if (problem) {
      diagnostics.push(
        diag(
          lineNo,
          "error",
          "log-invalid",
          `${problem}; the line is ignored. The log is written only by herald publish: restore the line from git history (git log -p schedules/log.jsonl)`
        )
      );
      return;
    }
    entries.push(value);
  });
  return { entries, diagnostics };
}
function diag(line, severity, rule, message) {
  return { file: LOG_FILE, line, column: 1, severity, rule, message };
}
var EVENTS = ["attempt", "published", "failed", "expired", "skipped", "reconciled", "retract-attempt", "retracted"];
function checkEssentials(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "the line is not a JSON object";
  const v = value;
  for (const key2 of ["at", "post", "account", "event"]) {
    if (typeof v[key2] !== "string" || v[key2] === "") return `"${key2}" is missing or not a string`;
  }
  if (!EVENTS.includes(v.event)) return `"event" must be one of ${EVENTS.join(", ")}, not ${JSON.stringify(v.event)}`;
  if (!Number.isInteger(v.part) || v.part < 0) return '"part" must be a whole number from 0';
  if (Number.isNaN(Date.parse(v.at))) return `"at" must be an ISO instant, not ${JSON.stringify(v.at)}`;
  if (v.event === "published" && typeof v.tweet_id !== "string") return 'a "published" entry needs "tweet_id"';
  return void 0;
}
var validateEntry = logEntry;
function checkEntry(value) {
  const essential = checkEssentials(value);
  if (essential) return essential;
  if (validateEntry(value)) return void 0;
  const error = validateEntry.errors?.[0];
  const where = error?.instancePath ? `"${error.instancePath.replace(/^\//, "").replace(/\//g, ".")}" ` : "";
  return `${where}${error?.message ?? "does not match schema/log-entry.schema.json"}`;
}
async function openLogWriter(root) {
  const door = RepositoryDoor.open(root);
  const handle = await door.openAppend(LOG_FILE);
  const appended = [];
  let needsNewline = await endsWithoutNewline(door);
  let pending = [];
  const write = async (lines) => {
    if (lines.length === 0) return;
    await handle.write(`${needsNewline ? "\n" : ""}${lines.join("")}`);
    await handle.sync();
    needsNewline = false;
  };
  const flush = async () => {
    const lines = pending;
    pending = [];
    await write(lines);
  };
  return {
    appended,
    async append(entry) {
      const lines = [...pending, `${JSON.stringify(entry)}
`];
      pending = [];
      await write(lines);
      appended.push(entry);
    },
    note(entry) {
      pending.push(`${JSON.stringify(entry)}
`);
      appended.push(entry);
    },
    flush,
    async close() {
      try {
        await flush();
      } finally {
        await handle.close();
      }
    }
  };
}
async function endsWithoutNewline(door) {
  const reader = await door.openRead(LOG_FILE);
  try {
    const { size } = await reader.stat();
    if (size === 0) return false;
    const buffer = Buffer.alloc(1);
    await reader.read(buffer, 0, 1, size - 1);
    return buffer[0] !== 10;
  } finally {
    await reader.close();
  }
}

// src/model/metrics.ts
var METRIC_COUNTS = ["likes", "reposts", "replies", "quotes", "bookmarks"];

// src/model/support.ts
var SUPPORT_KINDS = /* @__PURE__ */ new Set(["customer-post", "support-reply", "support-reads"]);
function groupReads(pages) {
  const reads = [];
  for (const page of pages) {
    const last = reads.at(-1);
    const same = last !== void 0 && last.first.at === page.at && last.first.since_id === page.since_id && last.first.until_id === page.until_id && last.first.start_time === page.start_time;
    const read = same ? last : { first: page, complete: false };
    if (!same) reads.push(read);
    if (page.newest_id !== void 0) read.newest = read.newest === void 0 || BigInt(page.newest_id) > BigInt(read.newest) ? page.newest_id : read.newest;
    if (page.oldest_id !== void 0) read.oldest = read.oldest === void 0 || BigInt(page.oldest_id) < BigInt(read.oldest) ? page.oldest_id : read.oldest;
    read.complete ||= page.complete;
  }
  return reads;
}

// src/repository/metrics.ts
function readsOf(metrics) {
  const supportReads = metrics.support.filter((r) => r.kind === "support-reads");
  return supportReads.length === 0 ? metrics.snapshots : [...metrics.snapshots, ...supportReads];
}
async function readMetrics(root) {
  const text = await RepositoryDoor.open(root).readOwnFile(METRICS_FILE);
  if (text === void 0) return { snapshots: [], support: [], diagnostics: [] };
  return parseMetrics(text);
}
function parseMetrics(text) {
  const snapshots = [];
  const support = [];
  const strings = /* @__PURE__ */ new Map();
  const diagnostics = [];
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNo++;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      diagnostics.push(diag2(lineNo, "the line is not JSON (a stats run may have stopped while writing it); it is ignored"));
      continue;
    }
    const kind = typeof value === "object" && value !== null ? value.kind : void 0;
    const problem = kind === void 0 ? checkSnapshot(value) : checkSupportRecord(value);
    if (problem) {
      diagnostics.push(diag2(lineNo, `${problem}; the line is ignored. The file is written only by herald stats`));
      continue;
    }
    if (kind === void 0) snapshots.push(interned(value, strings));
    else support.push(value);
  }
  return { snapshots, support, diagnostics };
}
function checkSnapshot(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "the line is not a JSON object";
  const v = value;
  for (const key2 of ["at", "account", "post", "tweet_id"]) {
    if (typeof v[key2] !== "string" || v[key2] === "") return `"${key2}" is missing or not a string`;
  }
  if (!isInstant(v.at)) return `"at" must be an ISO instant, not ${JSON.stringify(v.at)}; write it as ${EXAMPLE_INSTANT}`;
  if (!/^[0-9]{1,19}$/.test(v.tweet_id)) return `"tweet_id" must be digits, not ${JSON.stringify(v.tweet_id)}`;
  if (!Number.isInteger(v.part) || v.part < 0) return '"part" must be a whole number from 0';
  for (const key2 of [...METRIC_COUNTS, "impressions"]) {
    if (key2 === "impressions" && v[key2] === void 0) continue;
    if (!Number.isSafeInteger(v[key2]) || v[key2] < 0) return `"${key2}" must be a whole number from 0`;
  }
  return void 0;
}
var INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
var isInstant = (value) => typeof value === "string" && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
var EXAMPLE_INSTANT = "2026-12-01T10:00:00Z";
var ID = /^[1-9][0-9]{0,18}$/;
var MAX_ID = 9223372036854775807n;
var isXId = (value) => typeof value === "string" && ID.test(value) && BigInt(value) <= MAX_ID;
var MAX_READS_PER_LINE = 100;
function interned(snapshot, strings) {
  for (const key2 of ["account", "post", "tweet_id"]) {
    const value = snapshot[key2];
    const known = strings.get(value);
    if (known === void 0) strings.set(value, value);
    else snapshot[key2] = known;
  }
  return snapshot;
}
function checkSupportRecord(value) {
  const v = value;
  if (typeof v.kind !== "string" || !SUPPORT_KINDS.has(v.kind)) {
    return `"kind" ${JSON.stringify(v.kind)} is not one herald writes (${[...SUPPORT_KINDS].join(", ")})`;
  }
  const strings = {
    "customer-post": ["at", "account", "tweet_id", "author_id", "written_at", "source"],
    "support-reply": ["at", "account", "tweet_id", "to", "sent_at", "text"],
    "support-reads": ["at", "account", "source"]
  };
  const kind = v.kind;
  for (const key2 of strings[kind]) {
    if (typeof v[key2] !== "string" || v[key2] === "" && key2 !== "text") return `"${key2}" is missing or not a string`;
  }
  for (const key2 of ["at", "written_at", "sent_at", "start_time"]) {
    if (v[key2] !== void 0 && !isInstant(v[key2])) return `"${key2}" must be an ISO instant; write it as ${EXAMPLE_INSTANT}`;
  }
  for (const key2 of ["tweet_id", "author_id", "to", "in_reply_to", "since_id", "until_id", "newest_id", "oldest_id"]) {
    if (v[key2] !== void 0 && !isXId(v[key2]))
      return `"${key2}" must be an id as X writes one (digits, no leading zero, at most 19), not ${JSON.stringify(v[key2])}`;
  }
  if (kind === "customer-post" && v.source !== "mentions" && v.source !== "lookup") return '"source" must be mentions or lookup';
  if (kind === "support-reads") {
    if (v.source !== "timeline" && v.source !== "mentions" && v.source !== "lookup") return '"source" must be timeline, mentions or lookup';
    for (const key2 of ["owned_reads", "post_reads"]) {
      if (!Number.isSafeInteger(v[key2]) || v[key2] < 0 || v[key2] > MAX_READS_PER_LINE) {
        return `"${key2}" must be a whole number from 0 to ${MAX_READS_PER_LINE} (one page)`;
      }
    }
    if (v.source === "timeline" ? v.post_reads !== 0 : v.owned_reads !== 0) {
      return v.source === "timeline" ? '"post_reads" must be 0 on a timeline read (its posts are owned reads)' : '"owned_reads" must be 0 on a mentions read or a look-up';
    }
    if (v.newest_id !== void 0 && v.oldest_id !== void 0 && BigInt(v.newest_id) < BigInt(v.oldest_id)) {
      return '"newest_id" must not be below "oldest_id"';
    }
    if (typeof v.complete !== "boolean") return '"complete" must be true or false';
  }
  return void 0;
}
function diag2(line, message) {
  return { file: METRICS_FILE, line, column: 1, severity: "warning", rule: "metrics-invalid", message };
}
async function appendMetrics(root, snapshots) {
  if (snapshots.length === 0) return;
  const door = RepositoryDoor.open(root);
  const handle = await door.openAppend(METRICS_FILE);
  try {
    const { size } = await handle.stat();
    let lead = "";
    if (size > 0) {
      const reader = await door.openRead(METRICS_FILE);
      try {
        const last = Buffer.alloc(1);
        await reader.read(last, 0, 1, size - 1);
        if (last[0] !== 10) lead = "\n";
      } finally {
        await reader.close();
      }
    }
    await handle.write(`${lead}${snapshots.map((s) => `${JSON.stringify(s)}
`).join("")}`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// src/plan/replies.ts
var ON_ITS_WAY = /* @__PURE__ */ new Set(["due", "scheduled", "queued"]);
var OPEN = /* @__PURE__ */ new Set(["due", "scheduled", "queued"]);
var key = (account, id) => `${account}\0${id}`;
function resolveReplies(work, diagnostics) {
  const byId = /* @__PURE__ */ new Map();
  for (const w of work) {
    const k = key(w.post.account, w.post.id);
    const seen = byId.get(k);
    if (!seen || seen.status !== "published" && w.status === "published") byId.set(k, w);
  }
  const done = /* @__PURE__ */ new Set();
  const visiting = /* @__PURE__ */ new Set();
  const resolve = (w) => {
    if (done.has(w)) return;
    const target = w.post.replyTo;
    if (!target) return void done.add(w);
    if (target.kind === "tweet") {
      w.replyTo = target.id;
      return void done.add(w);
    }
    const other = byId.get(key(w.post.account, target.id));
    const written = `post:${target.id}`;
    const refuse = (message, reason) => {
      diagnostics.push(diagnostic(w.post.file, w.post.positions, ["reply_to"], "error", "reply-invalid", message));
      hold(w, "reply-target", `it replies to ${written}${reason}: fix \`reply_to\``);
      done.add(w);
    };
    if (!other || other === w) {
      if (other === w) refuse(`\`reply_to: ${written}\` names this post itself; name the post it answers, or remove \`reply_to:\``, ", which is itself");
      else refuse(unknownTarget(w.post.account, target.id, work), `, which is not a post of account ${w.post.account}`);
      return;
    }
    if (visiting.has(w)) {
      refuse(`\`reply_to: ${written}\` makes a circle of replies that can never go out; one of them must reply to something else`, " in a circle of replies");
      return;
    }
    visiting.add(w);
    resolve(other);
    visiting.delete(w);
    done.add(w);
    const sent = other.record.tweetIds;
    if (other.status === "published" && sent.length >= other.post.parts.length && sent.length > 0) {
      w.replyTo = sent[sent.length - 1];
      return;
    }
    if (w.record.tweetIds.length > 0 || !OPEN.has(w.status)) return;
    if (ON_ITS_WAY.has(other.status) || other.status === "published" && sent.length > 0) {
      const planned = other.startMs !== void 0 ? ` (planned for ${when(other.startMs, other.zone)})` : "";
      const reason = `waits for ${written} to be published${planned}; then it replies to that post's last part`;
      if (w.status === "due") hold(w, "reply-waiting", reason);
      else w.decision = { ...w.decision, reason };
      return;
    }
    if (other.status === "draft") {
      diagnostics.push(
        diagnostic(
          w.post.file,
          w.post.positions,
          ["reply_to"],
          "warning",
          "reply-target",
          `\`reply_to: ${written}\` replies to a draft: this reply cannot go out while that post is a draft; publish it first (remove its \`draft: true\`), or reply to another post`
        )
      );
      hold(
        w,
        "reply-target",
        `it replies to ${written}, which is a draft, so it cannot go out; publish that post first, reply to another post, or remove \`reply_to\``
      );
      return;
    }
    const why = other.decision.reason ?? other.status;
    hold(w, "reply-target", `it replies to ${written}, which is ${other.status} (${why}), so it cannot go out; reply to another post, or remove \`reply_to\``);
  };
  for (const w of work) resolve(w);
}
function unknownTarget(account, id, work) {
  const written = `post:${id}`;
  const elsewhere = [...new Set(work.filter((o) => o.post.id === id && o.post.account !== account).map((o) => o.post.account))];
  if (elsewhere.length > 0) {
    return `\`reply_to: ${written}\`: \`${id}\` is a post of account ${elsewhere.join(", ")}, not of ${account}; \`post:\` names a post of the same account (replies across accounts are not supported): use that post's x.com link instead, once it is published`;
  }
  const own = work.filter((o) => o.post.account === account).map((o) => o.post.id);
  const plain = id.replace(/^\.?\/?posts\//, "").replace(/\.md$/i, "");
  const lower = plain.toLowerCase();
  const suggestion = own.find((o) => o === plain) ?? own.find((o) => o.toLowerCase() === lower) ?? // `post:launch` for `2026-12/launch`: the file name without its folder.
  own.find((o) => o.toLowerCase().endsWith(`/${lower}`));
  const hint = suggestion !== void 0 && suggestion !== id ? `; did you mean \`post:${suggestion}\`?` : "";
  return `\`reply_to: ${written}\`: account ${account} has no post with the id \`${id}\` (the id is \`id:\`, or the path under posts/ without .md)${hint || "; write the id of a post of this account, or a link to a post on X"}`;
}
function hold(w, blockedBy, reason) {
  w.decision = { status: "blocked", blockedBy, reason, alreadyLogged: blockedBy === "reply-waiting" || w.record.skippedCategories.has(blockedBy) };
  w.status = "blocked";
}
function holdRepliesToInvalid(entries) {
  const invalid = new Set(entries.filter((e) => e.blockedBy === "content-invalid").map((e) => key(e.post.account, e.post.id)));
  if (invalid.size === 0) return entries;
  return entries.map((entry) => {
    const target = entry.post.replyTo;
    const waiting = OPEN.has(entry.status) || entry.blockedBy === "reply-waiting";
    if (target?.kind !== "post" || !waiting || entry.tweetIds.length > 0) return entry;
    if (!invalid.has(key(entry.post.account, target.id))) return entry;
    const reason = `waits for post:${target.id}, whose file has errors: it is not sent until that file is fixed, and this reply waits for it`;
    if (entry.status !== "due" && entry.status !== "blocked") return { ...entry, reason };
    return { ...entry, status: "blocked", blockedBy: "reply-waiting", reason, alreadyLogged: true };
  });
}

// src/plan/invalid.ts
var WILL_GO_OUT = /* @__PURE__ */ new Set(["due", "scheduled", "queued"]);
function blockInvalidPosts(plan, contentDiagnostics) {
  const errors = errorsByFile(contentDiagnostics);
  if (errors.size === 0) return plan;
  const entries = plan.entries.map((entry) => {
    const found = errors.get(entry.post.file);
    if (!found || !WILL_GO_OUT.has(entry.status)) return entry;
    const first = found[0];
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : "";
    return {
      ...entry,
      status: "blocked",
      blockedBy: "content-invalid",
      reason: `${first.file}:${first.line}: ${first.message}${more}; it is not sent until the file is fixed (run herald validate ${first.file})`
    };
  });
  return { ...plan, entries: holdRepliesToInvalid(entries) };
}

// src/plan/account-time.ts
var DEFAULT_WINDOW = "1h";
var WEEKDAYS = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
var CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
function zoneAdviceSaid(zone) {
  const suggestion = suggestZone(zone);
  return suggestion ? say("zone-advice.suggest", { zone: suggestion }) : say("zone-advice.generic");
}
function resolveAccountTime(account) {
  const diagnostics = [];
  const problem = (keys, rule, message) => diagnostics.push(diagnostic(account.file, account.positions, [...keys, "zone"], "error", rule, message));
  const zoneValid = isValidZone(account.zone);
  if (!zoneValid) problem(["zone"], "invalid-zone", say("invalid-zone", { zone: account.zone, advice: zoneAdviceSaid(account.zone) }));
  (account.audience ?? []).forEach((zone2, i) => {
    if (!isValidZone(zone2)) problem([`audience.${i}`, "audience"], "invalid-zone", say("invalid-zone.audience", { zone: zone2, advice: zoneAdviceSaid(zone2) }));
  });
  let window = parseDuration(account.window ?? DEFAULT_WINDOW);
  if (!window) {
    problem(["window"], "invalid-duration", say("invalid-duration", { value: String(account.window) }));
    window = parseDuration(DEFAULT_WINDOW);
  } else if (overMaxSpan(window)) {
    problem(["window"], "invalid-duration", say("invalid-duration.account-too-long", { value: String(account.window), max: MAX_SPAN_TEXT }));
    window = parseDuration(DEFAULT_WINDOW);
  }
  const slotMinutes = /* @__PURE__ */ new Map();
  (account.slots ?? []).forEach((rule, r) => {
    const minutes = [];
    (rule.times ?? []).forEach((time, t) => {
      const match = CLOCK.exec(String(time).trim());
      if (!match) {
        problem(
          [`slots.${r}.times.${t}`, `slots.${r}`],
          "invalid-time",
          `slot time "${time}" is not a time of day. Write HH:MM between 00:00 and 23:59, like "09:00".`
        );
        return;
      }
      minutes.push(Number(match[1]) * 60 + Number(match[2]));
    });
    for (const day of rule.days ?? []) {
      const weekday = WEEKDAYS[String(day).toLowerCase()];
      if (!weekday) continue;
      slotMinutes.set(
        weekday,
        [.../* @__PURE__ */ new Set([...slotMinutes.get(weekday) ?? [], ...minutes])].sort((a, b) => a - b)
      );
    }
  });
  const zone = zoneValid ? account.zone : "UTC";
  const blackouts = [];
  (account.blackout ?? []).forEach((blackout, i) => {
    const from = resolveLocalTime(blackout.from, zone, { allowDate: true });
    const to = resolveLocalTime(blackout.to, zone, { allowDate: true });
    if (!from.ok) problem([`blackout.${i}.from`, `blackout.${i}`], from.rule, `blackout from: ${from.message}`);
    if (!to.ok) problem([`blackout.${i}.to`, `blackout.${i}`], to.rule, `blackout to: ${to.message}`);
    if (!from.ok || !to.ok) return;
    const endMs = to.nextDayMs ?? to.ms;
    if (endMs <= from.ms) {
      problem(
        [`blackout.${i}.to`, `blackout.${i}`],
        "invalid-time",
        `blackout ends (${blackout.to}) before it starts (${blackout.from}). Write a "to" on or after "from".`
      );
      return;
    }
    const span = `${String(blackout.from)} – ${String(blackout.to)}`;
    blackouts.push({ fromMs: from.ms, endMs, label: blackout.reason ? `${blackout.reason} (${span})` : `(${span})` });
  });
  blackouts.sort((a, b) => a.fromMs - b.fromMs || a.endMs - b.endMs);
  let pausedFromMs;
  let pauseReason;
  const paused = account.paused;
  const unreadable = (account.problems ?? []).some((p) => p.rule === "pause-invalid");
  if (paused && !unreadable) {
    const details = typeof paused === "object" ? paused : {};
    const since = details.since === void 0 ? void 0 : DateTime.fromISO(details.since, { setZone: true });
    pausedFromMs = since?.isValid ? since.toMillis() : -Infinity;
    const from = pausedFromMs === -Infinity ? "" : ` since ${wallClockText(pausedFromMs, "UTC")} UTC`;
    pauseReason = `account paused${from}${details.reason ? `: ${details.reason}` : ""}`;
  }
  const problems = [...account.problems ?? [], ...diagnostics].filter((d) => d.severity === "error");
  const blockedReason = problems.length === 0 ? void 0 : accountBlockedReason(account, problems);
  return { account, zoneValid, window, slotMinutes, blackouts, pausedFromMs, pauseReason, blockedReason, diagnostics };
}
function accountBlockedReason(account, problems) {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more; run herald validate ${account.file})` : "";
  return `account file ${account.file} has errors, so nothing is sent for ${account.name}: ${first.file}:${first.line}: ${first.message}${more}`;
}
function blackoutAt(time, ms) {
  for (const blackout of time.blackouts) {
    if (blackout.fromMs > ms) return void 0;
    if (ms < blackout.endMs) return blackout;
  }
  return void 0;
}

// src/plan/editorial.ts
var DAY_MS = 864e5;
function upcoming(placed) {
  return placed.startMs !== void 0 && placed.status !== "published" && placed.status !== "expired" && placed.status !== "retracted" && placed.record.tweetIds.length === 0;
}
function windowClosed(placed, time, nowMs) {
  const { post, startMs } = placed;
  if (startMs === void 0 || post.draft || post.retract || placed.record.seen || startMs + placed.windowMs >= nowMs) return void 0;
  const setting = ruleSetting(time?.account, PLAN_RULES["window-closed"]);
  if (setting.level === "off") return void 0;
  const window = formatMinutes(Math.round(placed.windowMs / 6e4));
  return diagnostic(
    post.file,
    post.positions,
    timeKeys(placed),
    setting.level,
    "window-closed",
    say("window-closed", { start: when(startMs, placed.zone), window, end: when(startMs + placed.windowMs, placed.zone) })
  );
}
function clockMinutes(text) {
  const match = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : void 0;
}
var quietHours = /* @__PURE__ */ new WeakMap();
function quietHoursOf(time) {
  let found = quietHours.get(time);
  if (found !== void 0) return found;
  const setting = ruleSetting(time.account, PLAN_RULES["audience-night"]);
  let [from, to] = String(setting.quiet).split("-").map(clockMinutes);
  if (from === void 0 || to === void 0) [from, to] = [23 * 60, 7 * 60];
  const zones = [...time.account.audience ?? []].filter(isValidZone).sort();
  found = setting.level === "off" ? null : { level: setting.level, text: String(setting.quiet), zones, isQuiet: (m) => from <= to ? m >= from && m < to : m >= from || m < to };
  quietHours.set(time, found);
  return found;
}
function audienceNight(placed, time) {
  if (!time || !upcoming(placed)) return void 0;
  const quiet = quietHoursOf(time);
  if (!quiet) return void 0;
  const startMs = placed.startMs;
  const minute = Math.floor(startMs / 6e4);
  const zones = placed.post.audience ? [...placed.post.audience].sort() : quiet.zones;
  let night;
  for (const zone of zones) {
    const local = ((minute + offsetAt(zone, startMs)) % 1440 + 1440) % 1440;
    if (quiet.isQuiet(local)) (night ??= []).push(`${zone} (${String(Math.floor(local / 60)).padStart(2, "0")}:${String(local % 60).padStart(2, "0")})`);
  }
  if (!night) return void 0;
  const { post } = placed;
  return diagnostic(
    post.file,
    post.positions,
    timeKeys(placed),
    quiet.level,
    "audience-night",
    say("audience-night", { zones: night.join(", "), quiet: quiet.text, file: time.account.file })
  );
}
function blackoutStart(placed, time) {
  if (!time || placed.slotted || !upcoming(placed)) return void 0;
  const startMs = placed.startMs;
  const blackout = blackoutAt(time, startMs);
  if (!blackout) return void 0;
  const setting = ruleSetting(time.account, PLAN_RULES.blackout);
  if (setting.level === "off") return void 0;
  const endMs = startMs + placed.windowMs;
  const { post } = placed;
  return diagnostic(
    post.file,
    post.positions,
    timeKeys(placed),
    setting.level,
    "blackout",
    say(blackout.endMs <= endMs ? "blackout.resumes" : "blackout.cut", {
      blackout: blackout.label,
      account: time.account.name,
      end: when(blackout.endMs, placed.zone),
      windowEnd: when(endMs, placed.zone)
    })
  );
}
function contentMix(placedOfAccount, time) {
  const setting = ruleSetting(time?.account, PLAN_RULES["content-mix"]);
  if (setting.level === "off") return [];
  const tags = new Set((Array.isArray(setting.tags) ? setting.tags : PLAN_RULES["content-mix"].options.tags.default).map((t) => String(t).toLowerCase()));
  const maxShare = Number(setting.max_share);
  const spanMs = Number(setting.days) * DAY_MS;
  const counted = placedOfAccount.filter((p) => p.startMs !== void 0 && !p.post.draft && p.status !== "expired" && p.status !== "retracted").sort((a, b) => a.startMs - b.startMs || (a.post.file < b.post.file ? -1 : a.post.file > b.post.file ? 1 : 0));
  const promo = counted.map((p) => p.post.tags.some((t) => tags.has(String(t).toLowerCase())));
  const found = [];
  let first = 0;
  let promoInSpan = 0;
  for (let i = 0; i < counted.length; i++) {
    if (promo[i]) promoInSpan++;
    while (counted[first].startMs <= counted[i].startMs - spanMs) if (promo[first++]) promoInSpan--;
    const total = i - first + 1;
    if (!promo[i] || total < 3 || promoInSpan / total <= maxShare) continue;
    const before = total - 1 >= 3 && (promoInSpan - 1) / (total - 1) > maxShare;
    if (before || counted[i].status === "published") continue;
    const { post, zone } = counted[i];
    const percent = (x) => `${Math.round(x * 100)}%`;
    found.push(
      diagnostic(
        post.file,
        post.positions,
        ["tags", ...timeKeys(counted[i])],
        setting.level,
        "content-mix",
        say("content-mix", {
          promo: promoInSpan,
          total,
          account: post.account,
          days: Number(setting.days),
          when: when(counted[i].startMs, zone),
          tags: [...tags].join(", "),
          share: percent(promoInSpan / total),
          max: percent(maxShare)
        })
      )
    );
  }
  return found;
}
function blackoutParts(placed, time, parts) {
  if (!time || !parts || placed.status === "published" || placed.status === "expired" || placed.status === "retracted") return [];
  const setting = ruleSetting(time.account, PLAN_RULES.blackout);
  if (setting.level === "off") return [];
  const found = [];
  for (const first of parts.stageStarts.slice(1)) {
    if (first < placed.record.tweetIds.length) continue;
    const startMs = parts.partMs[first];
    const blackout = blackoutAt(time, startMs);
    if (!blackout) continue;
    const endMs = startMs + placed.windowMs;
    found.push({
      file: placed.post.file,
      line: placed.post.partLines[first] ?? 1,
      column: 1,
      severity: setting.level,
      rule: "blackout",
      ...say(blackout.endMs <= endMs ? "blackout.part-resumes" : "blackout.part-cut", {
        n: first + 1,
        start: when(startMs, placed.zone),
        blackout: blackout.label,
        account: time.account.name,
        end: when(blackout.endMs, placed.zone),
        windowEnd: when(endMs, placed.zone)
      })
    });
  }
  return found;
}

// src/plan/retract.ts
function noteRetract(history, entry) {
  const id = entry.tweet_id;
  if (id === void 0) return;
  if (entry.event === "retract-attempt") history.open.add(id);
  else if (entry.event === "retracted") {
    history.open.delete(id);
    if (!history.deleted.has(id)) history.deleted.set(id, entry.at);
  } else if (entry.event === "failed") history.open.delete(id);
}
function pendingDeletes(record) {
  const pending = [];
  for (let part = record.tweetIds.length - 1; part >= 0; part--) {
    const tweetId = record.tweetIds[part];
    if (record.retract.deleted.has(tweetId)) continue;
    pending.push({ part, tweetId, attempted: record.retract.open.has(tweetId) });
  }
  return pending;
}
function retractStatus(post, record, zone) {
  const anyDeleted = record.tweetIds.some((id) => record.retract.deleted.has(id));
  if (!post.retract && !anyDeleted) return void 0;
  const why = post.retract?.reason ? ` (${post.retract.reason})` : "";
  if (record.tweetIds.length === 0) {
    const unsure = record.unresolvedAttempt !== void 0 ? "; an earlier send has no outcome, so the next publish run checks X first and deletes it if it went out" : "";
    return { status: "retracted", reason: `retract${why}: never published, so it is never sent${unsure}` };
  }
  const pending = pendingDeletes(record);
  const total = record.tweetIds.length;
  if (pending.length === 0) {
    const last = Math.max(...[...record.retract.deleted.entries()].filter(([id]) => record.tweetIds.includes(id)).map(([, at]) => Date.parse(at)));
    const on = Number.isFinite(last) ? ` on ${when(last, zone)}` : "";
    const reposting = post.retract ? "" : "; to post this text again, give it a new id";
    return { status: "retracted", reason: `retract${why}: deleted from X${on} (${total === 1 ? "its part" : `all ${total} parts`})${reposting}` };
  }
  const done = total - pending.length;
  if (!post.retract)
    return {
      status: "retracted",
      reason: `${plural(done, "part")} of ${total} deleted from X; \`retract:\` was removed, so the rest stays on X: add it back to delete the rest`
    };
  const progress = done > 0 ? ` (${done} of ${total} parts already deleted)` : "";
  return {
    status: "retracted",
    reason: `retract${why}: the next publish run deletes ${pending.length === 1 ? "part" : "parts"} ${pending.map((p) => p.part + 1).join(", ")} from X, last part first${progress}`
  };
}

// src/plan/ledger.ts
var RANK = {
  attempt: 0,
  published: 1,
  failed: 1,
  reconciled: 1,
  expired: 2,
  skipped: 2,
  "retract-attempt": 3,
  retracted: 4
};
function entryMs(entry) {
  const ms = Date.parse(entry.at);
  return Number.isNaN(ms) ? Infinity : ms;
}
function compareEntries(a, b) {
  return Math.sign(entryMs(a) - entryMs(b)) || RANK[a.event] - RANK[b.event] || (a.part ?? 0) - (b.part ?? 0) || a.event.localeCompare(b.event) || (a.post < b.post ? -1 : a.post > b.post ? 1 : 0);
}
function buildLedger(log) {
  const byId = /* @__PURE__ */ new Map();
  const byHash = /* @__PURE__ */ new Map();
  const add2 = (map, key2, entry) => {
    const list = map.get(key2);
    if (list) list.push(entry);
    else map.set(key2, [entry]);
  };
  for (const entry of log) {
    if (!entry || typeof entry.post !== "string" || typeof entry.account !== "string") continue;
    add2(byId, `${entry.account}\0${entry.post}`, entry);
    if (entry.hash) add2(byHash, `${entry.account}\0${entry.hash}`, entry);
  }
  return { byId, byHash };
}
function skipCategory(entry) {
  if (entry.blocked_by !== void 0) return entry.blocked_by === "window-closed" ? void 0 : entry.blocked_by;
  return legacyReasonCategory(entry.reason);
}
function legacyReasonCategory(reason) {
  if (!reason) return void 0;
  if (/^account file /i.test(reason)) return "account-invalid";
  if (/^account paused/i.test(reason)) return "paused";
  if (/^inside blackout/i.test(reason)) return "blackout";
  if (/^daily cap/i.test(reason)) return "daily-cap";
  if (/^duplicate id/i.test(reason)) return "duplicate-id";
  if (/paused/i.test(reason)) return "paused";
  if (/blackout/i.test(reason)) return "blackout";
  if (/daily[ _-]?cap/i.test(reason)) return "daily-cap";
  if (/rejected|failed/i.test(reason)) return "failed";
  return void 0;
}
function renames(same, post, identity) {
  const byOld = /* @__PURE__ */ new Map();
  for (const entry of same) {
    if (entry.post === post.id) continue;
    const list = byOld.get(entry.post);
    if (list) list.push(entry);
    else byOld.set(entry.post, [entry]);
  }
  const from = [];
  const entries = [];
  let other;
  for (const [old, list] of byOld) {
    const gone = !identity.existing.has(`${post.account}\0${old}`);
    const scheduled = list.some(
      (e) => e.scheduled_for !== void 0 && (e.event === "attempt" || isSentEntry(e)) && identity.sameTime(Date.parse(e.scheduled_for))
    );
    if (gone && scheduled) {
      from.push(old);
      entries.push(...list);
    } else if (gone) {
      for (const e of list) if (isSentEntry(e) && (!other || entryMs(e) < entryMs(other))) other = e;
    }
  }
  return { from: from.sort(), entries, other };
}
function ledgerFor(ledger, post, identity) {
  const own = ledger.byId.get(`${post.account}\0${post.id}`) ?? [];
  const same = post.hash && identity ? ledger.byHash.get(`${post.account}\0${post.hash}`) ?? [] : [];
  const renamed = same.length === 0 ? { from: [], entries: [] } : renames(same, post, identity);
  const entries = renamed.entries.length === 0 ? [...own] : [.../* @__PURE__ */ new Set([...own, ...renamed.entries])];
  entries.sort(compareEntries);
  const record = {
    tweetIds: [],
    expiredLogged: false,
    skippedCategories: /* @__PURE__ */ new Set(),
    seen: entries.length > 0,
    sentHashes: /* @__PURE__ */ new Set(),
    renamedFrom: renamed.from,
    retract: { deleted: /* @__PURE__ */ new Map(), open: /* @__PURE__ */ new Set() }
  };
  const other = renamed.other;
  if (other) record.sameTextSent = { post: other.post, at: other.at, ...other.scheduled_for ? { scheduledFor: other.scheduled_for } : {} };
  const ids = [];
  const openAttempts = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const part = entry.part ?? 0;
    const sent = isSentEntry(entry);
    if (entry.scheduled_for && (entry.event === "attempt" || sent) && record.scheduledFor === void 0) record.scheduledFor = entry.scheduled_for;
    switch (entry.event) {
      case "attempt":
        openAttempts.set(part, true);
        break;
      case "published":
      case "reconciled":
        openAttempts.delete(part);
        break;
      case "failed":
        if (entry.tweet_id !== void 0) noteRetract(record.retract, entry);
        else openAttempts.delete(part);
        break;
      case "expired":
        record.expiredLogged = true;
        break;
      case "skipped": {
        const category = skipCategory(entry);
        if (category) record.skippedCategories.add(category);
        break;
      }
      case "retract-attempt":
      case "retracted":
        noteRetract(record.retract, entry);
        break;
    }
    if (sent) {
      ids[part] = entry.tweet_id;
      record.firstPublishedAt ??= entry.at;
      record.lastPublishedAt = entry.at;
      if (entry.post === post.id && entry.hash) record.sentHashes.add(entry.hash);
    }
    const sameText = entry.hash ? entry.hash === post.hash : entry.post === post.id;
    if (entry.event === "failed" && entry.retryable === false && sameText && entry.tweet_id === void 0)
      record.permanentFailure = entry.error ?? "rejected without a message";
  }
  for (let part = 0; ids[part] !== void 0; part++) record.tweetIds.push(ids[part]);
  const next = record.tweetIds.length;
  if (openAttempts.get(next)) record.unresolvedAttempt = next;
  return record;
}

// src/plan/queue.ts
var DAY_MS2 = 864e5;
var QUEUE_HORIZON_DAYS = 400;
function generateSlots(time, fromMs, days) {
  const zone = time.account.zone;
  const starts = [];
  const dayNames = [];
  const firstDay = Date.parse(`${localDay(zone, fromMs)}T00:00:00Z`);
  for (let i = 0; i <= days; i++) {
    const dayMs = firstDay + i * DAY_MS2;
    const minutes = time.slotMinutes.get((new Date(dayMs).getUTCDay() + 6) % 7 + 1);
    if (!minutes) continue;
    const name = new Date(dayMs).toISOString().slice(0, 10);
    for (const minute of minutes) {
      const { instants } = wallClockInstants(dayMs + minute * 6e4, zone);
      if (instants.length === 0) continue;
      starts.push(instants[0]);
      dayNames.push(name);
    }
  }
  return { starts, days: dayNames };
}
function lowerBound(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
function assignQueue(input) {
  const { time, nowMs } = input;
  const result = /* @__PURE__ */ new Map();
  const requests = [...input.requests].sort(
    (a, b) => Number(a.draft) - Number(b.draft) || (a.notBeforeMs ?? -Infinity) - (b.notBeforeMs ?? -Infinity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.key - b.key
  );
  if (requests.length === 0) return result;
  const file = time.account.file;
  if (time.slotMinutes.size === 0) {
    const said = say("queue-reason.no-slots", { file });
    for (const request of requests) result.set(request.key, { reason: said.message, said });
    return result;
  }
  const longestWindow = Math.max(...requests.map((r) => r.windowMs));
  const { starts, days } = generateSlots(time, nowMs - longestWindow, QUEUE_HORIZON_DAYS + Math.ceil(longestWindow / 864e5));
  const n = starts.length;
  const next = Int32Array.from({ length: n + 1 }, (_, i) => i);
  const find = (i) => {
    let root = i;
    while (next[root] !== root) root = next[root];
    while (next[i] !== root) [i, next[i]] = [next[i], root];
    return root;
  };
  const use = (i) => next[i] = i + 1;
  const dayStart = /* @__PURE__ */ new Map();
  days.forEach((day, i) => {
    if (!dayStart.has(day)) dayStart.set(day, i);
  });
  const cap = time.account.dailyCap;
  const counts = new Map(input.dayCounts);
  const closeDay = (day) => {
    for (let i = dayStart.get(day) ?? n; i < n && days[i] === day; i++) use(i);
  };
  for (const [from, end] of input.taken) for (let i = lowerBound(starts, from); i < n && starts[i] < end; i++) use(i);
  for (let i = 0; i < n; i++) if (blackoutAt(time, starts[i])) use(i);
  if (cap !== void 0) {
    for (const [day, count] of counts) if (count >= cap) closeDay(day);
  }
  const zone = time.account.zone;
  const today = localDay(zone, nowMs);
  const current = lowerBound(starts, nowMs + 1) - 1;
  const atCap = (day) => cap !== void 0 && (counts.get(day) ?? 0) >= cap;
  for (const request of requests) {
    const open = current >= 0 && starts[current] + request.windowMs >= nowMs;
    let slot = find(Math.max(open ? current : current + 1, lowerBound(starts, request.notBeforeMs ?? -Infinity)));
    if (slot === current && !request.draft && atCap(today)) slot = find(current + 1);
    if (slot >= n || request.notAfterMs !== void 0 && starts[slot] >= request.notAfterMs) {
      const said = request.notAfterMs !== void 0 ? say("queue-reason.not-after", { time: wallClockText(request.notAfterMs - 1, zone) }) : say("queue-reason.horizon", { days: QUEUE_HORIZON_DAYS });
      result.set(request.key, { reason: said.message, said });
      continue;
    }
    use(slot);
    result.set(request.key, { slotMs: starts[slot] });
    if (request.draft) continue;
    const day = slot === current ? today : days[slot];
    const count = (counts.get(day) ?? 0) + 1;
    counts.set(day, count);
    if (cap !== void 0 && count >= cap) closeDay(day);
  }
  return result;
}

// src/plan/status.ts
function fullySent(post, record) {
  return post.parts.length > 0 && record.tweetIds.length >= post.parts.length;
}
function partsSent(record, post) {
  const sent = record.tweetIds.length;
  const which = sent === 1 ? "part 1" : `parts 1–${sent}`;
  return `${which} of ${post.parts.length} went out (tweet ${record.tweetIds.join(", ")}); the rest is never sent late`;
}
function decideStatus(input) {
  const { post, record, startMs, windowMs, nowMs, zone, time } = input;
  const retracted = retractStatus(post, record, zone);
  if (retracted) return retracted;
  if (fullySent(post, record)) return { status: "published" };
  if (post.draft) return { status: "draft", reason: input.unplacedReason };
  if (startMs === void 0 && time?.blockedReason !== void 0 && record.tweetIds.length === 0)
    return { status: "blocked", blockedBy: "account-invalid", reason: time.blockedReason, alreadyLogged: record.skippedCategories.has("account-invalid") };
  if (startMs === void 0) {
    return input.slotted && record.tweetIds.length === 0 ? { status: "queued", reason: input.unplacedReason } : { status: "blocked", reason: `cannot be placed in time: ${input.unplacedReason ?? "no publish time"}` };
  }
  if (record.permanentFailure !== void 0)
    return {
      status: "blocked",
      blockedBy: "failed",
      reason: `X rejected this post permanently: ${record.permanentFailure}. Edit the text${post.replyTo || post.poll ? ", `reply_to` or `poll`" : ""} to send it again.`
    };
  const endMs = startMs + windowMs;
  if (nowMs > endMs) {
    const closed = `window closed at ${when(endMs, zone)}`;
    return {
      status: "expired",
      reason: record.tweetIds.length > 0 ? `${closed} after ${partsSent(record, post)}` : `${closed} before it was published`,
      alreadyLogged: record.expiredLogged
    };
  }
  const blocked = (blockedBy, reason) => ({
    status: "blocked",
    blockedBy,
    reason,
    alreadyLogged: record.skippedCategories.has(blockedBy)
  });
  if (time?.pausedFromMs !== void 0 && Math.max(nowMs, startMs) >= time.pausedFromMs) return blocked("paused", time.pauseReason);
  if (time?.blockedReason !== void 0) return blocked("account-invalid", time.blockedReason);
  const open = nowMs >= startMs;
  const blackout = time && blackoutAt(time, open ? nowMs : startMs);
  if (blackout) {
    const after = blackout.endMs <= endMs ? `; it goes out when the blackout ends (${when(blackout.endMs, zone)}) while its window is open, until ${when(endMs, zone)}` : `; its window closes at ${when(endMs, zone)}, before the blackout ends, so it will not go out`;
    return blocked("blackout", `inside blackout ${blackout.label}${after}`);
  }
  if (open) return { status: "due" };
  return { status: input.slotted ? "queued" : "scheduled" };
}
function capBlock(record, cap, day, zone) {
  return {
    status: "blocked",
    blockedBy: "daily-cap",
    reason: `daily cap of ${cap} posts reached on ${day} (${zone})`,
    alreadyLogged: record.skippedCategories.has("daily-cap")
  };
}

// src/plan/windows.ts
function resolvePostTiming(post, account, accountWindow) {
  const diagnostics = [];
  const spec = post.publish;
  const report = (key2, severity, rule, message) => diagnostics.push(diagnostic(post.file, post.positions, [key2, "publish", "account"], severity, rule, message));
  const zone = spec.zone ?? account?.zone ?? "UTC";
  let zoneValid = isValidZone(zone);
  let unplaceable;
  if (!zoneValid) {
    if (spec.zone !== void 0) report("publish.zone", "error", "invalid-zone", say("invalid-zone", { zone, advice: zoneAdviceSaid(zone) }));
    unplaceable = `its time zone "${zone}" is not valid`;
  }
  if (!account && spec.zone === void 0) {
    zoneValid = false;
    unplaceable = `account "${post.account}" does not exist`;
  }
  let window = spec.window !== void 0 ? parseDuration(spec.window) : accountWindow ?? parseDuration(account?.window ?? DEFAULT_WINDOW);
  if (!window) {
    if (spec.window !== void 0) report("publish.window", "error", "invalid-duration", say("invalid-duration", { value: spec.window }));
    window = parseDuration(DEFAULT_WINDOW);
  } else if (overMaxSpan(window)) {
    if (spec.window !== void 0)
      report("publish.window", "error", "invalid-duration", say("invalid-duration.post-too-long", { value: spec.window, max: MAX_SPAN_TEXT }));
    window = parseDuration(DEFAULT_WINDOW);
  }
  const timing = { zone, zoneValid, windowMs: window.toMillis(), diagnostics };
  if (!zoneValid) {
    reportUnreadableTimes(spec, report);
    return { ...timing, unplaceable };
  }
  for (const [key2, value, allowDate] of timeFields(spec)) {
    if (value === void 0) continue;
    const resolved = resolveLocalTime(value, zone, { allowDate });
    if (!resolved.ok) {
      report(key2, "error", resolved.rule, timeMessage(key2, resolved.said ?? resolved.message));
      if (key2 === "publish.at") return { ...timing, unplaceable: `its publish time is not valid: ${resolved.message}` };
      continue;
    }
    if (resolved.ambiguous) report(key2, "warning", "ambiguous-local-time", timeMessage(key2, resolved.ambiguous.said));
    if (key2 === "publish.at") timing.startMs = resolved.ms;
    else if (key2 === "publish.not_before") timing.notBeforeMs = resolved.ms;
    else timing.notAfterMs = resolved.nextDayMs ?? resolved.ms + 1;
  }
  return timing;
}
function timeFields(spec) {
  return spec.kind === "at" ? [["publish.at", spec.at, false]] : [
    ["publish.not_before", spec.notBefore, true],
    ["publish.not_after", spec.notAfter, true]
  ];
}
function timeMessage(key2, message) {
  const label = key2 === "publish.at" ? key2 : key2.slice("publish.".length);
  return typeof message === "string" ? `${label}: ${message}` : say("time-key", { key: label, detail: message });
}
function reportUnreadableTimes(spec, report) {
  for (const [key2, value, allowDate] of timeFields(spec)) {
    if (value === void 0) continue;
    const resolved = resolveLocalTime(value, "UTC", { allowDate });
    if (!resolved.ok && resolved.rule === "invalid-time") report(key2, "error", "invalid-time", timeMessage(key2, resolved.message));
  }
}

// src/plan/timed-parts.ts
function hasTimedParts(post) {
  return post.partTimes?.some((time) => time !== void 0) ?? false;
}
function scheduleParts(post, zone, startMs, windowMs = 0) {
  const diagnostics = [];
  const partMs = [startMs];
  const stageStarts = [0];
  let problem;
  const report = (time, severity, rule, message) => diagnostics.push({
    file: post.file,
    line: time.line,
    column: time.column,
    severity,
    rule,
    ...wording(typeof message === "string" ? `\`--- ${time.written}\`: ${message}` : say("time-key", { key: `\`--- ${time.written}\``, detail: message }))
  });
  for (let i = 1; i < post.parts.length; i++) {
    const previous = partMs[i - 1];
    const time = post.partTimes?.[i];
    if (time === void 0) {
      partMs.push(previous);
      continue;
    }
    let ms;
    if (time.kind === "after") ms = previous + time.minutes * 6e4;
    else {
      const resolved = resolveLocalTime(time.at, zone);
      if (!resolved.ok) {
        report(time, "error", resolved.rule, resolved.said ?? resolved.message);
        problem ??= `part ${i + 1}'s time is not valid: ${resolved.message}`;
        partMs.push(previous);
        continue;
      }
      if (resolved.ambiguous) report(time, "warning", "ambiguous-local-time", resolved.ambiguous.said);
      ms = resolved.ms;
    }
    if (!isDateInstant(ms) || !isDateInstant(ms + windowMs)) {
      const message = `part ${i + 1}'s time is too far in the future to be placed. Write a time like \`--- +45m\` or \`--- at 2026-12-01 14:30\``;
      report(time, "error", "timed-part", message);
      problem ??= message;
      partMs.push(previous);
      continue;
    }
    if (ms <= previous) {
      const message = `part ${i + 1} would go out at ${when(ms, zone)}, not after part ${i}'s time (${when(previous, zone)}); parts go out in order, each replying to the one before. Write a later time, or \`--- +45m\` to say how long after part ${i}`;
      report(time, "error", "timed-part", message);
      problem ??= message;
    }
    partMs.push(ms);
    stageStarts.push(i);
  }
  return problem === void 0 ? { schedule: { partMs, stageStarts }, diagnostics } : { problem, diagnostics };
}
var partList = (from, to) => from === to ? `part ${from}` : `parts ${from}–${to}`;
function decideTimed(input, schedule) {
  const { post, record } = input;
  const sent = Math.min(record.tweetIds.length, post.parts.length);
  const stage = stageIndex(schedule, sent);
  const stageStart = schedule.stageStarts[stage];
  const stageEnd = schedule.stageStarts[stage + 1] ?? post.parts.length;
  if (stage === 0 || sent >= post.parts.length) {
    const decision2 = decideStatus(input);
    if (decision2.status === "due") decision2.dueUntil = stageEnd;
    return decision2;
  }
  const startMs = schedule.partMs[stageStart];
  const decision = decideStatus({ ...input, startMs });
  const done = `${partList(1, sent)} of ${post.parts.length} went out (tweet ${record.tweetIds.join(", ")})`;
  const label = `part ${stageStart + 1} (\`--- ${post.partTimes?.[stageStart]?.written ?? ""}\`, ${when(startMs, input.zone)})`;
  switch (decision.status) {
    case "due":
      return { ...decision, dueUntil: stageEnd };
    case "scheduled":
    case "queued":
      return { status: "scheduled", reason: `${done}; ${label} is scheduled, as a reply to part ${stageStart}` };
    case "expired":
      return {
        ...decision,
        reason: `${label} expired: its window closed at ${when(startMs + input.windowMs, input.zone)} before it was sent; ${done}, and ${partList(sent + 1, post.parts.length)} ${post.parts.length - sent === 1 ? "is" : "are"} never sent`
      };
    default:
      return decision;
  }
}
function stageIndex(schedule, part) {
  let stage = 0;
  for (let s = 0; s < schedule.stageStarts.length; s++) if (schedule.stageStarts[s] <= part) stage = s;
  return stage;
}

// src/plan/planner.ts
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var ACTIVE2 = /* @__PURE__ */ new Set(["due", "scheduled", "queued"]);
function publishedPerDay(log, times) {
  const first = /* @__PURE__ */ new Map();
  for (const entry of log) {
    if (!isSentEntry(entry)) continue;
    const key2 = `${entry.account}\0${entry.post}`;
    const seen = first.get(key2);
    const ms = entryMs(entry);
    if (!seen || ms < seen.ms) first.set(key2, { account: entry.account, ms });
  }
  const counts = /* @__PURE__ */ new Map();
  for (const { account, ms } of first.values()) {
    const time = times.get(account);
    if (ms === Infinity) continue;
    const day = localDay(time?.zoneValid ? time.account.zone : "UTC", ms);
    const perDay = counts.get(account) ?? /* @__PURE__ */ new Map();
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    counts.set(account, perDay);
  }
  return counts;
}
function assemblePlan(input) {
  const nowMs = input.now.toMillis();
  const diagnostics = [];
  const times = /* @__PURE__ */ new Map();
  for (const name of [...input.accounts.keys()].sort(byText)) {
    const time = resolveAccountTime(input.accounts.get(name));
    times.set(name, time);
    diagnostics.push(...time.diagnostics);
  }
  const ledger = buildLedger(input.log);
  const posts = [...input.posts].sort((a, b) => byText(a.account, b.account) || byText(a.file, b.file) || byText(a.id, b.id));
  const existing = new Set(posts.map((p) => `${p.account}\0${p.id}`));
  const work = posts.map((post, index) => {
    const account = input.accounts.get(post.account);
    const time = times.get(post.account);
    const timing = resolvePostTiming(post, account, time?.window);
    const slotted = post.publish.kind === "slot";
    const sameTime = slotted ? (ms) => ms >= (timing.notBeforeMs ?? -Infinity) && ms < (timing.notAfterMs ?? Infinity) : (ms) => ms === timing.startMs;
    const record = ledgerFor(ledger, post, { existing, sameTime });
    const sent = fullySent(post, record);
    const ambiguity = ruleSetting(account, PLAN_RULES["ambiguous-local-time"]).level;
    for (const found of sent ? [] : timing.diagnostics) {
      if (found.rule !== "ambiguous-local-time") diagnostics.push(found);
      else if (ambiguity !== "off") diagnostics.push({ ...found, severity: ambiguity });
    }
    let startMs = slotted ? void 0 : timing.startMs;
    if ((slotted || startMs === void 0) && (record.tweetIds.length > 0 || record.unresolvedAttempt !== void 0)) {
      const pinned = Date.parse(record.scheduledFor ?? record.firstPublishedAt ?? "");
      if (!Number.isNaN(pinned)) startMs = pinned;
    }
    let unplacedReason = !account ? `account "${post.account}" has no file schedules/${post.account}.yaml` : timing.unplaceable;
    if (startMs !== void 0 && !(isDateInstant(startMs) && isDateInstant(startMs + timing.windowMs))) {
      startMs = void 0;
      unplacedReason ??= "its time or window end is too far in the future to be placed";
    }
    return {
      index,
      post,
      record,
      time,
      timing,
      startMs,
      slotted,
      unplacedReason,
      windowMs: timing.windowMs,
      zone: timing.zone,
      status: "scheduled",
      decision: { status: "scheduled" }
    };
  });
  markDuplicateIds(work);
  const logCounts = publishedPerDay(input.log, times);
  const byAccount = /* @__PURE__ */ new Map();
  for (const item of work) {
    const list = byAccount.get(item.post.account);
    if (list) list.push(item);
    else byAccount.set(item.post.account, [item]);
  }
  for (const [name, items] of byAccount) {
    const time = times.get(name);
    const waiting = items.filter(
      (w) => w.slotted && w.startMs === void 0 && w.unplacedReason === void 0 && w.duplicateId === void 0 && !neverSentRetract(w)
    );
    if (!time || waiting.length === 0) continue;
    if (!time.zoneValid) {
      for (const w of waiting) w.unplacedReason = `no slot: the zone of ${time.account.file} is not valid`;
      continue;
    }
    const taken = [];
    const dayCounts = new Map(logCounts.get(name) ?? []);
    for (const w of items) {
      if (w.startMs === void 0 || w.post.draft || w.duplicateId !== void 0 || neverSentRetract(w)) continue;
      taken.push([w.startMs, w.startMs + w.windowMs]);
      const planned = !w.slotted && w.record.tweetIds.length === 0 && w.record.permanentFailure === void 0 && w.startMs + w.windowMs >= nowMs;
      if (planned) {
        const day = localDay(time.account.zone, Math.max(w.startMs, nowMs));
        dayCounts.set(day, (dayCounts.get(day) ?? 0) + 1);
      }
    }
    const requests = waiting.map((w) => ({
      key: w.index,
      file: w.post.file,
      draft: w.post.draft,
      windowMs: w.windowMs,
      notBeforeMs: w.timing.notBeforeMs,
      notAfterMs: w.timing.notAfterMs
    }));
    for (const [key2, assignment] of assignQueue({ time, nowMs, requests, taken, dayCounts })) {
      const w = work[key2];
      if (assignment.slotMs !== void 0) w.startMs = assignment.slotMs;
      else {
        w.unplacedReason = assignment.reason;
        w.unplacedSaid = assignment.said;
        w.unschedulable = true;
      }
    }
  }
  for (const w of work) {
    const statusInput = {
      post: w.post,
      record: w.record,
      startMs: w.startMs,
      windowMs: w.windowMs,
      nowMs,
      zone: w.zone,
      time: w.time,
      slotted: w.slotted,
      unplacedReason: w.unplacedReason
    };
    const timed = w.startMs !== void 0 && hasTimedParts(w.post) ? scheduleParts(w.post, w.zone, w.startMs, w.windowMs) : void 0;
    if (timed && !fullySent(w.post, w.record)) diagnostics.push(...timed.diagnostics);
    w.parts = timed?.schedule;
    const decision = w.duplicateId !== void 0 ? {
      status: "blocked",
      blockedBy: "duplicate-id",
      reason: w.duplicateId,
      alreadyLogged: w.record.skippedCategories.has("duplicate-id")
    } : timed?.problem !== void 0 && !fullySent(w.post, w.record) ? { status: "blocked", reason: `cannot be placed in time: ${timed.problem}` } : w.parts ? decideTimed(statusInput, w.parts) : decideStatus(statusInput);
    w.decision = decision;
    w.dueUntil = decision.dueUntil;
    w.status = w.decision.status;
  }
  for (const [name, items] of byAccount) {
    const time = times.get(name);
    const cap = time?.account.dailyCap;
    if (!time || cap === void 0) continue;
    const zone = time.zoneValid ? time.account.zone : "UTC";
    const perDay = logCounts.get(name) ?? /* @__PURE__ */ new Map();
    const planned = /* @__PURE__ */ new Map();
    const outMs = (w) => Math.max(w.startMs, nowMs);
    const candidates = items.filter((w) => ACTIVE2.has(w.status) && w.startMs !== void 0 && w.record.tweetIds.length === 0).sort((a, b) => outMs(a) - outMs(b) || a.startMs - b.startMs || byText(a.post.file, b.post.file));
    const setting = ruleSetting(time.account, PLAN_RULES["daily-cap"]);
    for (const w of candidates) {
      const day = localDay(zone, outMs(w));
      const count = (perDay.get(day) ?? 0) + (planned.get(day) ?? 0);
      if (count < cap) {
        planned.set(day, (planned.get(day) ?? 0) + 1);
        continue;
      }
      w.decision = capBlock(w.record, cap, day, zone);
      w.status = w.decision.status;
      if (setting.level !== "off")
        diagnostics.push(
          diagnostic(
            w.post.file,
            w.post.positions,
            timeKeys(w),
            setting.level,
            "daily-cap",
            say("daily-cap", { account: name, cap, day, zone, file: time.account.file })
          )
        );
    }
  }
  const spend = () => spentByMonth({ log: input.log, posts: input.posts, accounts: input.accounts, reads: input.reads });
  const anyBudget = [...input.accounts.values()].some((a) => a.budget !== void 0);
  const months = anyBudget ? applyBudgets(byAccount, input.accounts, spend(), nowMs, diagnostics) : void 0;
  pricesBelowTable(input.accounts, diagnostics);
  resolveReplies(work, diagnostics);
  for (const w of work) {
    for (const found of [
      windowClosed(w, w.time, nowMs),
      audienceNight(w, w.time),
      blackoutStart(w, w.time),
      duplicateText(w),
      editedAfterPublish(w),
      queuedRename(w)
    ])
      if (found) diagnostics.push(found);
    diagnostics.push(...blackoutParts(w, w.time, w.parts));
    if (w.unschedulable) {
      const level = ruleSetting(w.time?.account, PLAN_RULES["queue-unschedulable"]).level;
      if (level !== "off")
        diagnostics.push(
          diagnostic(
            w.post.file,
            w.post.positions,
            timeKeys(w),
            level,
            "queue-unschedulable",
            say("queue-unschedulable", { reason: w.unplacedSaid ?? w.unplacedReason ?? "", file: w.time?.account.file ?? say("where.its-account-file") })
          )
        );
    }
  }
  for (const [name, items] of byAccount) diagnostics.push(...contentMix(items, times.get(name)));
  const entries = work.map(toEntry).sort(
    (a, b) => (a.at === void 0 ? 1 : 0) - (b.at === void 0 ? 1 : 0) || byText(a.at ?? "", b.at ?? "") || byText(a.post.account, b.post.account) || byText(a.post.file, b.post.file) || byText(a.post.id, b.post.id)
  );
  const plan = { now: isoFromMs(nowMs), entries, diagnostics: sortDiagnostics(diagnostics), months };
  if (!anyBudget) {
    let totals;
    Object.defineProperty(plan, "months", { enumerable: true, get: () => totals ??= applyBudgets(byAccount, input.accounts, spend(), nowMs, []) });
  }
  return plan;
}
function markDuplicateIds(work) {
  const groups = /* @__PURE__ */ new Map();
  for (const w of work) {
    const key2 = `${w.post.account}\0${w.post.id.normalize("NFC").toLowerCase()}`;
    const group = groups.get(key2);
    if (group) group.push(w);
    else groups.set(key2, [w]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const files = group.map((w) => w.post.file).sort(byText);
    for (const w of group) {
      const owns = w.record.sentHashes.has(w.post.hash);
      if (owns && fullySent(w.post, w.record)) continue;
      if (!owns) w.record = { ...w.record, tweetIds: [] };
      const others = files.filter((f) => f !== w.post.file).join(", ");
      w.duplicateId = `duplicate id "${w.post.id}": ${others} ${files.length > 2 ? "have" : "has"} the same id on account ${w.post.account}, so ${files.length > 2 ? "none of them" : "neither"} is sent; give one of them another id: or file name`;
    }
  }
}
function atText(post, severity, rule, message) {
  return { file: post.file, line: post.partLines[0] ?? 1, column: 1, severity, rule, ...wording(message) };
}
function editedAfterPublish(w) {
  const { record, post } = w;
  if (record.tweetIds.length === 0 || record.sentHashes.size === 0 || record.sentHashes.has(post.hash)) return void 0;
  if (w.status === "retracted") return void 0;
  return atText(post, "warning", "edited-after-publish", say("edited-after-publish", { sent: sentOn(w), id: post.id }));
}
var neverSentRetract = (w) => w.post.retract !== void 0 && w.record.tweetIds.length === 0 && w.record.unresolvedAttempt === void 0;
var sentOn = (w) => w.record.firstPublishedAt ? say("sent-on", { when: when(Date.parse(w.record.firstPublishedAt), w.zone) }) : "";
function queuedRename(w) {
  const { post, record } = w;
  if (post.publish.kind !== "slot" || post.publish.notBefore !== void 0 || post.publish.notAfter !== void 0) return void 0;
  if (record.renamedFrom.length === 0) return void 0;
  return atText(post, "warning", "duplicate-text", say("duplicate-text.queued-rename", { sent: sentOn(w), post: record.renamedFrom[0] }));
}
function duplicateText(w) {
  const sent = w.record.sameTextSent;
  if (!sent || w.post.draft || w.record.tweetIds.length > 0 || !ACTIVE2.has(w.status)) return void 0;
  const level = ruleSetting(w.time?.account, PLAN_RULES["duplicate-text"]).level;
  if (level === "off") return void 0;
  const zone = w.zone;
  const planned = sent.scheduledFor ? say("duplicate-text.planned", { when: when(Date.parse(sent.scheduledFor), zone) }) : "";
  return atText(w.post, level, "duplicate-text", say("duplicate-text.sent", { when: when(Date.parse(sent.at), zone), post: sent.post, planned }));
}
function toEntry(w) {
  const { decision, record, post } = w;
  const entry = {
    post,
    status: decision.status,
    slotted: w.slotted,
    zone: w.zone,
    tweetIds: record.tweetIds,
    nextPart: Math.min(record.tweetIds.length, post.parts.length)
  };
  if (w.startMs !== void 0) {
    entry.at = isoFromMs(w.startMs);
    entry.windowEnd = isoFromMs(w.startMs + w.windowMs);
  }
  if (w.parts) entry.partsAt = w.parts.partMs.map((ms) => isoFromMs(ms));
  if (w.dueUntil !== void 0 && decision.status === "due") entry.dueUntil = w.dueUntil;
  if (decision.reason !== void 0) entry.reason = decision.reason;
  if (decision.blockedBy !== void 0) entry.blockedBy = decision.blockedBy;
  if (decision.status === "expired" || decision.status === "blocked") entry.alreadyLogged = decision.alreadyLogged ?? false;
  if (record.unresolvedAttempt !== void 0) entry.unresolvedAttempt = record.unresolvedAttempt;
  if (w.replyTo !== void 0) entry.replyTo = w.replyTo;
  if (record.lastPublishedAt !== void 0) entry.publishedAt = record.lastPublishedAt;
  if (record.firstPublishedAt !== void 0) entry.firstPublishedAt = record.firstPublishedAt;
  if (decision.status === "retracted") entry.retractPending = post.retract ? pendingDeletes(record) : [];
  return entry;
}

// src/app/open-repository.ts
async function openRepository(root, options) {
  const [content, log, metrics] = await Promise.all([loadContent(root, options.load), options.log ?? readLog(root), readMetrics(root)]);
  if (options.problems?.length) content.diagnostics.push(...options.problems);
  const reads = readsOf(metrics);
  let planned;
  const plan = () => planned ??= assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now: options.now, reads });
  let shown;
  return {
    root: content.root,
    content,
    log,
    now: options.now,
    get plan() {
      return plan();
    },
    shownPlan: () => shown ??= blockInvalidPosts(plan(), content.diagnostics),
    diagnostics: () => mergeDiagnostics(content.diagnostics, log.diagnostics, plan().diagnostics),
    metrics: async () => metrics,
    reads
  };
}

export {
  resolveAccountTime,
  when,
  localIso,
  utcMinuteText,
  readableIn,
  readableWindow,
  isoFromMs,
  parseInstant,
  pricesFor,
  pastPricesFor,
  hasUrl,
  partCostMicros,
  postCostMicros,
  readAllowances,
  assemblePlan,
  readLog,
  openLogWriter,
  groupReads,
  readMetrics,
  appendMetrics,
  openRepository,
  annotate,
  joinPrefix
};
