import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { runAction } from '../helpers/action-process.js';
import { originWith, remoteFile, remoteSubjects, sh } from '../helpers/git-repo.js';

let emulator: Emulator;
beforeEach(async () => {
  // The support account's token belongs to @acme_help, the handle in its account file.
  emulator = await startEmulator({ users: [{ token: 'support-token', username: 'acme_help' }] });
});
afterEach(async () => {
  await emulator.close();
});

describe("the marketer's path, end to end", () => {
  it('scaffolds a post, reviews it in a pull request, and after the merge the scheduled run publishes it and pushes the log', async () => {
    const origin = await originWith(path.join(repoRoot, 'test/fixtures/github-accounts'));
    const laptop = await origin.clone();

    // 1. The marketer scaffolds the post and proposes it on a branch.
    const created = await runHerald(['new', 'Holiday opening hours', '--account', 'support', '--at', '2026-12-21 10:00', '--root', laptop]);
    const file = created.stdout.trim();
    expect(file).toBe('posts/2026-12-21-holiday-opening-hours.md');
    // The scaffold is a draft holding its title: the marketer writes the text and takes the draft line out.
    const scaffold = await readFile(path.join(laptop, file), 'utf8');
    await writeFile(
      path.join(laptop, file),
      scaffold
        .replace(/^draft: true.*\n/m, '')
        .replace(/Holiday opening hours\n$/, 'Our help desk keeps holiday opening hours: 10:00 to 16:00 from 21 December.\n'),
    );
    await sh(laptop, 'checkout', '--quiet', '-b', 'holiday-hours');
    await sh(laptop, 'add', '-A');
    await sh(laptop, 'commit', '--quiet', '-m', 'Holiday opening hours');
    await sh(laptop, 'push', '--quiet', 'origin', 'holiday-hours');

    // 2. The review check on the pull request: no findings, a preview card, one post added to the calendar.
    const pr = await origin.clone();
    await sh(pr, 'checkout', '--quiet', 'holiday-hours');
    const review = await runAction(pr, { command: 'review', now: '2026-12-14T12:00:00Z', base: 'origin/main' });
    expect(review.code).toBe(0);
    expect(review.summary).toContain('✅ no errors');
    expect(review.summary).toContain(`#### \`${file}\` — @\u2060acme\\_help (support)`); // a word joiner: no GitHub mention
    expect(review.summary).toContain('| `2026-12-21-holiday-opening-hours` | support | Mon 21 Dec 2026, 10:00 GMT | scheduled |');

    // 3. The reviewer merges.
    await sh(laptop, 'checkout', '--quiet', 'main');
    await sh(laptop, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request: holiday hours', 'holiday-hours');
    await sh(laptop, 'push', '--quiet', 'origin', 'main');

    // 4. The scheduled run inside the window publishes it once and commits the log.
    // The publish job's secrets for the support account, the same on every scheduled tick.
    const supportSecrets = {
      X_APP_KEY: 'k',
      X_APP_SECRET: 's',
      X_SUPPORT_ACCESS_TOKEN: 'support-token',
      X_SUPPORT_ACCESS_SECRET: 'support-secret',
      X_API_BASE_URL: emulator.url,
    };
    const runner = await origin.clone();
    const publish = await runAction(runner, { command: 'publish', now: '2026-12-21T10:07:00Z' }, supportSecrets);
    expect(publish.code).toBe(0);
    expect(publish.outputs.published).toBe('1');
    expect(emulator.tweets().map((t) => t.text)).toEqual(['Our help desk keeps holiday opening hours: 10:00 to 16:00 from 21 December.']);
    expect((await remoteSubjects(origin))[0]).toBe('chore(herald): publish log [skip ci]');
    expect(await remoteFile(origin, 'schedules/log.jsonl')).toContain('"event":"published"');

    // 5. The next tick sends nothing again.
    const again = await runAction(await origin.clone(), { command: 'publish', now: '2026-12-21T10:37:00Z' }, supportSecrets);
    expect(again.outputs.published).toBe('0');
    expect(emulator.tweets()).toHaveLength(1);
  });
});
