import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-2AZD7UVT.js";
import "./chunk-6KIZI7N4.js";
import "./chunk-NC7LIPMG.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-VNSJYROM.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-K3YTGAKS.js";
import "./chunk-OHU3MVVA.js";
import "./chunk-U3S55XM4.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-C5HLMEM4.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
