/** `first-person-singular`: the brand speaks as "we" (what counts as "I": ./first-person.ts). */
import { partPosition } from '../body.js';
import { endsWithSignOff, findFirstPersonSingular } from './first-person.js';
import type { ContentRule } from './rule.js';

/** Reported per part, a handful is enough to show the pattern. */
const MAX_FINDINGS_PER_PART = 3;

export const firstPersonSingular: ContentRule<'first-person-singular'> = {
  check({ reporter, index, parts }, setting) {
    const signed = setting.allow_signoff === true && parts.length > 0 && endsWithSignOff(parts[parts.length - 1].text);
    if (signed) return;
    for (const part of parts) {
      for (const finding of findFirstPersonSingular(part.text).slice(0, MAX_FINDINGS_PER_PART)) {
        reporter.report(
          setting.level,
          'first-person-singular',
          partPosition(index, part, finding.offset),
          `“${finding.word}” speaks for one person; the brand speaks as “we”: write “${finding.instead}”` +
            (setting.allow_signoff === true ? ', or sign the post at the end like “– MJ”' : ''),
        );
      }
    }
  },
};
