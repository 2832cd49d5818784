import { mkdir } from 'node:fs/promises';
import { terminalLine } from '../model/escape.js';
import { UsageError } from '../model/errors.js';
import { accountNames } from '../repository/accounts.js';
import { RepositoryDoor } from '../repository/door.js';
import { accountFilePath, LOG_FILE } from '../repository/paths.js';
import {
  type AccountAnswers,
  checkActionRef,
  checkHandle,
  checkZone,
  DEFAULT_ACTION_REF,
  DEFAULT_HANDLES,
  STARTER_ACCOUNTS,
  type StarterAccount,
} from '../scaffold/answers.js';
import { type ScaffoldFile, scaffoldFiles } from '../scaffold/files.js';
import { hasSecretName, secretNames, secretPrefix } from '../scaffold/workflows.js';
import { isValidZone } from '../time/zones.js';
import type { CommandContext } from './context.js';

/** One question at the terminal; `undefined` when the input ended. */
export type Ask = (question: string) => Promise<string | undefined>;

export interface InitOptions {
  mainHandle?: string;
  mainZone?: string;
  supportHandle?: string;
  supportZone?: string;
  /** Take flags and defaults without asking. */
  yes?: boolean;
  stats?: boolean;
  answers?: boolean;
  actionRef?: string;
  branch?: string;
  dryRun?: boolean;
  /** Present only when stdin is a terminal: CI and pipes are never asked anything. */
  ask?: Ask;
}

type Outcome = 'wrote' | 'kept';

/**
 * Scaffold a content repository: accounts, workflows, `.gitattributes`, the marketer's guide, the
 * pull-request template, editor settings and an example post. Never overwrites a file: one that is
 * there already is kept as it is and reported.
 */
export async function runInit(options: InitOptions, ctx: CommandContext): Promise<number> {
  const actionRef = checkActionRef(options.actionRef ?? DEFAULT_ACTION_REF);
  const branch = checkBranch(options.branch ?? 'main');
  // Flags are checked before anything is asked or written.
  const given = {
    main: { handle: flag(options.mainHandle, '--main-handle', checkHandle), zone: flag(options.mainZone, '--main-zone', checkZone) },
    support: { handle: flag(options.supportHandle, '--support-handle', checkHandle), zone: flag(options.supportZone, '--support-zone', checkZone) },
  };

  if (!options.dryRun) {
    await mkdir(ctx.root, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`${ctx.root} cannot be made a folder (${error.code ?? 'error'}); give --root a folder, new or existing`);
    });
  }
  const existing = existingAccounts(ctx.root);
  const ask = options.yes ? undefined : options.ask;
  const accounts = {} as Record<StarterAccount, AccountAnswers>;
  const placeholders: StarterAccount[] = [];
  for (const account of STARTER_ACCOUNTS) {
    // An account file that is already there is kept: asking about it would be asking for nothing.
    const prompt = existing.includes(account) ? undefined : ask;
    const zoneDefault = account === 'main' ? localZone() : accounts.main.zone;
    const handle =
      given[account].handle ?? (await answer(prompt, `${account} account's X handle`, DEFAULT_HANDLES[account], `--${account}-handle`, checkHandle, ctx));
    const zone = given[account].zone ?? (await answer(prompt, `${account} account's time zone`, zoneDefault, `--${account}-zone`, checkZone, ctx));
    if (handle === DEFAULT_HANDLES[account] && !existing.includes(account)) placeholders.push(account);
    accounts[account] = { handle, zone };
  }

  const unnamed = existing.filter((a) => !hasSecretName(a));
  // Two files whose names give the same secret names (Main.yaml and main.yaml) would put one key
  // twice in a workflow's env:, which GitHub refuses: the first keeps it, the others are named.
  const publishAccounts: string[] = [];
  const clashing: string[] = [];
  for (const account of [...STARTER_ACCOUNTS, ...existing.filter((a) => !(STARTER_ACCOUNTS as readonly string[]).includes(a) && hasSecretName(a))]) {
    if (publishAccounts.some((a) => secretPrefix(a) === secretPrefix(account))) clashing.push(account);
    else publishAccounts.push(account);
  }
  const exampleDate = ctx.now().setZone(accounts.main.zone).plus({ days: 7 }).toISODate()!;
  const files = scaffoldFiles({
    accounts,
    publishAccounts,
    actionRef,
    stats: Boolean(options.stats),
    answers: Boolean(options.answers),
    exampleDate,
    branch,
    lang: ctx.lang,
  });

  const outcomes = await writeAll(ctx.root, files, Boolean(options.dryRun));

  const verb = (o: Outcome) => (options.dryRun ? (o === 'wrote' ? 'would write' : 'would keep') : o);
  const width = Math.max(...(['wrote', 'kept'] as const).map((o) => verb(o).length));
  for (const { file, outcome } of outcomes) {
    ctx.stdout(`${verb(outcome).padEnd(width)}  ${file.path}${outcome === 'kept' ? '  (already there: left as it is)' : ''}\n`);
  }
  ctx.stdout('\nSecrets to create (Settings → Secrets and variables → Actions, or gh secret set NAME):\n');
  for (const name of secretNames(publishAccounts)) ctx.stdout(`  ${name}\n`);
  ctx.stdout('  HERALD_PUSH_TOKEN   (only if the default branch is protected: see "Branch protection" in herald\'s README)\n');

  for (const account of placeholders) {
    ctx.stderr(
      `herald: note: ${accountFilePath(account)} has the placeholder handle ${DEFAULT_HANDLES[account]}; write your account's handle there (publishing refuses credentials of another handle)\n`,
    );
  }
  const wroteWorkflow = outcomes.some((o) => o.outcome === 'wrote' && o.file.path.startsWith('.github/workflows/'));
  if (wroteWorkflow && actionRef.startsWith('OWNER/')) {
    ctx.stderr(
      `herald: note: the workflows use ${actionRef}; replace OWNER there with the account that hosts herald (herald init --action-ref acme/herald@v1 writes it for you)\n`,
    );
  }
  for (const account of unnamed) {
    ctx.stderr(
      `herald: note: ${terminalLine(accountFilePath(account))} is left out of the workflows: its name cannot be a secret name; rename it with letters, digits, - or _\n`,
    );
  }
  for (const account of clashing) {
    ctx.stderr(
      `herald: note: ${terminalLine(accountFilePath(account))} is left out of the workflows: its secrets would be named ${secretPrefix(account)}*, like another account's; rename one of the two files\n`,
    );
  }
  const attributes = outcomes.find((o) => o.file.path === '.gitattributes');
  if (attributes?.outcome === 'kept' && !(await hasUnionMerge(ctx.root))) {
    ctx.stderr(`herald: note: .gitattributes was kept and has no "${LOG_FILE} merge=union" line; add it, or concurrent log commits conflict\n`);
  }
  return 0;
}

