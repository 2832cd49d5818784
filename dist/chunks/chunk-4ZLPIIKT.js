import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  editDistance,
  say
} from "./chunk-GLT5U4BZ.js";

// src/content/text-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  pos(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
  }
};
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function didYouMean(word, candidates) {
  let best;
  let bestDistance = 3;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function quote(value) {
  let text;
  if (typeof value === "string") text = value;
  else if (value === null || value === void 0) text = "nothing";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// src/content/reply-to.ts
var RULE = "reply-invalid";
var EXAMPLE = "`reply_to: https://x.com/acme/status/1870000000000000000` (or the id alone, or `post:<id>` for a post of this account)";
var STATUS_URL = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?:([A-Za-z0-9_]{1,15})|i(?:\/web)?)\/status(?:es)?\/(\d{1,19})(?:[/?#][^\s]*)?$/i;
var TWEET_ID = /^\d{1,19}$/;
var POST_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
function readReplyTo(value, positions, text, reporter) {
  const where = positions.reply_to ?? { line: 1, column: 1 };
  if (typeof value === "number") {
    const source = numberSourceAt(text, where);
    if (source === void 0 || !/^\d+$/.test(source)) {
      reporter.error(
        RULE,
        where,
        `\`reply_to: ${quote(source ?? String(value))}\` is read by YAML as the number ${quote(String(value))}, not as a post id; write the id in quotes, like \`reply_to: "1870000000000000000"\`, or the post's x.com link`
      );
      return void 0;
    }
  }
  const written = typeof value === "number" ? numberSourceAt(text, where) : value;
  if (typeof written !== "string") {
    reporter.error(RULE, where, `\`reply_to\` must say which post this replies to; write ${EXAMPLE}`);
    return void 0;
  }
  const target = parseReplyTo(written);
  if (!target) {
    reporter.error(
      RULE,
      where,
      /^post:\s*$/.test(written.trim()) ? "`reply_to: post:` needs the id of a post of this account, like `reply_to: post:2026-12/launch`" : looksLikePostId(written) ? `\`${quote(written)}\` is not a post to reply to; for a herald post of this account write \`reply_to: post:${quote(written.trim())}\`, or write ${EXAMPLE}` : `\`${quote(written)}\` is not a post to reply to; write ${EXAMPLE}`
    );
  }
  return target;
}
function looksLikePostId(written) {
  const value = written.trim();
  return POST_ID.test(value) && /[A-Za-z]/.test(value) && !/(?:^|\.)(?:x|twitter)\.com(?:\/|$)|^https?:/i.test(value);
}
function parseReplyTo(written) {
  const value = written.trim();
  if (TWEET_ID.test(value)) return { kind: "tweet", id: value };
  const url = STATUS_URL.exec(value);
  if (url) return { kind: "tweet", id: url[2], ...url[1] ? { handle: url[1] } : {} };
  const post = /^post:\s*(.+)$/.exec(value);
  if (post && POST_ID.test(post[1].trim())) return { kind: "post", id: post[1].trim() };
  return void 0;
}
function checkReplyRestricted(target, account, positions, reporter) {
  if (!account || target?.kind !== "tweet" || target.handle === void 0) return;
  const own = account.handle.replace(/^@/, "");
  if (own.toLowerCase() === target.handle.toLowerCase()) return;
  reporter.report(
    "warning",
    "reply-restricted",
    positions.reply_to ?? { line: 1, column: 1 },
    say("reply-restricted", { target: `@${target.handle}`, handle: account.handle })
  );
}
function numberSourceAt(text, at) {
  const line = text.split("\n")[at.line - 1] ?? "";
  return /^[^\s#]+/.exec(line.slice(at.column - 1))?.[0];
}

export {
  LineIndex,
  stripBom,
  didYouMean,
  quote,
  readReplyTo,
  parseReplyTo,
  checkReplyRestricted
};
