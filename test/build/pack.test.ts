/**
 * SLOW (about 10-30 s; the only test that runs npm): the package as a user gets it. `npm pack`s this
 * repository (lib/ as the global setup built it), installs the tarball into an empty project as a
 * user would, without TypeScript or a build, and runs the installed `herald`.
 *
 * The install tries the local npm cache only (`--offline`) and falls back to `--prefer-offline`
 * (the registry for what the cache lacks) when a dependency is not cached.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const exec = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** npm's settings from an enclosing `npm test` (npm_config_*, npm_package_*) must not leak into the user's install; the cache may stay. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1', npm_config_update_notifier: 'false' };
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.toLowerCase().startsWith('npm_') || /^npm_config_(cache|registry|userconfig)$/i.test(name)) env[name] = value;
  }
  return env;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: userEnv(), maxBuffer: 16 * 1024 * 1024, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: `${e.stderr ?? ''}${typeof e.code === 'string' ? e.code : ''}` };
  }
}

const ms = (t0: number) => Math.round(performance.now() - t0);

let work: string;
let tarball: string;
let project: string;
let packed: { filename: string; files: Array<{ path: string }> };
const timings: Record<string, number> = {};

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'herald-pack-'));
  let t0 = performance.now();
  // --ignore-scripts: lib/ is already what src/ builds (the global setup); prepack would build it again.
  const pack = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], repoRoot);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  packed = JSON.parse(pack.stdout)[0];
  tarball = path.join(work, packed.filename);
  timings.pack = ms(t0);

  project = path.join(work, 'project');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), `${JSON.stringify({ name: 'content-repo', private: true }, null, 2)}\n`);
  t0 = performance.now();
  const flags = ['--no-audit', '--no-fund', '--loglevel=error'];
  let install = await run(npm, ['install', '--offline', ...flags, tarball], project);
  if (install.code !== 0 && /ENOTCACHED/.test(install.stderr)) {
    timings.offlineAttempt = ms(t0);
    install = await run(npm, ['install', '--prefer-offline', ...flags, tarball], project);
  }
  if (install.code !== 0) throw new Error(`npm install of the packed tarball failed:\n${install.stderr}`);
  timings.install = ms(t0);
}, 180_000);

afterAll(async () => {
  console.log(`herald pack test timings (ms): ${JSON.stringify(timings)}`);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed package, installed from its tarball into an empty project', () => {
  it('holds the built CLI, the schemas and package.json, and no source, tests or action code', () => {
    const files = packed.files.map((f) => f.path).sort();

    expect(files).toEqual(
      expect.arrayContaining(['bin/herald.js', 'lib/cli/main.js', 'lib/content/schema-validators.generated.js', 'schema/post.schema.json', 'package.json']),
    );
    expect(files.filter((f) => !/^(bin|lib|schema)\//.test(f) && !/^(package\.json|README\.md|LICENSE)$/.test(f))).toEqual([]);
    expect(
      files.filter((f) => f.startsWith('lib/action/') || f.startsWith('lib/github/') || f.endsWith('.ts') || f === 'lib/content/schema-compile.js'),
    ).toEqual([]);
  });

  it('installs without building: no install-time script, no TypeScript', async () => {
    const manifest = JSON.parse(await readFile(path.join(project, 'node_modules/herald/package.json'), 'utf8'));

    expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(preinstall|install|postinstall|prepare)$/.test(s))).toEqual([]);
    expect(existsSync(path.join(project, 'node_modules/typescript'))).toBe(false);
    expect(existsSync(path.join(project, 'node_modules/herald/lib/cli/main.js'))).toBe(true);
  });

  it('declares as dependencies exactly the packages its code imports, and they are installed', async () => {
    const root = path.join(project, 'node_modules/herald');
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const imported = new Set<string>();
    for (const dir of ['bin', 'lib']) {
      for (const file of (await readdir(path.join(root, dir), { recursive: true })).filter((f) => f.endsWith('.js'))) {
        const code = await readFile(path.join(root, dir, file), 'utf8');
        // A static import ends on its own line (`import … from 'x';`, or `} from 'x';` when it spans lines); a dynamic one is import('x').
        const specs = code.matchAll(
          /^\s*(?:import\s+(?:[^'"\n]*?\bfrom\s*)?|export\b[^'"\n]*?\bfrom\s*|\}\s*from\s*)['"]([^'"\n]+)['"];?\s*$|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/gm,
        );
        for (const [, fromStatic, fromDynamic] of specs) {
          const spec = fromStatic ?? fromDynamic;
          if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
          imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
      }
    }

    expect([...imported].sort()).toEqual(Object.keys(manifest.dependencies).sort());
    for (const name of imported) expect(existsSync(path.join(project, 'node_modules', name, 'package.json')), name).toBe(true);
  });

  it('runs: npx herald --version prints the version, npx herald validate checks a content repository', async () => {
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    const content = path.join(work, 'content');
    await cp(path.join(repoRoot, 'test/fixtures/github-action'), content, { recursive: true });

    const shown = await run(npx, ['--no', '--', 'herald', '--version'], project);
    const validated = await run(npx, ['--no', '--', 'herald', 'validate', '--root', content, '--now', '2026-11-20T12:00:00Z'], project);

    expect(shown).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(validated.stderr).toBe('');
    expect(validated).toMatchObject({ code: 0 });
    expect(validated.stdout).toContain('No problems found');
  });
});
