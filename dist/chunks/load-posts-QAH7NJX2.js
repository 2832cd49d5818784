import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-2V2HLSC6.js";
import "./chunk-OHCERXL5.js";
import "./chunk-NQMVIBPS.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-VNSJYROM.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-OGZQZQGH.js";
import "./chunk-OHU3MVVA.js";
import "./chunk-U3S55XM4.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-C5HLMEM4.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
