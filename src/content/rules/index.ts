/** The content rules, in the order they run: one line per rule (its row and check: ./<id>.ts). */
import { bareLink } from './bare-link.js';
import { firstPersonSingular } from './first-person-singular.js';
import { hashtagCount } from './hashtag-count.js';
import type { ContentRule } from './rule.js';

export const CONTENT_RULES = [firstPersonSingular, bareLink, hashtagCount] as const satisfies readonly ContentRule[];

export type ContentRuleId = (typeof CONTENT_RULES)[number]['id'];
export const CONTENT_RULE_IDS: readonly ContentRuleId[] = CONTENT_RULES.map((rule) => rule.id);
