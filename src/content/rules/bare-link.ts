/** `bare-link`: a post (or a thread's first part) that is only a link, or a link with too short a comment. */
import { partPosition } from '../body.js';
import { linkComment } from './links.js';
import { option } from '../../model/rules.js';
import { contentRule } from './rule.js';
import { say } from '../../i18n/say.js';

export const bareLink = contentRule({
  id: 'bare-link',
  level: 'warning',
  options: { min_words: option.integer(4, { minimum: 0, expect: 'a whole number like 4' }) },
  description: "A post (or a thread's first part) that is only a link, or a link with fewer than min_words words.",
  check({ reporter, index, parts }, setting) {
    const first = parts[0];
    if (!first || first.text === '') return;
    const comment = linkComment(first.text);
    const minWords = Number(setting.min_words);
    if (comment && comment.words < minWords) {
      reporter.report(
        setting.level,
        'bare-link',
        partPosition(index, first, comment.linkOffset),
        comment.words === 0
          ? say(parts.length > 1 ? 'bare-link.thread-only' : 'bare-link.post-only', { min: minWords })
          : say('bare-link.few-words', { words: comment.words, min: minWords }),
      );
    }
  },
});
