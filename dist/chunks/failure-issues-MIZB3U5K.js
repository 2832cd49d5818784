import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import "./chunk-D7W4NH5G.js";

// src/github/failure-issues.ts
var FAILURE_LABEL = "herald";
var markerValue = (value) => value.replace(/[^A-Za-z0-9_.-]/g, "_");
function failureMarker(account, cause) {
  return `<!-- herald-failure account=${markerValue(account)} cause=${markerValue(cause)} -->`;
}
var MARKER_AT_START = /^<!-- herald-failure account=([A-Za-z0-9_.-]+) cause=([A-Za-z0-9_.-]+) -->/;
function failureKey(issue) {
  if (issue.user?.type !== "Bot") return void 0;
  const found = MARKER_AT_START.exec(issue.body);
  return found ? { account: found[1], cause: found[2] } : void 0;
}
async function syncFailureIssues(api, failures, clean, closing) {
  const result = { opened: [], updated: [], closed: [] };
  const open = (await api.openIssues(FAILURE_LABEL)).flatMap((issue) => {
    const key = failureKey(issue);
    return key ? [{ issue, ...key }] : [];
  });
  for (const failure of failures) {
    const body = `${failureMarker(failure.account, failure.cause)}
${failure.body}`;
    const existing = open.find((o) => o.account === markerValue(failure.account) && o.cause === markerValue(failure.cause));
    if (existing) result.updated.push(await api.updateIssue(existing.issue.number, { title: failure.title, body }));
    else result.opened.push(await api.createIssue({ title: failure.title, body, labels: [FAILURE_LABEL] }));
  }
  for (const { issue, account } of open) {
    if (![...clean].some((name) => markerValue(name) === account)) continue;
    await api.createIssueComment(issue.number, closing(account));
    result.closed.push(await api.updateIssue(issue.number, { state: "closed", state_reason: "completed" }));
  }
  return result;
}
export {
  syncFailureIssues
};
