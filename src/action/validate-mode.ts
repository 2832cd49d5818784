import * as core from '@actions/core';
import { writeSummary } from './summary.js';
import { hasErrors } from '../model/diagnostic.js';
import type { ActionInputs } from './inputs.js';
import { annotate } from './annotations.js';
import { diagnosticsTable } from '../model/markdown.js';
import { collectDiagnostics } from '../app/validate.js';
import { plural } from '../model/words.js';

export async function validateMode(inputs: ActionInputs): Promise<void> {
  const { diagnostics } = await collectDiagnostics(inputs.root, inputs.now);
  const annotated = annotate(diagnostics, core, inputs.rootInRepo);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const headline =
    diagnostics.length === 0
      ? 'Every post and account file is valid.'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${annotated < diagnostics.length ? `; the first ${annotated} are annotated on their lines, all are listed here` : ''}.`;
  await writeSummary(`## herald validate\n\n${headline}\n\n${diagnostics.length ? `${diagnosticsTable(diagnostics)}\n` : ''}`);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  if (hasErrors(diagnostics)) core.setFailed(`herald: ${plural(errors, 'error')} in the content; see the annotations and the job summary`);
}
