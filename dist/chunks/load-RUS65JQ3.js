import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadContent
} from "./chunk-2DA7YJ4D.js";
import "./chunk-D7W4NH5G.js";
export {
  loadContent
};
