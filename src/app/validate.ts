/**
 * The validate use case, shared by `herald validate` and the action's validate mode. It lives
 * below both, so the action never imports a command module.
 */
import type { DateTime } from 'luxon';
import type { LoadedContent, LoadOptions } from '../content/load.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { openRepository } from './open-repository.js';

/**
 * What `herald validate` reports: the files' own findings, the log's, and the plan's time checks,
 * merged and sorted; `files` counts the files read.
 */
export async function collectDiagnostics(
  root: string,
  now: DateTime,
  options: LoadOptions = {},
): Promise<{ diagnostics: Diagnostic[]; files: LoadedContent['files'] }> {
  const repository = await openRepository(root, { now, load: options });
  return { diagnostics: repository.diagnostics(), files: repository.content.files };
}
