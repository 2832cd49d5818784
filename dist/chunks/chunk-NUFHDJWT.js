import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/x/tweet-text.ts
function decodeXEntities(text) {
  return text.replace(/&(amp|lt|gt);/g, (_m, name) => name === "amp" ? "&" : name === "lt" ? "<" : ">");
}
function expandLinks(text, urls) {
  let out = text;
  for (const entity of urls ?? []) {
    if (entity.expanded_url) out = out.split(entity.url).join(entity.expanded_url);
  }
  return out;
}
function tweetTextAsSent(text, urls) {
  return expandLinks(decodeXEntities(text), urls);
}
function comparableText(text) {
  return text.normalize("NFC").replace(/\bhttps?:\/\//gi, "").replace(/\s+/g, " ").trim();
}

export {
  tweetTextAsSent,
  comparableText
};
