/**
 * The action runs from the committed dist/. Every other action test runs the bundle the global
 * setup built from src/ as it is now (.cache/action/); these prove that dist/ is that same bundle
 * and that it runs as the runner runs it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { differingFiles } from '../../scripts/build-dist.mjs';
import type { Emulator } from '../../src/emulator/index.js';
import { repoRoot } from '../helpers/cli.js';
import { runAction } from '../helpers/action-process.js';
import { originWith, remoteSubjects } from '../helpers/git-repo.js';
import { credentialEnv, startX } from '../publish/helpers.js';
import { actionBundleDir, committedDistDir } from './builds.js';

describe('the committed action bundle (dist/)', () => {
  let x: Emulator;
  beforeEach(async () => {
    x = await startX();
  });
  afterEach(async () => {
    await x.close();
  });

  it('is exactly what src/ builds (the one test that fails when dist/ is stale)', async () => {
    const differing = await differingFiles(actionBundleDir, committedDistDir);

    expect(differing, 'dist/ is not what src/ builds: run `npm run build:dist` and commit dist/').toEqual([]);
  });

  it('runs as a process, as the runner runs it: publishes what is due and pushes the log commit', async () => {
    const origin = await originWith(path.join(repoRoot, 'test/fixtures/github-action'));
    const work = await origin.clone();

    // 09:05 in New York and 14:05 in London: both fixture posts are due.
    const result = await runAction(work, { command: 'publish', now: '2026-12-01T14:05:00Z' }, credentialEnv(x, ['main', 'support']), committedDistDir);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ published: '3', failed: '0', expired: '0', skipped: '0' });
    expect(await remoteSubjects(origin)).toEqual(['chore(herald): publish log [skip ci]', 'seed']);
  });
});

describe('the action bundle', () => {
  it('runs without node_modules: every dependency is inside it', async () => {
    const files = (await readdir(actionBundleDir, { recursive: true })).filter((f) => f.endsWith('.js'));
    const sources = await Promise.all(files.map((f) => readFile(path.join(actionBundleDir, f), 'utf8')));

    // Module-level import statements only (`import x from "y"`, `} from "y"`, `import "y"`): strings elsewhere are data.
    const imported = sources.flatMap((s) => [...s.matchAll(/^(?:import\s[^\n]*?from\s*|\}\s*from\s*|import\s*)"([^".][^"]*)";?$/gm)].map((m) => m[1]!));
    expect(imported.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))).toEqual([]);
  });

  it("ships the loader's worker next to the loader, so large repositories load on several threads", async () => {
    const chunks = await readdir(path.join(actionBundleDir, 'chunks'));
    const sources = await Promise.all(chunks.map(async (f) => [f, await readFile(path.join(actionBundleDir, 'chunks', f), 'utf8')] as const));

    expect(chunks).toContain('load-worker.js');
    expect(sources.some(([f, text]) => f !== 'load-worker.js' && text.includes('new URL("./load-worker.js", import.meta.url)'))).toBe(true);
  });
});
