import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  withoutMentions
} from "./chunk-EUZCFI45.js";
import "./chunk-D7W4NH5G.js";

// src/github/review-comment.ts
var REVIEW_MARKER = "<!-- herald-review -->";
var COMMENT_LIMIT = 65536;
var MARKER_LIKE = /<!--[\s-]*herald-/gi;
function neutraliseMarkers(text) {
  return text.replace(MARKER_LIKE, (found) => `&lt;${found.slice(1)}`);
}
function openFenceAt(text) {
  let open;
  for (const line of text.split("\n")) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    const run = fence[1];
    if (!open) {
      if (!(run[0] === "`" && fence[2].includes("`"))) open = { char: run[0], length: run.length };
    } else if (run[0] === open.char && run.length >= open.length && fence[2].trim() === "") {
      open = void 0;
    }
  }
  return open ? open.char.repeat(open.length) : void 0;
}
function reviewCommentBody(markdown, fullReviewUrl, limit = COMMENT_LIMIT) {
  const text = withoutMentions(neutraliseMarkers(markdown)).trim();
  const whole = `${REVIEW_MARKER}
${text}
`;
  if (whole.length <= limit) return whole;
  const where = fullReviewUrl ? `the job summary of [the review run](${fullReviewUrl})` : "the review run's job summary";
  const note = `

---
_✂️ The review is ${text.length.toLocaleString("en-US")} characters, more than a GitHub comment holds (${limit.toLocaleString("en-US")}); the rest is cut. The whole review is in ${where}._
`;
  const room = limit - REVIEW_MARKER.length - 1 - note.length - 40;
  let cut = text.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lineEnd = cut.lastIndexOf("\n");
  if (lineEnd > room / 2) cut = cut.slice(0, lineEnd);
  const fence = openFenceAt(cut);
  if (fence) cut += `
${fence}`;
  return `${REVIEW_MARKER}
${cut}${note}`;
}
function isReviewComment(comment) {
  return comment.body.startsWith(REVIEW_MARKER) && comment.user?.type === "Bot";
}
async function upsertReviewComment(api, pull, body) {
  const existing = (await api.issueComments(pull)).find(isReviewComment);
  if (!existing) return { action: "created", comment: await api.createIssueComment(pull, body) };
  if (existing.body === body) return { action: "unchanged", comment: existing };
  return { action: "updated", comment: await api.updateIssueComment(existing.id, body) };
}
export {
  openFenceAt,
  reviewCommentBody,
  upsertReviewComment
};
