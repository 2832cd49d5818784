/** `herald validate` as a process: exit codes, the three formats, --root, --strict and FILES. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { fixtureCopy, tempDir } from '../helpers/tmp.js';
import { NOW, validate } from './helpers.js';

const NOW_ARGS = ['--now', NOW];

describe('herald validate (the process)', () => {
  it("exits 0 on the repository's example content, with no warnings, at the demo's morning", async () => {
    const result = await runHerald(['validate', '--strict', '--now', '2026-12-01T14:00:00Z']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('No problems found (14 posts, 2 accounts checked).\n');
    expect(result.code).toBe(0);
  });

  it('exits 1 when a file has an error, printing file:line:col, severity, rule and message, then a summary', async () => {
    const root = await fixtureCopy('validate-schema');
    const result = await runHerald(['validate', '--root', root, ...NOW_ARGS]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'posts/window.md:5:11  error  schema  `publish.window` must be a duration like 90m, 2h or 1d — you wrote `2 hours`. For example: `window: 2h`.\n' +
        '\n1 error and 0 warnings in 1 file (1 post, 1 account checked).\n',
    );
  });

  it('counts a file too broken to become a post among the files checked', async () => {
    const root = await fixtureCopy('validate-yaml-syntax');
    const result = await runHerald(['validate', '--root', root, ...NOW_ARGS]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/in 1 file \(2 posts, 1 account checked\)\.\n$/);
  });

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    const root = await fixtureCopy('validate-hashtag-count');
    expect((await runHerald(['validate', '--root', root, ...NOW_ARGS])).code).toBe(0);
    const strict = await runHerald(['validate', '--root', root, '--strict', ...NOW_ARGS]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('0 errors and 1 warning in 1 file');
  });

  it('groups text output by file with a blank line between files', async () => {
    const root = await fixtureCopy('validate-bare-link');
    const { stdout } = await runHerald(['validate', '--root', root, ...NOW_ARGS]);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^posts\/only-link\.md:6:1 {2}warning {2}bare-link {2}/);
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^posts\/short-comment\.md:6:14 {2}warning {2}bare-link {2}/);
  });

  it('prints the DESIGN diagnostics array with --format json, and the summary on stderr', async () => {
    const result = await validate(await fixtureCopy('validate-unknown-account'));
    expect(result.code).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(Object.keys(result.findings[0])).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    expect(result.stderr).toContain('1 error and 0 warnings');
  });

  it('prints GitHub workflow commands with --format github, escaping what would break them', async () => {
    const root = await fixtureCopy('validate-first-person-singular');
    const result = await runHerald(['validate', '--root', root, '--format', 'github', ...NOW_ARGS]);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^::warning file=posts\/main-i\.md,line=7,col=1,title=herald first-person-singular::“I” speaks/),
      expect.stringMatching(/^::error file=posts\/support-unsigned\.md,line=6,col=1,title=herald first-person-singular::/),
    ]);
  });

  it('reports only the FILES given (relative to the current directory), but checks everything', async () => {
    const root = await fixtureCopy('validate-first-person-singular');
    const fromRoot = await validate(undefined, { cwd: root, files: ['posts/support-unsigned.md'] });
    expect(fromRoot.findings.map((d) => d.file)).toEqual(['posts/support-unsigned.md']);
    const fromPosts = await validate('..', { cwd: path.join(root, 'posts'), files: ['main-i.md'] });
    expect(fromPosts.findings.map((d) => d.file)).toEqual(['posts/main-i.md']);
  });

  it('exits 2 when --root does not exist, saying so', async () => {
    const result = await runHerald(['validate', '--root', path.join(repoRoot, 'no-such-folder')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not exist');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the root has no schedules/ folder, naming what is missing', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'posts'));
    const result = await runHerald(['validate', '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no schedules/ folder');
  });

  it('exits 2 for a FILES argument outside the root, or one that does not exist', async () => {
    const root = await fixtureCopy('validate-schema');
    const outside = await runHerald(['validate', '--root', root, '/etc/hostname', ...NOW_ARGS]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not inside the content root');
    const missing = await runHerald(['validate', 'posts/windw.md', ...NOW_ARGS], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('posts/windw.md does not exist');
  });

  it('passes through what the publish log reader found, at the log line', async () => {
    const { findings } = await validate(await fixtureCopy('validate-log-truncated'));
    expect(findings.filter((d) => d.file === 'schedules/log.jsonl')).toMatchObject([{ line: 1 }]);
  });

  it('reports mistakes in an account file at their line, with did-you-mean for rule options', async () => {
    const result = await validate(await fixtureCopy('validate-account-mistakes'));
    const findings = result.findings.filter((d) => d.file === 'schedules/main.yaml');
    expect(findings.map((d) => [d.line, d.rule])).toEqual([
      [4, 'schema'],
      [5, 'schema'],
      [7, 'unknown-key'],
    ]);
    expect(findings[0].message).toContain('a weekday written mon, tue, wed, thu, fri, sat or sun — you wrote `monday`');
    expect(findings[1].message).toContain('you wrote `9am`');
    expect(findings[2].message).toContain('did you mean `min_words`?');
    expect(result.code).toBe(1);
  });

  it('reports a notify entry that is not a GitHub user or team mention at its line, with what to write', async () => {
    const result = await validate(await fixtureCopy('validate-account-notify'));
    const findings = result.findings.filter((d) => d.file === 'schedules/main.yaml');
    expect(findings.map((d) => [d.line, d.rule])).toEqual([[5, 'schema']]);
    expect(findings[0].message).toContain('a GitHub user or team mention in quotes like "@octocat" or "@acme/social" — you wrote `acme-social`');
    expect(result.code).toBe(1);
  });
});
