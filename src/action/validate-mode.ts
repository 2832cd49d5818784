import * as core from '@actions/core';
import { writeSummary } from './summary.js';
import { hasErrors } from '../model/diagnostic.js';
import type { ActionInputs } from './inputs.js';
import { annotate } from './annotations.js';
import { diagnosticsTable } from '../model/markdown.js';
import { collectDiagnostics } from '../app/validate.js';
import { localizeDiagnostics } from '../i18n/localize.js';
import { t } from '../i18n/say.js';

export async function validateMode(inputs: ActionInputs): Promise<void> {
  const { lang } = inputs;
  const diagnostics = localizeDiagnostics((await collectDiagnostics(inputs.root, inputs.now)).diagnostics, lang);
  const annotated = annotate(diagnostics, core, inputs.rootInRepo);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = { errors: t(lang, 'count.error', { n: errors }), warnings: t(lang, 'count.warning', { n: warnings }) };
  const headline =
    diagnostics.length === 0
      ? t(lang, 'summary.validate.valid')
      : annotated < diagnostics.length
        ? t(lang, 'summary.validate.counts-annotated', { ...counts, annotated })
        : t(lang, 'summary.validate.counts', counts);
  await writeSummary(`## ${t(lang, 'summary.validate.title')}\n\n${headline}\n\n${diagnostics.length ? `${diagnosticsTable(diagnostics)}\n` : ''}`);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  if (hasErrors(diagnostics)) core.setFailed(`herald: ${t(lang, 'summary.validate.failed', { errors: counts.errors })}`);
}
