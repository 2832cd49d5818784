/** The action's `command: stats` as a process: read metrics, then commit and push metrics.jsonl like the log. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { parseMetrics } from '../../src/repository/metrics.js';
import { runAction } from '../helpers/action-process.js';
import { repoRoot } from '../helpers/cli.js';
import { originWith, remoteFile, remoteSubjects, sh } from '../helpers/git-repo.js';
import { credentialEnv, startX } from '../publish/helpers.js';

const fixture = path.join(repoRoot, 'test/fixtures/github-action');
const LOG_COMMIT = 'chore(herald): publish log [skip ci]';
const METRICS_COMMIT = 'chore(herald): metrics [skip ci]';
const BOTH_DUE = '2026-12-01T14:05:00Z';
const NEXT_DAY = '2026-12-02T09:00:00Z';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startX();
});
afterEach(async () => {
  await emulator.close();
});

describe('the action as a process (stats)', () => {
  it('reads the published parts, pushes metrics.jsonl on top of what others pushed meanwhile, and reports the cost', async () => {
    const origin = await originWith(fixture);
    const work = await origin.clone();
    const env = credentialEnv(emulator, ['main', 'support']);
    expect((await runAction(work, { command: 'publish', now: BOTH_DUE }, env)).code).toBe(0);
    const colleague = await origin.clone();
    await writeFile(path.join(colleague, 'posts/next-week.md'), '---\naccount: main\npublish:\n  slot: next\n---\nSee you next week.\n');
    await sh(colleague, 'add', '-A');
    await sh(colleague, 'commit', '--quiet', '-m', 'Add next week');
    await sh(colleague, 'push', '--quiet', 'origin', 'main');

    const result = await runAction(work, { command: 'stats', now: NEXT_DAY }, env);

    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toEqual({ reads: '3', 'cost-usd': '0.015' });
    expect(await remoteSubjects(origin)).toEqual([METRICS_COMMIT, 'Add next week', LOG_COMMIT, 'seed']);
    const metrics = parseMetrics(await remoteFile(origin, 'schedules/metrics.jsonl'));
    expect(metrics.diagnostics).toEqual([]);
    expect(metrics.snapshots.map((s) => `${s.post}#${s.part}`).sort()).toEqual(['help-hours#0', 'launch#0', 'launch#1']);
    expect(result.summary).toContain('Read 3 post(s) for $0.015');
  });
});
