import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runHerald, type CliResult } from '../helpers/cli.js';

/** Before every fixture post's window, so the planner has nothing to say about time. */
export const NOW = '2026-11-30T00:00:00Z';

export interface ValidateRun extends CliResult {
  findings: Diagnostic[];
}

/**
 * `herald validate --format json --now NOW` as a process, run in `cwd` (default: the root).
 * Without a root, herald takes the current directory as the root. `files` are the FILES
 * arguments, relative to `cwd`.
 */
export async function validate(root: string | undefined, options: { cwd?: string; files?: string[] } = {}): Promise<ValidateRun> {
  const cwd = options.cwd ?? root;
  if (cwd === undefined) throw new Error('validate() needs a root or a cwd');
  const args = ['validate', ...(options.files ?? []), ...(root === undefined ? [] : ['--root', root]), '--format', 'json', '--now', NOW];
  const result = await runHerald(args, { cwd });
  let findings: Diagnostic[];
  try {
    findings = JSON.parse(result.stdout) as Diagnostic[];
  } catch {
    throw new Error(`herald validate printed no JSON diagnostics (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ...result, findings };
}
