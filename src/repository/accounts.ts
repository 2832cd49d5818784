/**
 * The account list of a content repository: which `schedules/*.yaml` files there are, and the one
 * an account name means. The loader, `herald new` and `herald pause` all go through here, so they
 * agree on what an account is. Reading an account file's settings is the content layer's job
 * (src/content/account-file.ts); editing its `paused:` key is src/content/account-edit.ts.
 */
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import { type DoorProblem, RepositoryDoor } from './door.js';
import { accountFilePath, accountOfPath, SCHEDULES_DIR } from './paths.js';

export interface AccountListing {
  /** `schedules/<name>.yaml`, the account files. */
  files: string[];
  /** Other YAML files in schedules/ (`.yml`, `.YAML`): not read, and warned about. */
  others: string[];
  /** What the door refused (a link out, a pipe, an unreadable folder). */
  refused: DoorProblem[];
}

/** Every YAML file in schedules/ (not its sub-folders), split into account files and the rest. */
export function listAccountFiles(door: RepositoryDoor): AccountListing {
  const { files, problems } = door.listFiles(SCHEDULES_DIR, (name) => /\.ya?ml$/i.test(name), false);
  return { files: files.filter((f) => f.endsWith('.yaml')), others: files.filter((f) => !f.endsWith('.yaml')), refused: problems };
}

/**
 * The account names, for commands that act on accounts by name. A `schedules/` that is itself a
 * link or cannot be read stops the command: there is no list to act on.
 */
export function accountNames(root: string): { names: string[]; refused: DoorProblem[] } {
  const listing = listAccountFiles(RepositoryDoor.open(root));
  const folder = listing.refused.find((p) => p.file === SCHEDULES_DIR);
  if (folder) throw new UsageError(folder.message);
  return { names: listing.files.map((file) => accountOfPath(file)!), refused: listing.refused };
}

/** `schedules/<account>.yaml`, or a UsageError that lists the accounts there are. */
export function requireAccountFile(root: string, account: string): string {
  const { names } = accountNames(root);
  if (!names.includes(account)) {
    const hint = names.length
      ? `known accounts: ${names.join(', ')} (write for example --account ${names[0]})`
      : `there are no account files in ${path.join(root, SCHEDULES_DIR)}; create ${accountFilePath(account)} first`;
    throw new UsageError(`unknown account "${account}": ${accountFilePath(account)} does not exist; ${hint}`);
  }
  return accountFilePath(account);
}
