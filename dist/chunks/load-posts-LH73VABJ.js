import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-A7MFWYE4.js";
import "./chunk-OHOEZRH7.js";
import "./chunk-SQ7BIUQN.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-UDLR6M4H.js";
import "./chunk-PX64Z2Y4.js";
import "./chunk-P7V2SG6U.js";
import "./chunk-NJJEFIE5.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
