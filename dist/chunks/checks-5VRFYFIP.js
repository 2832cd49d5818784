import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  checkDuplicates,
  checkPost
} from "./chunk-VWJZJO6H.js";
import "./chunk-S3NVUDIZ.js";
import "./chunk-TDHWJOX7.js";
import "./chunk-EHUAG5XW.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";
export {
  checkDuplicates,
  checkPost
};
