/**
 * Support answers are checked by `herald validate` like posts (run as a process): one mistake per
 * answer file of test/fixtures/answers-mistakes/, each at its line, with what to write instead.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../helpers/cli.js';
import { fixtureCopy, tempDir } from '../helpers/tmp.js';
import { validate } from '../validate/helpers.js';

const at = (findings: Diagnostic[], file: string) => findings.filter((f) => f.file === `answers/${file}`);

describe('herald validate on support answers', async () => {
  const root = path.join(repoRoot, 'test/fixtures/answers-mistakes');
  const run = await validate(root);

  it('fails (exit 1) and counts the answers it checked', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('11 answers checked');
  });

  it('placeholder-undeclared: a {{name}} the front matter does not declare, at the placeholder', () => {
    const [finding] = at(run.findings, 'undeclared.md');
    expect(finding).toMatchObject({ line: 8, column: 26, severity: 'error', rule: 'placeholder-undeclared' });
    expect(finding!.message).toContain('placeholders: { ticket: { max: 20, example: Anna } }');
  });

  it('placeholder-unused: a declared placeholder the text never uses, at its key', () => {
    const [finding] = at(run.findings, 'unused.md');
    expect(finding).toMatchObject({ line: 7, column: 3, severity: 'error', rule: 'placeholder-unused' });
    expect(finding!.message).toContain('write {{order}} where the value goes');
  });

  it('answer-open (a warning): a text almost all placeholders, which herald report would match to nearly any reply', () => {
    expect(at(run.findings, 'open.md')).toEqual([
      expect.objectContaining({ line: 9, severity: 'warning', rule: 'answer-open', message: expect.stringContaining('(0 letters of its own)') }),
    ]);
    // An answer with its own words gets none.
    expect(at(run.findings, 'unused.md').map((f) => f.rule)).not.toContain('answer-open');
  });

  it('too-long: measured with every placeholder at its max in characters X counts 2 (the example fill would fit)', () => {
    const [finding] = at(run.findings, 'too-long.md');
    expect(finding).toMatchObject({ line: 8, severity: 'error', rule: 'too-long' });
    expect(finding!.message).toContain('285 characters as X counts them with every placeholder at its `max`');
    expect(finding!.message).toContain('lower a placeholder’s `max`');
  });

  it('first-person-singular: the support account speaks as "we" too', () => {
    expect(at(run.findings, 'voice.md').map((f) => [f.rule, f.line, f.column])).toEqual([
      ['first-person-singular', 6, 1],
      ['first-person-singular', 6, 26],
    ]);
  });

  it('bare-link and hashtag-count, as for posts', () => {
    expect(at(run.findings, 'bare-link.md')).toMatchObject([{ line: 6, severity: 'warning', rule: 'bare-link' }]);
    expect(at(run.findings, 'hashtags.md')).toMatchObject([{ line: 6, severity: 'warning', rule: 'hashtag-count' }]);
  });

  it('duplicate-answer: the same text (spacing aside) in a second file, pointing at the first', () => {
    expect(at(run.findings, 'duplicate-a.md')).toEqual([]);
    const [finding] = at(run.findings, 'duplicate-b.md');
    expect(finding).toMatchObject({ line: 6, column: 1, severity: 'error', rule: 'duplicate-answer' });
    expect(finding!.message).toContain('answers/duplicate-a.md:6');
  });

  it('unknown-key: located at its line, with did-you-mean and the allowed keys', () => {
    const [finding] = at(run.findings, 'unknown-key.md');
    expect(finding).toMatchObject({ line: 4, column: 1, severity: 'error', rule: 'unknown-key' });
    expect(finding!.message).toContain('did you mean `lang`?');
    expect(finding!.message).toContain('Allowed here: title, tags, lang, account, placeholders');
  });

  it('unknown-account: the account must have a file in schedules/, with did-you-mean', () => {
    const [finding] = at(run.findings, 'unknown-account.md');
    expect(finding).toMatchObject({ line: 5, column: 10, severity: 'error', rule: 'unknown-account' });
    expect(finding!.message).toContain('did you mean `account: support`?');
  });

  it('a library without mistakes is clean', async () => {
    const clean = await validate(path.join(repoRoot, 'test/fixtures/answers-library'));
    expect(clean.findings).toEqual([]);
    expect(clean.code).toBe(0);
  });

  it('an answer file without front matter says what an answer starts with', async () => {
    const root = await fixtureCopy('answers-library');
    await writeFile(path.join(root, 'answers/en/plain.md'), 'Thanks for writing in, our team will reply today.\n');
    const run = await validate(root);
    expect(run.findings).toMatchObject([{ file: 'answers/en/plain.md', line: 1, rule: 'schema' }]);
    expect(run.findings[0]!.message).toContain('then `title: Password reset` and `lang: en`');
  });

  it('answers/ that is a link out of the repository is refused, not followed', async () => {
    const root = await fixtureCopy('answers-library');
    const outside = path.join(await tempDir('herald-answers-outside-'), 'answers');
    await mkdir(path.dirname(outside), { recursive: true });
    await rename(path.join(root, 'answers'), outside);
    await symlink(outside, path.join(root, 'answers'));
    const run = await validate(root);
    expect(run.code).toBe(1);
    expect(run.findings).toMatchObject([{ file: 'answers', rule: 'repository-link', severity: 'error' }]);
  });
});
