/** The languages herald speaks to writers and reviewers in; English is the source of every message. */
export const LANGS = ['en', 'ru', 'th', 'vi'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language to speak: the explicit choice (`--lang`, the action's `language` input) over the
 * environment's `HERALD_LANG`, else English. Blank counts as unset; anything else that is not one of
 * LANGS is refused by the caller (a usage error naming the allowed values), never silently ignored.
 */
export function chooseLang(explicit: string | undefined, fromEnv: string | undefined): { lang: Lang } | { wrong: string; source: 'explicit' | 'env' } {
  for (const [value, source] of [
    [explicit, 'explicit'],
    [fromEnv, 'env'],
  ] as const) {
    const trimmed = value?.trim().toLowerCase();
    if (!trimmed) continue;
    return isLang(trimmed) ? { lang: trimmed } : { wrong: value!.trim(), source };
  }
  return { lang: DEFAULT_LANG };
}
