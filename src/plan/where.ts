import { ruleSetting, type Account, type RuleLevel } from '../model/account.js';
import type { Diagnostic, Severity, SourcePos } from '../model/diagnostic.js';
import type { PositionMap } from '../model/post.js';

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
  message: string,
): Diagnostic {
  const { line, column } = positionOf(positions, keys);
  return { file, line, column, severity, rule, message };
}

/** A rule's level and options for an account; the level is widened so `off` can be tested. */
export function ruleFor<O extends Record<string, unknown>>(
  account: Pick<Account, 'rules'> | undefined,
  rule: string,
  defaults: { level: RuleLevel } & O,
): Omit<O, 'level'> & { level: RuleLevel } {
  return ruleSetting<O>(account, rule, defaults);
}
