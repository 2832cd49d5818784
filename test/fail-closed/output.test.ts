/**
 * Principle 9: output cannot be hijacked. A hostile repository (file names, ids, texts, reasons
 * and X's own error messages carrying `<!--`, `<img>`, `| x |`, `::set-output`, `%0A::error`,
 * links, mentions, escape sequences) goes through the real CLI and the action as a process; no
 * output may carry markup, a table break, a workflow command or a control sequence from it.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { htmlText, jsonInScript, logText, mdCode, mdMessage, mdText, terminalLine } from '../../src/model/escape.js';
import type { Emulator } from '../../src/emulator/index.js';
import { heraldBin, runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { sh } from '../helpers/git-repo.js';
import { runAction } from '../helpers/action-process.js';
import { credentialEnv, startX, USERS } from '../publish/helpers.js';

/** Before every window: validate has nothing to say about time. */
const BEFORE = '2026-11-30T00:00:00Z';
/** 09:05 in New York: the two hostile posts of 09:00 and 09:01 are due. */
const DUE = '2026-12-01T14:05:00Z';

const HOSTILE_NAME = 'posts/<!-- x <img src=x onerror=alert(1)> | y | ::set-output name=a::b @acme-corp [l](e.vil).md';
const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)> | x | [click](https://e.vil) ![p](https://e.vil/p.png) @acme-corp/social `tick` $x$ &lt;b&gt; end',
  '::set-output name=published::999',
  '%0A::error::injected',
  '  ::add-mask::visible',
  '##[error]legacy',
].join('\n');
const HOSTILE_REASON = '<!-- hide | x | ::set-output name=y::z @acme-corp [a](https://e.vil)';

/** The runner reads a line as a command when, after leading white space, it starts with `::` or `##[`; it splits at LF and lone CR. */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));
}

/** What herald itself may say to the runner: annotations with escaped properties, and masks. */
const INTENDED = /^(::add-mask::|::(error|warning)(?: \w+=[^,:\r\n]*(?:,\w+=[^,:\r\n]*)*)?::)/;

/** Table rows keep their cells: `|` that are not escaped. */
const cellsOf = (row: string): number => row.match(/(?<!\\)\|/g)!.length - 1;

