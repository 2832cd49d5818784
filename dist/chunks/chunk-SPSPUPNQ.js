import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  hasUnsafeCharacters,
  visibleName
} from "./chunk-EUZCFI45.js";

// src/content/answers/placeholders.ts
var PLACEHOLDER = /\{\{\s*([^{}\n]*?)\s*\}\}/g;
function placeholderUses(text) {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1], offset: match.index }));
}
var HEAVIEST_CHARACTER = "字";
function substitute(text, fillWith) {
  return text.replace(PLACEHOLDER, (_whole, name) => fillWith(name));
}
function longestText(text, placeholders) {
  const max = new Map(placeholders.map((p) => [p.name, p.max]));
  return substitute(text, (name) => max.has(name) ? HEAVIEST_CHARACTER.repeat(max.get(name)) : `{{${name}}}`);
}
function withoutPlaceholders(text) {
  return substitute(text, () => "");
}
function exampleText(answer) {
  const examples = new Map(answer.placeholders.map((p) => [p.name, p.example]));
  return substitute(answer.text, (name) => examples.get(name) ?? `{{${name}}}`);
}
var characters = (value) => [...value].length;
function fillAnswer(answer, values) {
  const declared = new Map(answer.placeholders.map((p) => [p.name, p]));
  const used = [...new Set(placeholderUses(answer.text).map((use) => use.name))];
  const problems = [];
  const names = answer.placeholders.map((p) => p.name).join(", ") || "none";
  for (const name of Object.keys(values)) {
    if (!declared.has(name)) {
      problems.push({
        kind: "undeclared",
        name,
        message: `answer ${answer.id} has no placeholder \`${name}\`; its placeholders are: ${names}`
      });
    }
  }
  for (const name of used) {
    const placeholder = declared.get(name);
    const value = values[name];
    if (!placeholder) continue;
    if (value === void 0 || value === "") {
      problems.push({
        kind: "missing",
        name,
        message: `answer ${answer.id} needs a value for {{${name}}}: add --set ${name}=${shellWord(placeholder.example)}`
      });
    } else if (hasUnsafeCharacters(value)) {
      problems.push({
        kind: "invalid-character",
        name,
        message: `the value of ${name} (${JSON.stringify(visibleName(value))}) holds a line break, tab, control character or bidi override; give it as plain text on one line`
      });
    } else if (characters(value) > placeholder.max) {
      problems.push({
        kind: "too-long",
        name,
        message: `the value of ${name} is ${characters(value)} characters; answer ${answer.id} allows at most ${placeholder.max}: shorten it`
      });
    }
  }
  const undeclaredUse = used.find((name) => !declared.has(name));
  if (undeclaredUse !== void 0) {
    problems.push({
      kind: "undeclared",
      name: undeclaredUse,
      message: `answer ${answer.id} uses {{${undeclaredUse}}} but declares no such placeholder; run herald validate and fix the answer first`
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, text: substitute(answer.text, (name) => values[name]) };
}
function shellWord(value) {
  return /^[\p{L}\p{N}._@-]+$/u.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export {
  placeholderUses,
  longestText,
  withoutPlaceholders,
  exampleText,
  fillAnswer
};
