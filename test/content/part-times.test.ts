/**
 * Timed thread parts as written: `--- +45m` and `--- at 2026-12-01 14:30` separators, read into the
 * post's `partTimes`, and bad values reported at the separator's line with what to write.
 */
import { describe, expect, it } from 'vitest';
import { readPostFile } from '../../src/content/post-file.js';

const FM = '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n---\n';
const QUEUED = '---\naccount: main\npublish:\n  slot: next\n---\n';
const read = (body: string, fm = FM) => readPostFile('posts/live.md', fm + body);
const errors = (body: string, fm = FM) => read(body, fm).reporter.diagnostics.filter((d) => d.severity === 'error');

describe('timed thread parts: the separator line', () => {
  it('reads `--- +45m` as a part 45 minutes after the previous one, at its line', () => {
    const source = read('Doors open.\n\n--- +45m\n\nFirst talk starts.\n');
    expect(errors('Doors open.\n\n--- +45m\n\nFirst talk starts.\n')).toEqual([]);
    expect(source.post?.parts).toEqual(['Doors open.', 'First talk starts.']);
    expect(source.post?.partTimes).toEqual([undefined, { kind: 'after', minutes: 45, written: '+45m', line: 8, column: 5 }]);
  });

  it('reads `--- at 2026-12-01 14:30` as a wall-clock time, keeping untimed separators untimed', () => {
    const source = read('Doors open.\n---\nAgenda below.\n--- at 2026-12-01 14:30\nKeynote.\n');
    expect(source.post?.parts).toEqual(['Doors open.', 'Agenda below.', 'Keynote.']);
    expect(source.post?.partTimes).toEqual([undefined, undefined, { kind: 'at', at: '2026-12-01 14:30', written: 'at 2026-12-01 14:30', line: 9, column: 5 }]);
  });

  it('leaves posts without timed separators without partTimes (and the hash does not depend on times)', () => {
    const plain = read('One.\n---\nTwo.\n');
    const timed = read('One.\n--- +1h\nTwo.\n');
    expect(plain.post?.partTimes).toBeUndefined();
    expect(timed.post?.hash).toBe(plain.post?.hash);
  });

  it('reports `--- +45x` at its line, saying what to write', () => {
    expect(errors('Doors open.\n\n--- +45x\n\nTalk.\n')).toEqual([
      expect.objectContaining({
        rule: 'invalid-duration',
        line: 8,
        column: 5,
        message: expect.stringMatching(/"45x" is not a duration.*--- \+45m.*--- at 2026-12-01 14:30/),
      }),
    ]);
  });

  it('reports `--- at tomorrow` at its line, saying what to write', () => {
    expect(errors('Doors open.\n--- at tomorrow\nTalk.\n')).toEqual([
      expect.objectContaining({
        rule: 'invalid-time',
        line: 7,
        column: 5,
        message: expect.stringMatching(/"tomorrow" is not a date and time.*--- at 2026-12-01 14:30/),
      }),
    ]);
  });

  it('refuses `--- +99999999d` at its line: a part goes out at most 30d after the previous one', () => {
    expect(errors('Doors open.\n--- +99999999d\nTalk.\n')).toEqual([
      expect.objectContaining({ rule: 'invalid-duration', line: 7, column: 5, message: expect.stringMatching(/"99999999d" is longer than 30d.*--- \+45m/) }),
    ]);
  });

  it('refuses `--- +99999999999999999999d` (past any number of milliseconds) the same way', () => {
    expect(errors('Doors open.\n--- +99999999999999999999d\nTalk.\n')).toEqual([
      expect.objectContaining({ rule: 'invalid-duration', line: 7, column: 5, message: expect.stringMatching(/is longer than 30d/) }),
    ]);
  });

  it('accepts `--- +30d`, the longest part offset', () => {
    expect(read('Doors open.\n--- +30d\nTalk.\n').post?.partTimes?.[1]).toMatchObject({ kind: 'after', minutes: 30 * 1440 });
  });

  it('answers `--- +0m` with a plain `---`, not "not a duration"', () => {
    const [error] = errors('Doors open.\n--- +0m\nTalk.\n');
    expect(error).toMatchObject({ rule: 'invalid-duration', line: 7, column: 5, message: expect.stringMatching(/use a plain `---`/) });
    expect(error.message).not.toMatch(/not a duration/);
  });

  it('refuses an absolute part time in a queued post, and accepts `+duration` there', () => {
    expect(errors('One.\n--- at 2026-12-01 14:30\nTwo.\n', QUEUED)).toEqual([
      expect.objectContaining({ rule: 'timed-part', line: 7, column: 5, message: expect.stringMatching(/slot: next.*--- \+45m/) }),
    ]);
    expect(errors('One.\n--- +30m\nTwo.\n', QUEUED)).toEqual([]);
  });

  it('keeps a dash-led sentence as text: `--- at the end of the day, we ship.`, `--- +1 for this idea`', () => {
    const source = read('Plans change.\n--- at the end of the day, we ship.\n--- +1 for this idea\n');
    expect(source.post?.parts).toHaveLength(1);
    expect(source.post?.partTimes).toBeUndefined();
  });
});

describe('timed thread parts: a line that looks like a separator but is not one', () => {
  const warnings = (body: string) => read(body).reporter.diagnostics.filter((d) => d.severity === 'warning' && d.rule === 'timed-part');

  it.each([
    '---+45m',
    '--- +45 m',
    '--- 45m',
    '--- + 45m',
    '--- after 45m',
    '--- at 2026-12-10 17:30 Europe/London',
    '--- at 10 Dec 17:30',
    '--- @ 2026-12-10 17:30',
  ])('warns at `%s`, saying how to write a timed separator or to not start text with ---', (line) => {
    const source = read(`Doors open.\n${line}\nKeynote.\n`);
    expect(source.post?.parts).toEqual([`Doors open.\n${line}\nKeynote.`]);
    expect(warnings(`Doors open.\n${line}\nKeynote.\n`)).toEqual([
      expect.objectContaining({
        line: 7,
        column: 1,
        message: expect.stringMatching(/is not a separator.*`--- \+45m`.*`--- at 2026-12-10 17:30`.*do not start the line with `---`/),
      }),
    ]);
  });

  it.each(['--- at the end of the day, we ship.', '--- +1 for this idea', '--- @acme thanks', '--- 3 things we learned', '----'])(
    'stays silent at prose `%s`',
    (line) => {
      expect(warnings(`Plans change.\n${line}\nMore.\n`)).toEqual([]);
    },
  );

  it('finds the line in a later part, at its own line', () => {
    expect(warnings('One.\n--- +45m\nTwo.\n--- +45 m\nThree.\n')).toEqual([expect.objectContaining({ line: 9, column: 1 })]);
  });
});
