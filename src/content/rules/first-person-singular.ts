/** `first-person-singular`: the brand speaks as "we" (what counts as "I": ./first-person.ts). */
import { partPosition } from '../body.js';
import { endsWithSignOff, findFirstPersonSingular } from './first-person.js';
import { option } from '../../model/rules.js';
import { contentRule } from './rule.js';
import { say } from '../../i18n/say.js';

/** Reported per part, a handful is enough to show the pattern. */
const MAX_FINDINGS_PER_PART = 3;

export const firstPersonSingular = contentRule({
  id: 'first-person-singular',
  level: 'warning',
  options: { allow_signoff: option.boolean(false, { expect: 'true or false', example: true }) },
  description: 'The brand speaks as "we". allow_signoff: true lets a signed post ("– MJ", "^MJ") say "I".',
  check({ reporter, index, parts }, setting) {
    const signed = setting.allow_signoff === true && parts.length > 0 && endsWithSignOff(parts[parts.length - 1].text);
    if (signed) return;
    for (const part of parts) {
      for (const finding of findFirstPersonSingular(part.text).slice(0, MAX_FINDINGS_PER_PART)) {
        reporter.report(
          setting.level,
          'first-person-singular',
          partPosition(index, part, finding.offset),
          say(setting.allow_signoff === true ? 'first-person-singular.signoff' : 'first-person-singular', { word: finding.word, instead: finding.instead }),
        );
      }
    }
  },
});
