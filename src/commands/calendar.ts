/**
 * `herald calendar`: the plan for a period, in the format a reader needs. It shows what will
 * happen, so content errors do not stop it: they are counted on stderr and left to `validate`.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import type { CommandContext } from './context.js';
import { buildCalendar, type CalendarModel } from '../calendar/model.js';
import { parseDays, resolveAccount, resolveFrom, resolveZone } from '../calendar/options.js';
import type { RenderContext } from '../calendar/shared.js';
import { monthTotals } from '../calendar/cost.js';
import { openRepository } from '../app/open-repository.js';
import { accountOfPath, SCHEDULES_DIR } from '../repository/paths.js';

export type CalendarFormat = 'text' | 'md' | 'json' | 'html' | 'ics';

export interface CalendarOptions {
  from?: string;
  days?: string;
  account?: string;
  zone?: string;
  format?: string;
  out?: string;
}

const FORMATS: readonly CalendarFormat[] = ['text', 'md', 'json', 'html', 'ics'];

export async function runCalendar(options: CalendarOptions, ctx: CommandContext): Promise<number> {
  const format = (options.format ?? 'text') as CalendarFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format ${JSON.stringify(options.format)} is not one of ${FORMATS.join(', ')}; write for example --format md`);
  }
  const days = parseDays(options.days);
  // A mistyped --zone is reported before any file is read.
  if (options.zone !== undefined) resolveZone(options.zone, new Map());
  await requireSchedules(ctx.root);

  // Only errors are counted in the note below: rules that can only warn need not run.
  const now = ctx.now();
  const repository = await openRepository(ctx.root, { now, load: { report: 'errors' } });
  const { content } = repository;
  if (content.accounts.size === 0) {
    throw new UsageError(
      `no readable account file in ${path.join(ctx.root, 'schedules')}; add one such as schedules/main.yaml (run herald validate to see what is wrong)`,
    );
  }
  const account = resolveAccount(options.account, content.accounts);
  // One account's calendar reads best in that account's own zone.
  const shown = account === undefined ? content.accounts : new Map([[account, content.accounts.get(account)!]]);
  const zone = resolveZone(options.zone, shown);
  const from = resolveFrom(options.from, zone, now);
  const to = from.plus({ days });

  const plan = repository.shownPlan();
  const model = buildCalendar(plan, content.accounts, { from, to, zone, account });

  const accountOfFile = new Map(content.posts.map((p) => [p.file, p.account]));
  const errors = repository.diagnostics().filter((d) => d.severity === 'error' && (account === undefined || belongsTo(d.file, account, accountOfFile))).length;
  if (errors > 0) ctx.stderr(`herald: ${errors} error${errors === 1 ? '' : 's'} in content; run herald validate\n`);

  const renderContext: RenderContext = {
    accounts: content.accounts,
    now: plan.now,
    // ctx.color already means a terminal on stdout without NO_COLOR; a file gets none either.
    color: ctx.color && options.out === undefined,
    months: monthTotals(model, plan.months, account),
  };
  const name = account === undefined ? 'herald' : `herald ${content.accounts.get(account)?.handle ?? account}`;
  const output = await render(format, model, renderContext, name);

  if (options.out !== undefined && options.out !== '') {
    const target = path.resolve(ctx.cwd, options.out);
    try {
      await writeFile(target, output);
    } catch (error) {
      throw new UsageError(
        `cannot write --out ${options.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; choose a path in an existing, writable folder`,
      );
    }
    const count = model.entries.length;
    const relative = path.relative(ctx.cwd, target);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
    ctx.stderr(`herald: wrote the ${format} calendar (${count} post${count === 1 ? '' : 's'}) to ${shown}\n`);
  } else {
    ctx.stdout(output);
  }
  return 0;
}

/** Renderers load only for the format asked for, so `--format text` never parses the HTML template. */
async function render(format: CalendarFormat, model: CalendarModel, ctx: RenderContext, name: string): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('../calendar/text.js')).renderText(model, ctx);
    case 'md':
      return (await import('../calendar/markdown.js')).renderMarkdown(model, ctx);
    case 'json':
      return (await import('../calendar/json.js')).renderJson(model);
    case 'html':
      return (await import('../calendar/html.js')).renderHtml(model, ctx, { name });
    case 'ics':
      return (await import('../calendar/ics.js')).renderIcs(model, ctx, { name });
  }
}

async function requireSchedules(root: string): Promise<void> {
  const dir = path.join(root, 'schedules');
  const found = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!found) {
    throw new UsageError(
      `${dir} does not exist, so there are no accounts to plan for; run herald in a content repository or pass --root DIR (the folder holding posts/ and schedules/)`,
    );
  }
}

/** With --account, only errors in that account's own files count towards the note. */
function belongsTo(file: string, account: string, accountOfFile: ReadonlyMap<string, string>): boolean {
  if (accountOfPath(file) === account) return true;
  const owner = accountOfFile.get(file);
  return owner === undefined ? !file.startsWith(`${SCHEDULES_DIR}/`) : owner === account;
}
