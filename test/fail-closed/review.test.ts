/**
 * Principle 8: a pull request cannot forge state, and review fails clearly. Every scenario is a real
 * git repository (main = the base, pr = the pull request) reviewed by `herald review` run as a process.
 */
import { execFile } from 'node:child_process';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { runAction } from '../helpers/action-process.js';
import { gitEnv, sh } from '../helpers/git-repo.js';

const exec = promisify(execFile);
/** Monday 30 November 2026, 10:00 in New York. */
const NOW = '2026-11-30T15:00:00Z';
const PUBLISHED =
  '{"at":"2026-11-20T14:00:05Z","post":"old-news","account":"main","event":"published","part":0,"tweet_id":"1860000000000000001","url":"https://x.com/acme/status/1860000000000000001","scheduled_for":"2026-11-20T14:00:00Z","delay_s":5}\n';

const ACCOUNT = [
  'handle: "@acme"',
  'zone: America/New_York',
  'audience: [America/New_York]',
  'window: 1h',
  'slots:',
  '  - days: [mon, tue, wed, thu, fri]',
  '    times: ["10:00", "15:00"]',
  'blackout:',
  '  - { from: 2026-12-24, to: 2026-12-26, reason: Holidays }',
  '  - { from: 2026-12-27, to: 2026-12-27, reason: Inventory }',
  '',
].join('\n');

const post = (at: string, text = 'We just shipped weekly totals to every dashboard.', extra = '') =>
  `---\naccount: main\npublish:\n  at: ${at}\n${extra}---\n${text}\n`;

const BASE: Record<string, string> = {
  'schedules/main.yaml': ACCOUNT,
  'schedules/log.jsonl': PUBLISHED,
  'posts/launch.md': post('2026-12-01 10:00'),
  'posts/tips/tip.md': post('2026-12-02 15:00', 'Tip: totals now follow your time zone.'),
};

type Edit = (repo: string) => Promise<unknown>;

async function put(repo: string, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), text);
}

/** A repository whose main holds BASE (after `onBase`) and whose branch pr makes `edit` to it: a pull request. */
async function pullRequest(edit: Edit, onBase?: Edit): Promise<string> {
  const repo = await tempDir('herald-fc-review-');
  await sh(repo, 'init', '--quiet', '--initial-branch=main');
  for (const [file, text] of Object.entries(BASE)) await put(repo, file, text);
  await onBase?.(repo);
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'base');
  await sh(repo, 'checkout', '--quiet', '-b', 'pr');
  await edit(repo);
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '--allow-empty', '-m', 'change');
  await sh(repo, 'checkout', '--quiet', 'main');
  return repo;
}

interface ReviewJson {
  changed: string[];
  diagnostics: Array<{ file: string; line: number; rule: string; severity: string; message: string }>;
  cards: Array<{ file: string; status: string | null }>;
  unpreviewable: Array<{ file: string; errors: Array<{ rule: string; message: string }> }>;
  removedPosts: string[];
  calendar: Record<'added' | 'moved' | 'removed' | 'unreadable' | 'expiring' | 'statusChanged', Array<{ file: string; post: string }>>;
}

async function review(repo: string, extra: string[] = []): Promise<{ code: number | null; json: ReviewJson; stderr: string }> {
  const result = await runHerald(['review', '--base', 'main', '--head', 'pr', '--format', 'json', '--now', NOW, '--root', repo, ...extra]);
  return { code: result.code, json: JSON.parse(result.stdout) as ReviewJson, stderr: result.stderr };
}

const rulesOf = (json: ReviewJson, file: string) => json.diagnostics.filter((d) => d.file === file).map((d) => d.rule);

