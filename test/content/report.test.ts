/** The three output formats, as the GitHub action reuses them. */
import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatText } from '../../src/content/report.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const finding: Diagnostic = {
  file: 'posts/a.md',
  line: 3,
  column: 5,
  severity: 'error',
  rule: 'schema',
  message: 'first line\nsecond line with 100% and a: colon, comma',
};

describe('formatters', () => {
  it('github: escapes %, newlines in the message, and : , in properties; can prefix paths', () => {
    expect(formatGithub([{ ...finding, file: 'posts/a,b:c.md' }], { filePrefix: 'site/' })).toBe(
      '::error file=site/posts/a%2Cb%3Ac.md,line=3,col=5,title=herald schema::first line%0Asecond line with 100%25 and a: colon, comma\n',
    );
  });

  it('json: exactly the DESIGN fields', () => {
    expect(JSON.parse(formatJson([finding]))).toEqual([finding]);
  });

  it('text: a summary that says when nothing was found', () => {
    expect(formatText([], { checked: { posts: 3, accounts: 1 } })).toBe('No problems found (3 posts, 1 account checked).\n');
  });
});
