/**
 * Principle 2 (account errors stop that account) and the second half of principle 4 (two account
 * names never share credentials), through the real CLI against the emulator.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAccountFile, readPause } from '../../src/content/account-file.js';
import { FileReporter } from '../../src/content/diagnostics.js';
import { parseYamlSource } from '../../src/content/yaml-source.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Emulator } from '../../src/emulator/index.js';
import { runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { credentialEnv, logEntries, publish, startX } from '../publish/helpers.js';

const NOW = '2026-12-01T14:30:00Z';
const LATER = '2026-12-01T15:00:00Z';

/** main.yaml's first two lines; the hostile setting starts at line 3. */
const MAIN_HEAD = 'handle: "@acme"\nzone: UTC\n';
const post = (account: string, text: string) => `---\naccount: ${account}\npublish:\n  at: 2026-12-01 14:00\n  window: 2h\n---\n${text}\n`;

async function contentRepo(files: Record<string, string>): Promise<string> {
  const root = await tempDir('herald-fc-accounts-');
  const all: Record<string, string> = {
    'schedules/support.yaml': 'handle: "@acme_help"\nzone: UTC\n',
    'posts/main-news.md': post('main', 'We now export weekly totals as CSV from every dashboard.'),
    'posts/support-hours.md': post('support', 'Our help desk is open until 18:00 UTC today for questions about exports.'),
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

async function validate(root: string): Promise<{ code: number | null; diagnostics: Diagnostic[] }> {
  const result = await runHerald(['validate', '--root', root, '--format', 'json', '--now', NOW]);
  return { code: result.code, diagnostics: JSON.parse(result.stdout) as Diagnostic[] };
}

// A fresh emulated X for every test: the same texts are sent in many scenarios.
let x: Emulator;
beforeEach(async () => {
  x = await startX();
});
afterEach(async () => {
  await x.close();
});

// [what is wrong, the lines after MAIN_HEAD, the rule, its line]
const HOSTILE: Array<[string, string, string, number]> = [
  ['paused: yes (YAML 1.2 text)', 'paused: yes\n', 'pause-invalid', 3],
  ['paused: on', 'paused: on\n', 'pause-invalid', 3],
  ['paused: off', 'paused: off\n', 'pause-invalid', 3],
  ['paused: "true" (quoted)', 'paused: "true"\n', 'pause-invalid', 3],
  ['paused: "false" (quoted)', "paused: 'false'\n", 'pause-invalid', 3],
  ['paused: 1', 'paused: 1\n', 'pause-invalid', 3],
  ['paused: 0', 'paused: 0\n', 'pause-invalid', 3],
  ['paused: a list', 'paused: [true]\n', 'pause-invalid', 3],
  ['paused: with no value', 'paused:\n', 'pause-invalid', 3],
  ['paused: {} without since', 'paused: {}\n', 'pause-invalid', 3],
  ['paused: only a reason', 'paused: { reason: incident }\n', 'pause-invalid', 3],
  ['paused since without offset', 'paused: { since: 2026-12-01T10:00 }\n', 'pause-invalid', 3],
  ['paused since a date only', 'paused:\n  since: 2026-12-01\n', 'pause-invalid', 4],
  ['paused since not a date-time', 'paused: { since: yesterday }\n', 'pause-invalid', 3],
  ['paused since an impossible date', 'paused: { since: 2026-02-30T10:00Z }\n', 'pause-invalid', 3],
  ['paused with a misspelt since', 'paused: { sinse: 2026-12-01T10:00Z }\n', 'pause-invalid', 3],
  ['a misspelt paused key', 'pasued: true\n', 'unknown-key', 3],
  ['blackout written as a map, not a list', 'blackout: { from: 2026-12-01, to: 2026-12-02 }\n', 'schema', 3],
  ['blackout without to', 'blackout:\n  - { from: 2026-12-01 }\n', 'schema', 4],
  ['blackout with a date that is not one', 'blackout:\n  - { from: 2026-12-01, to: Dec 2 }\n', 'schema', 4],
  ['blackout with a misspelt key', 'blackout:\n  - { form: 2026-12-01, to: 2026-12-02 }\n', 'unknown-key', 4],
  ['blackout that ends before it starts', 'blackout:\n  - { from: 2026-12-02, to: 2026-11-30 }\n', 'invalid-time', 4],
  ['blackout on a day that does not exist', 'blackout:\n  - { from: 2026-11-31, to: 2026-12-02 }\n', 'invalid-time', 4],
  ['daily_cap in quotes', 'daily_cap: "17"\n', 'schema', 3],
  ['daily_cap zero', 'daily_cap: 0\n', 'schema', 3],
  ['daily_cap a fraction', 'daily_cap: 2.5\n', 'schema', 3],
  ['daily_cap in words', 'daily_cap: seventeen\n', 'schema', 3],
  ['window in words', 'window: 2 hours\n', 'schema', 3],
  ['window a bare number', 'window: 90\n', 'schema', 3],
  ['slots written as a map', 'slots: { days: [mon], times: ["09:00"] }\n', 'schema', 3],
  ['slots with a day name herald does not know', 'slots:\n  - days: [monday]\n    times: ["09:00"]\n', 'schema', 4],
  ['slots with a 12-hour time', 'slots:\n  - days: [mon]\n    times: ["9am"]\n', 'schema', 5],
  ['a zone that does not exist', 'audience: [Mars/Olympus]\n', 'invalid-zone', 3],
  ['the same key twice', 'paused: false\npaused: false\n', 'yaml-syntax', 4],
];

describe('an account setting herald cannot read stops that account (and only that account)', () => {
  it.each(HOSTILE)('%s: validate names the line; publish sends nothing for main, support still goes out, the run fails', async (_what, lines, rule, line) => {
    const root = await contentRepo({ 'schedules/main.yaml': MAIN_HEAD + lines });

    const checked = await validate(root);
    expect(checked.code).toBe(1);
    expect(checked.diagnostics).toContainEqual(expect.objectContaining({ file: 'schedules/main.yaml', line, severity: 'error', rule }));

    const env = credentialEnv(x, ['main', 'support']);
    const before = x.tweets('acme').length;
    const run = await publish(root, NOW, env);
    expect(run.code, run.stderr).toBe(1);
    expect(x.tweets('acme').length).toBe(before);
    expect(run.report.sent.map((s) => `${s.account}/${s.post}`)).toEqual(['support/support-hours']);
    expect(run.report.stopped).toEqual([expect.objectContaining({ account: 'main', kind: 'account-invalid' })]);
    expect(run.report.stopped[0].reason).toMatch(
      new RegExp(`^account file schedules/main\\.yaml has errors, so nothing is sent for main: schedules/main\\.yaml:${line}: `),
    );
    const skipped = (await logEntries(root)).filter((e) => e.event === 'skipped');
    expect(skipped).toEqual([expect.objectContaining({ post: 'main-news', account: 'main', reason: run.report.stopped[0].reason })]);
  });
});

describe('paused values that work', () => {
  it.each([
    ['paused: true (since forever, no reason needed)', 'paused: true\n', 'account paused'],
    ['paused: True (YAML 1.2 boolean)', 'paused: True\n', 'account paused'],
    [
      'paused with since and reason',
      'paused: { since: 2026-12-01T10:00Z, reason: "Incident review" }\n',
      'account paused since 2026-12-01 10:00 UTC: Incident review',
    ],
    ['paused since with an offset', 'paused:\n  since: 2026-12-01T11:00+01:00\n', 'account paused since 2026-12-01 10:00 UTC'],
  ])('%s: no error, the account is held back, the run succeeds', async (_what, lines, reason) => {
    const root = await contentRepo({ 'schedules/main.yaml': MAIN_HEAD + lines });
    expect((await validate(root)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const run = await publish(root, NOW, credentialEnv(x, ['main', 'support']));
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.sent.map((s) => s.account)).toEqual(['support']);
    expect(run.report.skipped).toEqual([{ post: 'main-news', account: 'main', reason }]);
  });

  it.each([['paused: false'], ['paused: FALSE'], ['paused: false   # back to normal']])('%s publishes', async (line) => {
    const root = await contentRepo({ 'schedules/main.yaml': `${MAIN_HEAD}${line}\n` });
    const run = await publish(root, NOW, credentialEnv(x, ['main', 'support']));
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.sent.map((s) => s.account).sort()).toEqual(['main', 'support']);
  });
});

describe('a broken account, run after run', () => {
  it('logs the skip once, fails every run until the file is fixed, then publishes what is still in its window', async () => {
    const root = await contentRepo({ 'schedules/main.yaml': `${MAIN_HEAD}daily_cap: "3"\n` });
    const env = credentialEnv(x, ['main', 'support']);

    const first = await publish(root, NOW, env);
    const second = await publish(root, LATER, env);
    expect([first.code, second.code]).toEqual([1, 1]);
    expect(second.report.stopped.map((s) => s.kind)).toEqual(['account-invalid']);
    expect((await logEntries(root)).filter((e) => e.event === 'skipped').length).toBe(1);

    await writeFile(path.join(root, 'schedules/main.yaml'), `${MAIN_HEAD}daily_cap: 3\n`);
    const fixed = await publish(root, LATER, env);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.report.sent.map((s) => `${s.account}/${s.post}`)).toEqual(['main/main-news']);
  });

  it('shows the post as blocked in the calendar, with the file, line and problem', async () => {
    const root = await contentRepo({ 'schedules/main.yaml': `${MAIN_HEAD}window: 2 hours\n` });
    const result = await runHerald(['calendar', '--root', root, '--now', NOW, '--from', '2026-12-01', '--days', '1', '--format', 'json']);
    const entry = (JSON.parse(result.stdout) as { entries: Array<{ post: string; status: string; reason?: string }> }).entries.find(
      (e) => e.post === 'main-news',
    );
    expect(entry?.status).toBe('blocked');
    expect(entry?.reason).toMatch(/^account file schedules\/main\.yaml has errors, so nothing is sent for main: schedules\/main\.yaml:3: /);
  });

  it('holds back posts of an account file that is not YAML at all, instead of calling the account unknown', async () => {
    const root = await contentRepo({ 'schedules/main.yaml': `${MAIN_HEAD}slots: [mon\n` });
    const checked = await validate(root);
    expect(checked.diagnostics.map((d) => [d.file, d.rule])).toEqual([['schedules/main.yaml', 'yaml-syntax']]);
    const run = await publish(root, NOW, credentialEnv(x, ['main', 'support']));
    expect(run.code).toBe(1);
    expect(run.report.sent.map((s) => s.account)).toEqual(['support']);
  });
});

describe('account names and credentials', () => {
  it.each([
    ['main-eu.yaml and main_eu.yaml', 'main-eu', 'main_eu'],
    ['Main.yaml and main.yaml', 'Main', 'main'],
  ])('%s map to the same X_*_ACCESS_TOKEN: an error on both, and neither publishes', async (_what, a, b) => {
    const root = await contentRepo({
      [`schedules/${a}.yaml`]: MAIN_HEAD,
      [`schedules/${b}.yaml`]: MAIN_HEAD,
      'posts/main-news.md': post(a, 'We now export weekly totals as CSV from every dashboard.'),
      'posts/other-news.md': post(b, 'Dashboards now remember the last filter you used on each device.'),
    });
    const checked = await validate(root);
    expect(checked.code).toBe(1);
    const collisions = checked.diagnostics.filter((d) => d.rule === 'credential-collision');
    expect(collisions.map((d) => `${d.file}:${d.line}`).sort()).toEqual([`schedules/${a}.yaml:1`, `schedules/${b}.yaml:1`].sort());
    expect(collisions[0].message).toContain(`X_${b.toUpperCase().replace(/-/g, '_')}_ACCESS_TOKEN`);

    // Both sets of variables point at the same (main) tokens: exactly the confusion to refuse.
    const env = { ...credentialEnv(x, ['main', 'support']), X_MAIN_EU_ACCESS_TOKEN: 'x', X_MAIN_EU_ACCESS_SECRET: 'y' };
    const run = await publish(root, NOW, env);
    expect(run.code).toBe(1);
    expect(run.report.sent.map((s) => s.account)).toEqual(['support']);
    expect(run.report.stopped.map((s) => `${s.account}:${s.kind}`).sort()).toEqual([`${a}:account-invalid`, `${b}:account-invalid`].sort());
  });

  it.each([['main.eu'], ['main eu'], ['héraut'], ['_main']])('an account named "%s" cannot name its credentials: an error', async (name) => {
    const root = await contentRepo({ [`schedules/${name}.yaml`]: MAIN_HEAD });
    const checked = await validate(root);
    expect(checked.code).toBe(1);
    expect(checked.diagnostics).toContainEqual(expect.objectContaining({ file: `schedules/${name}.yaml`, line: 1, rule: 'account-name' }));
  });
});

describe('herald pause --all / resume --all', () => {
  const accounts = {
    'schedules/main.yaml': '# The brand account.\nhandle: "@acme"   # shown in previews\nzone: UTC\n\npaused: false  # crisis switch\ndaily_cap: 5\n',
    'schedules/support.yaml': 'handle: "@acme_help"\nzone: UTC\n',
    'schedules/news.yaml': 'handle: "@acme_news"\nzone: UTC\npaused: yes\n',
  };
  const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');

  it('pauses every account at one instant, keeping comments and layout, and resume --all gives the files back', async () => {
    const root = await contentRepo(accounts);
    const paused = await runHerald(['pause', '--all', '--reason', 'Incident', '--now', NOW, '--root', root]);
    expect(paused.code, paused.stderr).toBe(0);
    expect(await read(root, 'schedules/main.yaml')).toBe(
      accounts['schedules/main.yaml'].replace('paused: false', `paused: { since: 2026-12-01T14:30:00Z, reason: Incident }`),
    );
    expect(await read(root, 'schedules/support.yaml')).toBe(`${accounts['schedules/support.yaml']}paused: { since: 2026-12-01T14:30:00Z, reason: Incident }\n`);
    // An unreadable pause is replaced by a real one.
    expect(await read(root, 'schedules/news.yaml')).toContain('paused: { since: 2026-12-01T14:30:00Z, reason: Incident }');
    expect(paused.stdout).toContain('until `herald resume --all` is merged');

    const run = await publish(root, NOW, credentialEnv(x, ['main', 'support', 'news']));
    expect(run.report.sent).toEqual([]);
    expect(run.code).toBe(0);

    const resumed = await runHerald(['resume', '--all', '--root', root]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await read(root, 'schedules/main.yaml')).toBe(accounts['schedules/main.yaml']);
    expect(await read(root, 'schedules/news.yaml')).toBe(accounts['schedules/news.yaml'].replace('paused: yes', 'paused: false'));
  });

  it('pauses what it can when one account file is broken, names that file and exits 1', async () => {
    const root = await contentRepo({ ...accounts, 'schedules/news.yaml': 'handle: "@acme_news"\nzone: [UTC\n' });
    const result = await runHerald(['pause', '--all', '--now', NOW, '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('schedules/news.yaml');
    expect(await read(root, 'schedules/main.yaml')).toContain('paused: { since: 2026-12-01T14:30:00Z }');
    expect(await read(root, 'schedules/support.yaml')).toContain('paused: { since: 2026-12-01T14:30:00Z }');
  });

  it.each([
    [['pause', '--all', '--account', 'main'], '--all and --account cannot be combined'],
    [['resume', '--all', '--account', 'main'], '--all and --account cannot be combined'],
    [['pause'], 'herald pause --account NAME'],
    [['resume'], 'herald resume --all'],
  ])('herald %j is a usage error (exit 2) that says what to write', async (args, message) => {
    const root = await contentRepo(accounts);
    const result = await runHerald([...args, '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(await read(root, 'schedules/main.yaml')).toBe(accounts['schedules/main.yaml']);
  });
});

describe('what each YAML reader makes of a paused value', () => {
  // The fast readers (yaml-simple, yaml-fast) and the full Document must agree, and readPause must
  // call every value but false "paused" (with an error unless it is a real pause).
  const values: Array<[string, 'not paused' | 'paused' | 'pause-invalid']> = [
    ['false', 'not paused'],
    ['FALSE', 'not paused'],
    ['False', 'not paused'],
    ['true', 'paused'],
    ['TRUE', 'paused'],
    ['yes', 'pause-invalid'],
    ['no', 'pause-invalid'],
    ['on', 'pause-invalid'],
    ['off', 'pause-invalid'],
    ['y', 'pause-invalid'],
    ['"true"', 'pause-invalid'],
    ["'false'", 'pause-invalid'],
    ['1', 'pause-invalid'],
    ['0', 'pause-invalid'],
    ['0x0', 'pause-invalid'],
    ['.nan', 'pause-invalid'],
    ['~', 'pause-invalid'],
    ['null', 'pause-invalid'],
    ['', 'pause-invalid'],
    ['[]', 'pause-invalid'],
    ['[false]', 'pause-invalid'],
    ['{}', 'pause-invalid'],
    ['!!str false', 'pause-invalid'],
    ['!!bool true', 'paused'],
    ['{ since: 2026-12-01T10:00Z }', 'paused'],
    ['{ since: "2026-12-01 10:00Z" }', 'paused'],
    ['{ since: 2026-12-01T10:00:00.5-05:00 }', 'paused'],
    ['{ since: 2026-12-01T10:00 }', 'pause-invalid'],
    ['{ since: 2026-12-01 10:00 }', 'pause-invalid'],
    ['{ since: 1764583200 }', 'pause-invalid'],
    ['{ since: 2026-12-01T25:00Z }', 'pause-invalid'],
    ['{ since: 2026-12-01T10:00Z, until: 2026-12-02T10:00Z }', 'pause-invalid'],
  ];

  it.each(values)('paused: %s → %s', (value, expected) => {
    const text = `zone: UTC\npaused: ${value}\n`;
    const fast = parseYamlSource(text, new FileReporter('schedules/main.yaml'));
    const full = parseYamlSource(text, new FileReporter('schedules/main.yaml'), { fast: false });
    expect(fast.data).toEqual(full.data);

    const reading = readPause((full.data as Record<string, unknown>).paused, true);
    const outcome = reading.problem ? 'pause-invalid' : reading.pause === false ? 'not paused' : 'paused';
    expect(outcome).toBe(expected);
    if (reading.problem) {
      expect(reading.pause).not.toBe(false);
      expect(reading.problem.message).toContain('paused: true, paused: false or paused: { since: 2026-12-02T10:00Z, reason: "..." }');
    }

    const account = readAccountFile('schedules/main.yaml', text).account!;
    expect(account.problems?.map((d) => d.rule) ?? []).toEqual(expected === 'pause-invalid' ? ['pause-invalid'] : []);
  });
});

describe("the publish workflow's pause option (workflow_dispatch)", () => {
  it('pauses instead of publishing, with inputs passed as variables and no X credentials', async () => {
    const YAML = (await import('yaml')).default;
    const { repoRoot } = await import('../helpers/cli.js');
    const text = await readFile(path.join(repoRoot, '.github/workflows/publish.yml'), 'utf8');
    const workflow = YAML.parse(text) as {
      on: { workflow_dispatch: { inputs: Record<string, unknown> } };
      jobs: Record<string, { if: string; steps: Array<{ run?: string; env?: Record<string, string> }> }>;
    };

    expect(Object.keys(workflow.on.workflow_dispatch.inputs)).toEqual(expect.arrayContaining(['pause', 'reason']));
    expect(workflow.jobs.publish.if).toContain('!inputs.pause');
    expect(workflow.jobs.pause.if).toContain('inputs.pause');
    expect(workflow.jobs.pause.if).toContain('github.event.repository.default_branch');
    const runs = workflow.jobs.pause.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('node bin/herald.js pause');
    expect(runs).not.toContain('${{');
    expect(JSON.stringify(workflow.jobs.pause)).not.toContain('X_');
  });
});

describe('the action as a process (validate) on a hostile account file', () => {
  it('fails the step with an annotation on the paused line, saying what to write', async () => {
    const { runAction } = await import('../helpers/action-process.js');
    const root = await contentRepo({ 'schedules/main.yaml': `${MAIN_HEAD}paused: yes\n` });

    const result = await runAction(root, { command: 'validate', now: NOW });

    expect(result.code).toBe(1);
    const annotation = result.stdout.split('\n').find((l) => l.includes('pause-invalid'));
    expect(annotation).toMatch(/^::error title=herald pause-invalid,file=schedules\/main\.yaml,line=3,col=\d+::/);
    expect(annotation).toContain('paused: true, paused: false or paused: { since: 2026-12-02T10:00Z');
    expect(result.outputs.errors).toBe('1');
  });
});
