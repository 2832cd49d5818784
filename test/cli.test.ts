import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runHerald } from './helpers/cli.js';

describe('herald (the process)', () => {
  it('prints help and exits 0', async () => {
    const result = await runHerald(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('validate');
    expect(result.stdout).toContain('publish');
  });

  it('prints the version of its package.json with --version and -V, and nothing else', async () => {
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));

    for (const flag of ['--version', '-V']) {
      expect(await runHerald([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('exits 2 on an unknown option, without a stack trace', async () => {
    const result = await runHerald(['validate', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--frobnicate');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when --now has no offset, and says what to write', async () => {
    const result = await runHerald(['calendar', '--now', '2026-12-01T09:00']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2026-12-01T09:00Z');
  });

  it('exits 2 when --now is a date alone, and suggests an instant that works', async () => {
    const result = await runHerald(['calendar', '--now', '2026-12-08']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--now 2026-12-08T09:00Z');
    const suggested = await runHerald(['calendar', '--now', '2026-12-08T09:00Z', '--root', 'test/fixtures/calendar-two-accounts']);
    expect(suggested.stderr).not.toContain('--now');
  });
});
