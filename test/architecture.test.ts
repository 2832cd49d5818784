/**
 * The import rules of docs/architecture.md, checked on every run: each folder of src/ imports only
 * the folders below it. Adding an import that breaks a rule fails here, naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

/** Which folders each folder of src/ may import (besides itself). Keep in step with docs/architecture.md. */
const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  i18n: ['model'], // the message catalogue: beside the vocabulary, used by every layer that words a message
  time: ['model', 'i18n'], // zones, local time, durations, offsets: the one time module
  repository: ['model'],
  x: ['model'],
  github: ['model'], // GitHub's REST API (@octokit/rest): only the action uses it
  emulator: ['x'], // its own room: of x/ only the shared text rules (see EMULATOR_MAY_USE)
  plan: ['model', 'i18n', 'time'],
  content: ['model', 'i18n', 'time', 'repository', 'x'],
  calendar: ['model', 'time', 'plan'],
  answers: ['model', 'content', 'x'], // the support desk's search, listings, page and reply matching (x/tweet-text.ts: when two texts are the same)
  report: ['model', 'time', 'answers'], // report and slots suggest: pure, from log, metrics, posts, accounts and answers (which one a reply used)
  publish: ['model', 'time', 'repository', 'content', 'plan', 'x'],
  stats: ['model', 'time', 'repository', 'x'], // reading published parts' metrics into metrics.jsonl
  git: ['model', 'repository'],
  scaffold: ['model', 'i18n', 'time', 'repository', 'x'], // herald init's templates: pure text from its flags and prompts
  app: ['model', 'time', 'repository', 'content', 'plan', 'publish'],
  review: ['model', 'i18n', 'time', 'repository', 'content', 'plan', 'calendar', 'git', 'app'],
  action: ['model', 'i18n', 'time', 'repository', 'publish', 'stats', 'app', 'review', 'git', 'github'],
  commands: [
    'model',
    'i18n',
    'time',
    'repository',
    'content',
    'plan',
    'publish',
    'stats',
    'calendar',
    'answers',
    'report',
    'app',
    'review',
    'emulator',
    'scaffold',
  ],
  cli: ['model', 'i18n', 'time', 'commands'],
};

const src = path.join(repoRoot, 'src');

/** The only files of herald the emulator may import: it speaks X's API, not herald's. */
const EMULATOR_MAY_USE = ['x/tweet-text.ts'];

function folderOf(file: string): string {
  return path.relative(src, file).split(path.sep)[0]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Relative imports of a file, static and dynamic, as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // `from '…'`, `import '…'` (for its effects) and `import('…')`, in either quotes.
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

describe('the layers of src/', () => {
  it('every folder imports only the folders below it', () => {
    const broken: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to !== from && !(MAY_IMPORT[from] ?? []).includes(to))
          broken.push(`${path.relative(repoRoot, file)} imports ${to} (${from} may import: ${MAY_IMPORT[from]?.join(', ') || 'nothing'})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the emulator imports nothing of herald but the shared text rules', () => {
    const broken: string[] = [];
    for (const file of sourceFiles(path.join(src, 'emulator'))) {
      for (const target of importsOf(file)) {
        const used = path.relative(src, target).split(path.sep).join('/').replace(/\.js$/, '.ts');
        if (folderOf(target) !== 'emulator' && !EMULATOR_MAY_USE.includes(used)) broken.push(`${path.relative(repoRoot, file)} imports ${used}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every folder of src/ has a row, and the rows have no circle', () => {
    const folders = new Set(sourceFiles(src).map(folderOf));
    expect([...folders].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (folder: string, trail: string[]): void => {
      if (done.has(folder)) return;
      expect(visiting.has(folder), `circle: ${[...trail, folder].join(' → ')}`).toBe(false);
      visiting.add(folder);
      for (const next of MAY_IMPORT[folder] ?? []) visit(next, [...trail, folder]);
      visiting.delete(folder);
      done.add(folder);
    };
    for (const folder of Object.keys(MAY_IMPORT)) visit(folder, []);
  });

  it('only src/github/ loads @octokit/rest, so the CLI never does', () => {
    const loaders = sourceFiles(src)
      .filter((file) => /from '@octokit\/|import\('@octokit\//.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file).split(path.sep).join('/'));
    expect(
      loaders.every((file) => file.startsWith('github/')),
      loaders.join(', '),
    ).toBe(true);
  });

  it('docs/architecture.md lists the same rules', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
    for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
      expect(doc, folder).toContain(`| \`${folder}/\` | ${allowed.length ? allowed.map((f) => `\`${f}/\``).join(', ') : 'nothing'} |`);
    }
  });
});
