import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  info,
  summary
} from "./chunk-2GGXMUD4.js";
import {
  logText
} from "./chunk-EUZCFI45.js";

// src/action/summary.ts
async function writeSummary(markdown, env = process.env) {
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
  else info(logText(markdown));
}
function info2(text) {
  info(logText(text));
}

export {
  writeSummary,
  info2 as info
};
