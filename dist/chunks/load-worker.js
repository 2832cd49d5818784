import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  loadPostBatch
} from "./chunk-FLOJLFTX.js";
import "./chunk-2MMMTGDB.js";
import "./chunk-SQ7BIUQN.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-SWCKV32Z.js";
import "./chunk-FMOXVZTI.js";
import "./chunk-F2LI4OQN.js";
import "./chunk-QE54DZFA.js";
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
