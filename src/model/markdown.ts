/**
 * Markdown building blocks shared by the job summaries and the review: tables, durations and the
 * table of findings. Text from posts is data: every cell is escaped with the functions of
 * ./escape.ts (one per target) before it reaches these.
 */
import type { Diagnostic } from './diagnostic.js';
import { mdCode, mdMessage } from './escape.js';

export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** `3 h 12 min`, `45 min`, `2 d 4 h`: durations a reader takes in at a glance. */
export function humanDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** Every finding, for a job summary or a review. */
export function diagnosticsTable(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'No errors or warnings.';
  return table(
    ['', 'where', 'rule', 'what to do'],
    diagnostics.map((d) => [
      d.severity === 'error' ? '❌ error' : '⚠️ warning',
      mdCode(`${d.file}:${d.line}:${d.column}`),
      mdCode(d.rule),
      mdMessage(d.message),
    ]),
  );
}
