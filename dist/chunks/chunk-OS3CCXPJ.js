import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/repository/paths.ts
var POSTS_DIR = "posts";
var SCHEDULES_DIR = "schedules";
var LOG_FILE = `${SCHEDULES_DIR}/log.jsonl`;
function accountFilePath(account) {
  return `${SCHEDULES_DIR}/${account}.yaml`;
}
function accountOfPath(file) {
  const match = /^schedules\/([^/]+)\.yaml$/.exec(file);
  return match ? match[1] : void 0;
}
var METRICS_FILE = `${SCHEDULES_DIR}/metrics.jsonl`;
var ANSWERS_DIR = "answers";

export {
  POSTS_DIR,
  SCHEDULES_DIR,
  LOG_FILE,
  accountFilePath,
  accountOfPath,
  METRICS_FILE,
  ANSWERS_DIR
};
