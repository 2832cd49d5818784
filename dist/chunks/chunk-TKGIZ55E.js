import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkPost,
  partPosition,
  splitBody,
  unclosedComment
} from "./chunk-2OMW7OL7.js";
import {
  FileReporter,
  START,
  checkFileName,
  checkSchema,
  parseYamlSource,
  postId
} from "./chunk-CQ3W4P2P.js";
import {
  LineIndex,
  quote,
  stripBom
} from "./chunk-M6IPRPYU.js";
import {
  RepositoryDoor,
  SIZE_LIMITS,
  doorDiagnostic
} from "./chunk-JNZ2SSK4.js";

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
import path from "node:path";

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

// src/content/post-file.ts
var YAML_LANGUAGES = /* @__PURE__ */ new Set(["", "yaml", "yml"]);
var NOT_SUPPORTED = {
  poll: {
    rule: "not-yet-supported",
    message: "herald cannot attach polls yet: this post would go out without its poll. Remove `poll:` and create the poll on x.com by hand, or ask the options in the text"
  },
  reply_to: {
    rule: "not-yet-supported",
    message: "herald cannot publish replies yet: this post would go out on its own, not as a reply. Remove `reply_to:` and reply on x.com by hand; to continue one of your own posts, write a thread (parts separated by a line holding only `---`)"
  },
  retract: {
    rule: "not-yet-supported",
    message: "herald cannot delete posts from X yet: `retract` would do nothing. Remove it; to keep an unpublished post from going out write `draft: true` (or delete the file), and delete a published one on x.com"
  },
  quote: {
    rule: "quote-unavailable",
    message: "X removed quote posts from self-serve API plans (2026-04), so herald cannot quote. Remove `quote:`; to point at that post, put its link in the text"
  }
};
var TIMED_SEPARATOR = /^---[ \t]+(?:\+\d|at[ \t]+\d)[^\n]*/m;
var CLOSE_LINE = /^---[ \t]*\r?$/;
function readPostFile(root, file, rawText, problem) {
  const text = stripBom(rawText);
  const index = new LineIndex(text);
  const reporter = new FileReporter(file);
  const absPath = path.join(root, file);
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
  if (yaml.data === void 0) return source;
  if (yaml.data === null || typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    reporter.error("schema", { line: 2, column: 1 }, "the front matter must be settings written `key: value`, e.g. `account: main`");
    return source;
  }
  const data = yaml.data;
  checkSchema("post", refuseUnsupported(yaml, reporter), reporter, "the front matter");
  refuseIgnoredPublishKeys(yaml, reporter);
  source.fields = {
    account: typeof data.account === "string" ? data.account : void 0,
    media: toMedia(data.media, path.dirname(absPath)),
    draft: data.draft === true,
    positions: { ...yaml.positions, body: index.pos(Math.min(bodyOffset, Math.max(0, index.text.length - 1))) }
  };
  source.post = toPost(file, data, source.fields, source.parts);
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
    parts: texts,
    partLines: parts.map((part) => part.start.line),
    hash: createHash("sha256").update(texts.join("\n---\n")).digest("hex"),
    positions: fields.positions,
    // Nothing is kept for later: a key herald does not act on is an error (NOT_SUPPORTED).
    extra: {}
  };
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
  const { index, reporter, parts } = source;
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
  for (const part of parts) {
    if (!part.text.includes("---")) continue;
    const timed = TIMED_SEPARATOR.exec(part.text);
    if (timed) {
      reporter.error(
        "not-yet-supported",
        partPosition(index, part, timed.index),
        `timed thread parts (\`${quote(timed[0].trim())}\`) are not supported yet: this line would be published as text. Separate the parts with a line holding only \`---\` (they then go out together), or make the later part its own post with its own \`publish: { at: ... }\``
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
function toTags(value) {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((tag) => typeof tag === "string") : [];
}
function toMedia(value, postDir) {
  if (!Array.isArray(value)) return [];
  const media = [];
  for (const item of value) {
    if (item === null || typeof item !== "object" || typeof item.file !== "string") continue;
    const { file, alt } = item;
    media.push({ file, absPath: path.resolve(postDir, file), ...typeof alt === "string" ? { alt } : {} });
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
    const source = readPostFile(batch.root, file, read.text, read.problem);
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
