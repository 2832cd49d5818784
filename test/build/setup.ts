/**
 * Vitest global setup: before any test (and before each rerun in watch mode), make lib/ and the
 * test's action bundle what src/ builds now. Both are fast no-ops when nothing changed.
 */
import type { TestProject } from 'vitest/node';
import { ensureActionBundle, ensureLib } from './builds.js';

async function ensureBuilds(): Promise<void> {
  // One after the other: tsc and esbuild together would only fight over two cores.
  const lib = await ensureLib();
  const action = await ensureActionBundle();
  for (const rebuilt of [lib, action]) if (rebuilt) console.log(`herald tests: ${rebuilt}`);
}

export default async function setup(project: TestProject): Promise<void> {
  await ensureBuilds();
  project.onTestsRerun(ensureBuilds);
}
