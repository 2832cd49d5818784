import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkDuplicates,
  checkPost
} from "./chunk-CMI4RK5O.js";
import "./chunk-M6IPRPYU.js";
import "./chunk-VNSJYROM.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-LXELW57B.js";
import "./chunk-KCE2ZBX5.js";
import "./chunk-D7W4NH5G.js";
export {
  checkDuplicates,
  checkPost
};
