import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-67QZAN3P.js";
import "./chunk-5YZ3TXRF.js";
import "./chunk-EUZCFI45.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-VLQ3UXDD.js";
import "./chunk-4ZLPIIKT.js";
import "./chunk-PL7YSBWE.js";
import "./chunk-GLT5U4BZ.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
