import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-AI5YETFX.js";
import "./chunk-Z62A5HKG.js";
import "./chunk-NQMVIBPS.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-VNSJYROM.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-6FBVUNLM.js";
import "./chunk-OHU3MVVA.js";
import "./chunk-U3S55XM4.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