describe('a pull request cannot change the publish log', () => {
  const log = 'schedules/log.jsonl';
  it.each<[string, Edit, number]>([
    ['appends a made-up "published" line', (r) => writeFile(path.join(r, log), PUBLISHED + PUBLISHED.replace(/old-news/g, 'launch')), 2],
    ['rewrites the line that is there', (r) => writeFile(path.join(r, log), PUBLISHED.replace('published', 'failed')), 1],
    ['empties it', (r) => writeFile(path.join(r, log), ''), 1],
    ['deletes it', (r) => rm(path.join(r, log)), 1],
    ['renames it away', (r) => rename(path.join(r, log), path.join(r, 'schedules/log.old.jsonl')), 1],
    [
      'replaces it with a link to another file',
      async (r) => {
        await rm(path.join(r, log));
        await symlink('main.yaml', path.join(r, log));
      },
      1,
    ],
  ])('a change that %s is an error on the log', async (_, edit, line) => {
    const repo = await pullRequest(edit);

    const { code, json } = await review(repo);

    expect(code).toBe(1);
    expect(json.changed).toContain(log);
    expect(json.diagnostics.filter((d) => d.file === log)).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'log-changed', line, message: expect.stringContaining('only the publish job writes the log') }),
    ]);
  });

  it('is an error when the base has no log and the change adds one', async () => {
    const repo = await pullRequest(async () => undefined);
    await sh(repo, 'checkout', '--quiet', 'pr');
    await sh(repo, 'rm', '--quiet', 'schedules/log.jsonl');
    await sh(repo, 'commit', '--quiet', '-m', 'no log yet');
    await sh(repo, 'branch', '--quiet', '-f', 'main', 'HEAD');
    await writeFile(path.join(repo, log), PUBLISHED);
    await sh(repo, 'add', '-A');
    await sh(repo, 'commit', '--quiet', '-m', 'forged history');

    const { code, json } = await review(repo);

    expect(code).toBe(1);
    expect(json.diagnostics.find((d) => d.rule === 'log-changed')?.message).toMatch(/adds schedules\/log\.jsonl.*git rm --cached schedules\/log\.jsonl/);
  });

  it('is an error on the log of content kept in a sub-folder of the repository', async () => {
    const repo = await pullRequest(
      (r) => writeFile(path.join(r, 'social', log), PUBLISHED + PUBLISHED),
      async (r) => {
        await mkdir(path.join(r, 'social'));
        for (const dir of ['posts', 'schedules']) await rename(path.join(r, dir), path.join(r, 'social', dir));
      },
    );

    const result = await runHerald(['review', '--base', 'main', '--head', 'pr', '--format', 'json', '--now', NOW, '--root', path.join(repo, 'social')]);

    expect(result.code).toBe(1);
    const found = JSON.parse(result.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'log-changed');
    expect(found).toEqual([
      expect.objectContaining({ file: log, line: 2, message: expect.stringContaining('git checkout main -- social/schedules/log.jsonl') }),
    ]);
  });

  it('is an error when the change empties schedules/metrics.jsonl, whose lines the budget counts as spent', async () => {
    const metrics = 'schedules/metrics.jsonl';
    const snapshot =
      '{"at":"2026-11-20T06:00:00Z","account":"main","post":"p","part":0,"tweet_id":"1","likes":0,"reposts":0,"replies":0,"quotes":0,"bookmarks":0}\n';
    const repo = await pullRequest(
      (r) => writeFile(path.join(r, metrics), ''),
      (r) => writeFile(path.join(r, metrics), snapshot),
    );

    const { code, json } = await review(repo);

    expect(code).toBe(1);
    expect(json.diagnostics.filter((d) => d.file === metrics)).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'log-changed', message: expect.stringContaining('only herald stats writes it') }),
    ]);
  });

  it('is also an error for uncommitted edits when the work tree is reviewed', async () => {
    const repo = await pullRequest(async () => undefined);
    await writeFile(path.join(repo, log), PUBLISHED + PUBLISHED);

    const result = await runHerald(['review', '--base', 'main', '--format', 'json', '--now', NOW, '--root', repo]);

    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics).toContainEqual(expect.objectContaining({ file: log, rule: 'log-changed', line: 2 }));
  });
});

