/**
 * Command-line entry: commander wiring only. Each command's module is imported when that command
 * runs, so `herald validate` never loads the X client and `herald publish` never loads renderers.
 * With the action's inputs (src/action/inputs.ts), the only place that reads the system clock.
 */
import { Command, CommanderError, Option } from 'commander';
import { DateTime } from 'luxon';
import { hasOffset } from '../time/offset.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { EXIT_FAILED, EXIT_USAGE, UsageError, UserError } from '../model/errors.js';
import { terminalLine } from '../model/escape.js';
import type { CommandContext } from '../commands/context.js';
import { chooseLang, isLang, LANGS, type Lang } from '../i18n/lang.js';

function makeContext(rootOpt: string | undefined, nowOpt: string | undefined, langOpt: string | undefined): CommandContext {
  let now: () => DateTime;
  if (nowOpt !== undefined && nowOpt !== '') {
    const pinned = parseNow(nowOpt);
    now = () => pinned;
  } else {
    now = () => DateTime.utc();
  }
  const cwd = process.cwd();
  return {
    stdout: (text) => write(process.stdout, text),
    stderr: (text) => write(process.stderr, text),
    env: process.env,
    cwd,
    now,
    lang: resolveLang(langOpt, process.env),
    color: wantsColor(process.env, process.stdout),
    root: path.resolve(cwd, rootOpt ?? '.'),
  };
}

/**
 * A reader that stops reading (`herald calendar | head -1`) closes the pipe: the next write fails
 * with EPIPE. That is not an error of herald's, so nothing more is written to that stream and no
 * stack is printed; the command still finishes its work (a publish is never abandoned half-way
 * because a pager closed) and exits with its own code.
 */
const closed = new WeakSet<NodeJS.WriteStream>();

function write(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream)) stream.write(text);
}

export function ignoreClosedPipes(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    // EPIPE in practice; any other write error also means nobody can read what follows.
    stream.on('error', () => closed.add(stream));
  }
}

/**
 * Colour only for a person reading stdout at a terminal (results go to stdout, so a piped or
 * redirected result stays free of escape codes), and never with NO_COLOR set.
 */
export function wantsColor(env: NodeJS.ProcessEnv, stdout: { isTTY?: boolean }): boolean {
  return !env.NO_COLOR && Boolean(stdout.isTTY);
}