/** Markdown from content: no HTML (herald's own `<br>` aside), no comment, no link or image, no mention. */
function expectInertMarkdown(summary: string, cellsPerRow: number): void {
  // herald's own links to what it sent are the only links; code spans render their content as text.
  const md = summary
    .replace(/\[x\.com\/acme\/status\/\d+\]\(https:\/\/x\.com\/acme\/status\/\d+\)/g, '')
    .replace(/(?<![\\`])(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, ''); // an escaped \` opens no span
  expect(md.replace(/<br>/g, '')).not.toContain('<');
  expect(md).not.toMatch(/(?<!\\)\]\(/);
  expect(md).not.toMatch(/@[A-Za-z0-9]/);
  expect(md).not.toContain('\u001b');
  for (const row of md.split('\n').filter((l) => l.startsWith('|'))) expect(cellsOf(row), row).toBe(cellsPerRow);
}

async function hostileRepo(): Promise<string> {
  const root = await tempDir('herald-hostile-');
  await mkdir(path.join(root, 'posts'), { recursive: true });
  await mkdir(path.join(root, 'schedules'), { recursive: true });
  const files: Record<string, string> = {
    'schedules/main.yaml': [
      'handle: "@acme"',
      'zone: America/New_York',
      'window: 2h',
      'blackout:',
      `  - { from: 2026-12-05, to: 2026-12-05, reason: ${JSON.stringify(HOSTILE_REASON)} }`,
      '',
    ].join('\n'),
    [HOSTILE_NAME]: `---\naccount: main\npublish:\n  at: 2026-12-01 09:00\n---\n${HOSTILE_TEXT}\n`,
    'posts/second.md': `---\naccount: main\npublish:\n  at: 2026-12-01 09:01\n---\n${HOSTILE_TEXT.replace('end', 'again')}\n`,
    'posts/blocked.md': '---\naccount: main\npublish:\n  at: 2026-12-05 10:00\n---\nA post the blackout holds back.\n',
    'posts/terminal.md': '---\naccount: main\npublish:\n  at: 2026-12-03 10:00\n---\nClear \u001b[2J\u001b[31mred\u001b]0;title\u0007 and \u202egnp.exe\n',
    'posts/line\n::error file=x::pwned.md': '---\naccount: main\npublish:\n  at: 2026-12-02 10:00\n---\nA name with a line break.\n',
    'posts/bidi\u202etxt.exe.md': '---\naccount: main\npublish:\n  at: 2026-12-02 11:00\n---\nA name with a bidi override.\n',
    'posts/escape\u001b[31m.md': '---\naccount: main\npublish:\n  at: 2026-12-02 12:00\n---\nA name with an escape sequence.\n',
    'posts/hostile-id.md': '---\naccount: main\nid: "ok\\n::set-output name=x::y"\npublish:\n  at: 2026-12-02 13:00\n---\nAn id with a line break.\n',
    'posts/hostile-key.md':
      '---\naccount: main\n"<img src=x>\\n::warning::k | z |": 1\npublish:\n  at: 2026-12-02 14:00\n---\nAn unknown key that quotes content.\n',
  };
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(root, file), text);
  // A checkout of the default branch as actions/checkout leaves it, so the action's publish guard lets it through.
  const origin = await tempDir('herald-hostile-origin-');
  await sh(origin, 'init', '--quiet', '--bare', '--initial-branch=main');
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['add', '-A'],
    ['commit', '--quiet', '-m', 'hostile content'],
    ['remote', 'add', 'origin', origin],
    ['push', '--quiet', '-u', 'origin', 'main'],
  ]) {
    await sh(root, ...args);
  }
  return root;
}

const json = async (root: string, now = BEFORE): Promise<Diagnostic[]> =>
  JSON.parse((await runHerald(['validate', '--root', root, '--format', 'json', '--now', now])).stdout) as Diagnostic[];

describe('file names and ids', () => {
  it.each([
    ['a line break and a workflow command', 'posts/line\n::error file=x::pwned.md'],
    ['a bidi override', 'posts/bidi\u202etxt.exe.md'],
    ['an escape sequence', 'posts/escape\u001b[31m.md'],
  ])('a post file name with %s is an error naming the file, and the post is never planned', async (_case, file) => {
    const root = await hostileRepo();
    const findings = await json(root);
    expect(findings).toContainEqual(expect.objectContaining({ file, line: 1, severity: 'error', rule: 'unsafe-file-name' }));
    const calendar = JSON.parse((await runHerald(['calendar', '--root', root, '--now', BEFORE, '--format', 'json'])).stdout);
    expect(calendar.entries.map((e: { file: string }) => e.file)).not.toContain(file);
  });

  it('a file name with <, |, :: and @ is read (names may hold any printable character) and shown escaped everywhere', async () => {
    const root = await hostileRepo();
    const findings = await json(root);
    expect(findings.filter((d) => d.file === HOSTILE_NAME && d.severity === 'error')).toEqual([]);
  });

  it('an id with a line break is refused by the schema', async () => {
    const root = await hostileRepo();
    expect(await json(root)).toContainEqual(expect.objectContaining({ file: 'posts/hostile-id.md', severity: 'error', rule: 'schema' }));
  });
});

describe('herald validate', () => {
  it('--format github prints one well-formed annotation per finding and nothing the runner would obey', async () => {
    const root = await hostileRepo();
    const findings = await json(root);
    const result = await runHerald(['validate', '--root', root, '--format', 'github', '--now', BEFORE]);

    expect(result.code).toBe(1);
    const lines = result.stdout.split(/\r\n|\r|\n/).filter(Boolean);
    expect(lines).toHaveLength(findings.length);
    for (const line of commandLines(result.stdout)) expect(line, line).toMatch(INTENDED);
    expect(lines.every((l) => /^::(error|warning) file=/.test(l))).toBe(true);
    // The message half may mention `::set-output`; only the start of a line counts, and it is herald's.
    expect(result.stdout).toContain('%0A');
  });

  it('--format text: every line starts with the file it is about, never with content', async () => {
    const root = await hostileRepo();
    const result = await runHerald(['validate', '--root', root, '--now', BEFORE]);
    const lines = result.stdout.split(/\r\n|\r|\n/).filter(Boolean);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^(posts|schedules)\//);
    expect(commandLines(result.stdout)).toEqual([]);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('posts/line ⏎ ::error file=x::pwned.md:1:1  error  unsafe-file-name');
  });
});

describe('herald calendar', () => {
  const calendar = (root: string, format: string) =>
    runHerald(['calendar', '--root', root, '--now', BEFORE, '--from', '2026-11-30', '--days', '7', '--format', format]);

  it('--format md: every cell stays a cell; no HTML, comment, link, image or mention from content', async () => {
    const root = await hostileRepo();
    const result = await calendar(root, 'md');
    expect(result.stdout).toContain('\\| x \\|');
    expect(result.stdout).toContain('&lt;!-- hide');
    expectInertMarkdown(result.stdout, 7);
  });

  it("--format html: content is text in elements and attributes; the one script is herald's", async () => {
    const root = await hostileRepo();
    const { stdout } = await calendar(root, 'html');
    expect(stdout).not.toMatch(/<img|<!--|onerror=alert\(1\)>/);
    expect(stdout.match(/<script/g)).toHaveLength(1);
    expect(stdout.match(/<\/script/g)).toHaveLength(1);
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(stdout).toContain('&lt;!-- hide');
    expect(stdout).not.toContain('\u202e');
  });

  it('text: escape sequences and bidi overrides are shown, not obeyed; no line starts with content', async () => {
    const root = await hostileRepo();
    const { stdout } = await calendar(root, 'text');
    expect(stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(stdout).toContain('\\u{1b}[2J');
    expect(commandLines(stdout)).toEqual([]);
  });
});

describe('herald publish (text)', () => {
  it.each([
    ['a real run', []],
    ['a dry run', ['--dry-run']],
  ])("%s: X's error message and hostile texts cannot start a line on stdout or stderr", async (_case, extra) => {
    const emulator = await startX();
    try {
      const root = await hostileRepo();
      emulator.inject({ method: 'POST', path: '/2/tweets', token: USERS.main.token, status: 400, detail: 'no\n::set-output name=x::y\r::error::z\u001b[2J' });
      const result = await runHerald(['publish', '--root', root, '--now', DUE, ...extra], { env: credentialEnv(emulator, ['main']) });
      for (const out of [result.stdout, result.stderr]) {
        expect(commandLines(out)).toEqual([]);
        expect(out).not.toContain('\u001b');
      }
      expect(result.stdout).toContain(extra.length ? 'Would send' : 'Failed 1');
    } finally {
      await emulator.close();
    }
  });
});

describe('closed pipes and the environment', () => {
  /** Runs herald with stdout read by nobody: the pipe is closed before herald writes. */
  function closedPipe(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [heraldBin, ...args], { cwd, env: { PATH: process.env.PATH, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  it.each([
    ['calendar (text)', ['calendar', '--now', BEFORE, '--days', '60'], 0],
    ['calendar --format html', ['calendar', '--now', BEFORE, '--days', '60', '--format', 'html'], 0],
    ['validate --format json (the command keeps its own exit code)', ['validate', '--now', BEFORE, '--format', 'json'], 1],
  ])('%s into a closed pipe ends quietly, without a stack', async (_case, args, code) => {
    const root = await hostileRepo();
    const result = await closedPipe(['--root', root, ...args], root);
    expect(result.stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
    expect(result.code).toBe(code);
  });

  it.each([
    ['not a URL', 'http://[::1', 'is not a URL'],
    ['another scheme', 'ftp://127.0.0.1:9', 'not http or https'],
    ['a password in it', 'http://user:s3cret-pw@127.0.0.1:9', 'credentials not shown'],
    ['a query herald would drop', 'http://127.0.0.1:9/?x=1', 'query or fragment'],
    ['words', 'the emulator', 'is not a URL'],
  ])('X_API_BASE_URL with %s: exit 2 with a message, nothing sent or logged', async (_case, url, says) => {
    const root = await hostileRepo();
    const env = { X_API_BASE_URL: url, X_APP_KEY: 'k', X_APP_SECRET: 's', X_MAIN_ACCESS_TOKEN: 't', X_MAIN_ACCESS_SECRET: 'u' };
    const result = await runHerald(['publish', '--root', root, '--now', DUE], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at |s3cret-pw/);
  });

  it.each([['abc'], ['0'], ['-2'], ['1e3']])('HERALD_THREADS=%s: exit 2 naming the variable', async (value) => {
    const root = await hostileRepo();
    const result = await runHerald(['validate', '--root', root, '--now', BEFORE], { env: { HERALD_THREADS: value } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HERALD_THREADS');
    expect(result.stderr).not.toContain('internal error');
  });
});

describe('the action as a process', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startX();
  });
  afterEach(async () => {
    await emulator.close();
  });

  it("validate mode: the log holds only herald's annotations; the summary table keeps its cells", async () => {
    const root = await hostileRepo();
    const result = await runAction(root, { command: 'validate', now: BEFORE });

    expect(result.code).toBe(1);
    expect(commandLines(result.stdout).length).toBeGreaterThan(0);
    for (const line of commandLines(result.stdout)) expect(line, line).toMatch(INTENDED);
    expect(result.outputs.errors).toMatch(/^[1-9]\d*$/);
    expectInertMarkdown(result.summary, 4);
    expect(result.summary).toContain('unsafe-file-name');
  });

  it('publish mode: hostile texts and an X error message reach neither the log as commands nor the summary as markup', async () => {
    const root = await hostileRepo();
    emulator.inject({
      method: 'POST',
      path: '/2/tweets',
      token: USERS.main.token,
      status: 400,
      detail: 'refused\n::set-output name=failed::0\r::error::x\n<!-- x | y | [a](https://e.vil) @acme-corp',
    });

    const result = await runAction(root, { command: 'publish', now: DUE, commit: 'false', 'dry-run': 'false' }, credentialEnv(emulator, ['main']));

    expect(emulator.tweets(), result.stdout).toHaveLength(1);
    expect(result.outputs).toMatchObject({ published: '1', failed: '1' });
    for (const line of commandLines(result.stdout)) expect(line, line).toMatch(INTENDED);
    expect(result.summary).toContain('### Failed');
    expect(result.summary).toContain('### Sent');
    expectInertMarkdown(result.summary, 4);
  });

  it('publish mode without a job summary file prints the summary to the log, neutralised line by line', async () => {
    const root = await hostileRepo();
    const result = await runAction(root, { command: 'publish', now: DUE, commit: 'false', 'dry-run': 'true' }, { GITHUB_STEP_SUMMARY: '' });

    expect(result.stdout).toContain('Would send');
    for (const line of commandLines(result.stdout)) expect(line, line).toMatch(INTENDED);
  });
});

describe('one escape function per target', () => {
  it.each([
    ['<!-- x', '&lt;!-- x'],
    ['a | b', 'a \\| b'],
    ['[a](https://e.vil)', '\\[a\\](https://e.vil)'],
    ['![p](https://e.vil/p.png)', '!\\[p\\](https://e.vil/p.png)'],
    ['@acme/team', '@\u2060acme/team'],
    ['`code`', '\\`code\\`'],
    ['one\ntwo', 'one ⏎ two'],
    ['&lt;', '&amp;lt;'],
    ['\u202eevil', '\\\\u{202e}evil'], // shown as \u{202e}, the backslash escaped for Markdown
  ])('mdText(%j) is %j', (input, output) => {
    expect(mdText(input)).toBe(output);
  });

  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['a|b', '`a\\|b`'],
    ['', '` `'],
  ])('mdCode(%j) is %j', (input, output) => {
    expect(mdCode(input)).toBe(output);
  });

  it("mdMessage keeps herald's `code` and escapes the rest", () => {
    expect(mdMessage('write `paused: true` not <b>')).toBe('write `paused: true` not &lt;b&gt;');
    expect(mdMessage('unknown key `<img>|x`')).toBe('unknown key `<img>\\|x`');
  });

  it.each([
    ['::set-output name=a::b', '\\::set-output name=a::b'],
    ['  ::error::x', '\\  ::error::x'],
    ['##[error]x', '\\##[error]x'],
    ['ok\r::add-mask::x', 'ok\n\\::add-mask::x'],
    ['\u00a0::stop-commands::t', '\\\u00a0::stop-commands::t'],
    ['a ::b', 'a ::b'],
  ])('logText(%j) is %j', (input, output) => {
    expect(logText(input)).toBe(output);
  });

  it('htmlText escapes quotes for attributes; jsonInScript cannot close its script', () => {
    expect(htmlText(`"'><script>`)).toBe('&quot;&#39;&gt;&lt;script&gt;');
    expect(jsonInScript({ t: '</script><!--\u2028' })).toBe('{"t":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
    expect(terminalLine('a\u001b[2Jb\nc')).toBe('a\\u{1b}[2Jb ⏎ c');
  });
});
