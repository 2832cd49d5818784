import { describe, expect, it } from 'vitest';
import { input, readInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/model/errors.js';

const workspace = { GITHUB_WORKSPACE: '/repo' };

describe('the action inputs', () => {
  it('reads hyphenated inputs from INPUT_ variables that keep the hyphen, as the runner sets them', () => {
    expect(input({ 'INPUT_DRY-RUN': ' true ' }, 'dry-run')).toBe('true');
    expect(readInputs({ ...workspace, 'INPUT_DRY-RUN': 'true' }).dryRun).toBe(true);
  });

  it('defaults to publishing from the workspace with a commit, on the clock', () => {
    const inputs = readInputs({ ...workspace });

    expect(inputs).toMatchObject({ command: 'publish', root: '/repo', rootInRepo: '', dryRun: false, commit: true, intervalMinutes: 30 });
  });

  it('pins the clock to the now input, in UTC', () => {
    const inputs = readInputs({ ...workspace, INPUT_NOW: '2026-12-01T09:00:00-05:00' });

    expect(inputs.now.toISO()).toBe('2026-12-01T14:00:00.000Z');
    expect(inputs.clock().toISO()).toBe('2026-12-01T14:00:00.000Z');
  });

  it('takes the review base from the pull request, and a content root inside the repository', () => {
    const inputs = readInputs({ ...workspace, INPUT_COMMAND: 'review', INPUT_ROOT: 'social', GITHUB_BASE_REF: 'main' });

    expect(inputs).toMatchObject({ base: 'origin/main', root: '/repo/social', rootInRepo: 'social' });
  });

  it.each([
    [{ INPUT_COMMAND: 'post' }, 'input command: "post" is not one of publish, review, validate'],
    [{ INPUT_NOW: '2026-12-01 09:00' }, 'input now: "2026-12-01 09:00" is not an ISO instant with an offset; write for example now: 2026-12-01T09:00:00Z'],
    [{ INPUT_COMMIT: 'yes' }, 'input commit: "yes" is not a boolean; write commit: true or commit: false'],
    [{ INPUT_INTERVAL: 'half-hour' }, 'input interval: "half-hour" is not a number of minutes'],
  ])('refuses %o with a message saying what to write', (env, message) => {
    expect(() => readInputs({ ...workspace, ...env })).toThrow(UsageError);
    expect(() => readInputs({ ...workspace, ...env })).toThrow(message);
  });
});
