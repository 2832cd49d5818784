/**
 * The publish use case, shared by `herald publish` and the action's publish mode: open the
 * repository once (only errors are checked: warnings never stop a post), then publish what is due.
 */
import type { Account } from '../model/account.js';
import type { LogEntry } from '../model/log.js';
import { type PublishOptions, type PublishResult, publishDue } from '../publish/index.js';
import { openRepository } from './open-repository.js';

export interface PublishRepositoryResult extends PublishResult {
  /** The log as it was before this run: what the summary compares with. */
  logBefore: readonly LogEntry[];
  /** The accounts as read for this run (the action's failure issues mention their `notify`). */
  accounts: ReadonlyMap<string, Account>;
}

export async function publishRepository(root: string, options: Omit<PublishOptions, 'content' | 'history' | 'plan'>): Promise<PublishRepositoryResult> {
  const repository = await openRepository(root, { now: options.now, load: { report: 'errors' } });
  const result = await publishDue({ ...options, content: repository.content, history: repository.log, plan: repository.plan });
  return { ...result, logBefore: repository.log.entries, accounts: repository.content.accounts };
}
