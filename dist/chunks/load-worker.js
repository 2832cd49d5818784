import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch
} from "./chunk-BN3IA2GY.js";
import "./chunk-DHNVEQ6H.js";
import "./chunk-SQ7BIUQN.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-4LHS6HHY.js";
import "./chunk-CRDL2AX3.js";
import "./chunk-BMRENNEN.js";
import "./chunk-4MEWSVHN.js";
import "./chunk-X2S342ZY.js";
import "./chunk-75J34UZT.js";
import "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/content/load-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { accounts: accountEntries } = workerData;
var accounts = new Map(accountEntries);
parentPort.on("message", (message) => {
  if (message === "stop") {
    parentPort.close();
    return;
  }
  parentPort.postMessage({ id: message.id, results: loadPostBatch(message.batch, accounts) });
});
