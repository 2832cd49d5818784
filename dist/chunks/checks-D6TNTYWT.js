import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  RULE_DEFAULTS,
  checkDuplicates,
  checkPost
} from "./chunk-3LGCRFOH.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-TQQCPZS4.js";
import "./chunk-QZVCUW6T.js";
import "./chunk-D7W4NH5G.js";
export {
  RULE_DEFAULTS,
  checkDuplicates,
  checkPost
};