describe('review sees files whatever their names are written in', () => {
  it.each([
    ['Cyrillic', 'posts/новости/запуск-продукта.md'],
    ['Thai', 'posts/ข่าว/เปิดตัว.md'],
    ['Vietnamese', 'posts/tin-tức/ra-mắt-sản-phẩm.md'],
    ['a name with spaces and quotes', 'posts/"launch" day .md'],
    ['an upper-case extension', 'posts/Launch-Day.MD'],
  ])('previews a new post with a %s file name', async (_, file) => {
    const repo = await pullRequest((r) => put(r, file, post('2026-12-03 10:00', 'Totals now follow your time zone.')));

    const { code, json } = await review(repo);

    expect(code).toBe(0);
    expect(json.changed).toEqual([file]);
    expect(json.cards).toEqual([expect.objectContaining({ file, status: 'scheduled' })]);
    expect(json.calendar.added.map((c) => c.file)).toEqual([file]);
  });

  it('sees a non-ASCII post that is not committed yet when the work tree is reviewed', async () => {
    const repo = await pullRequest(async () => undefined);
    await put(repo, 'posts/tin-tức/bản-nháp.md', post('2026-12-03 10:00', 'A draft for later.'));

    const result = await runHerald(['review', '--base', 'main', '--format', 'json', '--now', NOW, '--root', repo]);

    expect(JSON.parse(result.stdout).cards.map((c: { file: string }) => c.file)).toEqual(['posts/tin-tức/bản-nháp.md']);
  });

  it('sees a change to a non-ASCII post in the markdown summary too', async () => {
    const file = 'posts/новости/запуск.md';
    const repo = await pullRequest((r) => put(r, file, post('2026-12-03 10:00', 'Мы запустили недельные итоги.')));

    const result = await runHerald(['review', '--base', 'main', '--head', 'pr', '--now', NOW, '--root', repo]);

    expect(result.stdout).toContain(`#### \`${file}\``);
    expect(result.stdout).toContain('Мы запустили недельные итоги.');
  });
});

describe('a changed post with errors cannot be previewed, and is never taken for deleted', () => {
  it.each<[string, string, string]>([
    ['a YAML error', '---\naccount: main\npublish:\n  at: [2026-12-01 10:00\n---\nText.\n', 'yaml-syntax'],
    ['a scalar where publish needs a mapping', '---\naccount: main\npublish: 2026-12-08 9am\n---\nText.\n', 'schema'],
    ['an account that is not a name', '---\naccount: [main]\npublish:\n  at: 2026-12-01 10:00\n---\nText.\n', 'schema'],
    ['an account that does not exist', '---\naccount: mian\npublish:\n  at: 2026-12-01 10:00\n---\nText.\n', 'unknown-account'],
    ['front matter that is never closed', '---\naccount: main\npublish:\n  at: 2026-12-01 10:00\nText.\n', ''],
  ])('an edited post with %s', async (_, text, rule) => {
    const repo = await pullRequest((r) => put(r, 'posts/launch.md', text));

    const { code, json } = await review(repo);

    expect(code).toBe(1);
    expect(json.unpreviewable).toEqual([{ file: 'posts/launch.md', errors: expect.arrayContaining([expect.objectContaining(rule ? { rule } : {})]) }]);
    expect(json.unpreviewable[0]!.errors.length).toBeGreaterThan(0);
    expect(json.removedPosts).toEqual([]);
    expect(json.calendar.removed).toEqual([]);
    expect(json.calendar.added).toEqual([]);
    expect(json.calendar.unreadable).toEqual([expect.objectContaining({ file: 'posts/launch.md', post: 'launch' })]);
    expect(json.cards).toEqual([]);
  });

  it('previews a post that was read despite an error (an unknown key), still not as deleted', async () => {
    const repo = await pullRequest((r) => put(r, 'posts/launch.md', '---\naccount: main\npublish:\n  at: 2026-12-01 10:00\n  tme: 10:00\n---\nText.\n'));

    const { code, json } = await review(repo);

    expect(code).toBe(1);
    expect(rulesOf(json, 'posts/launch.md')).toContain('unknown-key');
    expect(json.cards.map((c) => c.file)).toEqual(['posts/launch.md']);
    expect(json.removedPosts).toEqual([]);
    expect(json.calendar.removed).toEqual([]);
  });

  it('lists a new post file with errors as cannot be previewed, with its errors, in the summary', async () => {
    const repo = await pullRequest((r) => put(r, 'posts/new.md', '---\naccount: main\npublish: 2026-12-08 9am\n---\nText.\n'));

    const result = await runHerald(['review', '--base', 'main', '--head', 'pr', '--now', NOW, '--root', repo]);

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('#### `posts/new.md` — cannot be previewed');
    expect(result.stdout).toMatch(/- line 3 · `schema` · `publish` must be either a time/);
    expect(result.stdout).not.toContain('Deleted post files');
    expect(result.stdout).not.toContain('**Removed**');
  });

  it('still lists a post file the change really deletes as deleted and removed', async () => {
    const repo = await pullRequest((r) => rm(path.join(r, 'posts/launch.md')));

    const { json } = await review(repo);

    expect(json.removedPosts).toEqual(['posts/launch.md']);
    expect(json.calendar.removed.map((c) => c.file)).toEqual(['posts/launch.md']);
    expect(json.unpreviewable).toEqual([]);
  });
});

