import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/account.ts
function statusUrl(handle, tweetId) {
  const name = handle?.replace(/^@/, "").trim();
  return `https://x.com/${encodeURIComponent(name || "i")}/status/${encodeURIComponent(tweetId)}`;
}
function sameHandle(a, b) {
  const norm = (h) => h.trim().replace(/^@/, "").toLowerCase();
  return norm(a) !== "" && norm(a) === norm(b);
}

export {
  statusUrl,
  sameHandle
};
