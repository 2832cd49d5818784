import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/escape.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function shown(c) {
  return `\\u{${c.codePointAt(0).toString(16)}}`;
}
var UNSAFE_OR_BREAK = new RegExp(UNSAFE.source.replace("[", "[\\t\\n"));
function hasUnsafeCharacters(text) {
  return UNSAFE_OR_BREAK.test(text);
}
var UNSAFE_OR_BREAK_ALL = new RegExp(UNSAFE_OR_BREAK.source, "g");
function visibleName(text) {
  return text.replace(UNSAFE, shown).replace(/[\n\t]/g, shown);
}
var COMMAND_START = /^[\s\u0085]*(::|##\[)/;
function logText(text) {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const clean = line.replace(UNSAFE, shown);
    return COMMAND_START.test(clean) ? `\\${clean}` : clean;
  }).join("\n");
}
var MD_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var MENTION = /@(?=[A-Za-z0-9])/g;
var MENTION_UNLINKED = "@⁠";
function mdText(text) {
  return text.replace(/\r?\n/g, " ⏎ ").replace(UNSAFE, shown).replace(/[\\`*_[\]~$|]/g, "\\$&").replace(/[&<>]/g, (c) => MD_ESCAPES[c]).replace(MENTION, MENTION_UNLINKED);
}
function withoutMentions(text) {
  return text.replace(MENTION, MENTION_UNLINKED);
}
function mdCode(text) {
  const flat = text.replace(/\r?\n/g, " ⏎ ").replace(UNSAFE, shown).replace(/\|/g, "\\|");
  if (flat === "") return "` `";
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function mdMessage(text) {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
    out += mdText(text.slice(last, m.index)) + mdCode(m[1]);
    last = m.index + m[0].length;
  }
  return out + mdText(text.slice(last));
}
function mdFenced(text, info = "text") {
  const body = text.replace(/\r\n?/g, "\n").replace(UNSAFE, shown);
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${info}
${body}
${fence}`;
}
function urlPath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment.replace(UNSAFE, shown)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function mdImage(alt, url) {
  return `![${mdText(alt)}](${url})`;
}

export {
  hasUnsafeCharacters,
  visibleName,
  logText,
  mdText,
  withoutMentions,
  mdCode,
  mdMessage,
  mdFenced,
  urlPath,
  mdImage
};
