import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/log.ts
function replyLogId(answerId, targetId) {
  return `reply/${answerId}/${targetId}`;
}
var REPLY_LOG_ID = /^reply\/(.+)\/([0-9]{1,19})$/;
function parseReplyLogId(post) {
  const match = REPLY_LOG_ID.exec(post);
  return match ? { answer: match[1], to: match[2] } : void 0;
}

export {
  replyLogId,
  parseReplyLogId
};
