import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setPaused } from '../../src/content/account-edit.js';
import { runHerald } from '../helpers/cli.js';
import { fixtureCopy } from '../helpers/tmp.js';

const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');

describe('herald pause / resume', () => {
  it('pauses an account by changing only the paused line, keeping every comment and blank line', async () => {
    const root = await fixtureCopy('github-accounts');
    const before = await read(root, 'schedules/main.yaml');

    const result = await runHerald(['pause', '--account', 'main', '--reason', 'Outage: we are investigating', '--now', '2026-12-02T10:00:00Z', '--root', root]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('schedules/main.yaml: paused since 2026-12-02T10:00:00Z');
    expect(await read(root, 'schedules/main.yaml')).toBe(
      before.replace('paused: false   # keep this line', 'paused: { since: 2026-12-02T10:00:00Z, reason: "Outage: we are investigating" }   # keep this line'),
    );
  });

  it('prints a reason as text: a line break or a workflow command in it starts no line of its own', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald([
      'pause',
      '--account',
      'main',
      '--reason',
      'incident\n::set-output name=x::y',
      '--now',
      '2026-12-02T10:00:00Z',
      '--root',
      root,
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain('(incident ⏎ ::set-output name=x::y)');
  });

  it('pausing again with another reason keeps the first since and says which reason it replaced', async () => {
    const root = await fixtureCopy('github-accounts');
    await runHerald(['pause', '--account', 'main', '--reason', 'Reason A', '--now', '2026-12-02T10:00:00Z', '--root', root]);

    const result = await runHerald(['pause', '--all', '--reason', 'Reason B', '--now', '2026-12-02T11:00:00Z', '--root', root]);

    expect(result.stdout).toContain('schedules/main.yaml: already paused since 2026-12-02T10:00:00Z (Reason B); the reason was (Reason A)');
  });

  it('--all pauses every other account when one account file is a link herald will not write through, and fails naming it', async () => {
    const root = await fixtureCopy('github-accounts');
    await mkdir(path.join(root, 'notes'));
    await writeFile(path.join(root, 'notes/aa.yaml'), 'handle: "@aa"\nzone: UTC\n');
    await symlink('../notes/aa.yaml', path.join(root, 'schedules/aa.yaml'));

    const result = await runHerald(['pause', '--all', '--now', '2026-12-02T10:00:00Z', '--root', root]);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not be changed \(schedules\/aa\.yaml\)/);
    expect(await read(root, 'schedules/main.yaml')).toContain('paused: { since: 2026-12-02T10:00:00Z }');
    expect(await read(root, 'notes/aa.yaml')).not.toContain('paused');
  });

  it('resumes a paused account, giving back the file exactly as it was before the pause', async () => {
    const root = await fixtureCopy('github-accounts');
    const before = await read(root, 'schedules/main.yaml');

    await runHerald(['pause', '--account', 'main', '--now', '2026-12-02T10:00:00Z', '--root', root]);
    const result = await runHerald(['resume', '--account', 'main', '--root', root]);

    expect(result.code).toBe(0);
    expect(await read(root, 'schedules/main.yaml')).toBe(before);
  });

  it('adds paused: at the end of an account file that has no such key', async () => {
    const root = await fixtureCopy('github-accounts');
    const before = await read(root, 'schedules/support.yaml');

    await runHerald(['pause', '--account', 'support', '--now', '2026-12-02T10:00:00+01:00', '--root', root]);

    expect(await read(root, 'schedules/support.yaml')).toBe(`${before}paused: { since: 2026-12-02T09:00:00Z }\n`);
  });

  it('keeps the original since when an account is paused again, updating only the reason', async () => {
    const root = await fixtureCopy('github-accounts');
    await runHerald(['pause', '--account', 'main', '--reason', 'Outage', '--now', '2026-12-02T10:00:00Z', '--root', root]);

    const result = await runHerald([
      'pause',
      '--account',
      'main',
      '--reason',
      'Outage: fixed, reviewing posts',
      '--now',
      '2026-12-02T13:00:00Z',
      '--root',
      root,
    ]);

    expect(result.stdout).toContain('schedules/main.yaml: already paused since 2026-12-02T10:00:00Z (Outage: fixed, reviewing posts)');
    expect(await read(root, 'schedules/main.yaml')).toContain(
      'paused: { since: 2026-12-02T10:00:00Z, reason: "Outage: fixed, reviewing posts" }   # keep this line',
    );
  });

  it('leaves an account that is not paused untouched on resume', async () => {
    const root = await fixtureCopy('github-accounts');
    const before = await read(root, 'schedules/support.yaml');

    const result = await runHerald(['resume', '--account', 'support', '--root', root]);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe('schedules/support.yaml: not paused; nothing to change\n');
    expect(await read(root, 'schedules/support.yaml')).toBe(before);
  });

  it('refuses an unknown account with exit 2 and lists the accounts there are', async () => {
    const root = await fixtureCopy('github-accounts');

    const result = await runHerald(['pause', '--account', 'mian', '--root', root]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown account "mian": schedules/mian.yaml does not exist; known accounts: main, support');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('replaces a paused block written over several lines with one flow line', () => {
    const source = 'handle: x\npaused:\n  since: 2026-01-01T00:00:00Z\n  reason: old\nrules: {}\n';

    expect(setPaused(source, false, 'schedules/x.yaml')).toBe('handle: x\npaused: false\nrules: {}\n');
  });

  it('refuses to edit an account file that is not valid YAML, naming the file and line', () => {
    expect(() => setPaused('handle: x\nzone: [unclosed\n', false, 'schedules/x.yaml')).toThrow(
      /schedules\/x\.yaml:\d+: cannot edit this account file, it is not valid YAML/,
    );
  });
});
