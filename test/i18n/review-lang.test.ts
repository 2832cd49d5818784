import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitSummary } from '../../src/action/review-mode.js';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { sh } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/tmp.js';

const fixture = path.join(repoRoot, 'test/fixtures/github-review');
const NOW = '2026-11-30T15:00:00Z';

/** The review fixture as a pull request: `base/` on main, `head/` on the branch pr. */
async function pullRequest(): Promise<string> {
  const repo = await tempDir('herald-review-lang-');
  await sh(repo, 'init', '--quiet', '--initial-branch=main');
  await cp(path.join(fixture, 'base'), repo, { recursive: true });
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'base');
  await sh(repo, 'checkout', '--quiet', '-b', 'pr');
  for (const entry of await readdir(repo)) if (entry !== '.git') await rm(path.join(repo, entry), { recursive: true });
  await cp(path.join(fixture, 'head'), repo, { recursive: true });
  await sh(repo, 'add', '-A');
  await sh(repo, 'commit', '--quiet', '-m', 'head');
  await sh(repo, 'checkout', '--quiet', 'main');
  return repo;
}

describe('herald review in the reviewer’s language', () => {
  it('--lang ru gives Russian headings and findings; rule ids, post text and the JSON shape stay', async () => {
    const repo = await pullRequest();
    const args = ['review', '--base', 'main', '--head', 'pr', '--now', NOW, '--root', repo, '--lang', 'ru'];

    const md = await runHerald(args, { cwd: repo });
    expect(md.stdout).toMatch(/^## herald: обзор изменений\n\nСравнение `pr` с `main`/);
    for (const heading of ['### Проверка', '### Изменения в календаре', '### Предпросмотр']) expect(md.stdout).toContain(heading);
    expect(md.stdout).not.toContain('### Validation');

    const json = JSON.parse((await runHerald([...args, '--format', 'json'], { cwd: repo })).stdout) as { diagnostics: Record<string, unknown>[] };
    expect(json.diagnostics.length).toBeGreaterThan(0);
    for (const d of json.diagnostics) {
      expect(Object.keys(d)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
      expect(d.rule).toMatch(/^[a-z-]+$/);
    }
  });

  it('keeps findings and calendar and drops the previews when a Russian summary is too big', () => {
    const markdown = `## herald: обзор изменений\n\n### Изменения в календаре\n\n—\n\n### Предпросмотр\n\n${'x'.repeat(2000)}\n`;
    const fitted = fitSummary(markdown, 1000, 'ru');
    expect(fitted).toContain('### Изменения в календаре');
    expect(fitted).not.toContain('### Предпросмотр');
  });
});
