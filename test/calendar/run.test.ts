/** `runCalendar` as a function, with an injected context: the clock, the streams and the terminal. */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors.js';
import { wantsColor } from '../../src/cli/main.js';
import { runCalendar } from '../../src/commands/calendar.js';
import { fixtureCopy } from '../helpers/tmp.js';

async function run(options: Record<string, string>, extra: { color?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const root = await fixtureCopy('calendar-two-accounts');
  let stdout = '';
  let stderr = '';
  const code = await runCalendar(options, {
    root,
    cwd: root,
    lang: 'en',
    env: extra.env ?? {},
    now: () => DateTime.fromISO('2026-12-01T15:00:00Z', { zone: 'utc' }),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: extra.color ?? false,
  });
  return { code, stdout, stderr };
}

describe('runCalendar', () => {
  it('colours statuses for a person at a terminal', async () => {
    const { code, stdout } = await run({ from: '2026-11-30' }, { color: wantsColor({}, { isTTY: true }) });
    expect(code).toBe(0);
    expect(stdout).toContain('\u001b[32mpublished\u001b[0m');
  });

  it('never colours a piped agenda or one with NO_COLOR', async () => {
    expect((await run({ from: '2026-11-30' }, { color: wantsColor({}, { isTTY: false }) })).stdout).not.toContain('\u001b[');
    expect((await run({ from: '2026-11-30' }, { color: wantsColor({ NO_COLOR: '1' }, { isTTY: true }), env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('throws a UsageError (exit 2) for a bad --days before reading anything', async () => {
    await expect(run({ days: '-3' })).rejects.toThrow(UsageError);
  });

  it('uses the injected clock for the default --from', async () => {
    const { stdout } = await run({ format: 'json', days: '1' });
    expect(JSON.parse(stdout)).toMatchObject({ from: '2026-12-01T00:00:00-05:00', to: '2026-12-02T00:00:00-05:00' });
  });
});
