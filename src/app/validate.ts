/**
 * The validate use case, shared by `herald validate` and the action's validate mode: the files' own
 * findings, the log's, and the plan's time checks, merged and sorted. It lives below both, so the
 * action never imports a command module.
 */
import type { DateTime } from 'luxon';
import { loadContent, type LoadedContent, type LoadOptions } from '../content/load.js';
import { mergeDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { assemblePlan } from '../plan/planner.js';
import { readLog } from '../publish/log.js';

/**
 * What `herald validate` reports: the files' own findings, the log's, and the plan's time checks,
 * merged and sorted; `files` counts the files read.
 */
export async function collectDiagnostics(
  root: string,
  now: DateTime,
  options: LoadOptions = {},
): Promise<{ diagnostics: Diagnostic[]; files: LoadedContent['files'] }> {
  const [content, log] = await Promise.all([loadContent(root, options), readLog(root)]);
  const plan = assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now });
  return { diagnostics: mergeDiagnostics(content.diagnostics, log.diagnostics, plan.diagnostics), files: content.files };
}
