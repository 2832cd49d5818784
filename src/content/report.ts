/** The three ways `herald validate` (and the GitHub action) print diagnostics. */
import type { Diagnostic } from '../model/diagnostic.js';
import { commandData, commandProperty, terminalLine } from '../model/escape.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/say.js';

export type ReportFormat = 'text' | 'json' | 'github';

export interface ReportOptions {
  /** Prefix for file paths, e.g. the root's path inside the GitHub workspace (`site/`). */
  filePrefix?: string;
  /** What was checked, for the summary line. */
  checked?: { posts: number; accounts: number; answers?: number };
  /** The language of the summary line (default English); messages arrive already in it (i18n/localize.ts). */
  lang?: Lang;
}

/** One line: "2 errors and 1 warning in 2 files (14 posts, 2 accounts checked)"; answers are counted when there are any. */
export function summaryLine(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const lang = options.lang ?? 'en';
  const counted = options.checked && {
    posts: t(lang, 'count.post', { n: options.checked.posts }),
    accounts: t(lang, 'count.account', { n: options.checked.accounts }),
  };
  // Answers are named only when the repository has any: most have none.
  const checked = !counted
    ? ''
    : options.checked?.answers
      ? t(lang, 'validate.checked-answers', { ...counted, answers: t(lang, 'count.answer', { n: options.checked.answers }) })
      : t(lang, 'validate.checked', counted);
  if (diagnostics.length === 0) return t(lang, 'validate.none', { checked });
  return t(lang, 'validate.found', {
    errors: t(lang, 'count.error', { n: errors }),
    warnings: t(lang, 'count.warning', { n: warnings }),
    files: t(lang, 'count.file', { n: files }),
    checked,
  });
}

/** Grouped by file: `file:line:col  severity  rule  message`, a blank line between files, then the summary. */
export function formatText(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const prefix = options.filePrefix ?? '';
  let out = '';
  let lastFile: string | undefined;
  for (const d of diagnostics) {
    if (lastFile !== undefined && d.file !== lastFile) out += '\n';
    lastFile = d.file;
    // One line per finding that starts with its path: content cannot start a line of its own.
    out += `${terminalLine(prefix + d.file)}:${d.line}:${d.column}  ${d.severity}  ${d.rule}  ${terminalLine(d.message)}\n`;
  }
  if (out) out += '\n';
  return `${out}${summaryLine(diagnostics, options)}\n`;
}

/** DESIGN's stable diagnostics array. */
export function formatJson(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const prefix = options.filePrefix ?? '';
  return `${JSON.stringify(
    diagnostics.map(({ file, line, column, severity, rule, message }) => ({ file: prefix + file, line, column, severity, rule, message })),
    null,
    2,
  )}\n`;
}

/** `::error file=...,line=...,col=...,title=rule::message`, one per diagnostic. */
export function formatGithub(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const prefix = options.filePrefix ?? '';
  return diagnostics
    .map(
      (d) =>
        `::${d.severity === 'error' ? 'error' : 'warning'} file=${commandProperty(prefix + d.file)},line=${d.line},col=${d.column},title=${commandProperty(`herald ${d.rule}`)}::${commandData(d.message)}\n`,
    )
    .join('');
}

export function formatDiagnostics(format: ReportFormat, diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  if (format === 'json') return formatJson(diagnostics, options);
  if (format === 'github') return formatGithub(diagnostics, options);
  return formatText(diagnostics, options);
}
