/**
 * loadContent: posts and accounts as typed values, positions in the original file, never a throw.
 * readPostFile: one post file's text as a post of its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { readPostFile } from '../../src/content/post-file.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

async function contentRoot(files: Record<string, string>): Promise<string> {
  const root = await tempDir();
  await mkdir(path.join(root, 'posts'), { recursive: true });
  await mkdir(path.join(root, 'schedules'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

const ACCOUNT = 'zone: America/New_York\n';

describe('loadContent', () => {
  it("reads a thread: parts without comments, each part's line, the hash, and positions of every key", async () => {
    const root = await contentRoot({
      'schedules/main.yaml': ACCOUNT,
      'posts/2026/launch.md':
        '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\n  zone: America/New_York\n  window: 2h\ntags: [product, launch]\nmedia:\n  - file: ../../schedules/main.yaml\n    alt: not an image\n---\nFirst part.\n<!-- a note\nfor reviewers -->\n\n---\n\nSecond <!-- inline --> part.\n',
    });
    const { posts } = await loadContent(root);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post).toMatchObject({
      id: '2026/launch',
      file: 'posts/2026/launch.md',
      account: 'main',
      publish: { kind: 'at', at: '2026-12-01 09:00', zone: 'America/New_York', window: '2h' },
      tags: ['product', 'launch'],
      draft: false,
      parts: ['First part.', 'Second  part.'],
      partLines: [12, 18],
    });
    expect(post.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(post.positions).toMatchObject({
      account: { line: 2, column: 10 },
      publish: { line: 3, column: 1 },
      'publish.at': { line: 4, column: 7 },
      'publish.window': { line: 6, column: 11 },
      tags: { line: 7, column: 7 },
      'tags.1': { line: 7, column: 17 },
      'media.0': { line: 9, column: 5 },
      'media.0.file': { line: 9, column: 11 },
      'media.0.alt': { line: 10, column: 10 },
      body: { line: 12, column: 1 },
    });
  });

  it('reads a queued post and defaults the id to the path', async () => {
    const root = await contentRoot({
      'schedules/main.yaml': ACCOUNT,
      'posts/queued.md': '---\naccount: main\npublish: { slot: next, not_before: 2026-12-07 }\n---\nQueued text for the next free slot.\n',
    });
    const { posts, diagnostics } = await loadContent(root);
    expect(diagnostics).toEqual([]);
    expect(posts[0]).toMatchObject({ id: 'queued', publish: { kind: 'slot', notBefore: '2026-12-07' } });
  });

  it('keeps nothing "for later": a key herald does not act on, and a retract it cannot carry out, are errors at their line', async () => {
    const root = await contentRoot({
      'schedules/main.yaml': ACCOUNT,
      'posts/queued.md': '---\naccount: main\npublish: { slot: next }\nretract: false\nquote: 1234\n---\nQueued text for the next free slot.\n',
    });
    const { diagnostics } = await loadContent(root);
    expect(diagnostics.map((d) => `${d.line} ${d.rule}`).sort()).toEqual(['4 schema', '5 quote-unavailable']);
  });

  it('applies account defaults and keeps positions for the planner', async () => {
    const root = await contentRoot({
      'schedules/main.yaml': 'handle: acme\nzone: Europe/London\nslots:\n  - days: [mon]\n    times: ["09:00", "16:00"]\n',
    });
    const { accounts, diagnostics } = await loadContent(root);
    expect(diagnostics).toEqual([]);
    expect(accounts.get('main')).toMatchObject({
      name: 'main',
      file: 'schedules/main.yaml',
      handle: '@acme',
      zone: 'Europe/London',
      audience: ['Europe/London'],
      window: '1h',
      slots: [{ days: ['mon'], times: ['09:00', '16:00'] }],
      blackout: [],
      paused: false,
      rules: {},
      positions: { zone: { line: 2, column: 7 }, 'slots.0.times.1': { line: 5, column: 22 } },
    });
  });

  it('keeps a post with other errors when account and publish are usable, so the planner can check its time', async () => {
    const root = await contentRoot({
      'schedules/main.yaml': ACCOUNT,
      'posts/flawed.md': '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\ntags: 7\nmedia: nope\n---\nText.\n',
    });
    const { posts, diagnostics } = await loadContent(root);
    expect(posts.map((p) => p.file)).toEqual(['posts/flawed.md']);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['schema', 5],
      ['schema', 6],
    ]);
  });

  it('leaves out a post whose front matter cannot be read, but keeps its diagnostic and the other posts', async () => {
    const root = await contentRoot({
      'schedules/main.yaml': ACCOUNT,
      'posts/a-broken.md': '---\naccount: main\npublish: [unclosed\n---\nText.\n',
      'posts/b-fine.md': '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\n---\nFine text here.\n',
    });
    const { posts, diagnostics } = await loadContent(root);
    expect(posts.map((p) => p.file)).toEqual(['posts/b-fine.md']);
    expect(diagnostics).toMatchObject([{ file: 'posts/a-broken.md', rule: 'yaml-syntax', severity: 'error' }]);
  });

  it('reports an account file that is not a map, and a post without front matter, at line 1', async () => {
    const root = await contentRoot({
      'schedules/main.yaml': '- just\n- a list\n',
      'posts/plain.md': 'Just text, no front matter.\n',
    });
    const { diagnostics, accounts } = await loadContent(root);
    // Still known as an account (its posts are blocked with the reason, not "unknown account").
    expect(accounts.get('main')?.problems?.map((d) => d.rule)).toEqual(['schema']);
    expect(diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
      ['schedules/main.yaml', 1, 'schema'],
      ['posts/plain.md', 1, 'schema'],
    ]);
  });

  it('reads the example content of this repository with no findings', async () => {
    const { posts, accounts, diagnostics } = await loadContent(repoRoot);
    expect(diagnostics).toEqual([]);
    expect(accounts.size).toBe(2);
    expect(posts.length).toBeGreaterThanOrEqual(12);
  });

  it('finds exactly the errors of a full load when only errors are asked for, and no warnings', async () => {
    const root = await contentRoot({
      'schedules/main.yaml': ACCOUNT,
      'schedules/strict.yaml': 'zone: UTC\nrules:\n  first-person-singular: error\n  hashtag-count: { level: error, max: 1 }\n',
      'posts/warned.md': '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\n---\nI think my #one #two #three tags are fine.\n',
      'posts/strict.md': '---\naccount: strict\npublish:\n  at: 2026-12-01 09:00\n---\nI think my #one #two tags are fine.\n',
      'posts/missing.md': '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\nmedia:\n  - file: nowhere.png\n    alt: Nothing\n---\nSee the chart.\n',
      'posts/nobody.md': '---\naccount: mian\npublish:\n  at: 2026-12-01 09:00\n---\nWe posted this.\n',
    });
    const full = await loadContent(root);
    const errorsOnly = await loadContent(root, { report: 'errors' });
    expect(full.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
    expect(errorsOnly.diagnostics).toEqual(full.diagnostics.filter((d) => d.severity === 'error'));
    expect(errorsOnly.diagnostics.map((d) => `${d.file} ${d.rule}`).sort()).toEqual([
      'posts/missing.md media-not-found',
      'posts/nobody.md unknown-account',
      'posts/strict.md first-person-singular',
      'posts/strict.md first-person-singular',
      'posts/strict.md hashtag-count',
    ]);
    expect(errorsOnly.posts).toEqual(full.posts);
  });
});

describe('readPostFile', () => {
  // A parser that caches by content (gray-matter did, before front-matter.ts replaced it) would
  // hand both files the same objects.
  it('gives each file its own values, also when two files have the same text', () => {
    const text = '---\naccount: main\npublish:\n  at: 2026-12-01 09:00\ntags: [a]\n---\nSame text.\n';
    const first = readPostFile('posts/one.md', text);
    first.post!.tags.push('changed');
    const second = readPostFile('posts/two.md', text);
    expect(second.post!.tags).toEqual(['a']);
    expect(second.post!.id).toBe('two');
  });
});
