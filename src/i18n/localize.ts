/** Diagnostics in the reader's language, at the output edges (validate, the action, the review). */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Lang } from './lang.js';
import { render } from './say.js';

/** Rules whose detail stays English (the schema's own words), introduced in the reader's language. */
const LEAD_INS: Readonly<Record<string, 'lead.schema' | 'lead.yaml-syntax'>> = { schema: 'lead.schema', 'yaml-syntax': 'lead.yaml-syntax' };

/**
 * `message` in `lang`; rule ids, files and positions never change. A message not in the catalogue yet
 * stays English behind a short lead-in saying so. The `text` field is dropped: it is how the message
 * travelled, not part of any output.
 */
function localizeDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  const { text, ...rest } = d;
  if (text) return { ...rest, message: render(lang, text) };
  if (lang === 'en') return rest;
  return { ...rest, message: render(lang, { id: LEAD_INS[d.rule] ?? 'lead.untranslated', params: { detail: d.message } }) };
}

export function localizeDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang): Diagnostic[] {
  return diagnostics.map((d) => localizeDiagnostic(d, lang));
}
