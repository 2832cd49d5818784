/**
 * `herald validate [FILES...]`: content checks (src/content) + log findings (src/repository/log) +
 * time and plan checks (src/plan), merged and sorted, filtered to FILES and printed. The action's
 * validate mode reports the same findings through `collectDiagnostics` (src/app/validate.ts).
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../model/errors.js';
import type { CommandContext } from './context.js';
import { collectDiagnostics } from '../app/validate.js';
import { formatDiagnostics, summaryLine, type ReportFormat } from '../content/report.js';
import { hasErrors } from '../model/diagnostic.js';
import { localizeDiagnostics } from '../i18n/localize.js';

export interface ValidateOptions {
  files?: string[];
  format?: ReportFormat;
  strict?: boolean;
}

export async function runValidate(options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const root = ctx.root;
  await requireContentRoot(root);
  const only = (options.files ?? []).map((file) => toRootRelative(file, ctx.cwd, root));

  const threads = threadsFromEnv(ctx.env);
  const found = await collectDiagnostics(root, ctx.now(), threads !== undefined ? { threads } : {});
  // Already sorted; filtering keeps the order.
  let diagnostics = found.diagnostics;
  if (only.length > 0) diagnostics = diagnostics.filter((d) => only.some((f) => d.file === f || d.file.startsWith(`${f}/`)));

  // Messages in the reader's language; rule ids, files and positions are the same in every language.
  diagnostics = localizeDiagnostics(diagnostics, ctx.lang);
  const format = options.format ?? 'text';
  const report = { checked: found.files, lang: ctx.lang };
  ctx.stdout(formatDiagnostics(format, diagnostics, report));
  if (format !== 'text') ctx.stderr(`herald validate: ${summaryLine(diagnostics, report)}\n`);

  const failing = options.strict === true ? diagnostics.length > 0 : hasErrors(diagnostics);
  return failing ? EXIT_FAILED : EXIT_OK;
}

/** HERALD_THREADS: how many threads read posts (default: by repository size and cores); a typo is a setup error, not ignored. */
function threadsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.HERALD_THREADS;
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^\s*[1-9]\d{0,2}\s*$/.test(raw)) {
    throw new UsageError(`HERALD_THREADS=${JSON.stringify(raw)} is not a number of threads; write e.g. HERALD_THREADS=4, or unset it to let herald choose`);
  }
  return Number(raw);
}

async function requireContentRoot(root: string): Promise<void> {
  const isDir = async (p: string) => (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
  if (!(await isDir(root))) {
    throw new UsageError(`--root ${root} does not exist; point --root at the folder that holds posts/ and schedules/`);
  }
  const missing = [];
  if (!(await isDir(path.join(root, 'posts')))) missing.push('posts/');
  if (!(await isDir(path.join(root, 'schedules')))) missing.push('schedules/');
  if (missing.length > 0) {
    throw new UsageError(
      `${root} has no ${missing.join(' and no ')} folder; run herald in the repository that holds posts/ and schedules/, or pass --root DIR (to start a content repository here: herald init)`,
    );
  }
}

function toRootRelative(file: string, cwd: string, root: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(root, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(`${file} is not inside the content root ${root}; name files under posts/, answers/ or schedules/`);
  }
  if (!existsSync(absolute)) {
    throw new UsageError(`${file} does not exist (looked for ${absolute}); check the path, which is relative to the current folder`);
  }
  return relative.split(path.sep).join('/');
}
