import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkReplyRestricted,
  didYouMean
} from "./chunk-4ZLPIIKT.js";
import {
  MAX_WEIGHTED_LENGTH,
  weightedLength,
  weightedLengthBound
} from "./chunk-PL7YSBWE.js";
import {
  option,
  parseReplyLogId,
  positionOf,
  require_dist,
  ruleSetting,
  say,
  sizeText
} from "./chunk-GLT5U4BZ.js";
import {
  MAX_MEDIA_BYTES,
  extensionFor,
  mediaKindFor
} from "./chunk-75J34UZT.js";
import {
  __toESM
} from "./chunk-D7W4NH5G.js";

// src/content/body.ts
var COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
var SEPARATOR = /^---[ \t]*\r?$/;
var TIMED_SEPARATOR = /^---[ \t]+(\+[^ \t\r]+|at(?:[ \t]+[^ \t\r]+){1,2})[ \t]*\r?$/;
function splitBody(index, bodyOffset) {
  const source = index.text;
  let visible = "";
  const runs = [];
  let cursor = bodyOffset;
  const body = source.slice(bodyOffset);
  const emit = (from, to) => {
    if (to <= from) return;
    runs.push({ visibleOffset: visible.length, fileOffset: from });
    visible += source.slice(from, to);
  };
  if (body.includes("<!--")) {
    for (const match of body.matchAll(COMMENT)) {
      let from = bodyOffset + match.index;
      let to = from + match[0].length;
      const lineStart2 = source.lastIndexOf("\n", from - 1) + 1;
      const lineEndIndex = source.indexOf("\n", to);
      const lineEnd = lineEndIndex === -1 ? source.length : lineEndIndex;
      if (lineStart2 >= cursor && /^[ \t]*$/.test(source.slice(lineStart2, from)) && /^[ \t]*\r?$/.test(source.slice(to, lineEnd))) {
        from = lineStart2;
        to = Math.min(source.length, lineEnd + 1);
      }
      emit(cursor, from);
      cursor = Math.max(cursor, to);
    }
  }
  emit(cursor, source.length);
  const fileOffsetOf = (visibleOffset) => {
    let run = runs[0];
    for (const candidate of runs) {
      if (candidate.visibleOffset > visibleOffset) break;
      run = candidate;
    }
    return run ? run.fileOffset + (visibleOffset - run.visibleOffset) : Math.min(bodyOffset, source.length);
  };
  const ranges = [];
  const separators = [void 0];
  let partStart = 0;
  let lineStart = 0;
  while (lineStart <= visible.length) {
    const newline = visible.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? visible.length : newline;
    const line = visible.slice(lineStart, lineEnd);
    const timed = SEPARATOR.test(line) ? void 0 : TIMED_SEPARATOR.exec(line);
    if (timed || SEPARATOR.test(line)) {
      ranges.push([partStart, lineStart]);
      partStart = Math.min(visible.length, lineEnd + 1);
      separators.push(timed ? { spec: timed[1], pos: index.pos(fileOffsetOf(lineStart + line.indexOf(timed[1]))) } : void 0);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  ranges.push([partStart, visible.length]);
  return ranges.map(([from, to], i) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(visible[start])) start++;
    while (end > start && /\s/.test(visible[end - 1])) end--;
    const text = visible.slice(start, end);
    const pieces = [];
    for (let i2 = 0; i2 < runs.length; i2++) {
      const run = runs[i2];
      const runEnd = runs[i2 + 1]?.visibleOffset ?? visible.length;
      if (runEnd <= start || run.visibleOffset >= end) continue;
      const overlapStart = Math.max(start, run.visibleOffset);
      pieces.push({ textOffset: overlapStart - start, fileOffset: run.fileOffset + (overlapStart - run.visibleOffset) });
    }
    const anchor = text === "" ? Math.min(from, Math.max(0, visible.length - 1)) : start;
    const fileOffset = visible.length === 0 ? Math.min(bodyOffset, Math.max(0, source.length - 1)) : fileOffsetOf(anchor);
    const separator = separators[i];
    return { text, start: index.pos(fileOffset), pieces, ...separator ? { separator } : {} };
  });
}
function partPosition(index, part, offset) {
  let piece = part.pieces[0];
  if (!piece) return part.start;
  for (const candidate of part.pieces) {
    if (candidate.textOffset > offset) break;
    piece = candidate;
  }
  return index.pos(piece.fileOffset + (offset - piece.textOffset));
}
function partPhrase(parts, index) {
  return parts.length > 1 ? say("part.thread", { n: index + 1 }) : say("part.post");
}
function unclosedComment(source, bodyOffset) {
  for (let open = source.indexOf("<!--", bodyOffset); open !== -1; ) {
    const close = source.indexOf("-->", open + 4);
    if (close === -1) return open;
    open = source.indexOf("<!--", close + 3);
  }
  return void 0;
}

