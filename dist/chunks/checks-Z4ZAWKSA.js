import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkDuplicates,
  checkPost
} from "./chunk-VLQ3UXDD.js";
import "./chunk-4ZLPIIKT.js";
import "./chunk-PL7YSBWE.js";
import "./chunk-GLT5U4BZ.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  checkDuplicates,
  checkPost
};
