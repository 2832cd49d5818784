/** `hashtag-count`: more hashtags in one part than the account allows. */
import { partPhrase, partPosition } from '../body.js';
import { say } from '../../i18n/say.js';
import { hashtagOffsets } from './links.js';
import { option } from '../../model/rules.js';
import { contentRule } from './rule.js';

export const hashtagCount = contentRule({
  id: 'hashtag-count',
  level: 'warning',
  options: { max: option.integer(2, { minimum: 0, expect: 'a whole number like 2' }) },
  description: 'More than max hashtags in one part.',
  check({ reporter, index, parts }, setting) {
    const max = Number(setting.max);
    for (const part of parts) {
      // Every hashtag starts with # or ＃: with no more of those than allowed, none is over (and
      // twitter-text's extraction, slow per post, is not needed).
      if (hashMarks(part.text) <= max) continue;
      const offsets = hashtagOffsets(part.text);
      if (offsets.length > max) {
        reporter.report(
          setting.level,
          'hashtag-count',
          partPosition(index, part, offsets[max]),
          say('hashtag-count', { count: offsets.length, part: partPhrase(parts, parts.indexOf(part)), max }),
        );
      }
    }
  },
});

function hashMarks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) count++;
  for (let i = text.indexOf('＃'); i !== -1; i = text.indexOf('＃', i + 1)) count++;
  return count;
}
