import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  DateTime,
  Duration,
  FixedOffsetZone,
  IANAZone,
  ISO_WITH_OFFSET
} from "./chunk-PTXU3PPN.js";

// src/time/duration.ts
var DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;
function parseDuration(text) {
  const match = DURATION.exec(String(text).trim());
  if (!match || !match[1] && !match[2] && !match[3]) return null;
  const minutes = Number(match[1] ?? 0) * 1440 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  if (minutes <= 0) return null;
  return Duration.fromObject({ minutes });
}
var MAX_SPAN_MINUTES = 30 * 1440;
var MAX_SPAN_TEXT = "30d";
function overMaxSpan(duration) {
  const minutes = duration.as("minutes");
  return !Number.isFinite(minutes) || minutes > MAX_SPAN_MINUTES;
}
function formatMinutes(total) {
  const days = Math.floor(total / 1440);
  const hours = Math.floor(total % 1440 / 60);
  const minutes = total % 60;
  return `${days ? `${days}d` : ""}${hours ? `${hours}h` : ""}${minutes ? `${minutes}m` : ""}` || "0m";
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
    return {
      ok: false,
      rule: "nonexistent-local-time",
      message: `${wallText(naive)} does not exist in ${zone}: clocks jump from ${clockText(gapStart)} to ${clockText(gapEnd)}. Write ${wallText(gapEnd)} instead.`
    };
  }
  if (instants.length === 1) return exact(instants[0], zone, false);
  const instant = atOffset(instants[0], zone);
  const later = atOffset(instants[1], zone);
  const change = transitionBetween(zone, instants[0], instants[1] + MINUTE_MS, after);
  const withOffset = (dt) => dt.toFormat("yyyy-MM-dd'T'HH:mmZZ");
  return {
    ok: true,
    ms: instants[0],
    instant,
    dateOnly: false,
    ambiguous: {
      later,
      message: `${wallText(naive)} happens twice in ${zone} (clocks go back from ${clockText(change + before * MINUTE_MS)} to ${clockText(change + after * MINUTE_MS)}); herald uses the first, ${withOffset(instant)}. To mean the second, write ${withOffset(later)}; to keep the first without this warning, write ${withOffset(instant)}.`
    }
  };
}
function resolveLocalTime(value, zone, options = {}) {
  const text = value instanceof Date ? value.toISOString() : String(value ?? "").trim();
  const example = options.allowDate ? "2026-12-01 or 2026-12-01 09:00" : "2026-12-01 09:00";
  const invalid = (why) => ({
    ok: false,
    rule: "invalid-time",
    message: `"${text}" is not a valid ${why}. Write a date and time like ${example}, or an ISO time with an offset like 2026-12-01T09:00-05:00.`
  });
  if (ISO_WITH_OFFSET.test(text)) {
    const parsed = DateTime.fromISO(text.replace(" ", "T").replace(/\s/, ""), { setZone: true });
    return parsed.isValid ? { ok: true, ms: parsed.toMillis(), instant: parsed, dateOnly: false } : invalid("date and time");
  }
  const match = WALL.exec(text);
  if (!match) return invalid(options.allowDate ? "date or time" : "time");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCFullYear() !== year || calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return invalid("date");
  if (match[4] === void 0) {
    if (!options.allowDate) return invalid("time: a time of day is needed");
    return exact(startOfLocalDay(year, month, day, zone), zone, true, startOfLocalDay(year, month, day + 1, zone));
  }
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return invalid("time of day (00:00 to 23:59)");
  return resolveWallClock({ year, month, day, hour, minute, second }, zone);
}

export {
  parseDuration,
  MAX_SPAN_TEXT,
  overMaxSpan,
  formatMinutes,
  offsetAt,
  wallClockInstants,
  localDay,
  wallClockText,
  resolveLocalTime
};
