import { type Diagnostic, type Said, type Severity, type SourcePos, wording } from '../model/diagnostic.js';

/** Collects diagnostics for one file, so checks only say where and what. */
export class FileReporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  report(severity: Severity, rule: string, at: SourcePos, message: string | Said): void {
    this.diagnostics.push({
      file: this.file,
      line: Math.max(1, at.line),
      column: Math.max(1, at.column),
      severity,
      rule,
      ...wording(message),
    });
  }

  error(rule: string, at: SourcePos, message: string | Said): void {
    this.report('error', rule, at, message);
  }
}

export const START: SourcePos = { line: 1, column: 1 };