/** `--lang` over HERALD_LANG over English; a value herald does not speak is a usage error, never ignored. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const chosen = chooseLang(flag, env.HERALD_LANG);
  if ('lang' in chosen) return chosen.lang;
  const named = chosen.source === 'explicit' ? `--lang ${JSON.stringify(chosen.wrong)}` : `HERALD_LANG=${JSON.stringify(chosen.wrong)}`;
  throw new UsageError(`${named} is not a language herald speaks; write one of ${LANGS.join(', ')}, e.g. --lang ru`);
}

export function parseNow(value: string): DateTime {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) {
    throw new UsageError(`--now ${JSON.stringify(value)} is not an ISO instant; write for example --now 2026-12-01T09:00:00Z`);
  }
  if (!hasOffset(value)) {
    // A date alone gets a time too: "2026-12-08Z" is not an instant either.
    const withTime = /T/.test(value) ? value : `${value}T09:00`;
    throw new UsageError(
      `--now ${JSON.stringify(value)} has no offset, so it could mean any time zone; add one, e.g. --now ${withTime}Z or --now ${withTime}-05:00`,
    );
  }
  return parsed.toUTC();
}

/**
 * herald's own version, from its package.json at run time (lib/cli/ and src/cli/ are both two levels
 * below it): one small synchronous read, no JSON import and no dependency.
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const formatOption = (choices: string[], fallback: string) => new Option('--format <format>', 'output format').choices(choices).default(fallback);

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('herald')
    .description('Publish X posts as code: validate, plan, and publish Markdown posts exactly once.')
    .version(packageVersion(), '-V, --version', "print herald's version")
    .option('--root <dir>', 'content repository root (holds posts/ and schedules/)', '.')
    .option(
      '--lang <lang>',
      `language of messages for writers and reviewers: ${LANGS.join(', ')} (default: HERALD_LANG, else en); for answers, also the answers' language`,
    )
    .showHelpAfterError('(run herald --help for usage)')
    .exitOverride();
  program.configureOutput({ writeErr: (s) => write(process.stderr, s), writeOut: (s) => write(process.stdout, s) });

  const ctx = (cmd: Command, now?: string) => makeContext(cmd.optsWithGlobals().root, now, cmd.optsWithGlobals().lang);
  // For `herald answers`, `--lang` (wherever it is written) is first the answers' language filter, any
  // BCP 47 tag; messages follow it when herald speaks it, else HERALD_LANG or English, never an error.
  const answersCall = (cmd: Command, opts: Record<string, unknown>) => {
    const filter: string | undefined = cmd.optsWithGlobals().lang;
    const spoken = filter !== undefined && isLang(filter.toLowerCase()) ? filter : undefined;
    return { opts: { ...opts, ...(filter !== undefined ? { lang: filter } : {}) }, ctx: makeContext(cmd.optsWithGlobals().root, undefined, spoken) };
  };

  program
    .command('validate')
    .description('parse, schema-check and lint posts and account files')
    .argument('[files...]', 'only report on these files (paths relative to the current directory)')
    .addOption(formatOption(['text', 'json', 'github'], 'text'))
    .option('--strict', 'warnings fail too (exit 1)', false)
    .option('--now <iso>', 'check windows against this instant instead of the clock')
    .action(async (files: string[], opts, cmd: Command) => {
      const { runValidate } = await import('../commands/validate.js');
      setExit(await runValidate({ files, ...opts }, ctx(cmd, opts.now)));
    });

  program
    .command('calendar')
    .description('print the plan: what goes out when, in every audience zone')
    .option('--from <date>', 'first day (ISO date or date-time; default: today in --zone)')
    .option('--days <n>', 'number of days', '14')
    .option('--account <name>', 'only this account')
    .option('--zone <iana>', "zone to group days by (default: the first account's zone)")
    .option('--now <iso>', 'plan as if the clock read this instant')
    .addOption(formatOption(['text', 'md', 'json', 'html', 'ics'], 'text'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts, cmd: Command) => {
      const { runCalendar } = await import('../commands/calendar.js');
      setExit(await runCalendar(opts, ctx(cmd, opts.now)));
    });

  program
    .command('publish')
    .description('send what is due now, exactly once, and append to the log')
    .option('--now <iso>', 'act as if the clock read this instant')
    .option('--dry-run', 'decide and print what would be sent; send and write nothing', false)
    .option('--account <name>', 'only this account')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts, cmd: Command) => {
      const { runPublish } = await import('../commands/publish.js');
      setExit(await runPublish(opts, ctx(cmd, opts.now)));
    });

  program
    .command('stats')
    .description("fetch published posts' public metrics, and support accounts' (sla:) new replies and mentions, into schedules/metrics.jsonl")
    .option('--since <duration>', "parts published within this long before now (30d, 7d, 12h); a support account's first read goes this far back", '30d')
    .option('--max-reads <n>', 'read at most this many posts, metrics and support reads together (default: 200, under $1 at $0.005 a read)')
    .option('--account <name>', 'only this account')
    .option('--dry-run', 'print what would be read and its cost; read and write nothing', false)
    .option('--now <iso>', 'act as if the clock read this instant')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts, cmd: Command) => {
      const { runStats } = await import('../commands/stats.js');
      setExit(await runStats(opts, ctx(cmd, opts.now)));
    });

  for (const [name, description] of [
    ['pause', 'stop everything for an account at once (sets `paused` in its file)'],
    ['resume', 'clear `paused` in an account file'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .option('--account <name>', `the account to ${name}`)
      .option('--all', `${name} every account in schedules/`, false)
      .option('--reason <text>', 'why (shown in the calendar and the log)')
      .option('--now <iso>', 'record this instant as the pause time')
      .action(async (opts, cmd: Command) => {
        const { runPause } = await import('../commands/pause.js');
        setExit(await runPause({ ...opts, pause: name === 'pause' }, ctx(cmd, opts.now)));
      });
  }

  program
    .command('new')
    .description('scaffold a post file')
    .argument('<title...>', 'a title; it becomes the file name')
    .requiredOption('--account <name>', 'target account (schedules/<name>.yaml)')
    .option('--at <time>', 'publish time, e.g. "2026-12-01 09:00" (default: the account queue)')
    .option('--zone <iana>', 'time zone of --at (default: the account zone)')
    .option('--dir <dir>', 'sub-folder of posts/ to create it in')
    .action(async (title: string[], opts, cmd: Command) => {
      const { runNew } = await import('../commands/new.js');
      setExit(await runNew({ title: title.join(' '), ...opts }, ctx(cmd)));
    });

  program
    .command('init')
    .description('scaffold a content repository: accounts, workflows, guides, editor schemas; never overwrites')
    .option('--main-handle <handle>', 'X handle of the main (brand) account')
    .option('--main-zone <iana>', "the main account's time zone (default: this machine's)")
    .option('--support-handle <handle>', 'X handle of the support account')
    .option('--support-zone <iana>', "the support account's time zone (default: the main account's)")
    .option('--stats', 'also write the daily stats workflow (.github/workflows/stats.yml)', false)
    .option('--answers', 'also write two example support answers (answers/en/refund.md, answers/ru/refund.md)', false)
    .option(
      '--action-ref <ref>',
      "herald's action in the workflows' uses:, e.g. acme/herald@v1, or acme/herald@<40-character commit SHA> to pin",
      'OWNER/herald@v1',
    )
    .option('--branch <name>', "the default branch, for the marketer guide's new-post link", 'main')
    .option('-y, --yes', 'ask nothing: take the flags and the defaults', false)
    .option('--dry-run', 'print what would be written and kept; write nothing', false)
    .option('--now <iso>', 'date the example post a week after this instant instead of the clock')
    .action(async (opts, cmd: Command) => {
      const { runInit } = await import('../commands/init.js');
      // Only a person at a terminal is asked; CI, pipes and redirects take flags and defaults.
      const terminal = process.stdin.isTTY ? terminalQuestions() : undefined;
      try {
        setExit(await runInit({ ...opts, ask: terminal?.ask }, ctx(cmd, opts.now)));
      } finally {
        terminal?.close();
      }
    });

  program
    .command('review')
    .description('summarise a change for reviewers: previews and the calendar difference against a base')
    .option('--base <ref>', 'git ref to compare with', 'origin/main')
    .option('--head <ref>', 'git ref under review (default: the work tree)')
    .option('--now <iso>', 'plan as if the clock read this instant')
    .addOption(formatOption(['md', 'json'], 'md'))
    .action(async (opts, cmd: Command) => {
      const { runReview } = await import('../commands/review.js');
      setExit(await runReview(opts, ctx(cmd, opts.now)));
    });

  const answers = program.command('answers').description('the support desk: list, search and fill in approved answers (answers/**/*.md)');
  answers
    .command('list', { isDefault: true })
    .description('every answer: id, language, title and tags; --format html writes one searchable page')
    .addOption(formatOption(['text', 'json', 'html'], 'text'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts, cmd: Command) => {
      const { runAnswersList } = await import('../commands/answers.js');
      const call = answersCall(cmd, opts);
      setExit(await runAnswersList(call.opts, call.ctx));
    });
  answers
    .command('find')
    .description('search titles, tags and texts, best first (answers in other languages sharing a tag with the best ones too)')
    .argument('<words...>', 'what to look for')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (words: string[], opts, cmd: Command) => {
      const { runAnswersFind } = await import('../commands/answers.js');
      const call = answersCall(cmd, opts);
      setExit(await runAnswersFind(words, call.opts, call.ctx));
    });
  answers
    .command('show')
    .description('print an answer filled in, and its length as X counts it')
    .argument('<id>', 'the answer: its path under answers/ without .md')
    .option('--set <name=value>', 'a placeholder value (repeat for each placeholder)', (value: string, all: string[] = []) => [...all, value])
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (id: string, opts, cmd: Command) => {
      const { runAnswersShow } = await import('../commands/answers.js');
      const call = answersCall(cmd, opts);
      setExit(await runAnswersShow(id, call.opts, call.ctx));
    });

  program
    .command('report')
    .description('what went out, with links and metrics; what did not and why; content mix; engagement by local hour (no X requests)')
    .option('--since <duration>', 'the period ends now (or at --to) and is this long: 7d, 36h, 90m (default: 7d)')
    .option('--from <date>', 'start of the period: a date (midnight in --zone), a date-time in --zone, or an instant with offset')
    .option('--to <date>', 'end of the period (default: now); a date includes that whole day')
    .option('--zone <iana>', 'zone of --from/--to dates and date-times without offset (default: UTC)')
    .option('--account <name>', 'only this account')
    .option('--now <iso>', 'report as if the clock read this instant')
    .addOption(formatOption(['text', 'md', 'json', 'html'], 'text'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts, cmd: Command) => {
      const { runReport } = await import('../commands/report.js');
      setExit(await runReport(opts, ctx(cmd, opts.now)));
    });

  const slots = program.command('slots').description("an account's queue slots");
  slots
    .command('suggest')
    .description("propose slot times that beat the current slots' median engagement, with the evidence; edits nothing")
    .option('--account <name>', 'the account (required)')
    .option('--min-posts <n>', 'published posts with metrics needed before suggesting anything', '20')
    .option('--now <iso>', 'as if the clock read this instant')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts, cmd: Command) => {
      const { runSlotsSuggest } = await import('../commands/slots.js');
      setExit(await runSlotsSuggest(opts, ctx(cmd, opts.now)));
    });

  program
    .command('reply')
    .description('send an approved support answer as a reply to a customer post, once per (answer, post)')
    .requiredOption('--answer <id>', 'the answer: its path under answers/ without .md, e.g. en/refund')
    .requiredOption('--to <post>', "the customer's post: its x.com link, or its id")
    .option('--set <name=value>', 'a placeholder value (repeat for each)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--account <name>', "the account to send from (default: the answer's account)")
    .option('--now <iso>', 'act as if the clock read this instant')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts, cmd: Command) => {
      const { runReply } = await import('../commands/reply.js');
      setExit(await runReply(opts, ctx(cmd, opts.now)));
    });

  program
    .command('emulator')
    .description('run the local X API emulator on 127.0.0.1')
    .option('--port <n>', 'port (default: a free one, printed)', '0')
    .option('--state <file>', 'keep emulated X in this JSON file so several processes share it')
    .option('--seed <n>', "seed of the posts' metrics (they grow with each post's age)", '1')
    .option('--customers <handle>', "seed customers' posts that mention this support account (six posts, two hours before start)")
    .option('--now <iso>', "X's clock starts at this instant and runs on (rehearse with the --now of publish and stats)")
    .action(async (opts, cmd: Command) => {
      const { runEmulator } = await import('../commands/emulator.js');
      setExit(await runEmulator(opts, ctx(cmd, opts.now)));
    });

  return program;
}

/**
 * Questions on stderr, answers from stdin, line by line. The lines are read through one iterator,
 * so answers typed (or pasted) ahead of their question are kept for it.
 */
function terminalQuestions(): { ask: (question: string) => Promise<string | undefined>; close: () => void } {
  const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  return {
    async ask(question) {
      write(process.stderr, question);
      const next = await lines.next();
      return next.done ? undefined : next.value;
    },
    close: () => {
      void lines.return?.();
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  ignoreClosedPipes();
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    return reportError(error);
  }
}

/**
 * A user error's message, each of its lines made safe for the terminal: messages quote flag values
 * and file contents, and one guard here covers every command that forgot to.
 */
function shownMessage(message: string): string {
  return message.split('\n').map(terminalLine).join('\n');
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are successes; everything else commander rejects is a usage error.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    write(process.stderr, `herald: ${shownMessage(error.message)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UserError) {
    write(process.stderr, `herald: ${shownMessage(error.message)}\n`);
    return EXIT_FAILED;
  }
  // Not the user's mistake: keep the stack so the bug can be reported.
  write(process.stderr, `herald: internal error (please report it):\n${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT_FAILED;
}
