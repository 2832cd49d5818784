/**
 * `herald report`: what went out in a period with links and metrics, what did not and why, the
 * content mix, and engagement by local hour in each audience zone. Reads posts, accounts, the log
 * and the metrics file through openRepository; sends no request to X.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { UsageError } from '../model/errors.js';
import { terminalLine } from '../model/escape.js';
import type { CommandContext } from './context.js';
import { openRepository } from '../app/open-repository.js';
import { resolveAccount } from '../calendar/options.js';
import { spentByMonth } from '../plan/cost.js';
import { buildReport, type Report } from '../report/model.js';
import { resolvePeriod } from '../report/options.js';
import { writeOut } from './out-file.js';

export type ReportFormat = 'text' | 'md' | 'json' | 'html';
const FORMATS: readonly ReportFormat[] = ['text', 'md', 'json', 'html'];

export interface ReportOptions {
  since?: string;
  from?: string;
  to?: string;
  zone?: string;
  account?: string;
  format?: string;
  out?: string;
}

export async function runReport(options: ReportOptions, ctx: CommandContext): Promise<number> {
  const format = (options.format ?? 'text') as ReportFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format ${JSON.stringify(options.format)} is not one of ${FORMATS.join(', ')}; write for example --format md`);
  }
  const now = ctx.now();
  // Flags (--zone among them) are checked before any file is read.
  const period = resolvePeriod(options, now.toMillis());

  const repository = await openRepository(ctx.root, { now, load: { report: 'errors' } });
  const { content } = repository;
  if (content.accounts.size === 0) {
    throw new UsageError(
      `no readable account file in ${ctx.root}/schedules; add one such as schedules/main.yaml, or pass --root DIR (run herald validate to see what is wrong)`,
    );
  }
  const account = resolveAccount(options.account, content.accounts);
  const metrics = await repository.metrics();
  reportSkippedLines([...repository.log.diagnostics, ...metrics.diagnostics], ctx);

  const report = buildReport({
    posts: content.posts,
    accounts: content.accounts,
    log: repository.log.entries,
    snapshots: metrics.snapshots,
    from: period.from,
    to: period.to,
    now: now.toMillis(),
    account,
    support: metrics.support,
    answers: content.answers,
    spent: spentByMonth({ log: repository.log.entries, posts: content.posts, accounts: content.accounts, reads: repository.reads }),
  });
  const output = await render(format, report);
  if (options.out !== undefined && options.out !== '') {
    const shown = await writeOut(options.out, output, ctx);
    ctx.stderr(`herald: wrote the ${format} report to ${shown}\n`);
  } else {
    ctx.stdout(output);
  }
  return 0;
}

/** Unreadable log or metrics lines do not stop a report; each is named (the first few) on stderr. */
function reportSkippedLines(diagnostics: readonly Diagnostic[], ctx: CommandContext): void {
  const SHOWN = 5;
  for (const d of diagnostics.slice(0, SHOWN)) ctx.stderr(`herald: ${d.file}:${d.line}: ${terminalLine(d.message)}\n`);
  if (diagnostics.length > SHOWN) ctx.stderr(`herald: ${diagnostics.length - SHOWN} more unreadable lines skipped\n`);
}

/** Renderers load only for the format asked for. */
async function render(format: ReportFormat, report: Report): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('../report/text.js')).renderText(report);
    case 'md':
      return (await import('../report/markdown.js')).renderMarkdown(report);
    case 'json':
      return (await import('../report/json.js')).renderJson(report);
    case 'html':
      return (await import('../report/html.js')).renderHtml(report);
  }
}
