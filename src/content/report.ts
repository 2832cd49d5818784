/** The three ways `herald validate` (and the GitHub action) print diagnostics. */
import type { Diagnostic } from '../model/diagnostic.js';
import { commandData, commandProperty, terminalLine } from '../model/escape.js';
import { plural } from '../model/words.js';

export type ReportFormat = 'text' | 'json' | 'github';

export interface ReportOptions {
  /** Prefix for file paths, e.g. the root's path inside the GitHub workspace (`site/`). */
  filePrefix?: string;
  /** What was checked, for the summary line. */
  checked?: { posts: number; accounts: number; answers?: number };
}

/** One line: "2 errors and 1 warning in 2 files (14 posts, 2 accounts checked)"; answers are counted when there are any. */
export function summaryLine(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const answers = options.checked?.answers ? `, ${plural(options.checked.answers, 'answer')}` : '';
  const checked = options.checked ? ` (${plural(options.checked.posts, 'post')}, ${plural(options.checked.accounts, 'account')}${answers} checked)` : '';
  if (diagnostics.length === 0) return `No problems found${checked}.`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}${checked}.`;
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
