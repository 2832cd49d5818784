import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-BN3IA2GY.js";
import "./chunk-DHNVEQ6H.js";
import "./chunk-SQ7BIUQN.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-4LHS6HHY.js";
import "./chunk-CRDL2AX3.js";
import "./chunk-BMRENNEN.js";
import "./chunk-4MEWSVHN.js";
import "./chunk-X2S342ZY.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
