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
  // Placeholder: replaced by the foundation issue's loader.
  return { root, posts: [], accounts: new Map(), diagnostics: [] };
}
