/** The findings `herald validate` reports, gathered the same way for the action's validate and review. */
import type { DateTime } from 'luxon';
import { loadContent } from '../content/load.js';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { assemblePlan } from '../plan/planner.js';
import { readLog } from '../publish/log.js';

/** What `herald validate` reports: the files' own findings, the log's, and the plan's time checks. */
export async function collectDiagnostics(root: string, now: DateTime): Promise<Diagnostic[]> {
  const content = await loadContent(root);
  const log = await readLog(root);
  const plan = assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now });
  return mergeFindings(content.diagnostics, log.diagnostics, plan.diagnostics);
}

/**
 * As `herald validate` merges them: a plan finding at the very place the content already has an
 * error says the same thing twice, so the content's is kept.
 */
export function mergeFindings(content: readonly Diagnostic[], log: readonly Diagnostic[], plan: readonly Diagnostic[]): Diagnostic[] {
  const errorPlaces = new Set(content.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column}`));
  return sortDiagnostics([...content, ...log, ...plan.filter((d) => !errorPlaces.has(`${d.file}:${d.line}:${d.column}`))]);
}

