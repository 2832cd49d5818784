/** `bare-link`: a post (or a thread's first part) that is only a link, or a link with too short a comment. */
import { partPosition } from '../body.js';
import { linkComment } from './links.js';
import { option } from '../../model/rules.js';
import { contentRule } from './rule.js';

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
          ? `${parts.length > 1 ? 'the thread opens with' : 'the post is'} only a link; say in your own words why it matters (at least ${minWords} words), e.g. “Our winter release is out: faster search and dark mode.”`
          : `the link comes with only ${comment.words} word${comment.words === 1 ? '' : 's'} of comment; write at least ${minWords} saying why it matters to the reader`,
      );
    }
  },
});