describe('a value where publish needs a mapping gets one clear error', () => {
  it.each([
    ['a date and time', 'publish: 2026-12-08 9am', '`2026-12-08 9am`'],
    ['a number', 'publish: 5', '`5`'],
    ['a list', 'publish: [2026-12-08 09:00]', '`["2026-12-08 09:00"]`'],
    ['nothing', 'publish:', '`nothing`'],
  ])('%s', async (_, line, shown) => {
    const repo = await pullRequest((r) => put(r, 'posts/launch.md', `---\naccount: main\n${line}\n---\nText.\n`));

    const { json } = await review(repo);

    const found = json.diagnostics.filter((d) => d.file === 'posts/launch.md');
    expect(found).toEqual([expect.objectContaining({ rule: 'schema', line: 3, message: expect.stringContaining(`you wrote ${shown}`) })]);
    expect(found[0]!.message).not.toContain('both');
  });

  it('still says "both" when publish really has at and slot', async () => {
    const repo = await pullRequest((r) => put(r, 'posts/launch.md', '---\naccount: main\npublish:\n  at: 2026-12-01 10:00\n  slot: next\n---\nText.\n'));

    const { json } = await review(repo);

    expect(json.diagnostics.filter((d) => d.file === 'posts/launch.md').map((d) => d.message)).toEqual([
      expect.stringContaining('it has both `at` and `slot`; keep one'),
    ]);
  });
});

