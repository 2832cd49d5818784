import { describe, expect, it } from 'vitest';
import { runHerald } from './helpers/cli.js';

describe('herald (the process)', () => {
  it('prints help and exits 0', async () => {
    const result = await runHerald(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('validate');
    expect(result.stdout).toContain('publish');
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
});
