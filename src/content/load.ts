/**
 * Read `posts/**\/*.md` and `schedules/*.yaml` under a root into typed values with source positions,
 * and check them. Never throws for bad content: every problem becomes a located diagnostic, and one
 * bad file never stops the others from being checked.
 */
import { readFileSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Account } from '../model/account.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Post } from '../model/post.js';

export interface LoadedContent {
  root: string;
  posts: Post[];
  accounts: Map<string, Account>;
  /** Everything found while reading and checking the files themselves (not time or plan checks). */
  diagnostics: Diagnostic[];
}

/** Read and check `posts/**\/*.md` and `schedules/*.yaml` under `root`. Never throws for bad content. */
export async function loadContent(root: string): Promise<LoadedContent> {
  const absRoot = path.resolve(root);
  // Parsing and checking pull in ajv and twitter-text; commands that never load content skip them.
  const [{ readPostFile }, { readAccountFile }, { checkPost, checkDuplicates }] = await Promise.all([
    import('./post-file.js'),
    import('./account-file.js'),
    import('./checks.js'),
  ]);
  const [postFiles, accountFiles] = await Promise.all([
    listFiles(absRoot, 'posts', (name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md', true),
    listFiles(absRoot, 'schedules', (name) => name.endsWith('.yaml'), false),
  ]);

  const accountSources = accountFiles.map((file) => readAccountFile(file, readText(absRoot, file)));
  const accounts = new Map<string, Account>();
  for (const source of accountSources) if (source.account) accounts.set(source.account.name, source.account);

  const realRoot = await realpath(absRoot).catch(() => absRoot);
  const postSources = postFiles.map((file) => {
    const source = readPostFile(absRoot, file, readText(absRoot, file));
    checkPost(source, accounts, absRoot, realRoot);
    return source;
  });
  checkDuplicates(postSources);

  const diagnostics: Diagnostic[] = [];
  for (const source of accountSources) diagnostics.push(...source.reporter.diagnostics);
  for (const source of postSources) diagnostics.push(...source.reporter.diagnostics);
  return {
    root: absRoot,
    posts: postSources.flatMap((source) => (source.post ? [source.post] : [])),
    accounts,
    diagnostics,
  };
}

/**
 * Synchronous on purpose: for thousands of small files, readFileSync is several times faster than
 * fs.promises (one open/fstat/read/close round trip through the thread pool per file), and a CLI
 * has nothing else to do meanwhile.
 */
function readText(root: string, file: string): string {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return '';
  }
}

/**
 * Regular files under `root/dir` (relative to root, `/`-separated, sorted). Symlinks are not
 * followed: a post must live in the repository.
 */
async function listFiles(root: string, dir: string, keep: (name: string) => boolean, recursive: boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    const parent = (entry as { parentPath?: string }).parentPath ?? entry.path;
    files.push(path.relative(root, path.join(parent, entry.name)).split(path.sep).join('/'));
  }
  return files.sort();
}
