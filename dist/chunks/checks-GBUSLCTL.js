import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkDuplicates,
  checkPost
} from "./chunk-TEMYJFWB.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-75J34UZT.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-RHVEX7W2.js";
import "./chunk-X4YENOAG.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-D7W4NH5G.js";
export {
  checkDuplicates,
  checkPost
};
