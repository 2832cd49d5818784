/**
 * `herald validate [FILES...]`: content checks (src/content) + log findings (src/publish/log) +
 * time and plan checks (src/plan), merged, filtered to FILES, sorted and printed.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { EXIT_FAILED, EXIT_OK, UsageError, type CommandContext } from '../cli/context.js';
import { loadContent } from '../content/load.js';
import { formatDiagnostics, summaryLine, type ReportFormat } from '../content/report.js';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { assemblePlan } from '../plan/planner.js';
import { readLog } from '../publish/log.js';

export interface ValidateOptions {
  files?: string[];
  format?: ReportFormat;
  strict?: boolean;
}

export async function runValidate(options: ValidateOptions, ctx: CommandContext & { root: string }): Promise<number> {
  const root = ctx.root;
  await requireContentRoot(root);
  const only = (options.files ?? []).map((file) => toRootRelative(file, ctx.cwd, root));

  // HERALD_THREADS: how many threads read posts (default: by repository size and cores).
  const threads = Number.parseInt(ctx.env.HERALD_THREADS ?? '', 10);
  const [content, log] = await Promise.all([loadContent(root, threads > 0 ? { threads } : {}), readLog(root)]);
  const plan = assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now: ctx.now() });

  let diagnostics = mergeDiagnostics(content.diagnostics, log.diagnostics, plan.diagnostics);
  if (only.length > 0) diagnostics = diagnostics.filter((d) => only.some((f) => d.file === f || d.file.startsWith(`${f}/`)));
  sortDiagnostics(diagnostics);

  const format = options.format ?? 'text';
  const checked = content.files;
  ctx.stdout(formatDiagnostics(format, diagnostics, { checked }));
  if (format !== 'text') ctx.stderr(`herald validate: ${summaryLine(diagnostics, { checked })}\n`);

  const failing = diagnostics.some((d) => d.severity === 'error' || (options.strict === true && d.severity === 'warning'));
  return failing ? EXIT_FAILED : EXIT_OK;
}

/**
 * A planner finding at exactly the place where the content already has an error (e.g. a window the
 * schema rejected) says the same thing twice; keep the content's.
 */
function mergeDiagnostics(content: Diagnostic[], log: Diagnostic[], plan: Diagnostic[]): Diagnostic[] {
  const errorPlaces = new Set(content.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column}`));
  return [...content, ...log, ...plan.filter((d) => !errorPlaces.has(`${d.file}:${d.line}:${d.column}`))];
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
      `${root} has no ${missing.join(' and no ')} folder; run herald in the repository that holds posts/ and schedules/, or pass --root DIR`,
    );
  }
}

function toRootRelative(file: string, cwd: string, root: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(root, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(`${file} is not inside the content root ${root}; name files under posts/ or schedules/`);
  }
  if (!existsSync(absolute)) {
    throw new UsageError(`${file} does not exist (looked for ${absolute}); check the path, which is relative to the current folder`);
  }
  return relative.split(path.sep).join('/');
}
