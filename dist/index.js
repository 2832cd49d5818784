import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UU7DQNPT.js";
import "./chunks/chunk-72JT3OWK.js";
import "./chunks/chunk-M2WKIXIL.js";
import "./chunks/chunk-X4YENOAG.js";
import "./chunks/chunk-D7W4NH5G.js";

// src/github/main.ts
await run();
