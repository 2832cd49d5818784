import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch,
  readText
} from "./chunk-KFIMHV6C.js";
import "./chunk-65IWI4WX.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-TQQCPZS4.js";
import "./chunk-CYXHLC4G.js";
import "./chunk-QZVCUW6T.js";
import "./chunk-6WHWSJWJ.js";
import "./chunk-D7W4NH5G.js";
export {
  loadPostBatch,
  readText
};
