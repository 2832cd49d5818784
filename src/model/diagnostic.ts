import type { PositionMap } from './post.js';

/** A finding about the content, always located in a file (relative to the root, `/`-separated). */
export type Severity = 'error' | 'warning';

export interface SourcePos {
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column in the original file. */
  column: number;
}

export interface Diagnostic extends SourcePos {
  file: string;
  severity: Severity;
  /** Stable kebab-case rule id, e.g. `unknown-key`, `too-long`. */
  rule: string;
  /** A sentence for a marketer: what is wrong and what to write instead (English). */
  message: string;
  /**
   * The same sentence as a catalogue message (src/i18n/), so output edges can say it in the reader's
   * language; absent for messages not yet in the catalogue (they are shown in English).
   */
  text?: LocalText;
}

/** A catalogue message by id with its parameters; a parameter may itself be a message (a fragment). */
export interface LocalText {
  id: string;
  params: Record<string, TextParam>;
}

export type TextParam = string | number | LocalText;

/** A message as checks hand it over: the English sentence and its catalogue form (src/i18n `say`). */
export interface Said {
  message: string;
  text: LocalText;
}

/** A check's message, English text or a catalogue message, as the fields of a Diagnostic. */
export function wording(message: string | Said): Pick<Diagnostic, 'message' | 'text'> {
  return typeof message === 'string' ? { message } : { message: message.message, text: message.text };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Files first, then position, so output is stable whatever order checks ran in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

/**
 * The findings `herald validate` reports, sorted: the files' own, the log's, and the plan's. A plan
 * finding at the very place the content already has an error (e.g. a window the schema rejected)
 * says the same thing twice, so the content's is kept.
 */
export function mergeDiagnostics(content: readonly Diagnostic[], log: readonly Diagnostic[], plan: readonly Diagnostic[]): Diagnostic[] {
  const errorPlaces = new Set(content.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column}`));
  return sortDiagnostics([...content, ...log, ...plan.filter((d) => !errorPlaces.has(`${d.file}:${d.line}:${d.column}`))]);
}

/** Errors (not warnings) by file: a file with any is never published. */
export function errorsByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const map = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const list = map.get(d.file) ?? [];
    list.push(d);
    map.set(d.file, list);
  }
  return map;
}

/** The first of `keys` the file has a position for; line 1 when none (the file as a whole). */
export function positionOf(positions: PositionMap | undefined, keys: readonly string[]): SourcePos {
  for (const key of keys) {
    const pos = positions?.[key];
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
}

export function diagnostic(
  file: string,
  positions: PositionMap | undefined,
  keys: readonly string[],
  severity: Severity,
  rule: string,
  message: string | Said,
): Diagnostic {
  const { line, column } = positionOf(positions, keys);
  return { file, line, column, severity, rule, ...wording(message) };
}