function flag(value: string | undefined, name: string, check: (value: string, source: string) => string): string | undefined {
  return value === undefined ? undefined : check(value, name);
}

/** Ask until the answer is valid; an empty answer (or the end of input) takes the default. */
async function answer(
  ask: Ask | undefined,
  question: string,
  fallback: string,
  source: string,
  check: (value: string, source: string) => string,
  ctx: CommandContext,
): Promise<string> {
  if (!ask) return check(fallback, source);
  for (;;) {
    const reply = (await ask(`The ${question} [${fallback}]: `))?.trim();
    if (reply === undefined || reply === '') return check(fallback, source);
    try {
      return check(reply, 'the answer');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      ctx.stderr(`${error.message}\n`);
    }
  }
}

/** The machine's zone (TZ or the system setting) as the default for people at a terminal; UTC when there is none. */
function localZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidZone(zone) ? zone : 'UTC';
}

function checkBranch(value: string): string {
  if (/^[A-Za-z0-9._/-]+$/.test(value) && !value.includes('..')) return value;
  throw new UsageError(`--branch ${JSON.stringify(value)} is not a branch name; write for example --branch main`);
}

/** The repository's door, or undefined while its root does not exist (a dry run in a new folder). */
function openDoor(root: string): RepositoryDoor | undefined {
  try {
    return RepositoryDoor.open(root);
  } catch (error) {
    if (error instanceof UsageError) return undefined;
    throw error;
  }
}

/** Accounts already in schedules/ (a schedules/ that is a link stops init, as it stops every command). */
function existingAccounts(root: string): string[] {
  return openDoor(root) ? accountNames(root).names : [];
}

/**
 * Every file is checked before any is written, so a link in the way stops init with nothing half
 * done; then each is created exclusively (O_EXCL), so a file that appears meanwhile is kept too.
 */
async function writeAll(root: string, files: ScaffoldFile[], dryRun: boolean): Promise<Array<{ file: ScaffoldFile; outcome: Outcome }>> {
  const door = openDoor(root);
  if (!door) return files.map((file) => ({ file, outcome: 'wrote' as const }));
  const planned = files.map((file): { file: ScaffoldFile; outcome: Outcome } => {
    // Anything there already (a file, or a link or folder in its place) is the user's, and kept as it is.
    if (door.exists(file.path)) return { file, outcome: 'kept' };
    const target = door.writable(file.path);
    if (!target.ok) throw new UsageError(`${file.path} cannot be written: ${target.problem.message}`);
    return { file, outcome: 'wrote' };
  });
  if (dryRun) return planned;
  const done: Array<{ file: ScaffoldFile; outcome: Outcome }> = [];
  for (const { file, outcome } of planned) {
    if (outcome === 'kept') {
      done.push({ file, outcome });
      continue;
    }
    try {
      await door.writeFile(file.path, file.text, { exclusive: true });
      done.push({ file, outcome: 'wrote' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      done.push({ file, outcome: 'kept' });
    }
  }
  return done;
}

async function hasUnionMerge(root: string): Promise<boolean> {
  const text = await RepositoryDoor.open(root)
    .readOwnFile('.gitattributes')
    .catch(() => undefined);
  return text !== undefined && new RegExp(`^\\s*/?${LOG_FILE.replace(/\./g, '\\.')}\\s+(?:\\S+\\s+)*merge=union\\b`, 'm').test(text);
}
