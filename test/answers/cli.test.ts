/** `herald answers list|find|show` as a process, on test/fixtures/answers-library (and -mistakes). */
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { fixtureCopy, tempDir } from '../helpers/tmp.js';

/** Read only; the test that writes works on a copy. */
const library = path.join(repoRoot, 'test/fixtures/answers-library');
const herald = (...args: string[]) => runHerald(['answers', ...args, '--root', library]);

describe('herald answers list', () => {
  it('lists id, language, title and tags (the default subcommand)', async () => {
    const run = await herald();
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('en/password-reset  en     Password reset  [login, password]');
    expect(run.stdout).toContain('ru/password-reset  ru     Сброс пароля  [password]');
  });

  it('--lang and --format json', async () => {
    const run = await herald('list', '--lang', 'vi', '--format', 'json');
    expect(JSON.parse(run.stdout)).toEqual([
      { id: 'vi/outage', file: 'answers/vi/outage.md', title: 'Sự cố dịch vụ', lang: 'vi', tags: ['status'], account: 'support', placeholders: {} },
    ]);
  });

  it('a --lang that is no language tag is a usage error (exit 2)', async () => {
    const run = await herald('list', '--lang', 'english!');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('write for example --lang en');
  });

  it('a --lang no answer is in names the languages there are, a hostile one shown, never obeyed', async () => {
    const copy = await fixtureCopy('answers-library');
    await writeFile(path.join(copy, 'answers/vi/outage.md'), '---\ntitle: Outage\nlang: "vi\\u001b[2J"\n---\nWe know the app is down and are fixing it.\n');
    const run = await runHerald(['answers', 'list', '--lang', 'de', '--root', copy]);
    expect(run.stderr).toContain('herald: no answer is in "de"; the answers are in en, ru, th, vi\\u{1b}[2J\n');
    expect(run.stderr).not.toContain('\u001b');
  });

  it('--format html --out writes the page inside the repository through its door, and refuses a link', async () => {
    const copy = await fixtureCopy('answers-library');
    const run = await runHerald(['answers', '--format', 'html', '--out', 'answers.html', '--root', copy], { cwd: copy });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('herald: wrote 6 answers as html to answers.html\n');
    expect(await readFile(path.join(copy, 'answers.html'), 'utf8')).toContain('<h2>Сброс пароля</h2>');
    const elsewhere = path.join(await tempDir('herald-answers-out-'), 'elsewhere.html');
    await symlink(elsewhere, path.join(copy, 'linked.html'));
    const refused = await runHerald(['answers', '--format', 'html', '--out', 'linked.html', '--root', copy], { cwd: copy });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('linked.html is a link');
  });
});

describe('herald answers find', () => {
  it('ranks matches and adds answers in other languages sharing a tag with the best one', async () => {
    const run = await herald('find', 'double', 'charge');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '8  en/refund   en     Refund for a double charge  [billing, refund]\n' +
        '~  th/billing  th     คืนเงิน  [refund]  (same tag as the best matches: refund)\n',
    );
  });

  it('--lang th --format json: only the Thai answer, with the tag it was found by', async () => {
    const run = await herald('find', 'double', 'charge', '--lang', 'th', '--format', 'json');
    expect(JSON.parse(run.stdout)).toMatchObject([{ id: 'th/billing', score: 0, via_tag: 'refund' }]);
  });
});

describe('herald answers show', () => {
  it('prints the filled text on stdout and its length as X counts it on stderr', async () => {
    const run = await herald('show', 'en/refund', '--set', 'name=Anna', '--set', 'days=5');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Thanks Anna, we see the double charge and have refunded it. Your bank shows it within 5 working days.\n');
    expect(run.stderr).toBe('herald: 101 of 280 characters as X counts them\n');
  });

  it('--format json gives the text and its weighted length (CJK counts 2)', async () => {
    const run = await herald('show', 'ru/password-reset', '--set', 'name=安娜', '--format', 'json');
    const shown = JSON.parse(run.stdout) as { text: string; length: number; limit: number };
    expect(shown.text.startsWith('安娜, нам жаль')).toBe(true);
    // 111 characters, of which 安, 娜 and the two arrows (→) count 2.
    expect([...shown.text].length).toBe(111);
    expect(shown.length).toBe(115);
    expect(shown.limit).toBe(280);
  });

  it.each([
    ['a missing value', ['--set', 'name=Anna'], 'needs a value for {{days}}: add --set days=5'],
    ['an undeclared value', ['--set', 'name=Anna', '--set', 'days=5', '--set', 'order=7'], 'has no placeholder `order`; its placeholders are: name, days'],
    ['a value longer than its max', ['--set', 'name=Anna', '--set', 'days=365'], 'the value of days is 3 characters; answer en/refund allows at most 2'],
    ['a --set without a name', ['--set', 'Anna'], 'write --set name=value'],
  ])('%s is a usage error (exit 2) that says what to write', async (_name, sets, message) => {
    const run = await herald('show', 'en/refund', ...sets);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('an unknown id with an escape sequence is shown in the error, never obeyed', async () => {
    const run = await herald('show', 'en/\u001b[2Jrefund');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no answers/en/\\u{1b}[2Jrefund.md');
    expect(run.stderr).not.toContain('\u001b');
  });

  it('an unknown id suggests the near one', async () => {
    const run = await herald('show', 'en/refnud');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean en/refund?');
  });

  it('an answer with errors is never filled in (exit 1), its errors listed', async () => {
    const mistakes = await fixtureCopy('answers-mistakes');
    const run = await runHerald(['answers', 'show', 'undeclared', '--set', 'name=Anna', '--root', mistakes]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('answers/undeclared.md:8:26  error  placeholder-undeclared');
    expect(run.stderr).toContain('has errors, so it is not filled in');
  });
});
