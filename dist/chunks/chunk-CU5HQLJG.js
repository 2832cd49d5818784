import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkPost,
  splitBody
} from "./chunk-JOBKE7WS.js";
import {
  FileReporter,
  START,
  checkSchema,
  parseYamlSource
} from "./chunk-UYAN6OKJ.js";
import {
  LineIndex,
  stripBom
} from "./chunk-M6IPRPYU.js";

// src/content/load-posts.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";

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
  return { frontMatter, empty: frontMatter.replace(/^\s*#[^\n]+/gm, "").trim() === "", bodyOffset };
}

// src/content/post-file.ts
var YAML_LANGUAGES = /* @__PURE__ */ new Set(["", "yaml", "yml"]);
var EXTRA_KEYS = ["poll", "reply_to", "retract"];
function readPostFile(root, file, rawText) {
  const text = stripBom(rawText);
  const index = new LineIndex(text);
  const reporter = new FileReporter(file);
  const absPath = path.join(root, file);
  const source = { file, index, reporter, parts: [] };
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
  const { frontMatter, empty, bodyOffset } = splitFrontMatter(text);
  const yaml = empty ? { data: {}, positions: {}, keys: {} } : parseYamlSource(frontMatter, reporter);
  source.parts = splitBody(index, bodyOffset);
  if (yaml.data === void 0) return source;
  if (yaml.data === null || typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    reporter.error("schema", { line: 2, column: 1 }, "the front matter must be settings written `key: value`, e.g. `account: main`");
    return source;
  }
  checkSchema("post", yaml, reporter, "the front matter");
  const data = yaml.data;
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
  const extra = {};
  for (const key of EXTRA_KEYS) if (key in data) extra[key] = data[key];
  return {
    id: typeof data.id === "string" && data.id !== "" ? data.id : file.replace(/^posts\//, "").replace(/\.md$/i, ""),
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
    extra
  };
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
function loadPostBatch(batch, accounts) {
  return batch.files.map((file) => {
    const source = readPostFile(batch.root, file, readText(batch.root, file));
    checkPost(source, accounts, batch.root, batch.realRoot, batch.errorsOnly === true);
    return { post: source.post, diagnostics: source.reporter.diagnostics };
  });
}
function readText(root, file) {
  try {
    return readFileSync(path2.join(root, file), "utf8");
  } catch {
    return "";
  }
}

export {
  loadPostBatch,
  readText
};
