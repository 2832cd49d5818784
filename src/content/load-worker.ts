/**
 * A loader thread: receives batches of post files, answers with their posts and diagnostics.
 * Started by load.ts for large repositories; the main thread works on batches too.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Account } from '../model/account.js';
import { loadPostBatch, type PostBatch } from './load-posts.js';

const { accounts: accountEntries } = workerData as { accounts: Array<[string, Account]> };
const accounts = new Map(accountEntries);

parentPort!.on('message', (message: { id: number; batch: PostBatch } | 'stop') => {
  if (message === 'stop') {
    parentPort!.close();
    return;
  }
  parentPort!.postMessage({ id: message.id, results: loadPostBatch(message.batch, accounts) });
});
