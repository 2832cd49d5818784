import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  DateTime,
  FixedOffsetZone,
  IANAZone,
  ISO_WITH_OFFSET,
  hasOffset
} from "./chunk-JZO4KPLM.js";
import {
  editDistance,
  say
} from "./chunk-GLT5U4BZ.js";

// src/time/zones.ts
var validity = /* @__PURE__ */ new Map();
function isValidZone(zone) {
  let valid = validity.get(zone);
  if (valid === void 0) {
    valid = typeof zone === "string" && zone.length > 0 && IANAZone.isValidZone(zone);
    validity.set(zone, valid);
  }
  return valid;
}
function suggestZone(zone) {
  const known = [...Intl.supportedValuesOf("timeZone"), "UTC"];
  const normal = (z) => z.toLowerCase().replace(/[\s_-]+/g, "_");
  const wanted = normal(zone);
  let best;
  for (const name of known) {
    const candidate = normal(name);
    const city = candidate.slice(candidate.lastIndexOf("/") + 1);
    const score = Math.min(editDistance(wanted, candidate), wanted.includes("/") ? Infinity : editDistance(wanted, city));
    if (!best || score < best.score || score === best.score && name < best.name) best = { name, score };
  }
  return best && best.score <= Math.max(2, Math.floor(wanted.length / 5)) ? best.name : void 0;
}
function zoneAdvice(zone) {
  const suggestion = suggestZone(zone);
  return suggestion ? `Write ${suggestion} instead.` : "Write an IANA time-zone name such as America/New_York, Europe/London or UTC.";
}

// src/time/fixed-offset.ts
var FIXED = /^UTC([+-])(\d{2}):(\d{2})$/;
function fixedOffsetZoneOf(text) {
  const trimmed = text.trim();
  if (!hasOffset(trimmed)) return void 0;
  if (/z$/i.test(trimmed)) return "UTC";
  const match = /([+-])(\d{2}):?(\d{2})?$/.exec(trimmed);
  if (!match) return void 0;
  const [, sign, hours, minutes = "00"] = match;
  if (Number(hours) > 23 || Number(minutes) > 59) return void 0;
  return hours === "00" && minutes === "00" ? "UTC" : `UTC${sign}${hours}:${minutes}`;
}
function fixedOffsetMinutes(zone) {
  const match = FIXED.exec(zone);
  if (!match) return void 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}
function isShownZone(zone) {
  return isValidZone(zone) || fixedOffsetMinutes(zone) !== void 0;
}

