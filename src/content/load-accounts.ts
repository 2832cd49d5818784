/** Read and check the account files (`schedules/*.yaml`): for the full load and for `herald answers`. */
import type { Account } from '../model/account.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { type RepositoryDoor, SIZE_LIMITS } from '../repository/door.js';
import { checkAccountNames, readAccountFile } from './account-file.js';
import { readText } from './load-posts.js';

/** Every account file, read and checked: an account with errors is still an account (its problems block its posts). */
export function readAccounts(door: RepositoryDoor, accountFiles: readonly string[]): { accounts: Map<string, Account>; diagnostics: Diagnostic[] } {
  const accountSources = accountFiles.map((file) => {
    const read = readText(door, file, SIZE_LIMITS.account, 'account file');
    // A file the door refused, or whose bytes are not text, is still an account: its problems block its posts.
    if (!('text' in read)) return readAccountFile(file, '', { ...read, line: 1, column: 1 });
    return readAccountFile(file, read.text, read.problem);
  });
  checkAccountNames(accountSources);
  const accounts = new Map<string, Account>();
  const diagnostics: Diagnostic[] = [];
  for (const source of accountSources) {
    if (source.account) accounts.set(source.account.name, source.account);
    diagnostics.push(...source.reporter.diagnostics);
  }
  return { accounts, diagnostics };
}
