/**
 * What the calendar shows is what will happen: a post whose file has errors is never shown as
 * scheduled, queued or due, since publishing refuses it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

const NOW = '2026-11-30T12:00:00Z';

describe('the calendar shows posts with errors as blocked', () => {
  it.each([
    [
      'a key herald does not act on',
      '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\nquote: https://x.com/acme/status/1\n---\nWhich do you prefer?\n',
      'quote',
    ],
    [
      'a poll X would refuse',
      '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\npoll: { options: [Yes], duration: 1d }\n---\nWhich do you prefer?\n',
      'poll has 1 option',
    ],
    ['a character X refuses', '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n---\nHello\uFEFF world, our winter release is out.\n', 'U+FEFF'],
    [
      'a queued post with an unclosed comment',
      '---\naccount: main\npublish: { slot: next }\n---\nOur winter release is out. <!-- note for reviewers\n',
      '<!--',
    ],
  ])('%s', async (_name, text, says) => {
    const root = await fixtureCopy('fail-closed-door');
    await writeFile(path.join(root, 'posts/broken.md'), text);

    const result = await runHerald(['calendar', '--root', root, '--now', NOW, '--format', 'json', '--days', '30']);

    const entries = JSON.parse(result.stdout).entries as Array<{ file: string; status: string; reason?: string }>;
    const broken = entries.find((e) => e.file === 'posts/broken.md');
    expect(broken?.status).toBe('blocked');
    expect(broken?.reason).toContain('posts/broken.md:');
    expect(broken?.reason).toContain(says);
    expect(entries.find((e) => e.file === 'posts/launch.md')?.status).toBe('scheduled');
  });
});