// src/content/media.ts
import path from "node:path";
var SIGNATURES = {
  "image/png": (h) => h.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  "image/jpeg": (h) => h[0] === 255 && h[1] === 216 && h[2] === 255,
  "image/webp": (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WEBP",
  "image/gif": (h) => ["GIF87a", "GIF89a"].includes(h.subarray(0, 6).toString("latin1")),
  // ISO base media (mp4, mov): a box whose type at offset 4 is ftyp (or, in older QuickTime files, moov/mdat/wide/free).
  "video/mp4": (h) => ["ftyp"].includes(h.subarray(4, 8).toString("latin1")),
  "video/quicktime": (h) => ["ftyp", "moov", "mdat", "wide", "free", "skip"].includes(h.subarray(4, 8).toString("latin1"))
};
var HEAD_BYTES = 12;
function checkMedia(media, door, postFile, reporter, at) {
  const categories = [];
  for (const [i, item] of media.entries()) {
    const where = at(`media.${i}.file`);
    const written = item.file;
    const suggestion = `file: ${path.basename(written) || "image.png"}`;
    const located = door.locate(postFile, written);
    if (!located.ok) {
      const { rule, message, reason } = located.problem;
      if (rule === "not-a-file") reporter.error("media-not-found", where, reason ? notFound(written, reason) : message);
      else reporter.error("media-outside-repo", where, say("media-outside-repo", { problem: reason ? outside(written, reason) : message, suggestion }));
      continue;
    }
    const kind = mediaKindFor(written);
    if (!kind) {
      reporter.error("media-type", where, say("media-type", { ext: path.extname(written) || written }));
    }
    const peeked = door.peek(located.value.real, HEAD_BYTES);
    if (!peeked.ok || !peeked.value.isFile) {
      reporter.error("media-not-found", where, say("media-not-found.unreadable", { file: written }));
      continue;
    }
    if (kind) {
      categories.push(kind.category);
      const { size, head } = peeked.value;
      const limit = MAX_MEDIA_BYTES[kind.category];
      if (size > limit) {
        const what = say(kind.category === "tweet_video" ? "media-kind.videos" : kind.category === "tweet_gif" ? "media-kind.gifs" : "media-kind.images");
        reporter.error("media-too-large", where, say("media-too-large", { file: written, size: sizeText(size), what, limit: sizeText(limit) }));
      }
      if (!SIGNATURES[kind.mimeType](head)) {
        const really = Object.entries(SIGNATURES).find(([, matches]) => matches(head))?.[0];
        const format = path.extname(written).slice(1).toUpperCase();
        const fix = really ? say("media-content.really", { really, renamed: renamed(written, really), format }) : describeHead(head, format);
        reporter.error("media-content", where, say("media-content", { file: written, mime: kind.mimeType, fix }));
      }
    }
    if ((kind?.category === "tweet_image" || kind?.category === "tweet_gif") && !item.alt?.trim()) {
      reporter.error("missing-alt-text", at(`media.${i}`), say("missing-alt-text", { file: written }));
    }
  }
  const moving = categories.filter((c) => c !== "tweet_image").length;
  if (moving > 0 && categories.length > 1) {
    reporter.error("media-mix", at("media"), say("media-mix", { count: categories.length, moving }));
  }
}
function renamed(written, mimeType) {
  const base = path.posix.basename(written.replaceAll("\\", "/"));
  return base.slice(0, base.length - path.extname(base).length) + (extensionFor(mimeType) ?? path.extname(base));
}
function describeHead(head, format) {
  if (head.length === 0) return say("media-content.empty", { format });
  const printable = head.toString("latin1").replace(/[^\x20-\x7e]/g, ".");
  return say("media-content.starts", { start: printable, format });
}
function notFound(file, reason) {
  if (reason.kind === "missing") return say("media-not-found.missing", { file, looked: reason.looked ?? file });
  return say("media-not-found.not-regular", { file });
}
function outside(file, reason) {
  switch (reason.kind) {
    case "path":
      return say("media-path.bad", { file, why: say(`path.${reason.path}`) });
    case "nul":
    case "absolute":
    case "outside":
    case "link-outside":
    case "link-git":
      return say(`media-path.${reason.kind}`, { file });
    default:
      return say("media-path.outside", { file });
  }
}

// src/content/rules/links.ts
var import_twitter_text = __toESM(require_dist(), 1);

// src/content/rules/segmenter.ts
var thai;
function wordSegmenter() {
  thai ??= new Intl.Segmenter("th", { granularity: "word" });
  return thai;
}

// src/content/rules/links.ts
function linkComment(text) {
  if (!/[.．。｡][\p{L}\p{N}]|:\/\//u.test(text)) return void 0;
  const urls = import_twitter_text.default.extractUrlsWithIndices(text);
  if (urls.length === 0) return void 0;
  const entities = [...urls, ...import_twitter_text.default.extractMentionsOrListsWithIndices(text), ...import_twitter_text.default.extractHashtagsWithIndices(text)];
  let own = text;
  for (const entity of entities) {
    const [from, to] = entity.indices;
    own = own.slice(0, from) + " ".repeat(to - from) + own.slice(to);
  }
  let words = 0;
  for (const segment of wordSegmenter().segment(own)) if (segment.isWordLike) words++;
  return { linkOffset: urls[0].indices[0], words };
}
function hashtagOffsets(text) {
  if (!/[#＃]/.test(text)) return [];
  return import_twitter_text.default.extractHashtagsWithIndices(text).map((h) => h.indices[0]);
}

// src/content/rules/rule.ts
function contentRule(rule) {
  return { ...rule, phase: "content", settable: rule.settable ?? true };
}

// src/content/rules/bare-link.ts
var bareLink = contentRule({
  id: "bare-link",
  level: "warning",
  options: { min_words: option.integer(4, { minimum: 0, expect: "a whole number like 4" }) },
  description: "A post (or a thread's first part) that is only a link, or a link with fewer than min_words words.",
  check({ reporter, index, parts }, setting) {
    const first = parts[0];
    if (!first || first.text === "") return;
    const comment = linkComment(first.text);
    const minWords = Number(setting.min_words);
    if (comment && comment.words < minWords) {
      reporter.report(
        setting.level,
        "bare-link",
        partPosition(index, first, comment.linkOffset),
        comment.words === 0 ? say(parts.length > 1 ? "bare-link.thread-only" : "bare-link.post-only", { min: minWords }) : say("bare-link.few-words", { words: comment.words, min: minWords })
      );
    }
  }
});

// src/content/rules/first-person.ts
var WORD_CHAR_BEFORE = /[\p{L}\p{M}\p{N}_'’/@#-]/u;
var startsWord = (text, index) => index === 0 || !WORD_CHAR_BEFORE.test(text[index - 1]);
var NOT_WORD_AFTER = String.raw`(?![\p{L}\p{M}\p{N}_/]|['’]\p{L}|-\p{L}|\.\p{L})`;
var ENGLISH_I = new RegExp(`I(?:['’](?:[mM]|[vV][eE]|[dD]|[lL][lL]))?${NOT_WORD_AFTER}`, "gu");
var ENGLISH_OTHER = new RegExp(`m(?:yself|ine|e|y)${NOT_WORD_AFTER}`, "giu");
var ROMAN_NUMERAL_CONTEXT = /\b(?:part|phase|chapter|season|war|type|class|stage|level|volume|vol\.|act|step|tier|grade)\s+$/i;
var RUSSIAN = new RegExp(`(?:я|меня|мне|мной|мною|мой|моя|моё|мое|мои|мою|моего|моей|моему|моим|моих|моими|моём|моем)${NOT_WORD_AFTER}`, "giu");
var RUSSIAN_WE = {
  я: "мы",
  меня: "нас",
  мне: "нам",
  мной: "нами",
  мною: "нами",
  мой: "наш",
  моя: "наша",
  моё: "наше",
  мое: "наше",
  мои: "наши",
  мою: "нашу",
  моего: "нашего",
  моей: "нашей",
  моему: "нашему",
  моим: "нашим",
  моих: "наших",
  моими: "нашими",
  моём: "нашем",
  моем: "нашем"
};
var VIETNAMESE = new RegExp(`(?:tôi|tớ|tao|mình)${NOT_WORD_AFTER}`, "giu");
var VIETNAMESE_PLURAL_BEFORE = /(?:chúng|bọn|tụi|các)\s+$/iu;
var VIETNAMESE_REFLEXIVE_BEFORE = /(?:tự|chính|của)\s+$/iu;
var VIETNAMESE_WE = { tôi: "chúng tôi", tớ: "chúng tớ", tao: "chúng tôi", mình: "chúng mình" };
var THAI_PRONOUNS = { ผม: "เรา", กระผม: "เรา", ดิฉัน: "เรา", ฉัน: "เรา", ข้าพเจ้า: "เรา", กู: "เรา" };
var THAI_HAIR_BEFORE = /* @__PURE__ */ new Set(["ทรง", "สระ", "ยาสระ", "ตัด", "เส้น", "ทำ", "ดัด", "ย้อม", "ไดร์", "หวี", "บำรุง", "ครีมนวด", "สี", "ร้านทำ", "ผูก", "มัด", "ไว้"]);
var THAI_HAIR_AFTER = /* @__PURE__ */ new Set(["หงอก", "ร่วง", "ยาว", "สั้น", "หยิก", "ตรง", "เสีย", "แห้ง", "มัน", "บาง", "ดก", "หนา", "เปีย", "ม้า"]);
var THAI_CANDIDATE = /ผม|ฉัน|ข้าพเจ้า|กู/;
var NOT_OUR_VOICE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+|"[^"\n]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]/gu;
var MAY_HAVE_OTHER_VOICE = /[:@#"“«„]|www\./;
function blankOut(text) {
  if (!MAY_HAVE_OTHER_VOICE.test(text)) return text;
  return text.replace(NOT_OUR_VOICE, (match) => " ".repeat(match.length));
}
function findFirstPersonSingular(original) {
  const text = blankOut(original.normalize("NFC"));
  const findings = [];
  for (const match of text.matchAll(ENGLISH_I)) {
    if (!startsWord(text, match.index)) continue;
    if (ROMAN_NUMERAL_CONTEXT.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const suffix = match[0].slice(2).toLowerCase();
    findings.push({ offset: match.index, word: match[0], instead: suffix ? `we${match[0][1]}${suffix === "m" ? "re" : suffix}` : "we" });
  }
  for (const match of text.matchAll(ENGLISH_OTHER)) {
    if (!startsWord(text, match.index)) continue;
    const word = match[0];
    if (word.length === 2 && word === word.toUpperCase()) continue;
    const instead = { me: "us", my: "our", mine: "ours", myself: "ourselves" }[word.toLowerCase()] ?? "we";
    findings.push({ offset: match.index, word, instead });
  }
  if (/[\u0400-\u04FF]/.test(text)) {
    for (const match of text.matchAll(RUSSIAN)) {
      if (!startsWord(text, match.index)) continue;
      findings.push({ offset: match.index, word: match[0], instead: RUSSIAN_WE[match[0].toLowerCase()] ?? "мы" });
    }
  }
  if (/[ôơớờ]|mình|tao/iu.test(text)) {
    for (const match of text.matchAll(VIETNAMESE)) {
      if (!startsWord(text, match.index)) continue;
      const before = text.slice(Math.max(0, match.index - 8), match.index);
      if (VIETNAMESE_PLURAL_BEFORE.test(before)) continue;
      const word = match[0].toLowerCase();
      if (word === "mình" && VIETNAMESE_REFLEXIVE_BEFORE.test(before)) continue;
      if (word === "tao" && !/[\u00C0-\u1EF9]/u.test(text)) continue;
      findings.push({ offset: match.index, word: match[0], instead: VIETNAMESE_WE[word] ?? "chúng tôi" });
    }
  }
  if (THAI_CANDIDATE.test(text)) findings.push(...findThai(text));
  return findings.sort((a, b) => a.offset - b.offset);
}
function findThai(text) {
  const segments = [...wordSegmenter().segment(text)];
  const findings = [];
  segments.forEach((segment, i) => {
    const instead = THAI_PRONOUNS[segment.segment];
    if (!instead) return;
    if (segment.segment === "ผม") {
      const before = segments[i - 1]?.segment ?? "";
      const after = segments[i + 1]?.segment ?? "";
      if (THAI_HAIR_BEFORE.has(before) || THAI_HAIR_AFTER.has(after)) return;
    }
    findings.push({ offset: segment.index, word: segment.segment, instead });
  });
  return findings;
}
var SIGN_OFF = new RegExp("(?:^|\\s)(?:[-–—~]\\s?|\\^)\\p{L}[\\p{L}\\p{M}.]{0,19}(?:\\s\\p{Lu}[\\p{L}\\p{M}.]{0,19})?\\s*$", "u");
function endsWithSignOff(text) {
  return SIGN_OFF.test(text);
}

// src/content/rules/first-person-singular.ts
var MAX_FINDINGS_PER_PART = 3;
var firstPersonSingular = contentRule({
  id: "first-person-singular",
  level: "warning",
  options: { allow_signoff: option.boolean(false, { expect: "true or false", example: true }) },
  description: 'The brand speaks as "we". allow_signoff: true lets a signed post ("– MJ", "^MJ") say "I".',
  check({ reporter, index, parts }, setting) {
    const signed = setting.allow_signoff === true && parts.length > 0 && endsWithSignOff(parts[parts.length - 1].text);
    if (signed) return;
    for (const part of parts) {
      for (const finding of findFirstPersonSingular(part.text).slice(0, MAX_FINDINGS_PER_PART)) {
        reporter.report(
          setting.level,
          "first-person-singular",
          partPosition(index, part, finding.offset),
          say(setting.allow_signoff === true ? "first-person-singular.signoff" : "first-person-singular", { word: finding.word, instead: finding.instead })
        );
      }
    }
  }
});

// src/content/rules/hashtag-count.ts
var hashtagCount = contentRule({
  id: "hashtag-count",
  level: "warning",
  options: { max: option.integer(2, { minimum: 0, expect: "a whole number like 2" }) },
  description: "More than max hashtags in one part.",
  check({ reporter, index, parts }, setting) {
    const max = Number(setting.max);
    for (const part of parts) {
      if (hashMarks(part.text) <= max) continue;
      const offsets = hashtagOffsets(part.text);
      if (offsets.length > max) {
        reporter.report(
          setting.level,
          "hashtag-count",
          partPosition(index, part, offsets[max]),
          say("hashtag-count", { count: offsets.length, part: partPhrase(parts, parts.indexOf(part)), max })
        );
      }
    }
  }
});
function hashMarks(text) {
  let count = 0;
  for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) count++;
  for (let i = text.indexOf("＃"); i !== -1; i = text.indexOf("＃", i + 1)) count++;
  return count;
}

// src/content/rules/index.ts
var CONTENT_RULES = [firstPersonSingular, bareLink, hashtagCount];
var CONTENT_RULE_IDS = CONTENT_RULES.map((rule) => rule.id);

// src/content/checks.ts
var AS_WRITTEN = {
  bound: weightedLengthBound,
  exact: weightedLength,
  tooLong: "too-long"
};
function checkPost(source, accounts, door, errorsOnly = false, length = AS_WRITTEN) {
  const { fields, reporter, parts } = source;
  if (!fields) return;
  const account = fields.account === void 0 ? void 0 : accounts.get(fields.account);
  if (fields.account !== void 0 && !account) {
    const suggestion = didYouMean(fields.account, accounts.keys());
    const known = [...accounts.keys()].sort().join(", ") || say("unknown-account.none");
    reporter.error(
      "unknown-account",
      positionOf(fields.positions, ["account", "body"]),
      suggestion ? say("unknown-account.suggest", { account: fields.account, suggestion, known }) : say("unknown-account", { account: fields.account, known })
    );
  }
  parts.forEach((part, i) => {
    if (part.text === "") {
      reporter.error("empty-text", part.start, parts.length > 1 ? say("empty-text.part", { part: partPhrase(parts, i) }) : say("empty-text.post"));
      return;
    }
    if (length.bound(part.text) > MAX_WEIGHTED_LENGTH) {
      const counted = length.exact(part.text);
      if (counted > MAX_WEIGHTED_LENGTH) {
        reporter.error(
          "too-long",
          part.start,
          say(length.tooLong, { part: partPhrase(parts, i), length: counted, max: MAX_WEIGHTED_LENGTH, over: counted - MAX_WEIGHTED_LENGTH })
        );
        return;
      }
    }
    checkCharacters(source, part, () => partPhrase(parts, i));
  });
  checkMedia(fields.media, door, source.file, reporter, (key) => positionOf(fields.positions, [key, "body"]));
  if (!errorsOnly) checkReplyRestricted(source.post?.replyTo, account, fields.positions, reporter);
  const runs = errorsOnly ? atErrorLevel : switchedOn;
  for (const rule of CONTENT_RULES) runContentRule(rule, source, account, runs);
}
var INVALID_CHARACTER = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\uFFFE\uFEFF\uFFFF\x01-\x08\x0B\x0C\x0E-\x1F\x7F\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/gu;
function characterName(char) {
  const code = char.codePointAt(0);
  if (char === "\uFEFF") return say("invalid-character.bom");
  if (char === "￾" || char === "￿") return say("invalid-character.noncharacter");
  if (code >= 917504) return say("invalid-character.tag");
  if (code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297) return say("invalid-character.bidi");
  return say("invalid-character.control");
}
function checkCharacters(source, part, name) {
  let first;
  let more = 0;
  for (const match of part.text.matchAll(INVALID_CHARACTER)) {
    if (match[1] !== void 0) continue;
    if (first) more++;
    else first = match;
  }
  if (!first) return;
  const char = first[0];
  const code = `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  const at = partPosition(source.index, part, first.index);
  source.reporter.error(
    "invalid-character",
    at,
    say("invalid-character", {
      part: name(),
      code,
      line: at.line,
      column: at.column,
      what: characterName(char),
      more: more > 0 ? say("invalid-character.more", { n: more }) : ""
    })
  );
}
var switchedOn = (level) => level !== "off";
var atErrorLevel = (level) => level === "error";
function runContentRule(rule, source, account, runs) {
  const setting = ruleSetting(account, rule);
  const level = setting.level;
  if (runs(level)) rule.check(source, { ...setting, level });
}
function checkDuplicates(posts) {
  const found = checkDuplicateIds(posts);
  const byAccount = /* @__PURE__ */ new Map();
  for (const post of posts) {
    if (post.draft) continue;
    let seen = byAccount.get(post.account);
    if (!seen) byAccount.set(post.account, seen = /* @__PURE__ */ new Map());
    post.parts.forEach((text, i) => {
      if (text === "") return;
      const key = /\s\s|[\t\r\n]/.test(text) ? text.replace(/\s+/g, " ") : text;
      const first = seen.get(key);
      const line = post.partLines[i] ?? 1;
      if (first) {
        found.push({
          file: post.file,
          line,
          column: 1,
          severity: "error",
          rule: "duplicate-text",
          ...say("duplicate-text.content", { part: partPhrase(post.parts, i), where: `${first.file}:${first.line}`, account: post.account })
        });
      } else {
        seen.set(key, { file: post.file, line });
      }
    });
  }
  return found;
}
function checkDuplicateIds(posts) {
  const groups = /* @__PURE__ */ new Map();
  for (const post of posts) {
    const key = `${post.account}\0${post.id.normalize("NFC").toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.push(post);
    else groups.set(key, [post]);
  }
  const found = [];
  for (const post of posts) {
    if (!parseReplyLogId(post.id)) continue;
    const { line, column } = positionOf(post.positions, ["id"]);
    found.push({
      file: post.file,
      line,
      column,
      severity: "error",
      rule: "duplicate-id",
      ...say("duplicate-id.reserved", { id: post.id, suggestion: `post-${post.id.replace(/^reply\//, "").replace(/\//g, "-")}` })
    });
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const where = (post) => `${post.file}:${positionOf(post.positions, ["id"]).line}`;
    for (const post of group) {
      const explicit = post.positions.id !== void 0;
      const { line, column } = positionOf(post.positions, ["id"]);
      const others = group.filter((p) => p !== post).map(where).join(", ");
      const stem = post.file.replace(/^posts\//, "").replace(/\.md$/i, "");
      found.push({
        file: post.file,
        line,
        column,
        severity: "error",
        rule: "duplicate-id",
        ...explicit ? say("duplicate-id.explicit", { id: post.id, others, account: post.account }) : say("duplicate-id.from-file", { id: post.id, others, account: post.account, stem })
      });
    }
  }
  return found;
}

export {
  splitBody,
  partPosition,
  unclosedComment,
  checkPost,
  checkDuplicates
};
