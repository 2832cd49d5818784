import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const exec = promisify(execFile);

describe('the committed action bundle', () => {
  it('is exactly what the source builds (npm run check:dist)', async () => {
    const result = await exec(process.execPath, [path.join(repoRoot, 'scripts/build-dist.mjs'), '--check'], { cwd: repoRoot }).catch((e) => e);

    expect(result.stderr).toContain('dist/ is fresh');
  });

  it('runs without node_modules: every dependency is inside dist/', async () => {
    const files = (await readdir(path.join(repoRoot, 'dist'), { recursive: true })).filter((f) => f.endsWith('.js'));
    const sources = await Promise.all(files.map((f) => readFile(path.join(repoRoot, 'dist', f), 'utf8')));

    // Module-level import statements only (`import x from "y"`, `} from "y"`, `import "y"`): strings elsewhere are data.
    const imported = sources.flatMap((s) => [...s.matchAll(/^(?:import\s[^\n]*?from\s*|\}\s*from\s*|import\s*)"([^".][^"]*)";?$/gm)].map((m) => m[1]!));
    expect(imported.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))).toEqual([]);
  });

  it("ships the loader's worker next to the loader, so large repositories load on several threads", async () => {
    const chunks = await readdir(path.join(repoRoot, 'dist/chunks'));
    const sources = await Promise.all(chunks.map(async (f) => [f, await readFile(path.join(repoRoot, 'dist/chunks', f), 'utf8')] as const));

    expect(chunks).toContain('load-worker.js');
    expect(sources.some(([f, text]) => f !== 'load-worker.js' && text.includes('new URL("./load-worker.js", import.meta.url)'))).toBe(true);
  });
});
