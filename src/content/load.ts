/**
 * Read `posts/**\/*.md` and `schedules/*.yaml` under a root into typed values with source positions,
 * and check them. Never throws for bad content: every problem becomes a located diagnostic, and one
 * bad file never stops the others from being checked.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Account } from '../model/account.js';
import type { Answer } from '../model/answer.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Post } from '../model/post.js';
import { listAccountFiles } from '../repository/accounts.js';
import { doorDiagnostic, RepositoryDoor, SIZE_LIMITS } from '../repository/door.js';
import { POSTS_DIR } from '../repository/paths.js';

export interface LoadedContent {
  root: string;
  posts: Post[];
  accounts: Map<string, Account>;
  /** Support answers (`answers/**\/*.md`). */
  answers: Answer[];
  /** Everything found while reading and checking the files themselves (not time or plan checks). */
  diagnostics: Diagnostic[];
  /** Files read, including those too broken to become a post or account (what validate reports as checked). */
  files: { posts: number; accounts: number; answers: number };
}

export interface LoadOptions {
  /** Threads to read posts with (default: more than one only for large repositories on more than two cores). */
  threads?: number;
  /**
   * `errors`: the caller acts on errors only (publish refuses a post with any; calendar counts
   * them), so checks that can only warn are skipped: they were most of the checking time. The
   * errors found are exactly those of a full load.
   */
  report?: 'all' | 'errors';
}

/** A post (or answer) file: `.md` in any case, except read-me notes. */
export function isPostName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.md') && lower !== 'readme.md';
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** A read-me whose first lines are front matter naming an account: a post under the wrong name. */
function looksLikePost(door: RepositoryDoor, file: string): boolean {
  const read = door.readFile(file, SIZE_LIMITS.post, 'read-me');
  return read.ok && /^(?:\uFEFF)?---\r?\n(?:.*\r?\n){0,20}?account\s*:/.test(read.value.subarray(0, 2048).toString('utf8'));
}

/** Other Markdown extensions editors use: a post saved under one of them would otherwise be skipped without a word. */
const LOOKS_LIKE_A_POST = /\.(markdown|mdown|mkdn|mkd|mdwn|txt)$/i;

/** Below this many posts, starting a thread costs more than it saves. */
const POSTS_PER_THREAD = 1500;
const BATCH_SIZE = 200;
const MAX_THREADS = 4;

/** Read and check `posts/**\/*.md` and `schedules/*.yaml` under `root`. Never throws for bad content. */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const door = RepositoryDoor.open(root);
  const absRoot = door.root;
  // Parsing and checking pull in ajv and twitter-text; commands that never load content skip them.
  const [{ loadPostBatch }, { readAccounts }, { checkDuplicates }, { loadAnswers }] = await Promise.all([
    import('./load-posts.js'),
    import('./load-accounts.js'),
    import('./checks.js'),
    import('./answers/load.js'),
  ]);
  const postListing = door.listFiles(POSTS_DIR, (name) => isPostName(name) || LOOKS_LIKE_A_POST.test(name) || name.toLowerCase() === 'readme.md', true);
  const accountListing = listAccountFiles(door);
  const postFiles = postListing.files.filter((file) => isPostName(baseName(file)));
  const accountFiles = accountListing.files;
  const diagnostics: Diagnostic[] = [...postListing.problems, ...accountListing.refused].map(doorDiagnostic);
  // Nothing is skipped without a word: a post under another extension, a read-me that is really a
  // post, an account file that is not `.yaml`.
  const skipped = (file: string, message: string) => diagnostics.push({ file, line: 1, column: 1, severity: 'warning', rule: 'not-read', message });
  for (const file of postListing.files.filter((f) => !isPostName(baseName(f)))) {
    if (baseName(file).toLowerCase() === 'readme.md') {
      if (looksLikePost(door, file))
        skipped(
          file,
          `${file} has front matter like a post, but read-me files are notes and never published; rename it (for example ${file.replace(/[^/]+$/, 'post.md')}) to publish it`,
        );
    } else {
      skipped(
        file,
        `${file} is not read as a post: herald reads only .md files under posts/. Rename it to ${file.replace(/\.[^./]+$/, '.md')} to publish it, or move it out of posts/`,
      );
    }
  }
  for (const file of accountListing.others) {
    skipped(file, `${file} is not read as an account: account files end in .yaml. Rename it to ${file.replace(/\.[^./]+$/, '.yaml')}`);
  }

  const read = readAccounts(door, accountFiles);
  const accounts = read.accounts;
  diagnostics.push(...read.diagnostics);

  const batches: string[][] = [];
  for (let i = 0; i < postFiles.length; i += BATCH_SIZE) batches.push(postFiles.slice(i, i + BATCH_SIZE));
  const threads = Math.min(options.threads ?? defaultThreads(postFiles.length), MAX_THREADS, batches.length);
  const where = { root: absRoot, errorsOnly: options.report === 'errors' };
  const load = (files: string[]) => loadPostBatch({ ...where, files }, accounts);
  const results = (threads > 1 && workerScript() ? await loadInThreads(batches, threads, load, where, accounts) : batches.map(load)).flat();

  const posts = results.flatMap((result) => (result.post ? [result.post] : []));
  for (const result of results) diagnostics.push(...result.diagnostics);
  diagnostics.push(...checkDuplicates(posts));
  const answers = loadAnswers(door, accounts, options.report === 'errors');
  diagnostics.push(...answers.diagnostics);
  return {
    root: absRoot,
    posts,
    accounts,
    answers: answers.answers,
    diagnostics,
    files: { posts: postFiles.length, accounts: accountFiles.length, answers: answers.files },
  };
}

