import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkDuplicates,
  checkPost
} from "./chunk-SWCKV32Z.js";
import "./chunk-FMOXVZTI.js";
import "./chunk-F2LI4OQN.js";
import "./chunk-QE54DZFA.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  checkDuplicates,
  checkPost
};
