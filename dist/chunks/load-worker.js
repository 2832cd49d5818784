import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch
} from "./chunk-67QZAN3P.js";
import "./chunk-5YZ3TXRF.js";
import "./chunk-EUZCFI45.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-VLQ3UXDD.js";
import "./chunk-4ZLPIIKT.js";
import "./chunk-PL7YSBWE.js";
import "./chunk-GLT5U4BZ.js";
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
