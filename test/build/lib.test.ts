/**
 * The CLI runs from lib/ (bin/herald.js imports lib/cli/main.js), which the global setup builds
 * with tsc from src/ whenever src/ is newer. These prove that the CLI the process tests run is
 * that build, and that it works as a process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heraldBin, repoRoot, runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';
import { libDir, libStaleness } from './builds.js';

describe('the built CLI (lib/)', () => {
  it('is what tsc builds from src/ now: one module per src/ module, none older than src/', async () => {
    expect(await libStaleness()).toBeUndefined();
    expect(await readFile(heraldBin, 'utf8')).toContain("from '../lib/cli/main.js'");
    expect(path.relative(repoRoot, libDir)).toBe('lib');
  });

  it('runs as a process, as a user runs it: bin/herald.js prints its help and validates a repository', async () => {
    const root = await fixtureCopy('github-action');

    const help = await runHerald(['--help']);
    const validated = await runHerald(['validate', '--root', root, '--now', '2026-11-20T12:00:00Z']);

    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: herald');
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
  });
});
