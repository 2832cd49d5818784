import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-MIUBF5RY.js";
import "./chunk-TEMYJFWB.js";
import "./chunk-MOTDAXFJ.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-75J34UZT.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-VRTKERLG.js";
import "./chunk-RHVEX7W2.js";
import "./chunk-X4YENOAG.js";
import "./chunk-U3S55XM4.js";
import "./chunk-PTXU3PPN.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
