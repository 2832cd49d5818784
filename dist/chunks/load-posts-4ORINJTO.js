import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-FLOJLFTX.js";
import "./chunk-2MMMTGDB.js";
import "./chunk-SQ7BIUQN.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-SWCKV32Z.js";
import "./chunk-FMOXVZTI.js";
import "./chunk-F2LI4OQN.js";
import "./chunk-QE54DZFA.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
