/**
 * What the process tests run, built from src/ as it is now. The global setup (test/build/setup.ts)
 * calls ensureLib and ensureActionBundle before any test, so a plain `npx vitest` never runs code
 * older than src/, and an edit to src/ never fails a test until someone rebuilds by hand.
 *
 * - lib/: the CLI (bin/herald.js imports it), built by tsc as `npm run build` does. Rebuilt only when
 *   an input is newer than the oldest built file, or lib/ is not one module per src/ module.
 * - .cache/action/: the action, bundled by scripts/build-dist.mjs exactly as dist/ is. The committed
 *   dist/ is compared with it once (test/build/dist.test.ts) and run once as a smoke test.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleAction } from '../../scripts/build-dist.mjs';
import { repoRoot } from '../helpers/cli.js';

const exec = promisify(execFile);

export const libDir = path.join(repoRoot, 'lib');
export const actionBundleDir = path.join(repoRoot, '.cache/action');
export const committedDistDir = path.join(repoRoot, 'dist');

/** What lib/ is built from: a change to any of these makes it stale. */
const LIB_INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** What the action bundle is built from; its dependencies are inside it, hence the lock file. */
const ACTION_INPUTS = ['src', 'schema', 'scripts/build-dist.mjs', 'package-lock.json'];

interface Entry {
  rel: string;
  mtimeMs: number;
  isDirectory: boolean;
}

/** Every file and folder under root (root itself included), with its modification time. */
async function walk(root: string, rel = ''): Promise<Entry[]> {
  const full = path.join(root, rel);
  const info = await stat(full).catch(() => undefined);
  if (!info) return [];
  const entries: Entry[] = [{ rel, mtimeMs: info.mtimeMs, isDirectory: info.isDirectory() }];
  if (info.isDirectory()) {
    for (const name of await readdir(full)) entries.push(...(await walk(root, path.posix.join(rel, name))));
  }
  return entries;
}

/**
 * The newest modification among the inputs. Folders count: deleting or renaming a file changes its
 * folder's time, so a build is stale after a deletion too.
 */
async function newestInput(inputs: string[]): Promise<number> {
  const times = (await Promise.all(inputs.map((i) => walk(path.join(repoRoot, i))))).flat().map((e) => e.mtimeMs);
  return Math.max(0, ...times);
}

/** The oldest file written by a build, or undefined when there is none. */
async function oldestOutput(dir: string): Promise<number | undefined> {
  const files = (await walk(dir)).filter((e) => !e.isDirectory);
  return files.length === 0 ? undefined : Math.min(...files.map((e) => e.mtimeMs));
}

/** Why lib/ is not what src/ builds now, or undefined when it is. */
export async function libStaleness(): Promise<string | undefined> {
  const oldest = await oldestOutput(libDir);
  if (oldest === undefined) return 'lib/ is missing';
  const want = (await walk(path.join(repoRoot, 'src')))
    .filter((e) => !e.isDirectory && e.rel.endsWith('.ts') && !e.rel.endsWith('.d.ts'))
    .map((e) => e.rel.replace(/\.ts$/, '.js'))
    .sort();
  const have = (await walk(libDir))
    .filter((e) => !e.isDirectory)
    .map((e) => e.rel)
    .sort();
  const missing = want.filter((f) => !have.includes(f));
  const extra = have.filter((f) => !want.includes(f));
  if (missing.length > 0 || extra.length > 0) {
    return `lib/ is not one module per src/ module (missing: ${missing.join(', ') || 'none'}; not in src/: ${extra.join(', ') || 'none'})`;
  }
  if ((await newestInput(LIB_INPUTS)) > oldest) return `lib/ is older than ${LIB_INPUTS.join(', ')}`;
  return undefined;
}

/** Why the test's action bundle is not what src/ builds now, or undefined when it is. */
export async function actionBundleStaleness(): Promise<string | undefined> {
  const oldest = await oldestOutput(actionBundleDir);
  if (oldest === undefined) return '.cache/action/ is missing';
  if ((await newestInput(ACTION_INPUTS)) > oldest) return `.cache/action/ is older than ${ACTION_INPUTS.join(', ')}`;
  return undefined;
}

/**
 * Build into a fresh folder next to target, then put it in target's place: an interrupted or failed
 * build never leaves a half-written target that looks fresh. Builds again if an input changed while
 * building.
 */
async function rebuild(target: string, inputs: string[], build: (outdir: string) => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    const temp = path.join(repoRoot, '.cache', `build-${path.basename(target)}-${process.pid}`);
    await rm(temp, { recursive: true, force: true });
    await mkdir(path.dirname(temp), { recursive: true });
    try {
      await build(temp);
      await rm(target, { recursive: true, force: true });
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temp, target);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
    if ((await newestInput(inputs)) <= started || attempt === 3) return;
  }
}

/** tsc as `npm run build` runs it, into outdir. Type errors are reported, not fatal: tsc still emits, and `npm run typecheck` is the type check. */
async function tsc(outdir: string): Promise<void> {
  const bin = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = await exec(process.execPath, [bin, '-p', 'tsconfig.build.json', '--outDir', outdir], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { code?: number; stdout?: string; stderr?: string }) => e,
  );
  if ('code' in result && result.code !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    // tsc exits 2 when it emitted despite errors; anything else, or no output at all, is a failed build.
    if (result.code !== 2 || (await oldestOutput(outdir)) === undefined) throw new Error(`tsc -p tsconfig.build.json failed:\n${output}`);
    console.warn(`herald tests: src/ has type errors (lib/ was built anyway; npm run typecheck lists them):\n${output}\n`);
  }
}

/** Make lib/ what src/ builds now; says what it rebuilt and why, or undefined when lib/ was fresh. */
export async function ensureLib(): Promise<string | undefined> {
  const why = await libStaleness();
  if (why === undefined) return undefined;
  const t0 = performance.now();
  await rebuild(libDir, LIB_INPUTS, tsc);
  return `lib/ rebuilt (${why}) in ${Math.round(performance.now() - t0)} ms`;
}

/** Make .cache/action/ the action bundled from src/ now; says what it rebuilt and why, or undefined when it was fresh. */
export async function ensureActionBundle(): Promise<string | undefined> {
  const why = await actionBundleStaleness();
  if (why === undefined) return undefined;
  const t0 = performance.now();
  await rebuild(actionBundleDir, ACTION_INPUTS, bundleAction);
  return `.cache/action/ rebuilt (${why}) in ${Math.round(performance.now() - t0)} ms`;
}
