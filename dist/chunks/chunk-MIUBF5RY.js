import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkPost,
  partPosition,
  readReplyTo,
  splitBody,
  unclosedComment
} from "./chunk-TEMYJFWB.js";
import {
  FileReporter,
  START,
  checkFileName,
  checkSchema,
  parseYamlSource,
  postId
} from "./chunk-MOTDAXFJ.js";
import {
  LineIndex,
  quote,
  stripBom
} from "./chunk-M6IPRPYU.js";
import {
  MAX_SPAN_TEXT,
  formatMinutes,
  overMaxSpan,
  parseDuration,
  resolveLocalTime
} from "./chunk-VRTKERLG.js";
import {
  RepositoryDoor,
  SIZE_LIMITS,
  doorDiagnostic
} from "./chunk-RHVEX7W2.js";

// src/content/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeSource(bytes) {
  let text;
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    const encoding = bytes[0] === 255 ? "utf-16le" : "utf-16be";
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder(encoding).decode(bytes);
      return {
        text: lineBreaks(text),
        problem: {
          rule: "invalid-encoding",
          message: `the file is UTF-16 (it starts with a ${encoding === "utf-16le" ? "FF FE" : "FE FF"} byte-order mark) but is not valid UTF-16 (a broken surrogate pair or an odd number of bytes); save it as UTF-8`,
          line: 1,
          column: 1,
          offset: 0
        }
      };
    }
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      return invalidUtf8(bytes);
    }
  }
  text = lineBreaks(text);
  const nul = text.indexOf("\0");
  if (nul !== -1) return { text, problem: nulProblem(text, nul, bytes) };
  return { text };
}
function lineBreaks(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}
function invalidUtf8(bytes) {
  const offset = firstInvalidUtf8(bytes);
  const text = lineBreaks(new TextDecoder("utf-8").decode(bytes));
  const { line, column } = positionOfByte(bytes, offset);
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
  return {
    text,
    problem: {
      rule: "invalid-encoding",
      message: `byte ${offset} (line ${line}, column ${column}) is not valid UTF-8 (bytes ${shown}); the file was probably saved in another encoding (Windows-1252, Latin-1): save it as UTF-8, and check the characters around it`,
      line,
      column,
      offset
    }
  };
}
function nulProblem(text, index, bytes) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const utf16 = bytes[0] === 255 || bytes[0] === 254;
  const offset = utf16 ? 2 + index * 2 : Buffer.byteLength(text.slice(0, index)) + (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0);
  return {
    rule: "nul-character",
    message: `line ${line}, column ${index - lineStart + 1} (byte ${offset}) holds a NUL character (byte 00), which is never text: remove it (a file full of them was saved as UTF-16 without a byte-order mark: save it as UTF-8)`,
    line,
    column: index - lineStart + 1,
    offset
  };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min = 128;
    let max = 191;
    if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224) min = 160;
      if (b === 237) max = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240) min = 144;
      if (b === 244) max = 143;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0) return i;
      if (k === 1 ? c < min || c > max : c < 128 || c > 191) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
function positionOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || bytes[i] === 13 && bytes[i + 1] !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8", { ignoreBOM: line > 1 }).decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

// src/content/post-file.ts
import { createHash } from "node:crypto";

