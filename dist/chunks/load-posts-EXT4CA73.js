import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-LTZE7OTC.js";
import "./chunk-CMI4RK5O.js";
import "./chunk-CQ3W4P2P.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-VNSJYROM.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-2HPIPGEA.js";
import "./chunk-LXELW57B.js";
import "./chunk-U3S55XM4.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
