import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  require__
} from "./chunk-6WHWSJWJ.js";
import "./chunk-D7W4NH5G.js";
export default require__();
