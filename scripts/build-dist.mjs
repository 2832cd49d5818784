#!/usr/bin/env node
/**
 * Bundle the GitHub Action (src/action/main.ts) into dist/, which is committed: the runner executes
 * dist/index.js directly, with no npm install. `--check` rebuilds into a temporary folder and fails
 * when the committed dist/ differs, so CI catches a source change whose bundle was not rebuilt.
 *
 * The tests import bundleAction and differingFiles: they run the action bundled from src/ as it is
 * now (test/build/builds.ts), and test/build/dist.test.ts compares that bundle with dist/.
 */
import { build } from 'esbuild';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(repo, 'dist');

/** Bundle the action from src/ into outdir, replacing whatever is there. */
export async function bundleAction(outdir) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    absWorkingDir: repo,
    // The loader looks for its worker next to itself (dist/chunks/) to read large repositories on
    // several threads; without it, it reads on one.
    entryPoints: { index: 'src/action/main.ts', 'chunks/load-worker': 'src/content/load-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Publishing's X client and the review's planner load only in the mode that needs them.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Some dependencies are CommonJS and call require(); ESM output has none unless we make one.
    banner: {
      js: "import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);",
    },
    legalComments: 'none',
    // A node_modules that is a symlink (a build from a clean export) must not put its real path in
    // the bundle's comments: the output has to be the same wherever it is built.
    preserveSymlinks: true,
    charset: 'utf8',
    logLevel: 'warning',
  });
  // The action runs from the user's checkout of herald; this keeps dist/*.js ESM whatever is around it.
  await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
  // The loader reads schema/*.json next to itself at run time; a copy keeps dist/ complete on its own.
  await cp(path.join(repo, 'schema'), path.join(outdir, 'schema'), { recursive: true });
}

/** The files under dir, as sorted POSIX paths relative to it. */
async function files(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const rel = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** The files that differ between two bundles (present in one only, or with other bytes), sorted. */
export async function differingFiles(a, b) {
  const [inA, inB] = [await files(a), await files(b)];
  const differing = [...new Set([...inA, ...inB])].filter((f) => !inA.includes(f) || !inB.includes(f));
  for (const f of inA.filter((f) => inB.includes(f))) {
    const [x, y] = await Promise.all([readFile(path.join(a, f)), readFile(path.join(b, f))]);
    if (!x.equals(y)) differing.push(f);
  }
  return differing.sort();
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (isMain && process.argv.includes('--check')) {
  const fresh = await mkdtemp(path.join(os.tmpdir(), 'herald-dist-'));
  try {
    await bundleAction(fresh);
    const differing = await differingFiles(fresh, dist);
    if (differing.length > 0) {
      console.error(`dist/ is not what the source builds (${differing.join(', ')}); run \`npm run build:dist\` and commit dist/`);
      process.exitCode = 1;
    } else {
      console.error('dist/ is fresh');
    }
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
} else if (isMain) {
  await bundleAction(dist);
}
