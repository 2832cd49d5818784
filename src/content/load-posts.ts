/** Read and check a batch of post files: the unit of work the loader spreads over threads. */
import type { Account } from '../model/account.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Post } from '../model/post.js';
import { doorDiagnostic, RepositoryDoor, SIZE_LIMITS, type DoorProblem } from '../repository/door.js';
import { checkPost } from './checks.js';
import { decodeSource, type DecodedSource } from './decode.js';
import { readPostFile } from './post-file.js';

export interface PostResult {
  post?: Post;
  diagnostics: Diagnostic[];
}

export interface PostBatch {
  root: string;
  files: string[];
  /** Only errors are wanted: checks that can only warn are skipped. */
  errorsOnly?: boolean;
}

/** The door of the last root read: a load reads many batches of one repository (here or in a worker thread). */
let opened: RepositoryDoor | undefined;

export function loadPostBatch(batch: PostBatch, accounts: ReadonlyMap<string, Account>): PostResult[] {
  if (opened?.root !== batch.root) opened = RepositoryDoor.open(batch.root);
  const door = opened;
  return batch.files.map((file) => {
    const read = readText(door, file, SIZE_LIMITS.post, 'post');
    if (!('text' in read)) return { diagnostics: [doorDiagnostic(read)] };
    const source = readPostFile(file, read.text, read.problem);
    checkPost(source, accounts, door, batch.errorsOnly === true);
    return { post: source.post, diagnostics: source.reporter.diagnostics };
  });
}

/** A content file's text through the repository door (decoded, with any encoding problem), or why the door refused it. */
export function readText(door: RepositoryDoor, file: string, maxBytes: number, what: string): DecodedSource | DoorProblem {
  const read = door.readFile(file, maxBytes, what);
  if (!read.ok) return read.problem;
  return decodeSource(read.value);
}
