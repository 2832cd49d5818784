/**
 * What a catalogue entry is: a sentence with `{name}` placeholders, or, for a sentence about a
 * count, one per plural category of the language (Intl.PluralRules) with `other` always present.
 * Interpolation is plain replacement of `{name}`: nothing in a template or a value is evaluated.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export type Template = string | PluralForms;

/** A placeholder: `{` a name `}`; braces around anything else (`{ audience-night: off }`) are text. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The placeholder names of a template (of every plural form), sorted: what a translation must keep. */
export function placeholders(template: Template): string[] {
  const forms = typeof template === 'string' ? [template] : Object.values(template);
  const names = new Set<string>();
  for (const form of forms) for (const match of (form ?? '').matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}

/** The names a template string's placeholders declare, as a type: `say`'s parameters are typed by them. */
export type ParamsOf<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name extends `${string} ${string}` | `${string}:${string}` | ''
    ? ParamsOf<Rest>
    : Name | ParamsOf<Rest>
  : never;

export type TemplateParams<T> = T extends string ? ParamsOf<T> : T extends PluralForms ? ParamsOf<T['other']> : never;
