import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText, wrapLinks } from '../../src/emulator/text.js';
import { comparableText, tweetTextAsSent } from '../../src/x/tweet-text.js';

/** Words, links (with and without a scheme, with `&` in queries) and the characters X escapes. */
const piece = fc.oneof(
  fc.constantFrom('we', 'shipped', 'Q&A', '<b>', 'a > b', '&amp;', 'totals', '👇', '日本', '#launch', '@acme', '\n'),
  fc.constantFrom('https://example.com/a?x=1&y=2', 'http://docs.example.org/guide', 'example.com', 'www.example.net/path'),
);
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));

describe('post text, sent and read back from the timeline', () => {
  it('reads back as sent, up to the http:// X adds to scheme-less links', () => {
    fc.assert(
      fc.property(text, (sent) => {
        const urls = wrapLinks(sent, '1990000000000000001');
        const rendered = renderText(sent, urls);
        const readBack = tweetTextAsSent(rendered.text, rendered.entities?.urls);
        expect(comparableText(readBack)).toBe(comparableText(sent));
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('never leaves a t.co link or an escaped entity X added', () => {
    const sent = 'Q&A <live>: https://example.com/?a=1&b=2';
    const urls = wrapLinks(sent, '1990000000000000002');
    const rendered = renderText(sent, urls);
    expect(rendered.text).toMatch(/^Q&amp;A &lt;live&gt;: https:\/\/t\.co\/\w{10}$/);
    expect(tweetTextAsSent(rendered.text, rendered.entities?.urls)).toBe(sent);
  });
});
