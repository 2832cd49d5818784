import type { DateTime } from 'luxon';
import path from 'node:path';
import YAML, { isMap, isScalar, type Pair } from 'yaml';
import { UsageError, UserError } from '../model/errors.js';
import type { CommandContext } from './context.js';
import { readPause } from '../content/account-file.js';
import { terminalLine } from '../model/escape.js';
import { RepositoryDoor, type DoorProblem } from '../repository/door.js';

export interface PauseOptions {
  /** One account (`--account`); exactly one of `account` and `all`. */
  account?: string;
  /** Every account file in schedules/ (`--all`): the fastest stop in a crisis. */
  all?: boolean;
  reason?: string;
  /** true: `herald pause`; false: `herald resume`. */
  pause: boolean;
}

/** Account names: the `schedules/*.yaml` files, without the extension. */
export async function knownAccounts(root: string): Promise<string[]> {
  return (await accountListing(root)).names;
}

/**
 * The account files, and the ones the door refused (a link out, a pipe). A `schedules/` that is
 * itself a link or cannot be read stops the command: there is no list to act on.
 */
async function accountListing(root: string): Promise<{ names: string[]; refused: DoorProblem[] }> {
  const { files, problems } = RepositoryDoor.open(root).listFiles('schedules', (n) => n.endsWith('.yaml'), false);
  const folder = problems.find((p) => p.file === 'schedules');
  if (folder) throw new UsageError(folder.message);
  return { names: files.map((f) => f.slice('schedules/'.length, -'.yaml'.length)), refused: problems };
}

/** `schedules/<account>.yaml` relative to the root, or a UsageError that lists the accounts there are. */
export async function accountFile(root: string, account: string): Promise<string> {
  const known = await knownAccounts(root);
  if (!known.includes(account)) {
    const hint = known.length
      ? `known accounts: ${known.join(', ')} (write for example --account ${known[0]})`
      : `there are no account files in ${path.join(root, 'schedules')}; create schedules/${account}.yaml first`;
    throw new UsageError(`unknown account "${account}": schedules/${account}.yaml does not exist; ${hint}`);
  }
  return `schedules/${account}.yaml`;
}

export async function runPause(options: PauseOptions, ctx: CommandContext & { root: string }): Promise<number> {
  const verb = options.pause ? 'pause' : 'resume';
  if (options.all && options.account !== undefined) {
    throw new UsageError(
      `--all and --account cannot be combined: write \`herald ${verb} --all\` for every account, or \`herald ${verb} --account NAME\` for one`,
    );
  }
  if (!options.all) {
    if (options.account === undefined) {
      throw new UsageError(`say which account: \`herald ${verb} --account NAME\`, or \`herald ${verb} --all\` for every account in schedules/`);
    }
    await changePause(await accountFile(ctx.root, options.account), options.account, options, ctx, ctx.now());
    return 0;
  }
  const { names, refused } = await accountListing(ctx.root);
  if (names.length === 0 && refused.length === 0) {
    throw new UsageError(`there are no account files in ${path.join(ctx.root, 'schedules')}; nothing to ${verb}`);
  }
  // One instant for every account; a file that cannot be changed does not stop the others (in a
  // crisis, stop what can be stopped), but it fails the command, naming the file.
  const now = ctx.now();
  const failed: string[] = [];
  for (const problem of refused) {
    ctx.stderr(`herald: ${terminalLine(problem.message)}\n`);
    failed.push(terminalLine(problem.file));
  }
  for (const name of names) {
    try {
      await changePause(`schedules/${name}.yaml`, name, options, ctx, now);
    } catch (error) {
      // Whatever went wrong with this file (refused by the door, unreadable, not YAML), the others are still stopped.
      ctx.stderr(`herald: ${terminalLine((error as Error).message)}\n`);
      failed.push(terminalLine(`schedules/${name}.yaml`));
    }
  }
  if (failed.length > 0) {
    ctx.stderr(
      `herald: ${failed.length} of ${names.length + refused.length} account files could not be changed (${failed.join(', ')}); edit them by hand: ${options.pause ? 'paused: true' : 'paused: false'}\n`,
    );
    return 1;
  }
  return 0;
}

