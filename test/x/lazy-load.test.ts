/**
 * twitter-api-v2 is heavy: a command reaches it only through `import('../x/client.js')`, when an
 * account actually has work for X. Followed here are the static, value imports (not `import type`,
 * not `import()`) from the CLI entry and every command module; none may reach the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** `import … from '…'`, `export … from '…'` and `import '…'`, except `import type` / `export type`. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The packages a module loads before any of its code runs, with the file that names each. */
function packagesLoadedBy(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = match[1]!;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
      else if (!packages.has(spec)) packages.set(spec, path.relative(src, file));
    }
  };
  visit(entry);
  return packages;
}

const entries = ['cli/main.ts', ...readdirSync(path.join(src, 'commands')).map((name) => `commands/${name}`)];

describe('start-up of the CLI', () => {
  it('follows value imports, and sees the library behind src/x/client.ts', () => {
    expect(packagesLoadedBy(path.join(src, 'x/client.ts')).has('twitter-api-v2')).toBe(true);
  });

  it.each(entries)('%s loads neither twitter-api-v2 nor @octokit before a command needs it', (entry) => {
    const heavy = [...packagesLoadedBy(path.join(src, entry))].filter(([name]) => name === 'twitter-api-v2' || name.startsWith('@octokit/'));
    expect(heavy.map(([name, file]) => `${name} (imported by ${file})`)).toEqual([]);
  });
});
