import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/commands/slug.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');

describe('herald new', () => {
  it('scaffolds a dated post from --at, prints its path, and writes a front matter ready to validate', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald(['new', 'Weekly totals: launch!', '--account', 'main', '--at', '2026-12-01 09:00', '--root', root]);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe('posts/2026-12-01-weekly-totals-launch.md\n');
    const text = await read(root, 'posts/2026-12-01-weekly-totals-launch.md');
    expect(text.split('\n').slice(0, 7)).toEqual([
      '---',
      'account: main',
      'publish:',
      '  at: "2026-12-01 09:00"',
      'tags: []       # labels such as product, event, tip: the content-mix check reads them',
      'draft: true    # delete this line when the text below is ready to go out',
      '---',
    ]);
    expect(text).toContain('<!--\nWrite the post below');
    expect(text.endsWith('-->\nWeekly totals: launch!\n')).toBe(true);
  });

  it('writes a title with line breaks, --- or <!-- as one line of text, so it cannot start a thread part or hide the post', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald(['new', 'Launch\n---\n<!-- hidden', '--account', 'main', '--root', root]);

    expect(result.code).toBe(0);
    const text = await read(root, result.stdout.trim());
    expect(text.endsWith('-->\nLaunch --- hidden\n')).toBe(true);
  });

  it('writes a title with a bidi override or an escape sequence without them, so the draft reads as it shows', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald(['new', 'Sale \u202eerp 05\u202c \u001b[31mnow', '--account', 'main', '--root', root]);

    expect(result.code).toBe(0);
    const text = await read(root, result.stdout.trim());
    expect(text.endsWith('-->\nSale erp 05 [31mnow\n')).toBe(true);
  });

  it('asks for the account queue when no --at is given', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald(['new', 'Tip', 'of', 'the', 'week', '--account', 'support', '--root', root]);

    expect(result.stdout).toBe('posts/queued-tip-of-the-week.md\n');
    expect(await read(root, 'posts/queued-tip-of-the-week.md')).toContain('publish:\n  slot: next');
  });

  it('writes into a sub-folder of posts/ and records an explicit --zone', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald([
      'new',
      'Berlin meetup',
      '--account',
      'main',
      '--at',
      '2026-12-03 18:30',
      '--zone',
      'Europe/Berlin',
      '--dir',
      'events/2026',
      '--root',
      root,
    ]);

    expect(result.stdout).toBe('posts/events/2026/2026-12-03-berlin-meetup.md\n');
    expect(await read(root, 'posts/events/2026/2026-12-03-berlin-meetup.md')).toContain('publish:\n  at: "2026-12-03 18:30"\n  zone: Europe/Berlin\n');
  });

  it('gives a title with no Latin letters a readable Latin file name, never a hash (more in slug.test.ts)', () => {
    expect(slugify('新製品のお知らせ')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(slugify('新製品のお知らせ')).not.toMatch(/^post-[0-9a-f]{8}$/);
    expect(slugify('Crème brûlée day')).toBe('creme-brulee-day');
  });

  it('never overwrites an existing post', async () => {
    const root = await fixtureCopy('github-accounts');
    await runHerald(['new', 'Launch', '--account', 'main', '--root', root]);
    await writeFile(path.join(root, 'posts/queued-launch.md'), 'mine');

    const result = await runHerald(['new', 'Launch', '--account', 'main', '--root', root]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('posts/queued-launch.md already exists; herald new never overwrites a post');
    expect(await read(root, 'posts/queued-launch.md')).toBe('mine');
  });

  it('refuses a local time the clocks skip and suggests the next valid one', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald(['new', 'Spring', '--account', 'main', '--at', '2027-03-14 02:30', '--root', root]);

    expect(result.code).toBe(2);
    // The advice validate gives for the same time: the first minute after the gap.
    expect(result.stderr).toContain('2027-03-14 02:30 does not exist in America/New_York: clocks jump from 02:00 to 03:00. Write 2027-03-14 03:00 instead.');
  });

  it('refuses a --dir outside posts/', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald(['new', 'Escape', '--account', 'main', '--dir', '../schedules', '--root', root]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--dir "../schedules" leaves posts/');
  });

  it('writes posts that herald validate accepts without a single finding', async () => {
    const root = await fixtureCopy('github-accounts');
    // Noon in New York is morning in Los Angeles and afternoon in London: no audience-night warning.
    await runHerald(['new', 'Weekly totals', '--account', 'main', '--at', '2026-12-01 12:00', '--root', root]);
    await runHerald(['new', 'Tip of the week', '--account', 'support', '--root', root]);

    const result = await runHerald(['validate', '--format', 'json', '--now', '2026-11-20T12:00:00Z', '--root', root]);

    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  });
});
