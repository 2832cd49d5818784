import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { repoRoot } from './cli.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temporary directory, removed after the test. */
export async function tempDir(prefix = 'herald-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of `test/fixtures/<scenario>/`, so a test may change it freely. */
export async function fixtureCopy(scenario: string): Promise<string> {
  const dir = await tempDir(`herald-${scenario.replace(/\W+/g, '-')}-`);
  await cp(path.join(repoRoot, 'test/fixtures', scenario), dir, { recursive: true });
  return dir;
}
