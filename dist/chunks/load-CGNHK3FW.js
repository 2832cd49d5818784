import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadContent
} from "./chunk-6BLKPHCW.js";
import "./chunk-D7W4NH5G.js";
export {
  loadContent
};
