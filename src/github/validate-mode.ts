import * as core from '@actions/core';
import { loadContent } from '../content/load.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { assemblePlan } from '../plan/planner.js';
import { readLog } from '../publish/log.js';
import type { ActionInputs } from './action.js';
import { annotate, diagnosticsTable } from './annotations.js';
import type { DateTime } from 'luxon';

/** What `herald validate` reports: the files' own findings, the log's, and the plan's time checks. */
export async function collectDiagnostics(root: string, now: DateTime): Promise<Diagnostic[]> {
  const content = await loadContent(root);
  const log = await readLog(root);
  const plan = assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now });
  return sortDiagnostics([...content.diagnostics, ...log.diagnostics, ...plan.diagnostics]);
}

export async function validateMode(inputs: ActionInputs): Promise<void> {
  const diagnostics = await collectDiagnostics(inputs.root, inputs.now);
  annotate(diagnostics, core, inputs.rootInRepo);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  await core.summary
    .addRaw(`## herald validate\n\n${diagnosticsTable(diagnostics)}\n`)
    .write();
  core.setOutput('errors', errors);
  core.setOutput('warnings', diagnostics.length - errors);
  if (hasErrors(diagnostics)) core.setFailed(`herald: ${errors} error${errors === 1 ? '' : 's'} in the content; see the annotations and the job summary`);
}
