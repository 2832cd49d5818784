/** splitFrontMatter replaced gray-matter: it must split every post exactly as gray-matter did. */
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/content/front-matter.js';

/** gray-matter with a yaml engine that records what it was given, as post-file.ts used it. */
function grayMatter(text: string): { frontMatter: string | undefined; bodyOffset: number } {
  let frontMatter: string | undefined;
  const parsed = matter(text, {
    language: 'yaml',
    engines: {
      yaml: {
        parse: (t: string) => {
          frontMatter = t;
          return {};
        },
      },
    },
  });
  return { frontMatter, bodyOffset: text.length - parsed.content.length };
}

/**
 * The texts post-file.ts hands over: `---` not followed by `-`, a YAML language, a later `\n---`.
 * The split stays gray-matter's, closes like `----` and `---x` included: post-file.ts then refuses
 * those (`front-matter-close`, at `closeOffset`) rather than splitting anywhere else.
 */
const postText = fc
  .tuple(
    fc.constantFrom('', ' ', 'yaml', ' yml ', 'YAML', '\r'),
    fc.array(
      fc.constantFrom(
        'account: main',
        '# a comment',
        '  # indented comment',
        '',
        '   ',
        'publish:',
        '  at: 2026-12-01 09:00',
        'a: ---',
        '\r',
        '----',
        '--- not a close',
      ),
      { maxLength: 5 },
    ),
    fc.constantFrom('---', '---\r', '----', '--- ', '---x'),
    fc.constantFrom('', '\n', '\r\n', '\n\n', '\r\r\n', 'Body text.\n', '\nBody\n---\nPart two\n'),
  )
  .map(([language, lines, close, body]) => `---${language}\n${lines.join('\n')}${lines.length ? '\n' : ''}${close}${body}`);

describe('splitting front matter from the body', () => {
  it('gives the front matter gray-matter parsed (none when blank or comments only) and where its body starts', () => {
    fc.assert(
      fc.property(postText, (text) => {
        const ours = splitFrontMatter(text);
        const theirs = grayMatter(text);
        expect({ frontMatter: ours.empty ? undefined : ours.frontMatter, bodyOffset: ours.bodyOffset }, JSON.stringify(text)).toEqual(theirs);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with gray-matter on random text after an opening line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }), (middle, rest) => {
        const text = `---\n${middle}\n---${rest}`;
        const ours = splitFrontMatter(text);
        expect({ frontMatter: ours.empty ? undefined : ours.frontMatter, bodyOffset: ours.bodyOffset }, JSON.stringify(text)).toEqual(grayMatter(text));
      }),
      { numRuns: 3000 },
    );
  });
});
