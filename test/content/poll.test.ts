/**
 * `poll:`: each mistake is a `poll-invalid` at the option or value at fault, saying what to write
 * (fixture validate-poll-invalid, one post file per mistake); a good poll becomes `Post.poll`.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Post } from '../../src/model/post.js';
import { repoRoot } from '../helpers/cli.js';

const root = path.join(repoRoot, 'test/fixtures/validate-poll-invalid');
let diagnostics: Diagnostic[];
let posts: Post[];
beforeAll(async () => {
  ({ diagnostics, posts } = await loadContent(root));
});

const found = (name: string) =>
  diagnostics
    .filter((d) => d.file === `posts/${name}.md`)
    .map((d) => ({ at: `${d.line}:${d.column}`, rule: d.rule, severity: d.severity, message: d.message }));

describe('poll mistakes, each at its line', () => {
  it.each([
    ['one-option', '5:12', /the poll has 1 option; X takes 2 to 4: add 1 more/],
    ['five-options', '5:12', /the poll has 5 options; X takes 2 to 4: remove 1/],
    ['long-option', '7:7', /option 2 `Offline sync on every device` is 28 characters; X allows 25: shorten it by 3/],
    ['empty-option', '5:24', /option 2 is empty; write its text, or remove it/],
    ['number-option', '5:24', /option 2 \(`2027`\) is read as a number, not as text; write it in quotes, like `"2027"`/],
    ['short-duration', '6:13', /a poll runs 5m to 7d on X; `2m` is shorter: write at least `duration: 5m`/],
    ['long-duration', '6:13', /`8d` is longer: write at most `duration: 7d`/],
    ['bad-duration', '6:13', /`poll.duration` must be a duration like 90m, 2h or 1d — you wrote `one day`/],
    ['number-duration', '6:13', /needs a unit: write `duration: 1h` for hours or `duration: 1d` for days \(5m to 7d\)/],
    ['no-duration', '4:1', /the poll has no `duration`; say how long it runs, like `duration: 1d`/],
    ['with-media', '7:1', /X takes a poll or media on a post, not both; remove `media:`/],
  ])('%s: poll-invalid at %s', (name, at, says) => {
    expect(found(name)).toEqual([{ at, rule: 'poll-invalid', severity: 'error', message: expect.stringMatching(says) }]);
    // A post with a broken poll never carries a poll it was not meant to.
    expect(posts.find((p) => p.id === name)?.poll).toBeUndefined();
  });

  it('an unknown poll setting is named at its key, with what to write', () => {
    expect(found('unknown-key')).toContainEqual({
      at: '6:3',
      rule: 'poll-invalid',
      severity: 'error',
      message: expect.stringMatching(/`poll.duration_minutes` is not a poll setting \(write the time as `duration: 1d`\)/),
    });
  });

  it('a good poll has no findings and becomes the post’s poll, in minutes', () => {
    expect(found('good')).toEqual([]);
    expect(posts.find((p) => p.id === 'good')?.poll).toEqual({ options: ['Dark mode', 'Offline sync'], durationMinutes: 1440 });
  });
});
