/**
 * One fixture scenario per rule id that the content checks emit: the exact rule, severity, file and
 * line, through the CLI as a user runs it (`herald validate --format json`).
 */
import { existsSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { fixtureCopy, tempDir } from '../helpers/tmp.js';
import { validate } from './helpers.js';

const brief = (f: Diagnostic) => ({ file: f.file, line: f.line, severity: f.severity, rule: f.rule });
const located = (f: Diagnostic) => ({ file: f.file, line: f.line, column: f.column, severity: f.severity, rule: f.rule });

/** Rules whose fixture gives exactly one error: where it is, and what its message must say. */
const ONE_ERROR: Array<{ rule: string; scenario: string; fixture: string; file: string; line: number; column: number; fragments: string[] }> = [
  {
    rule: 'yaml-syntax',
    scenario: 'a key written twice is reported at the second one',
    fixture: 'validate-yaml-syntax',
    file: 'posts/duplicate-key.md',
    line: 6,
    column: 1,
    fragments: ['`account` appears twice'],
  },
  {
    rule: 'unknown-key',
    scenario: 'a misspelt key gets "did you mean" with the allowed keys, at the key',
    fixture: 'validate-unknown-key',
    file: 'posts/typo.md',
    line: 5,
    column: 1,
    fragments: ['did you mean `tags`?', 'Allowed here: account, publish, tags'],
  },
  {
    rule: 'unknown-account',
    scenario: 'names the missing schedules file and suggests the near one',
    fixture: 'validate-unknown-account',
    file: 'posts/typo.md',
    line: 2,
    column: 10,
    fragments: ['no schedules/mian.yaml', 'did you mean `account: main`?'],
  },
  {
    rule: 'empty-text',
    scenario: 'a thread part holding only a comment is empty, at that part',
    fixture: 'validate-empty-text',
    file: 'posts/thread.md',
    line: 9,
    column: 1,
    fragments: ['part 2 of the thread is empty'],
  },
  {
    rule: 'too-long',
    scenario: 'the part over 280 as X counts it, with how much to cut',
    fixture: 'validate-too-long',
    file: 'posts/long.md',
    line: 10,
    column: 1,
    fragments: ['part 2 of the thread is 335 characters', 'shorten it by 55'],
  },
  {
    rule: 'missing-alt-text',
    scenario: 'an image without alt, at its media entry',
    fixture: 'validate-missing-alt-text',
    file: 'posts/image.md',
    line: 6,
    column: 5,
    fragments: ['`chart.png` has no alt text'],
  },
  {
    rule: 'media-not-found',
    scenario: 'a misspelt file name, at the file value',
    fixture: 'validate-media-not-found',
    file: 'posts/image.md',
    line: 6,
    column: 11,
    fragments: ['posts/chrat.png'],
  },
  {
    rule: 'media-type',
    scenario: 'a PDF is not something X accepts, at the file value',
    fixture: 'validate-media-type',
    file: 'posts/brochure.md',
    line: 6,
    column: 11,
    fragments: ['does not accept `.pdf` files'],
  },
  {
    rule: 'duplicate-text',
    scenario: 'the second post with the same text on an account, naming the first; drafts do not count',
    fixture: 'validate-duplicate-text',
    file: 'posts/b-again.md',
    line: 7,
    column: 1,
    fragments: ['posts/a-first.md:6'],
  },
];

describe('herald validate: one scenario per rule', () => {
  it.each(ONE_ERROR.map((row) => [`${row.rule}: ${row.scenario}`, row] as const))('%s', async (_title, { rule, fixture, file, line, column, fragments }) => {
    const { code, findings } = await validate(await fixtureCopy(fixture));
    expect(findings.map(located)).toEqual([{ file, line, column, severity: 'error', rule }]);
    for (const fragment of fragments) expect(findings[0].message).toContain(fragment);
    expect(code).toBe(1);
  });

  it('schema: a wrong duration points at the value and says what to write instead', async () => {
    const { findings } = await validate(await fixtureCopy('validate-schema'));
    expect(findings).toEqual([
      {
        file: 'posts/window.md',
        line: 5,
        column: 11,
        severity: 'error',
        rule: 'schema',
        message: '`publish.window` must be a duration like 90m, 2h or 1d — you wrote `2 hours`. For example: `window: 2h`.',
      },
    ]);
  });

  it('executable-front-matter: ---js and ---coffee are refused and never evaluated', async () => {
    const root = await fixtureCopy('validate-executable-front-matter');
    const { code, findings, stderr } = await validate(root);
    expect(code).toBe(1);
    expect(findings.map(brief)).toEqual([
      { file: 'posts/coffee.md', line: 1, severity: 'error', rule: 'executable-front-matter' },
      { file: 'posts/javascript.md', line: 1, severity: 'error', rule: 'executable-front-matter' },
    ]);
    expect(existsSync(path.join(root, 'pwned.txt'))).toBe(false);
    expect(stderr).not.toContain('evaluated');
    expect(stderr).toContain('in 2 files (3 posts, 1 account checked)');
  });

  it('media-outside-repo: ../ escapes, absolute paths and symlinks leading out are all refused', async () => {
    const root = await fixtureCopy('validate-media-outside-repo');
    const outside = await tempDir('herald-outside-');
    await writeFile(path.join(outside, 'secret.png'), 'not for publishing');
    await symlink(path.join(outside, 'secret.png'), path.join(root, 'posts', 'linked.png'));
    await writeFile(
      path.join(root, 'posts', 'linked.md'),
      '---\naccount: main\npublish:\n  at: 2026-12-02 12:00\nmedia:\n  - file: linked.png\n    alt: A chart\n---\nOur linked chart must not leave the repository at all.\n',
    );
    const { findings } = await validate(root);
    expect(findings.map(brief)).toEqual([
      { file: 'posts/escape.md', line: 6, severity: 'error', rule: 'media-outside-repo' },
      { file: 'posts/escape.md', line: 8, severity: 'error', rule: 'media-outside-repo' },
      { file: 'posts/linked.md', line: 6, severity: 'error', rule: 'media-outside-repo' },
    ]);
  });

  it('first-person-singular: a warning by default, the account level otherwise, and a signed post may say "I"', async () => {
    const { findings } = await validate(await fixtureCopy('validate-first-person-singular'));
    expect(findings).toMatchObject([
      { file: 'posts/main-i.md', line: 7, column: 1, severity: 'warning', rule: 'first-person-singular' },
      { file: 'posts/support-unsigned.md', line: 6, column: 1, severity: 'error', rule: 'first-person-singular' },
    ]);
    expect(findings[0].message).toContain('write “we”');
  });

  it('bare-link: only a link, or a link with fewer than 4 words of comment', async () => {
    const { findings } = await validate(await fixtureCopy('validate-bare-link'));
    expect(findings).toMatchObject([
      { file: 'posts/only-link.md', line: 6, column: 1, severity: 'warning', rule: 'bare-link' },
      { file: 'posts/short-comment.md', line: 6, column: 14, severity: 'warning', rule: 'bare-link' },
    ]);
  });

  it('hashtag-count: more than 2 hashtags, at the first one too many', async () => {
    const { findings } = await validate(await fixtureCopy('validate-hashtag-count'));
    expect(findings).toMatchObject([{ file: 'posts/tags.md', line: 7, column: 18, severity: 'warning', rule: 'hashtag-count' }]);
  });

  it('rules: an account can make a rule an error and change its option', async () => {
    const { findings } = await validate(await fixtureCopy('validate-rule-level-error'));
    expect(findings).toMatchObject([{ file: 'posts/tags.md', line: 7, column: 10, severity: 'error', rule: 'hashtag-count' }]);
  });

  it('rules: an account can turn a rule off', async () => {
    const { findings } = await validate(await fixtureCopy('validate-rule-off'));
    expect(findings).toEqual([]);
  });
});