/**
 * The accounts and the support answers, without the posts: what `herald answers` needs. The same
 * findings for answers as a full load (`loadContent`) reports.
 */
export async function loadAnswerContent(root: string): Promise<{ accounts: Map<string, Account>; answers: Answer[]; diagnostics: Diagnostic[] }> {
  const door = RepositoryDoor.open(root);
  const [{ readAccounts }, { loadAnswers }] = await Promise.all([import('./load-accounts.js'), import('./answers/load.js')]);
  const listing = listAccountFiles(door);
  const { accounts, diagnostics } = readAccounts(door, listing.files);
  diagnostics.push(...listing.refused.map(doorDiagnostic));
  const loaded = loadAnswers(door, accounts);
  return { accounts, answers: loaded.answers, diagnostics: [...diagnostics, ...loaded.diagnostics] };
}

/**
 * One thread on machines with two cores or fewer: measured on 2 cores with 10,000 posts, two
 * threads took 2.15 s against 2.0 s for one (the garbage collector and the OS want the other core,
 * and each thread loads its own modules).
 */
function defaultThreads(posts: number): number {
  const cores = os.availableParallelism();
  if (cores <= 2) return 1;
  return Math.max(1, Math.min(cores, Math.floor(posts / POSTS_PER_THREAD)));
}

/** The compiled worker next to this module; absent when running from TypeScript sources or a bundle. */
function workerScript(): URL | undefined {
  const url = new URL('./load-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

type BatchResults = Awaited<ReturnType<typeof import('./load-posts.js').loadPostBatch>>;
type PostBatch = import('./load-posts.js').PostBatch;

/**
 * Spread batches over `threads - 1` worker threads and this one. Batches are handed out one at a
 * time, so a thread that started late simply takes fewer; results keep the files' order, so the
 * outcome is the same as reading them one by one. A failing worker only means its batches are
 * done here.
 */
async function loadInThreads(
  batches: string[][],
  threads: number,
  load: (files: string[]) => BatchResults,
  where: Omit<PostBatch, 'files'>,
  accounts: ReadonlyMap<string, Account>,
): Promise<BatchResults[]> {
  const { Worker } = await import('node:worker_threads');
  const results = new Array<BatchResults | undefined>(batches.length);
  let next = 0;
  const take = () => (next < batches.length ? next++ : undefined);
  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(workerScript()!, { workerData: { accounts: [...accounts] } });
    return new Promise<void>((resolve) => {
      let current: number | undefined;
      const send = () => {
        current = take();
        if (current === undefined) {
          worker.postMessage('stop');
          resolve();
        } else {
          worker.postMessage({ id: current, batch: { ...where, files: batches[current] } });
        }
      };
      worker.on('message', (message: { id: number; results: BatchResults }) => {
        results[message.id] = message.results;
        send();
      });
      // A worker that fails or exits early hands its batch back: it is done here instead.
      const giveUp = () => {
        if (current !== undefined && !results[current]) results[current] = load(batches[current]);
        current = undefined;
        resolve();
      };
      worker.on('error', giveUp);
      worker.on('exit', giveUp);
      send();
    });
  });
  for (let i = take(); i !== undefined; i = take()) {
    results[i] = load(batches[i]);
    // Let workers' answers in, so they get their next batch while this thread works.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return results.map((batch, i) => batch ?? load(batches[i]));
}
