import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-GLT5U4BZ.js";
import {
  __toESM
} from "./chunk-D7W4NH5G.js";

// src/content/length.ts
var import_twitter_text = __toESM(require_dist(), 1);
var MAX_WEIGHTED_LENGTH = 280;
function weightedLength(text) {
  return import_twitter_text.default.parseTweet(text).weightedLength;
}
function weightedLengthBound(original) {
  const text = original.normalize("NFC");
  let bound = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) bound += code === 46 ? 24 : 1;
    else bound += code === 65294 || code === 12290 || code === 65377 ? 25 : 2;
  }
  return bound;
}

export {
  MAX_WEIGHTED_LENGTH,
  weightedLength,
  weightedLengthBound
};
