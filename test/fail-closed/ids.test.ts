/** Ids come only from the `id` pattern or the file's path: a hostile `id:` never becomes an id, a log line or a table cell. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postId } from '../../src/content/post-id.js';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

describe('post ids', () => {
  it('follow the pattern schema/post.schema.json gives `id`', async () => {
    const schema = JSON.parse(await readFile(path.join(repoRoot, 'schema/post.schema.json'), 'utf8'));
    const pattern = new RegExp(schema.properties.id.pattern);
    for (const id of ['2026/launch', 'a.b_c-d', 'ok\n::set-output name=x::y', '../etc', '-x', '']) {
      expect(postId(id, 'posts/file.md') === id, JSON.stringify(id)).toBe(pattern.test(id));
    }
  });

  it.each(['ok\n::set-output name=x::y', '<img src=x>', '../../escape'])('an invalid id %j is an error, and the post is known by its path', async (id) => {
    const root = await fixtureCopy('fail-closed-door');
    await writeFile(
      path.join(root, 'posts/hostile-id.md'),
      `---\naccount: main\nid: ${JSON.stringify(id)}\npublish:\n  at: 2026-12-01 14:00\n---\nAn id that is not one.\n`,
    );

    const validate = await runHerald(['validate', '--root', root, '--now', '2026-11-30T12:00:00Z', '--format', 'json']);
    const calendar = await runHerald(['calendar', '--root', root, '--now', '2026-11-30T12:00:00Z', '--format', 'json']);

    expect(JSON.parse(validate.stdout)).toContainEqual(expect.objectContaining({ file: 'posts/hostile-id.md', rule: 'schema', severity: 'error' }));
    const entry = JSON.parse(calendar.stdout).entries.find((e: { file: string }) => e.file === 'posts/hostile-id.md');
    expect(entry).toMatchObject({ post: 'hostile-id', status: 'blocked' });
  });
});
