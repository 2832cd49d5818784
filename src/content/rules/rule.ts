/**
 * What a content rule is: its catalogue row (src/model/rules.ts) and a check of one post file, run
 * at the level (and with the options) its account sets. A rule is one module in this folder and one
 * line in ./index.ts; the account schema's entry is generated from the row (./schema.ts).
 */
import type { OptionValues, ReportedLevel, RuleOptions, RuleRow } from '../../model/rules.js';
import type { PostSource } from '../post-file.js';

export interface ContentRule<Id extends string = string, O extends RuleOptions = RuleOptions> extends RuleRow<Id, 'content', O> {
  /** Report what the rule finds in `source` at `setting.level` (a rule that is `off` is not run). */
  check(source: PostSource, setting: OptionValues<O> & { level: ReportedLevel }): void;
}

/**
 * A content rule: its id as a literal, its options' types from `option.…`, `check`'s setting typed
 * by them. `settable` defaults to true (an account file may set it).
 */
export function contentRule<Id extends string, O extends RuleOptions>(
  rule: Omit<ContentRule<Id, O>, 'phase' | 'settable'> & { settable?: boolean },
): ContentRule<Id, O> {
  return { ...rule, phase: 'content', settable: rule.settable ?? true };
}
