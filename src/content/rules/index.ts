/**
 * The content rules, in the order they run: one line per `content` row of the catalogue
 * (src/model/rules.ts); the type makes a missing or extra line a compile error.
 */
import { bareLink } from './bare-link.js';
import { firstPersonSingular } from './first-person-singular.js';
import { hashtagCount } from './hashtag-count.js';
import type { ContentRule, ContentRuleId } from './rule.js';

export const CONTENT_RULES: { readonly [Id in ContentRuleId]: ContentRule<Id> } = {
  'first-person-singular': firstPersonSingular,
  'bare-link': bareLink,
  'hashtag-count': hashtagCount,
};

export const CONTENT_RULE_IDS = Object.keys(CONTENT_RULES) as ContentRuleId[];
