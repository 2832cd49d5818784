/** What a content rule is: a check of one post file, run at the level its account sets. */
import type { ReportedLevel, RuleIdOf, RuleSettingOf } from '../../model/rules.js';
import type { PostSource } from '../post-file.js';

export type ContentRuleId = RuleIdOf<'content'>;

export interface ContentRule<Id extends ContentRuleId> {
  /** Report what the rule finds in `source` at `setting.level` (a rule that is `off` is not run). */
  check(source: PostSource, setting: RuleSettingOf<Id> & { level: ReportedLevel }): void;
}
