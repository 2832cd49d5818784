/** Read and check a batch of post files: the unit of work the loader spreads over threads. */
import type { Account } from '../model/account.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Post } from '../model/post.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPost } from './checks.js';
import { decodeSource, type DecodedSource } from './decode.js';
import { readPostFile } from './post-file.js';

export interface PostResult {
  post?: Post;
  diagnostics: Diagnostic[];
}

export interface PostBatch {
  root: string;
  realRoot: string;
  files: string[];
  /** Only errors are wanted: checks that can only warn are skipped. */
  errorsOnly?: boolean;
}

export function loadPostBatch(batch: PostBatch, accounts: ReadonlyMap<string, Account>): PostResult[] {
  return batch.files.map((file) => {
    const { text, problem } = readText(batch.root, file);
    const source = readPostFile(batch.root, file, text, problem);
    checkPost(source, accounts, batch.root, batch.realRoot, batch.errorsOnly === true);
    return { post: source.post, diagnostics: source.reporter.diagnostics };
  });
}

/**
 * Synchronous on purpose: for thousands of small files, readFileSync is several times faster than
 * fs.promises (one open/fstat/read/close round trip through the thread pool per file), and a CLI
 * has nothing else to do meanwhile.
 */
export function readText(root: string, file: string): DecodedSource {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch {
    return { text: '' };
  }
  return decodeSource(bytes);
}
