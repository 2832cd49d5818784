/** `retract:` in a post's front matter: the two forms it takes, and every other form refused at its line. */
import { describe, expect, it } from 'vitest';
import { readPostFile } from '../../src/content/post-file.js';

/** A post with `extra` as its fifth line onwards. */
const read = (extra: string) => readPostFile('posts/a.md', `---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n${extra}---\nHello.\n`);
const found = (extra: string) => read(extra).reporter.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`);

describe('retract in the front matter', () => {
  it('accepts retract: true', () => {
    const source = read('retract: true\n');
    expect(found('retract: true\n')).toEqual([]);
    expect(source.post?.retract).toEqual({});
  });

  it('accepts retract: { reason } and keeps the reason', () => {
    const source = read('retract: { reason: wrong price in the text }\n');
    expect(source.reporter.diagnostics).toEqual([]);
    expect(source.post?.retract).toEqual({ reason: 'wrong price in the text' });
  });

  it('asks for nothing when retract is absent', () => {
    expect(read('').post?.retract).toBeUndefined();
  });

  it.each([
    ['a word', 'retract: yes\n', 'schema', /retract.*true.*reason/],
    ['false', 'retract: false\n', 'schema', /retract.*true.*reason/],
    ['an object without a reason', 'retract: {}\n', 'schema', /reason/],
    ['an empty reason', 'retract: { reason: "" }\n', 'schema', /reason/],
    ['an unknown key beside the reason', 'retract: { reason: typo, when: now }\n', 'unknown-key', /when/],
  ])('refuses %s with a located error, and retracts nothing', (_name, extra, rule, says) => {
    const source = read(extra);
    const errors = source.reporter.diagnostics.filter((d) => d.severity === 'error');
    expect(errors[0]).toMatchObject({ rule, line: 5 });
    expect(errors[0].message).toMatch(says);
    expect(source.post?.retract).toBeUndefined();
  });
});
