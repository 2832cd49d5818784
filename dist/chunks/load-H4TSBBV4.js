import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  longestText,
  placeholderUses,
  withoutPlaceholders
} from "./chunk-SPSPUPNQ.js";
import {
  isPostName
} from "./chunk-AQ37INCW.js";
import {
  ANSWERS_DIR
} from "./chunk-OS3CCXPJ.js";
import {
  FileReporter,
  checkBody,
  checkFileName,
  checkSchema,
  readFrontMatter,
  readText,
  toTags
} from "./chunk-67QZAN3P.js";
import "./chunk-5YZ3TXRF.js";
import "./chunk-EUZCFI45.js";
import "./chunk-JZO4KPLM.js";
import {
  checkPost,
  partPosition,
  splitBody
} from "./chunk-VLQ3UXDD.js";
import {
  LineIndex,
  didYouMean,
  stripBom
} from "./chunk-4ZLPIIKT.js";
import {
  weightedLength
} from "./chunk-PL7YSBWE.js";
import {
  SIZE_LIMITS,
  doorDiagnostic
} from "./chunk-GLT5U4BZ.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/content/answers/answer-file.ts
var DEFAULT_ANSWER_ACCOUNT = "support";
var ANSWER_FILE = { noun: "answer", firstLines: "`title: Password reset` and `lang: en`", firstKey: "`title: Password reset`" };
function answerId(file) {
  return file.replace(/^answers\//, "").replace(/\.md$/i, "");
}
function readAnswerFile(file, rawText, problem) {
  const text = stripBom(rawText);
  const index = new LineIndex(text);
  const reporter = new FileReporter(file);
  const source = { file, index, reporter, parts: [] };
  if (!checkFileName(file, reporter)) return { source };
  if (problem) reporter.error(problem.rule, problem, problem.message);
  const frontMatter = readFrontMatter(index, reporter, ANSWER_FILE);
  if (!frontMatter) return { source };
  const { yaml, bodyOffset, data } = frontMatter;
  source.parts = splitBody(index, bodyOffset);
  checkBody(source, bodyOffset);
  for (const part2 of source.parts.slice(1)) {
    reporter.error(
      "schema",
      part2.start,
      "an answer is one reply, but the line `---` above this splits it into two; remove that line (a line of dashes in the text can be written `- - -`)"
    );
  }
  if (!data) return { source, yaml };
  checkSchema("answer", yaml, reporter, "the front matter");
  const account = typeof data.account === "string" ? data.account : DEFAULT_ANSWER_ACCOUNT;
  source.fields = {
    account,
    media: [],
    draft: false,
    positions: { ...yaml.positions, body: index.pos(Math.min(bodyOffset, Math.max(0, text.length - 1))) }
  };
  const part = source.parts[0];
  if (typeof data.title !== "string" || typeof data.lang !== "string" || !part || source.parts.length > 1) return { source, yaml };
  const answer = {
    id: answerId(file),
    file,
    title: data.title,
    tags: toTags(data.tags),
    lang: data.lang,
    account,
    placeholders: toPlaceholders(data.placeholders),
    text: part.text,
    textStart: part.start,
    positions: source.fields.positions
  };
  return { source, yaml, answer };
}
function toPlaceholders(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const placeholders = [];
  for (const [name, spec] of Object.entries(value)) {
    if (spec === null || typeof spec !== "object") continue;
    const { max, example } = spec;
    if (typeof max !== "number" || !Number.isInteger(max) || max < 1) continue;
    placeholders.push({ name, max, example: typeof example === "string" || typeof example === "number" ? String(example) : "" });
  }
  return placeholders;
}

// src/content/answers/checks.ts
function checkAnswer(read, accounts, door, errorsOnly = false) {
  const { source, answer } = read;
  const placeholders = answer?.placeholders ?? [];
  const atLongest = {
    bound: (text) => weightedLength(longestText(text, placeholders)),
    exact: (text) => weightedLength(longestText(text, placeholders)),
    // The message names HEAVIEST_CHARACTER (字) as the filling.
    tooLong: placeholders.length > 0 ? "too-long.answer-placeholders" : "too-long.answer"
  };
  checkPost(source, accounts, door, errorsOnly, atLongest);
  if (answer && read.yaml) checkPlaceholders(read, answer);
}
var OWN_WORDS_MIN = 12;
function checkPlaceholders(read, answer) {
  const { reporter, index, parts } = read.source;
  const keys = read.yaml.keys;
  const declared = answer.placeholders.map((p) => p.name);
  const used = /* @__PURE__ */ new Set();
  for (const use of placeholderUses(answer.text)) {
    used.add(use.name);
    if (declared.includes(use.name)) continue;
    const suggestion = didYouMean(use.name, declared);
    reporter.error(
      "placeholder-undeclared",
      partPosition(index, parts[0], use.offset),
      `{{${use.name}}} is not declared, so agents could not fill it in` + (suggestion ? `; did you mean {{${suggestion}}}?` : `; declare it in the front matter, e.g. \`placeholders: { ${/^[A-Za-z_]\w*$/.test(use.name) ? use.name : "name"}: { max: 20, example: Anna } }\``)
    );
  }
  const ownWords = withoutPlaceholders(answer.text).replace(/[\s\p{P}\p{S}]+/gu, "");
  if (answer.placeholders.length > 0 && [...ownWords].length < OWN_WORDS_MIN) {
    reporter.report(
      "warning",
      "answer-open",
      answer.textStart,
      `the text is almost all placeholders (${[...ownWords].length} letters of its own), so herald report would count most replies agents write by hand as this answer; write the fixed words of the answer around its placeholders`
    );
  }
  for (const placeholder of answer.placeholders) {
    const at = keys[`placeholders.${placeholder.name}`] ?? answer.positions.placeholders ?? answer.textStart;
    if (!used.has(placeholder.name)) {
      reporter.error(
        "placeholder-unused",
        at,
        `the placeholder \`${placeholder.name}\` is declared but the text never uses it; write {{${placeholder.name}}} where the value goes, or remove \`${placeholder.name}\` from placeholders`
      );
    }
    const length = [...placeholder.example].length;
    if (length > placeholder.max) {
      reporter.error(
        "schema",
        answer.positions[`placeholders.${placeholder.name}.example`] ?? at,
        `the example of \`${placeholder.name}\` is ${length} characters, more than its \`max: ${placeholder.max}\`; shorten the example or raise \`max\``
      );
    }
  }
}
function checkDuplicateAnswers(answers) {
  const found = [];
  const seen = /* @__PURE__ */ new Map();
  for (const answer of answers) {
    if (answer.text === "") continue;
    const key = answer.text.replace(/\s+/g, " ");
    const first = seen.get(key);
    if (!first) {
      seen.set(key, answer);
      continue;
    }
    found.push({
      file: answer.file,
      line: answer.textStart.line,
      column: answer.textStart.column,
      severity: "error",
      rule: "duplicate-answer",
      message: `this answer has the same text as ${first.file}:${first.textStart.line} (${first.id}); keep one of them, and give the other its own wording or delete it`
    });
  }
  return found;
}

// src/content/answers/load.ts
function loadAnswers(door, accounts, errorsOnly = false) {
  const listing = door.listFiles(ANSWERS_DIR, isPostName, true);
  const diagnostics = listing.problems.map(doorDiagnostic);
  const answers = [];
  for (const file of listing.files) {
    const read = readText(door, file, SIZE_LIMITS.post, "answer");
    if (!("text" in read)) {
      diagnostics.push(doorDiagnostic(read));
      continue;
    }
    const answer = readAnswerFile(file, read.text, read.problem);
    checkAnswer(answer, accounts, door, errorsOnly);
    diagnostics.push(...answer.source.reporter.diagnostics);
    if (answer.answer) answers.push(answer.answer);
  }
  diagnostics.push(...checkDuplicateAnswers(answers));
  return { answers, diagnostics, files: listing.files.length };
}
export {
  loadAnswers
};
