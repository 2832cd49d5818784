import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkDuplicates,
  checkPost
} from "./chunk-2CR7LX3B.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-VNSJYROM.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-OHU3MVVA.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-D7W4NH5G.js";
export {
  checkDuplicates,
  checkPost
};