// src/content/front-matter.ts
function splitFrontMatter(text) {
  const firstLineEnd = text.slice(3).search(/\r?\n/);
  const language = firstLineEnd === -1 ? text.slice(3, -1) : text.slice(3, 3 + firstLineEnd);
  const start = language.trim() === "" ? 3 : 3 + language.length;
  let close = text.indexOf("\n---", start);
  if (close === -1) close = text.length;
  const frontMatter = text.slice(start, close);
  let bodyOffset = Math.min(text.length, close + 4);
  if (text[bodyOffset] === "\r") bodyOffset++;
  if (text[bodyOffset] === "\n") bodyOffset++;
  return { frontMatter, empty: frontMatter.replace(/^\s*#[^\n]+/gm, "").trim() === "", bodyOffset, closeOffset: Math.min(text.length, close + 1) };
}

// src/content/part-times.ts
var ZERO = /^(?=\d)(?:0+d)?(?:0+h)?(?:0+m)?$/;
var HOW = "Write `--- +45m` (minutes, hours or days after the previous part: 45m, 2h, 1h30m, 1d) or `--- at 2026-12-01 14:30` (in the post’s zone)";
function readPartTimes(parts, publish, reporter) {
  if (!parts.some((part) => part.separator)) return void 0;
  return parts.map((part, i) => {
    const separator = part.separator;
    if (!separator || i === 0) return void 0;
    const spec = separator.spec.trim();
    const where = { written: spec, line: separator.pos.line, column: separator.pos.column };
    const line = `\`--- ${quote(spec)}\``;
    if (spec.startsWith("+")) {
      const written = spec.slice(1);
      const duration = parseDuration(written);
      if (!duration && ZERO.test(written)) {
        reporter.error(
          "invalid-duration",
          separator.pos,
          `${line}: part ${i + 1} would go out 0 minutes after part ${i}. To send it right after the previous part, use a plain \`---\`; else write how long after, like \`--- +45m\``
        );
        return void 0;
      }
      if (duration && overMaxSpan(duration)) {
        reporter.error(
          "invalid-duration",
          separator.pos,
          `${line}: "${quote(written)}" is longer than ${MAX_SPAN_TEXT}, so part ${i + 1} has no time. A timed part goes out at most ${MAX_SPAN_TEXT} after the previous one; write a shorter time like \`--- +45m\` or \`--- +2d\`, or make it a post of its own`
        );
        return void 0;
      }
      if (!duration) {
        reporter.error(
          "invalid-duration",
          separator.pos,
          `${line}: "${quote(spec.slice(1))}" is not a duration, so part ${i + 1} has no time. ${HOW}; a line holding only \`---\` sends it right after the previous part`
        );
        return void 0;
      }
      return { kind: "after", minutes: Math.round(duration.as("minutes")), ...where };
    }
    const at = spec.replace(/^at[ \t]+/, "");
    const resolved = resolveLocalTime(at, "UTC");
    if (!resolved.ok && resolved.rule === "invalid-time") {
      reporter.error("invalid-time", separator.pos, `${line}: "${quote(at)}" is not a date and time, so part ${i + 1} has no time. ${HOW}`);
      return void 0;
    }
    if (publish?.kind === "slot") {
      reporter.error(
        "timed-part",
        separator.pos,
        `${line}: this post waits for the queue (\`slot: next\`), so its first part’s time is not known and a fixed time for part ${i + 1} could come before it. Write the time after the previous part, like \`--- +45m\`, or give the post a fixed \`publish: { at: ... }\``
      );
      return void 0;
    }
    return { kind: "at", at, ...where };
  });
}
var UNIT = String.raw`(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\b`;
var NEAR_MISS = new RegExp(
  String.raw`^(?:\+[ \t]*\d+[ \t]*${UNIT}|(?:@|after\b|at\b)[ \t]*\+?[ \t]*\d|\d+[ \t]*${UNIT}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\b)`,
  "i"
);
function reportNearMissSeparators(index, parts, reporter) {
  for (const part of parts) {
    if (!part.text.includes("---")) continue;
    let offset = 0;
    for (const line of part.text.split("\n")) {
      const rest = line.slice(3).trim();
      if (line.startsWith("---") && !rest.startsWith("-") && NEAR_MISS.test(rest)) {
        reporter.report(
          "warning",
          "timed-part",
          partPosition(index, part, offset),
          `\`${quote(line.trim())}\` is not a separator, so this line is published as text, in the part above. To start a timed part, write \`--- +45m\` (after the previous part: 45m, 2h, 1h30m, 1d) or \`--- at 2026-12-10 17:30\` (in the post’s zone), nothing else on the line; if it is meant as text, do not start the line with \`---\``
        );
      }
      offset += line.length + 1;
    }
  }
}

// src/content/poll.ts
var POLL_MIN_OPTIONS = 2;
var POLL_MAX_OPTIONS = 4;
var POLL_OPTION_MAX = 25;
var POLL_MIN_MINUTES = 5;
var POLL_MAX_MINUTES = 7 * 24 * 60;
var EXAMPLE = "`poll: { options: [Dark mode, Offline sync], duration: 1d }`";
var RULE = "poll-invalid";
var pollOptionLength = (option) => [...option].length;
function readPoll(value, positions, keys, reporter, hasMedia) {
  const at = (path, fallback = "poll") => positions[path] ?? keys[path] ?? positions[fallback] ?? keys[fallback] ?? { line: 1, column: 1 };
  const keyAt = keys.poll ?? at("poll");
  const fail = (where, message) => {
    reporter.error(RULE, where, message);
    return void 0;
  };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail(keyAt, `a poll is its options and how long it runs; write ${EXAMPLE}`);
  }
  const poll = value;
  let ok = true;
  for (const key of Object.keys(poll)) {
    if (key === "options" || key === "duration") continue;
    ok = false;
    const hint = /^duration_?minutes$|^length$|^ends?$/i.test(key) ? " (write the time as `duration: 1d`)" : key === "choices" ? " (write `options:`)" : "";
    reporter.error(
      RULE,
      keys[`poll.${key}`] ?? keyAt,
      `\`poll.${quote(key)}\` is not a poll setting${hint}; a poll has \`options\` and \`duration\`, like ${EXAMPLE}`
    );
  }
  if (hasMedia) {
    ok = false;
    reporter.error(RULE, keyAt, "X takes a poll or media on a post, not both; remove `media:` from this post, or put the poll in a post of its own");
  }
  const options = readOptions(poll.options, at);
  const durationMinutes = readDuration(poll, at, reporter);
  if (!options.ok) {
    for (const [where, message] of options.problems) reporter.error(RULE, where, message);
    return void 0;
  }
  if (!ok || durationMinutes === void 0) return void 0;
  return { options: options.options, durationMinutes };
}
function readOptions(value, at) {
  if (value === void 0 || value === null) {
    return {
      ok: false,
      problems: [[at("poll"), `the poll has no options; add \`options: [Dark mode, Offline sync]\` (${POLL_MIN_OPTIONS} to ${POLL_MAX_OPTIONS} choices)`]]
    };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        [
          at("poll.options"),
          `\`poll.options\` must be a list of ${POLL_MIN_OPTIONS} to ${POLL_MAX_OPTIONS} choices, like \`options: [Dark mode, Offline sync]\``
        ]
      ]
    };
  }
  const problems = [];
  if (value.length < POLL_MIN_OPTIONS || value.length > POLL_MAX_OPTIONS) {
    const fix = value.length < POLL_MIN_OPTIONS ? `add ${POLL_MIN_OPTIONS - value.length} more` : `remove ${value.length - POLL_MAX_OPTIONS}`;
    problems.push([
      at("poll.options"),
      `the poll has ${value.length} option${value.length === 1 ? "" : "s"}; X takes ${POLL_MIN_OPTIONS} to ${POLL_MAX_OPTIONS}: ${fix}`
    ]);
  }
  const options = [];
  const seen = /* @__PURE__ */ new Map();
  value.forEach((item, i) => {
    const where = at(`poll.options.${i}`, "poll.options");
    const name = `option ${i + 1}`;
    if (typeof item !== "string") {
      problems.push([
        where,
        item === null ? `${name} is empty; write its text, or remove it` : `${name} (\`${quote(item)}\`) is read as a ${Array.isArray(item) ? "list" : typeof item === "object" ? "setting" : typeof item === "boolean" ? "yes/no value" : "number"}, not as text; write it in quotes, like \`"${quote(item)}"\``
      ]);
      return;
    }
    const text = item.trim();
    const length = pollOptionLength(text);
    if (length === 0) problems.push([where, `${name} is empty; write its text, or remove it`]);
    else if (length > POLL_OPTION_MAX) {
      problems.push([where, `${name} \`${quote(text)}\` is ${length} characters; X allows ${POLL_OPTION_MAX}: shorten it by ${length - POLL_OPTION_MAX}`]);
    } else if (seen.has(text.toLowerCase())) {
      problems.push([where, `${name} \`${quote(text)}\` is the same as option ${seen.get(text.toLowerCase()) + 1}; each option must differ`]);
    }
    seen.set(text.toLowerCase(), seen.get(text.toLowerCase()) ?? i);
    options.push(text);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}
function readDuration(poll, at, reporter) {
  const value = poll.duration;
  const where = at("poll.duration");
  const range = `${formatMinutes(POLL_MIN_MINUTES)} to ${formatMinutes(POLL_MAX_MINUTES)}`;
  if (value === void 0 || value === null) {
    reporter.error(RULE, where, `the poll has no \`duration\`; say how long it runs, like \`duration: 1d\` (${range})`);
    return void 0;
  }
  if (typeof value === "number") {
    reporter.error(RULE, where, `\`poll.duration\` needs a unit: write ${unitChoices(value)} (${range})`);
    return void 0;
  }
  const parsed = typeof value === "string" ? parseDuration(value) : null;
  if (!parsed) {
    reporter.error(RULE, where, `\`poll.duration\` must be a duration like 90m, 2h or 1d — you wrote \`${quote(value)}\`. For example: \`duration: 1d\``);
    return void 0;
  }
  const minutes = parsed.as("minutes");
  if (minutes < POLL_MIN_MINUTES || minutes > POLL_MAX_MINUTES) {
    const fix = minutes < POLL_MIN_MINUTES ? `at least \`duration: ${formatMinutes(POLL_MIN_MINUTES)}\`` : `at most \`duration: 7d\``;
    reporter.error(RULE, where, `a poll runs ${range} on X; \`${quote(value)}\` is ${minutes < POLL_MIN_MINUTES ? "shorter" : "longer"}: write ${fix}`);
    return void 0;
  }
  return minutes;
}
function unitChoices(value) {
  const fits = (minutes) => minutes >= POLL_MIN_MINUTES && minutes <= POLL_MAX_MINUTES;
  const choices = [
    [value, `\`duration: ${value}m\` for minutes`],
    [value * 60, `\`duration: ${value}h\` for hours`],
    [value * 1440, `\`duration: ${value}d\` for days`]
  ].filter(([minutes]) => fits(minutes));
  return choices.length > 0 ? choices.map(([, text]) => text).join(" or ") : "a duration like `duration: 1d`";
}

// src/content/post-file.ts
var YAML_LANGUAGES = /* @__PURE__ */ new Set(["", "yaml", "yml"]);
var NOT_SUPPORTED = {
  quote: {
    rule: "quote-unavailable",
    message: "X removed quote posts from self-serve API plans (2026-04), so herald cannot quote. Remove `quote:`; to point at that post, put its link in the text"
  }
};
var CLOSE_LINE = /^---[ \t]*\r?$/;
function readPostFile(file, rawText, problem) {
  const text = stripBom(rawText);
  const index = new LineIndex(text);
  const reporter = new FileReporter(file);
  const source = { file, index, reporter, parts: [] };
  if (!checkFileName(file, reporter)) return source;
  if (problem) reporter.error(problem.rule, problem, problem.message);
  if (!/^---(?!-)/.test(text)) {
    reporter.error(
      "schema",
      START,
      "this post has no front matter; start the file with a line `---`, then `account: main` and `publish: { at: 2026-12-01 09:00 }`, then a line `---`, then the text"
    );
    return source;
  }
  const firstLineEnd = text.search(/\r?\n|$/);
  const language = text.slice(3, firstLineEnd).trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    reporter.error(
      "executable-front-matter",
      { line: 1, column: 4 },
      `front matter in \`${language}\` is never run or read, for safety; write it in YAML: a first line holding only \`---\`, then \`account: main\``
    );
    return source;
  }
  if (text.indexOf("\n---", 3) === -1) {
    reporter.error(
      "yaml-syntax",
      START,
      "the front matter opened on line 1 is never closed; add a line holding only `---` after the last setting, before the text"
    );
    return source;
  }
  const { frontMatter, empty, bodyOffset, closeOffset } = splitFrontMatter(text);
  const closeEnd = text.indexOf("\n", closeOffset);
  const closeLine = text.slice(closeOffset, closeEnd === -1 ? text.length : closeEnd);
  if (!CLOSE_LINE.test(closeLine)) {
    reporter.error(
      "front-matter-close",
      index.pos(closeOffset),
      `\`${quote(closeLine.trimEnd())}\` is read as the end of the front matter, but only a line holding exactly \`---\` may close it; write \`---\` on this line (and the text on the next), or, if it belongs to the text, close the front matter with a \`---\` line above it`
    );
  }
  const yaml = empty ? { data: {}, positions: {}, keys: {} } : parseYamlSource(frontMatter, reporter);
  source.parts = splitBody(index, bodyOffset);
  checkBody(source, bodyOffset);
  reportNearMissSeparators(index, source.parts, reporter);
  if (yaml.data === void 0) return source;
  if (yaml.data === null || typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    reporter.error("schema", { line: 2, column: 1 }, "the front matter must be settings written `key: value`, e.g. `account: main`");
    return source;
  }
  const data = yaml.data;
  checkSchema("post", withoutOwnChecks(refuseUnsupported(yaml, reporter)), reporter, "the front matter");
  refuseIgnoredPublishKeys(yaml, reporter);
  source.fields = {
    account: typeof data.account === "string" ? data.account : void 0,
    media: toMedia(data.media),
    draft: data.draft === true,
    positions: { ...yaml.positions, body: index.pos(Math.min(bodyOffset, Math.max(0, index.text.length - 1))) }
  };
  const poll = Object.hasOwn(data, "poll") ? readPoll(data.poll, yaml.positions, yaml.keys, reporter, Array.isArray(data.media) && data.media.length > 0) : void 0;
  const replyTo = Object.hasOwn(data, "reply_to") ? readReplyTo(data.reply_to, yaml.positions, index.text, reporter) : void 0;
  const partTimes = readPartTimes(source.parts, toPublish(data.publish), reporter);
  source.post = toPost(file, data, source.fields, source.parts);
  if (source.post && poll) source.post.poll = poll;
  if (source.post && replyTo) source.post.replyTo = replyTo;
  if (source.post && (poll || replyTo)) source.post.hash = postHash(source.post.parts, poll, replyTo);
  if (source.post && partTimes) source.post.partTimes = partTimes;
  return source;
}
function toPost(file, data, fields, parts) {
  const publish = toPublish(data.publish);
  if (fields.account === void 0 || !publish) return void 0;
  const texts = parts.map((part) => part.text);
  return {
    id: postId(data.id, file),
    file,
    account: fields.account,
    publish,
    tags: toTags(data.tags),
    media: fields.media,
    draft: fields.draft,
    ...toRetract(data.retract),
    parts: texts,
    partLines: parts.map((part) => part.start.line),
    hash: postHash(texts),
    positions: fields.positions
    // Nothing is kept for later: a key herald does not act on is an error (NOT_SUPPORTED).
  };
}
function postHash(texts, poll, replyTo) {
  let sent = texts.join("\n---\n");
  if (replyTo) sent += `
\0reply_to:${replyTo.kind === "post" ? `post:${replyTo.id}` : replyTo.id}`;
  if (poll) sent += `
\0poll:${JSON.stringify({ options: poll.options, duration_minutes: poll.durationMinutes })}`;
  return createHash("sha256").update(sent).digest("hex");
}
function refuseUnsupported(yaml, reporter) {
  const data = yaml.data;
  let rest;
  for (const key of Object.keys(NOT_SUPPORTED)) {
    if (!Object.hasOwn(data, key)) continue;
    const { rule, message } = NOT_SUPPORTED[key];
    reporter.error(rule, yaml.keys[key] ?? yaml.positions[key] ?? START, message);
    rest ??= { ...data };
    delete rest[key];
  }
  return rest ? { ...yaml, data: rest } : yaml;
}
function withoutOwnChecks(yaml) {
  const data = yaml.data;
  if (!Object.hasOwn(data, "poll") && !Object.hasOwn(data, "reply_to")) return yaml;
  const { poll: _poll, reply_to: _replyTo, ...rest } = data;
  return { ...yaml, data: rest };
}
function refuseIgnoredPublishKeys(yaml, reporter) {
  const publish = yaml.data.publish;
  if (publish === null || typeof publish !== "object" || !Object.hasOwn(publish, "at") || Object.hasOwn(publish, "slot")) return;
  for (const key of ["not_before", "not_after"]) {
    if (!Object.hasOwn(publish, key)) continue;
    reporter.error(
      "schema",
      yaml.keys[`publish.${key}`] ?? yaml.positions[`publish.${key}`] ?? yaml.positions.publish ?? START,
      `\`publish.${key}\` only bounds the queue (\`slot: next\`); with \`at\` the post goes out at that time and \`${key}\` would do nothing. Remove it, or use \`window: 2h\` to say how late the post may still go out`
    );
  }
}
function checkBody(source, bodyOffset) {
  const { index, reporter } = source;
  const text = index.text;
  if (text.includes("<!--", bodyOffset)) {
    const open = unclosedComment(text, bodyOffset);
    if (open !== void 0) {
      const after = text.slice(open);
      const hidden = after.split("\n").length - (after.endsWith("\n") ? 1 : 0);
      reporter.error(
        "unclosed-comment",
        index.pos(open),
        `this \`<!--\` comment is never closed, so everything after it (${hidden} line${hidden === 1 ? "" : "s"}) would be left out of the post; end the comment with \`-->\` where the note ends`
      );
    }
  }
}
function optionalString(value) {
  return typeof value === "string" || typeof value === "number" ? String(value) : void 0;
}
function toPublish(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  const spec = value;
  const zone = optionalString(spec.zone);
  const window = optionalString(spec.window);
  const at = optionalString(spec.at);
  if (at !== void 0) return { kind: "at", at, zone, window };
  if ("slot" in spec) {
    return { kind: "slot", notBefore: optionalString(spec.not_before), notAfter: optionalString(spec.not_after), zone, window };
  }
  return void 0;
}
function toRetract(value) {
  if (value === true) return { retract: {} };
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const { reason, ...rest } = value;
  if (typeof reason !== "string" || reason.trim() === "" || Object.keys(rest).length > 0) return {};
  return { retract: { reason: reason.trim() } };
}
function toTags(value) {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((tag) => typeof tag === "string") : [];
}
function toMedia(value) {
  if (!Array.isArray(value)) return [];
  const media = [];
  for (const item of value) {
    if (item === null || typeof item !== "object" || typeof item.file !== "string") continue;
    const { file, alt } = item;
    media.push({ file, ...typeof alt === "string" ? { alt } : {} });
  }
  return media;
}

// src/content/load-posts.ts
var opened;
function loadPostBatch(batch, accounts) {
  if (opened?.root !== batch.root) opened = RepositoryDoor.open(batch.root);
  const door = opened;
  return batch.files.map((file) => {
    const read = readText(door, file, SIZE_LIMITS.post, "post");
    if (!("text" in read)) return { diagnostics: [doorDiagnostic(read)] };
    const source = readPostFile(file, read.text, read.problem);
    checkPost(source, accounts, door, batch.errorsOnly === true);
    return { post: source.post, diagnostics: source.reporter.diagnostics };
  });
}
function readText(door, file, maxBytes, what) {
  const read = door.readFile(file, maxBytes, what);
  if (!read.ok) return read.problem;
  return decodeSource(read.value);
}

export {
  loadPostBatch,
  readText
};
