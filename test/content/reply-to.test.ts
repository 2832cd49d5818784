/** `reply_to:` and `quote:` in a post file: the forms accepted, and what is refused or warned. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { readPostFile } from '../../src/content/post-file.js';
import { parseReplyTo } from '../../src/content/reply-to.js';
import { tempDir } from '../helpers/tmp.js';

const file = (extra: string) => `---\naccount: main\npublish: { at: 2026-12-01 14:00 }\n${extra}---\nThanks for asking, here is how.\n`;

describe('reply_to: the forms', () => {
  it.each([
    ['https://x.com/acme/status/1870000000000000000', { kind: 'tweet', id: '1870000000000000000', handle: 'acme' }],
    ['https://twitter.com/Acme_Help/status/187?s=20', { kind: 'tweet', id: '187', handle: 'Acme_Help' }],
    ['https://www.x.com/acme/status/42/photo/1', { kind: 'tweet', id: '42', handle: 'acme' }],
    ['x.com/acme/status/42', { kind: 'tweet', id: '42', handle: 'acme' }],
    ['https://x.com/i/web/status/42', { kind: 'tweet', id: '42' }],
    ['1870000000000000000', { kind: 'tweet', id: '1870000000000000000' }],
    ['post:2026-12/launch', { kind: 'post', id: '2026-12/launch' }],
  ])('%s', (written, target) => {
    expect(parseReplyTo(written)).toEqual(target);
  });

  it.each(['https://x.com/acme', 'https://example.com/acme/status/1', 'post:', 'launch', '12345678901234567890'])('refuses %s', (written) => {
    expect(parseReplyTo(written)).toBeUndefined();
  });

  it('reads an unquoted 19-digit id as written, not as a rounded YAML number', () => {
    const source = readPostFile('posts/reply.md', file('reply_to: 1870000000000000001\n'));
    expect(source.reporter.diagnostics).toEqual([]);
    expect(source.post?.replyTo).toEqual({ kind: 'tweet', id: '1870000000000000001' });
  });

  it.each(['1e21', '12.5', '0x1F', '0o17'])('refuses the YAML number %s instead of reading another id from it', (written) => {
    const source = readPostFile('posts/reply.md', file(`reply_to: ${written}\n`));
    expect(source.reporter.diagnostics).toEqual([
      expect.objectContaining({
        line: 4,
        column: 11,
        rule: 'reply-invalid',
        message: expect.stringMatching(/write the id in quotes, like `reply_to: "1870000000000000000"`, or the post's x\.com link/),
      }),
    ]);
    expect(source.post?.replyTo).toBeUndefined();
  });

  it('suggests post: for a herald post id written without it', () => {
    const source = readPostFile('posts/reply.md', file('reply_to: 2026-12-08-which-feature-next\n'));
    expect(source.reporter.diagnostics).toEqual([
      expect.objectContaining({
        line: 4,
        rule: 'reply-invalid',
        message: expect.stringMatching(/for a herald post of this account write `reply_to: post:2026-12-08-which-feature-next`/),
      }),
    ]);
  });

  it('says to write post:<id> without a space when a space makes YAML read a second key', () => {
    const source = readPostFile('posts/reply.md', file('reply_to: post: 2026-12/launch\n'));
    expect(source.reporter.diagnostics).toEqual([
      expect.objectContaining({ line: 4, rule: 'yaml-syntax', message: expect.stringMatching(/^write `post:<id>` without a space/) }),
    ]);
  });

  it('a value that is no post is reply-invalid at its line, with an example', () => {
    const source = readPostFile('posts/reply.md', file('reply_to: https://x.com/acme\n'));
    expect(source.reporter.diagnostics).toEqual([
      expect.objectContaining({
        line: 4,
        column: 11,
        rule: 'reply-invalid',
        message: expect.stringMatching(/not a post to reply to; write `reply_to: https:/),
      }),
    ]);
    expect(source.post?.replyTo).toBeUndefined();
  });
});

describe('reply_to and poll in the post hash', () => {
  it("leaves an ordinary post's hash as older logs recorded it (the text alone)", () => {
    const source = readPostFile('posts/plain.md', file(''));
    // sha256 of "Thanks for asking, here is how.": the hash every earlier herald wrote for this post.
    expect(source.post?.hash).toBe('ca82278c366d65dee510a44f47a5aa378c9e25f402ea52a24ac2e73b5efd840e');
  });

  it('changes when reply_to changes, so a reply X refused permanently can be sent again to another target', () => {
    const plain = readPostFile('posts/reply.md', file('')).post?.hash;
    const one = readPostFile('posts/reply.md', file('reply_to: "1870000000000000001"\n')).post?.hash;
    const other = readPostFile('posts/reply.md', file('reply_to: https://x.com/acme/status/1870000000000000002\n')).post?.hash;
    expect(new Set([plain, one, other]).size).toBe(3);
  });

  it('changes when the poll changes', () => {
    const poll = (options: string) => readPostFile('posts/poll.md', file(`poll:\n  options: [${options}]\n  duration: 1d\n`));
    const a = poll('Dark mode, Offline sync');
    expect(a.reporter.diagnostics).toEqual([]);
    expect(a.post?.hash).not.toBe(readPostFile('posts/poll.md', file('')).post?.hash);
    expect(a.post?.hash).not.toBe(poll('Dark mode, Sync').post?.hash);
  });
});

describe('reply-restricted', () => {
  async function findings(replyTo: string) {
    const root = await tempDir();
    await mkdir(path.join(root, 'posts'), { recursive: true });
    await mkdir(path.join(root, 'schedules'), { recursive: true });
    await writeFile(path.join(root, 'schedules/main.yaml'), 'handle: "@acme"\nzone: UTC\n');
    await writeFile(path.join(root, 'posts/reply.md'), file(`reply_to: ${replyTo}\n`));
    return (await loadContent(root)).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);
  }

  it("warns for a link to another handle's post, at reply_to", async () => {
    expect(await findings('https://x.com/someone_else/status/1870000000000000000')).toEqual(['4:11 warning reply-restricted']);
  });

  it("is quiet for the account's own post (any case), an id, or post:", async () => {
    expect(await findings('https://twitter.com/ACME/status/1870000000000000000')).toEqual([]);
    expect(await findings('"1870000000000000000"')).toEqual([]);
  });
});

describe('quote', () => {
  it('is refused: quote-unavailable, saying X removed quote posts in 2026-04', () => {
    const source = readPostFile('posts/quote.md', file('quote: https://x.com/acme/status/1\n'));
    expect(source.reporter.diagnostics).toEqual([
      expect.objectContaining({
        line: 4,
        rule: 'quote-unavailable',
        message: expect.stringMatching(/X removed quote posts from self-serve API plans \(2026-04\)/),
      }),
    ]);
  });
});