async function changePause(file: string, account: string, options: PauseOptions, ctx: CommandContext & { root: string }, now: DateTime): Promise<void> {
  const door = RepositoryDoor.open(ctx.root);
  const source = await door.readOwnFile(file);
  if (source === undefined) throw new UserError(`${file} does not exist any more; nothing to ${options.pause ? 'pause' : 'resume'}`);
  const current = currentPause(source);
  if (!options.pause && current === undefined) {
    ctx.stdout(`${terminalLine(file)}: not paused; nothing to change\n`);
    return;
  }
  // Pausing again keeps the original `since`: it records when the stop began, not the last edit.
  const since = current?.since ?? now.toUTC().toISO({ suppressMilliseconds: true })!;
  const reason = options.reason ?? current?.reason;
  const value: false | { since: string; reason?: string } = options.pause ? { since, ...(reason ? { reason } : {}) } : false;
  await door.writeFile(file, setPaused(source, value, file));
  const resumeHint = options.all ? 'herald resume --all' : `herald resume --account ${account}`;
  // The reason comes from a person or a dispatch input: shown, never obeyed by the terminal or the job log.
  const shownReason = reason ? ` (${terminalLine(reason)})` : '';
  const replaced = current?.reason !== undefined && options.reason !== undefined && options.reason !== current.reason;
  const shown = terminalLine(file);
  ctx.stdout(
    options.pause
      ? `${shown}: ${current ? 'already ' : ''}paused since ${since}${shownReason}${replaced ? `; the reason was (${terminalLine(current.reason!)})` : ''}; nothing is sent for ${terminalLine(account)} until \`${resumeHint}\` is merged\n`
      : `${shown}: resumed; due posts for ${terminalLine(account)} go out at the next publish run\n`,
  );
}

/** The account's pause as written, when it is paused; unreadable files are left to setPaused to report. */
function currentPause(source: string): { since?: string; reason?: string } | undefined {
  const doc = YAML.parseDocument(source);
  if (doc.errors.length > 0) return undefined;
  // Read as the planner reads it, so `pause` and `resume` agree with what publishing will do: a
  // value that cannot be read counts as paused (resume clears it) and its unreadable `since` is not kept.
  const data = doc.toJS() as Record<string, unknown> | null;
  const value = data !== null && typeof data === 'object' ? data.paused : undefined;
  return readPause(value, data !== null && typeof data === 'object' && 'paused' in data).pause || undefined;
}

/**
 * Replace only the text of the `paused:` value (or append the key), so every other byte of the file
 * — comments, quoting, spacing — is exactly as the author left it. Re-serialising the whole document
 * would normalise spacing the author chose.
 */
export function setPaused(source: string, value: false | { since: string; reason?: string }, file: string): string {
  const doc = YAML.parseDocument(source);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0].line ?? 1;
    throw new UserError(
      `${file}:${line}: cannot edit this account file, it is not valid YAML (${error.message.split('\n')[0]}); fix it first, then run the command again`,
    );
  }
  if (!isMap(doc.contents)) {
    throw new UserError(`${file}:1: an account file must be a mapping of keys (handle:, zone:, ...); write for example \`handle: "@acme"\``);
  }
  const rendered = renderValue(value);
  const pair = doc.contents.items.find((p: Pair) => isScalar(p.key) && p.key.value === 'paused');
  let result: string;
  if (pair && isScalar(pair.key) && pair.key.range) {
    const keyEnd = pair.key.range[1];
    const valueNode = pair.value as { range?: [number, number, number] } | null;
    let valueEnd = valueNode?.range ? valueNode.range[1] : keyEnd + source.slice(keyEnd).indexOf(':') + 1;
    // A block mapping's range runs through its last line break; the line break stays.
    while (valueEnd > keyEnd && /\s/.test(source[valueEnd - 1]!)) valueEnd--;
    result = `${source.slice(0, keyEnd)}: ${rendered}${source.slice(valueEnd)}`;
  } else {
    const separator = source.length === 0 || source.endsWith('\n') ? '' : '\n';
    result = `${source}${separator}paused: ${rendered}\n`;
  }
  // The splice must never produce a file that means something else; check before writing.
  const check = YAML.parseDocument(result);
  if (check.errors.length > 0 || JSON.stringify(check.get('paused')) !== JSON.stringify(value)) {
    throw new UserError(`${file}: could not set \`paused:\` without changing other keys; edit it by hand: paused: ${rendered}`);
  }
  return result;
}

function renderValue(value: false | { since: string; reason?: string }): string {
  if (value === false) return 'false';
  const doc = new YAML.Document(value);
  (doc.contents as { flow?: boolean }).flow = true;
  return doc.toString().trimEnd();
}
