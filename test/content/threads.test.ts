/**
 * Large repositories are read on several threads; the outcome must be exactly what one thread
 * gives. Uses the built loader (lib/, built by `pretest`), where the worker script exists.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

describe('loading on several threads', () => {
  it('gives the same posts, accounts and diagnostics, in the same order, as one thread', async () => {
    const root = await tempDir();
    const { generate } = (await import(pathToFileURL(path.join(repoRoot, 'bench/generate.mjs')).href)) as {
      generate: (dir: string, options: { count: number; seed?: number }) => Promise<unknown>;
    };
    await generate(root, { count: 700, seed: 7 });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(root, 'posts/2027/01/broken.md'), '---\naccount: main\npublish: [\n---\nBroken.\n');
    await writeFile(path.join(root, 'posts/2027/06/too-many-tags.md'), '---\naccount: main\npublish:\n  at: 2027-06-01 12:00\n---\nToo many tags in this post today. #a #b #c\n');

    const { loadContent } = (await import(pathToFileURL(path.join(repoRoot, 'lib/content/load.js')).href)) as typeof import('../../src/content/load.js');
    const single = await loadContent(root, { threads: 1 });
    const several = await loadContent(root, { threads: 3 });
    expect(single.posts).toHaveLength(701);
    expect(several.posts).toEqual(single.posts);
    expect([...several.accounts]).toEqual([...single.accounts]);
    expect(several.diagnostics).toEqual(single.diagnostics);
    expect(single.diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax', 'hashtag-count']);
  });
});
