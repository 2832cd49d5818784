import type { DateTime } from 'luxon';
import path from 'node:path';
import { currentPause, setPaused } from '../content/account-edit.js';
import { UsageError, UserError } from '../model/errors.js';
import { terminalLine } from '../model/escape.js';
import { accountNames, requireAccountFile } from '../repository/accounts.js';
import { RepositoryDoor } from '../repository/door.js';
import { accountFilePath } from '../repository/paths.js';
import type { CommandContext } from './context.js';

export interface PauseOptions {
  /** One account (`--account`); exactly one of `account` and `all`. */
  account?: string;
  /** Every account file in schedules/ (`--all`): the fastest stop in a crisis. */
  all?: boolean;
  reason?: string;
  /** true: `herald pause`; false: `herald resume`. */
  pause: boolean;
}

export async function runPause(options: PauseOptions, ctx: CommandContext): Promise<number> {
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
    await changePause(requireAccountFile(ctx.root, options.account), options.account, options, ctx, ctx.now());
    return 0;
  }
  const { names, refused } = accountNames(ctx.root);
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
      await changePause(accountFilePath(name), name, options, ctx, now);
    } catch (error) {
      // Whatever went wrong with this file (refused by the door, unreadable, not YAML), the others are still stopped.
      ctx.stderr(`herald: ${terminalLine((error as Error).message)}\n`);
      failed.push(terminalLine(accountFilePath(name)));
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

async function changePause(file: string, account: string, options: PauseOptions, ctx: CommandContext, now: DateTime): Promise<void> {
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
