import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/x/media-type.ts
import path from "node:path";
var BY_EXTENSION = {
  ".png": { mimeType: "image/png", category: "tweet_image" },
  ".jpg": { mimeType: "image/jpeg", category: "tweet_image" },
  ".jpeg": { mimeType: "image/jpeg", category: "tweet_image" },
  ".webp": { mimeType: "image/webp", category: "tweet_image" },
  ".gif": { mimeType: "image/gif", category: "tweet_gif" },
  ".mp4": { mimeType: "video/mp4", category: "tweet_video" },
  ".mov": { mimeType: "video/quicktime", category: "tweet_video" }
};
var SUPPORTED_MEDIA_EXTENSIONS = Object.keys(BY_EXTENSION);
function extensionFor(mimeType) {
  return Object.entries(BY_EXTENSION).find(([, kind]) => kind.mimeType === mimeType)?.[0];
}
var MB = 1024 * 1024;
var MAX_MEDIA_BYTES = {
  tweet_image: 5 * MB,
  tweet_gif: 15 * MB,
  tweet_video: 512 * MB
};
function mediaKindFor(file) {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}

export {
  SUPPORTED_MEDIA_EXTENSIONS,
  extensionFor,
  MAX_MEDIA_BYTES,
  mediaKindFor
};
