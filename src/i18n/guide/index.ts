/**
 * The marketer guide `herald init` writes to posts/README.md, in the team's language: how to start a
 * post, its keys, how to write well, how to check. Modules, not .md files, so the npm package and the
 * action bundle carry them without copying assets.
 */
import type { Lang } from '../lang.js';
import { guideEn } from './en.js';
import { guideRu } from './ru.js';
import { guideTh } from './th.js';
import { guideVi } from './vi.js';

const GUIDES: Readonly<Record<Lang, string>> = { en: guideEn, ru: guideRu, th: guideTh, vi: guideVi };

/** posts/README.md in `lang`: Markdown, ending with a newline. */
export function marketerGuide(lang: Lang): string {
  return GUIDES[lang];
}