describe('a changed post that will never go out is an error', () => {
  it.each([
    ['its window closed before the review', '2026-11-30 08:00', /window closed at 2026-11-30 09:00 America\/New_York, before this review's clock/],
    [
      'a blackout covers its whole window',
      '2026-12-25 10:00',
      /falls inside a blackout of account main.*Move publish\.at to 2026-12-28 00:00 America\/New_York or later/,
    ],
    ['back-to-back blackouts cover its window', '2026-12-26 23:30', /falls inside a blackout.*2026-12-28 00:00/],
    ['it is more than two years ahead', '2029-12-01 10:00', /more than 2 years after this review.*year is mistyped/],
  ])('when %s', async (_, at, message) => {
    const repo = await pullRequest((r) => put(r, 'posts/launch.md', post(at)));

    const { code, json } = await review(repo);

    expect(code).toBe(1);
    const found = json.diagnostics.filter((d) => d.file === 'posts/launch.md' && d.severity === 'error');
    expect(found).toEqual([expect.objectContaining({ rule: 'never-sent', line: 4, message: expect.stringMatching(message) })]);
    // One finding per problem: the warnings that say the same are replaced by the error.
    expect(rulesOf(json, 'posts/launch.md')).not.toContain('window-closed');
    expect(rulesOf(json, 'posts/launch.md')).not.toContain('blackout');
  });

  it.each([
    ['its window is still open', post('2026-11-30 09:30')],
    ['it starts in a blackout that ends while its window is open', post('2026-12-27 23:30', undefined, '  window: 2h\n')],
    ['it is a draft', post('2026-11-30 08:00', undefined).replace('---\nWe', 'draft: true\n---\nWe')],
    ['it is one year ahead', post('2027-12-01 10:00')],
  ])('but not when %s', async (_, text) => {
    const repo = await pullRequest((r) => put(r, 'posts/launch.md', text));

    const { json } = await review(repo);

    expect(rulesOf(json, 'posts/launch.md')).not.toContain('never-sent');
  });

  it('leaves an untouched post to validate, even when its window has closed', async () => {
    const repo = await pullRequest(
      (r) => put(r, 'posts/other.md', post('2026-12-03 10:00', 'Something new.')),
      (r) => put(r, 'posts/launch.md', post('2026-11-30 08:00')),
    );

    const { code, json } = await review(repo);

    expect(code).toBe(0);
    expect(json.diagnostics.map((d) => d.rule)).not.toContain('never-sent');
  });
});

/** A clone as actions/checkout makes one by default: only the pull request's commit, depth 1. */
async function shallowClone(repo: string, fetchBase: boolean): Promise<string> {
  const clone = path.join(await tempDir('herald-fc-shallow-'), 'clone');
  const env = { ...process.env, ...gitEnv };
  await exec('git', ['clone', '--quiet', '--depth', '1', '--branch', 'pr', `file://${repo}`, clone], { env });
  if (fetchBase) await exec('git', ['fetch', '--quiet', '--depth', '1', 'origin', 'main:refs/remotes/origin/main'], { cwd: clone, env });
  return clone;
}

describe('a clone that cannot be compared stops review with what to do', () => {
  it.each([
    ['the base is fetched but the clone has no merge base', true, /no common commit \(no merge base\).*shallow.*fetch-depth: 0/],
    ['the base branch was never fetched', false, /--base origin\/main is not a commit in this repository.*shallow.*fetch-depth: 0/],
  ])('from the CLI when %s: exit 2', async (_, fetchBase, message) => {
    const repo = await pullRequest((r) => put(r, 'posts/new.md', post('2026-12-03 10:00', 'New.')));
    const clone = await shallowClone(repo, fetchBase);

    const result = await runHerald(['review', '--base', 'origin/main', '--head', 'HEAD', '--now', NOW, '--root', clone]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('from the action on a pull request: a failed step with the same advice, no stack', async () => {
    const repo = await pullRequest((r) => put(r, 'posts/new.md', post('2026-12-03 10:00', 'New.')));
    const clone = await shallowClone(repo, true);

    const result = await runAction(clone, { command: 'review', now: NOW }, { GITHUB_BASE_REF: 'main' });

    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/::error::herald: origin\/main and HEAD have no common commit.*fetch-depth: 0/);
    expect(result.stdout).not.toMatch(/internal error/);
  });
});

describe('the action on a pull request that edits the log', () => {
  it('annotates the log line and fails the check', async () => {
    const repo = await pullRequest((r) => writeFile(path.join(r, 'schedules/log.jsonl'), PUBLISHED + PUBLISHED.replace(/old-news/g, 'launch')));
    await sh(repo, 'checkout', '--quiet', 'pr');

    const result = await runAction(repo, { command: 'review', now: NOW, base: 'main' });

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error title=herald log-changed,file=schedules\/log\.jsonl,line=2,col=1::this change edits schedules\/log\.jsonl/);
    expect(result.summary).toContain('`log-changed`');
  });
});

describe('a pull request cannot change what a checkout writes', () => {
  it.each<[string, Edit, string]>([
    [
      'adds .gitattributes with ident on posts (the checkout would expand $Id$ in the text sent)',
      (r) => writeFile(path.join(r, '.gitattributes'), 'posts/** ident\n'),
      '.gitattributes',
    ],
    ['adds .gitattributes inside posts/', (r) => writeFile(path.join(r, 'posts/.gitattributes'), '*.md text eol=crlf\n'), 'posts/.gitattributes'],
  ])('a change that %s is an error', async (_, edit, file) => {
    const repo = await pullRequest(edit);

    const { code, json } = await review(repo);

    expect(code).toBe(1);
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ file, severity: 'error', rule: 'attributes-changed' }));
  });
});
