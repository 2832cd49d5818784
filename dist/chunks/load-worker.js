import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch
} from "./chunk-NBYT5H5J.js";
import "./chunk-3LGCRFOH.js";
import "./chunk-G2FSC3ZP.js";
import "./chunk-TQQCPZS4.js";
import "./chunk-3CUZ2XH4.js";
import "./chunk-QZVCUW6T.js";
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