// src/time/local-time.ts
var zones = /* @__PURE__ */ new Map();
function ianaZone(name) {
  let zone = zones.get(name);
  if (!zone) zones.set(name, zone = IANAZone.create(name));
  return zone;
}
var BUCKET_MS = 24 * 36e5;
var samples = /* @__PURE__ */ new Map();
var changes = /* @__PURE__ */ new Map();
function offsetAt(zone, ms) {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== void 0) return fixed;
  let known = samples.get(zone);
  if (!known) samples.set(zone, known = /* @__PURE__ */ new Map());
  const bucket = Math.floor(ms / BUCKET_MS);
  const sample = (b) => {
    let offset = known.get(b);
    if (offset === void 0) known.set(b, offset = ianaZone(zone).offset(b * BUCKET_MS));
    return offset;
  };
  const start = sample(bucket);
  const end = sample(bucket + 1);
  if (start === end) return start;
  let found = changes.get(zone);
  if (!found) changes.set(zone, found = /* @__PURE__ */ new Map());
  let change = found.get(bucket);
  if (change === void 0) {
    let low = bucket * BUCKET_MS;
    let high = (bucket + 1) * BUCKET_MS;
    while (high - low > 1e3) {
      const mid = low + Math.floor((high - low) / 2e3) * 1e3;
      if (ianaZone(zone).offset(mid) === start) low = mid;
      else high = mid;
    }
    found.set(bucket, change = high);
  }
  return ms >= change ? end : start;
}
var WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
var DAY_MS = 864e5;
var MINUTE_MS = 6e4;
function wallText(naiveMs) {
  return new Date(naiveMs).toISOString().slice(0, 16).replace("T", " ");
}
function clockText(naiveMs) {
  return new Date(naiveMs).toISOString().slice(11, 16);
}
function transitionBetween(zone, lowMs, highMs, after) {
  let low = Math.floor(lowMs / MINUTE_MS);
  let high = Math.ceil(highMs / MINUTE_MS);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(zone, mid * MINUTE_MS) === after) high = mid;
    else low = mid + 1;
  }
  return low * MINUTE_MS;
}
function wallClockInstants(naive, zone) {
  const before = offsetAt(zone, naive - 1.5 * DAY_MS);
  const after = offsetAt(zone, naive + 1.5 * DAY_MS);
  const instants = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const ms = naive - offset * MINUTE_MS;
    if (offsetAt(zone, ms) === offset) instants.push(ms);
  }
  return { instants: instants.sort((a, b) => a - b), before, after };
}
function startOfLocalDay(year, month, day, zone) {
  const { instants } = wallClockInstants(Date.UTC(year, month - 1, day), zone);
  return instants.length > 0 ? instants[0] : DateTime.fromObject({ year, month, day: 1 }, { zone }).plus({ days: day - 1 }).startOf("day").toMillis();
}
function localDay(zone, ms) {
  return new Date(ms + offsetAt(zone, ms) * 6e4).toISOString().slice(0, 10);
}
function wallClockText(ms, zone) {
  return wallText(ms + offsetAt(zone, ms) * MINUTE_MS);
}
function exact(ms, zone, dateOnly, nextDayMs) {
  let instant;
  return {
    ok: true,
    ms,
    dateOnly,
    ...nextDayMs === void 0 ? {} : { nextDayMs },
    get instant() {
      return instant ??= atOffset(ms, zone);
    }
  };
}
function atOffset(ms, zone) {
  return DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(offsetAt(zone, ms)) });
}
function resolveWallClock(fields, zone) {
  const naive = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second ?? 0);
  const { instants, before, after } = wallClockInstants(naive, zone);
  if (instants.length === 0) {
    const change2 = transitionBetween(zone, naive - after * MINUTE_MS, naive - before * MINUTE_MS, after);
    const gapStart = change2 + before * MINUTE_MS;
    const gapEnd = change2 + after * MINUTE_MS;
    const said2 = say("nonexistent-local-time", { time: wallText(naive), zone, from: clockText(gapStart), to: clockText(gapEnd), instead: wallText(gapEnd) });
    return { ok: false, rule: "nonexistent-local-time", message: said2.message, said: said2 };
  }
  if (instants.length === 1) return exact(instants[0], zone, false);
  const instant = atOffset(instants[0], zone);
  const later = atOffset(instants[1], zone);
  const change = transitionBetween(zone, instants[0], instants[1] + MINUTE_MS, after);
  const withOffset = (dt) => dt.toFormat("yyyy-MM-dd'T'HH:mmZZ");
  const said = say("ambiguous-local-time", {
    time: wallText(naive),
    zone,
    from: clockText(change + before * MINUTE_MS),
    to: clockText(change + after * MINUTE_MS),
    first: withOffset(instant),
    second: withOffset(later)
  });
  return { ok: true, ms: instants[0], instant, dateOnly: false, ambiguous: { later, message: said.message, said } };
}
function resolveLocalTime(value, zone, options = {}) {
  const text = value instanceof Date ? value.toISOString() : String(value ?? "").trim();
  const example = options.allowDate ? say("invalid-time.examples", { date: "2026-12-01", time: "2026-12-01 09:00" }) : "2026-12-01 09:00";
  const invalid = (what) => {
    const said = say("invalid-time", { text, what, example });
    return { ok: false, rule: "invalid-time", message: said.message, said };
  };
  if (ISO_WITH_OFFSET.test(text)) {
    const parsed = DateTime.fromISO(text.replace(" ", "T").replace(/\s/, ""), { setZone: true });
    return parsed.isValid ? { ok: true, ms: parsed.toMillis(), instant: parsed, dateOnly: false } : invalid(say("what.date-and-time"));
  }
  const match = WALL.exec(text);
  if (!match) return invalid(options.allowDate ? say("what.date-or-time") : say("what.time"));
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCFullYear() !== year || calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return invalid(say("what.date"));
  if (match[4] === void 0) {
    if (!options.allowDate) return invalid(say("what.time-of-day"));
    return exact(startOfLocalDay(year, month, day, zone), zone, true, startOfLocalDay(year, month, day + 1, zone));
  }
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return invalid(say("what.clock"));
  return resolveWallClock({ year, month, day, hour, minute, second }, zone);
}

export {
  isValidZone,
  suggestZone,
  zoneAdvice,
  fixedOffsetZoneOf,
  isShownZone,
  offsetAt,
  wallClockInstants,
  localDay,
  wallClockText,
  resolveLocalTime
};
