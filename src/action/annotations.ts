import type { Diagnostic } from '../model/diagnostic.js';

/**
 * The workflow-command sink; @actions/core in the action, a recorder in tests. @actions/core
 * escapes the message (`%`, CR, LF) and every property (also `:` and `,`), so a file name or a
 * message from content stays inside its one `::error` line.
 */
export interface Annotator {
  error(message: string, properties: AnnotationAt): void;
  warning(message: string, properties: AnnotationAt): void;
}

export interface AnnotationAt {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** GitHub shows only so many annotations per step; the first few go on the lines, all go in the summary. */
export const ANNOTATION_LIMIT = 10;

/**
 * Annotate the first `limit` findings, errors before warnings. `prefix` is the content root relative
 * to the repository, because GitHub places annotations by repository path.
 */
export function annotate(diagnostics: readonly Diagnostic[], annotator: Annotator, prefix = '', limit = ANNOTATION_LIMIT): number {
  const ordered = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const shown = ordered.slice(0, limit);
  for (const d of shown) {
    const at = { title: `herald ${d.rule}`, file: joinPrefix(prefix, d.file), startLine: d.line, startColumn: d.column };
    if (d.severity === 'error') annotator.error(d.message, at);
    else annotator.warning(d.message, at);
  }
  return shown.length;
}

export function joinPrefix(prefix: string, file: string): string {
  return prefix && prefix !== '.' ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
}
