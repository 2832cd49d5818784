/**
 * Principle 5, "nothing accepted does nothing", through the real CLI: a post whose bytes, front
 * matter or body would publish something other than what its writer wrote (or silently drop what
 * they asked for) is a located error in `herald validate`, and `herald publish` sends none of it.
 * Files are written from the test as bytes, so odd encodings reach herald exactly as on disk.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { credentialEnv, logEntries, publish, startX } from '../publish/helpers.js';
import { NOW, validate } from '../validate/helpers.js';

const ACCOUNT = 'handle: "@acme"\nzone: UTC\naudience: [UTC]\nwindow: 2h\n';
/** Front matter of a post due at 2026-12-01 14:00 UTC; four lines, the next key is on line 5. */
const FM = '---\naccount: main\npublish:\n  at: 2026-12-01 14:00\n';
const post = (body: string, extra = '') => `${FM}${extra}---\n${body}`;

const bytes = (...pieces: Array<string | number[]>) => Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};

async function repo(files: Record<string, string | Buffer>): Promise<string> {
  const root = await tempDir('herald-fc-content-');
  for (const [file, content] of Object.entries({ 'schedules/main.yaml': ACCOUNT, ...files })) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}

interface Hostile {
  name: string;
  content: string | Buffer;
  rule: string;
  line: number;
  column?: number;
  /** What the message must say (the thing that is wrong and what to write instead). */
  says: RegExp;
  file?: string;
  /** False when the file cannot even be read as a post of a known account (so publish never plans it). */
  plannable?: false;
}

const HOSTILE: Hostile[] = [
  // Keys herald does not act on yet: a post that would go out without what they ask for.
  // A poll or a reply X would refuse, or that would go out without what it asks for.
  {
    name: 'a poll option longer than X takes',
    content: post('Which do you want next?\n', 'poll: { options: [Dark mode, Offline sync for every device we own], duration: 1d }\n'),
    rule: 'poll-invalid',
    line: 5,
    says: /option 2 .* is 36 characters; X allows 25: shorten it by 11/,
  },
  {
    name: 'reply_to that names no post (it would go out as a standalone post)',
    content: post('Thanks for asking!\n', 'reply_to: https://x.com/acme\n'),
    rule: 'reply-invalid',
    line: 5,
    says: /is not a post to reply to; write `reply_to: https:\/\/x\.com/,
  },
  {
    name: 'retract written as a word (a delete is never guessed)',
    content: post('Retracted news.\n', 'retract: yes\n'),
    rule: 'schema',
    line: 5,
    says: /retract.*true.*reason/,
  },
  {
    name: 'quote (X removed it from self-serve plans)',
    content: post('Look at this.\n', 'quote: https://x.com/acme/status/1\n'),
    rule: 'quote-unavailable',
    line: 5,
    says: /Remove `quote:`/,
  },
  {
    name: 'not_after beside at (it would bound nothing)',
    content: `${FM}  not_after: 2026-12-05\n---\nBounded.\n`,
    rule: 'schema',
    line: 5,
    column: 3,
    says: /`publish.not_after` only bounds the queue/,
  },
  {
    name: 'not_before beside at, in flow style',
    content: '---\naccount: main\npublish: { at: 2026-12-01 14:00, not_before: 2026-12-01 }\n---\nFlow.\n',
    rule: 'schema',
    line: 3,
    says: /`publish.not_before`/,
  },
  { name: 'an unknown key near a known one', content: post('Tagged text.\n', 'tgas: [product]\n'), rule: 'unknown-key', line: 5, says: /did you mean `tags`/ },
  // The body: nothing silently dropped or published by accident.
  {
    name: 'an unclosed <!-- that would cut a thread to its first part',
    content: post('Part one of the thread.\n\n---\n\nPart two <!-- note for reviewers\n\n---\n\nPart three.\n'),
    rule: 'unclosed-comment',
    line: 10,
    column: 10,
    says: /never closed.*5 lines.*-->/,
  },
  {
    name: 'an unclosed <!-- at the start of the body',
    content: post('<!-- draft note\nThe whole post.\n'),
    rule: 'unclosed-comment',
    line: 6,
    column: 1,
    says: /never closed/,
  },
  {
    name: 'a timed thread part with a bad duration `--- +45x`',
    content: post('Doors open.\n\n--- +45x\n\nFirst talk starts.\n'),
    rule: 'invalid-duration',
    line: 8,
    column: 5,
    says: /--- \+45x.*not a duration/,
  },
  {
    name: 'a timed thread part with a bad time `--- at tomorrow`',
    content: post('Doors open.\n\n--- at tomorrow\n\nFirst talk.\n'),
    rule: 'invalid-time',
    line: 8,
    says: /"tomorrow" is not a date and time/,
  },
  // The front matter's closing line must be exactly `---`.
  { name: 'front matter closed by `----`', content: `${FM}----\nText.\n`, rule: 'front-matter-close', line: 5, column: 1, says: /`----`.*exactly `---`/ },
  { name: 'front matter closed by `---x`', content: `${FM}---x\nText.\n`, rule: 'front-matter-close', line: 5, says: /`---x`/ },
  { name: 'front matter closed by `--- x`', content: `${FM}--- x\nText.\n`, rule: 'front-matter-close', line: 5, says: /`--- x`/ },
  {
    name: 'front matter closed by `---Text` (the body glued on)',
    content: `${FM}---We shipped it.\n`,
    rule: 'front-matter-close',
    line: 5,
    says: /exactly `---`/,
  },
  // Characters X refuses (twitter-text parseTweet().valid === false), and invisible controls.
  {
    name: 'U+FEFF inside the text',
    content: post('We shipped\uFEFF it.\n'),
    rule: 'invalid-character',
    line: 6,
    column: 11,
    says: /U\+FEFF at line 6, column 11.*X refuses/,
  },
  {
    name: 'U+FFFE in part 2 of a thread',
    content: post('Part one.\n\n---\n\nPart \uFFFEtwo.\n'),
    rule: 'invalid-character',
    line: 10,
    column: 6,
    says: /part 2 of the thread has U\+FFFE/,
  },
  { name: 'U+FFFF, three times', content: post('A\uFFFFB\uFFFFC\uFFFF.\n'), rule: 'invalid-character', line: 6, column: 2, says: /U\+FFFF.*and 2 more/ },
  {
    name: 'a vertical tab (a control character)',
    content: post('Line\u000bbreak.\n'),
    rule: 'invalid-character',
    line: 6,
    column: 5,
    says: /U\+000B.*control character/,
  },
  { name: 'an escape character', content: post('Colour \u001b[31mred.\n'), rule: 'invalid-character', line: 6, says: /U\+001B/ },
  {
    name: 'tag characters spelling hidden text',
    content: post('Great news\u{E0053}\u{E0045}\u{E004C}\u{E004C} for everyone.\n'),
    rule: 'invalid-character',
    line: 6,
    says: /U\+E0053.*hidden text.*and 3 more/,
  },
  { name: 'a right-to-left override', content: post('Download gnp.\u202Eexe today.\n'), rule: 'invalid-character', line: 6, says: /U\+202E.*bidi control/ },
  { name: 'a bidi isolate', content: post('Price \u2066100\u2069 today.\n'), rule: 'invalid-character', line: 6, says: /U\+2066.*bidi control/ },
  // Bytes that are not UTF-8.
  {
    name: 'a Latin-1 é (invalid UTF-8)',
    content: bytes(post('Caf'), [0xe9], ' opens today.\n'),
    rule: 'invalid-encoding',
    line: 6,
    column: 4,
    says: /byte 57 \(line 6, column 4\) is not valid UTF-8 \(bytes E9 20 6F 70\).*save it as UTF-8/,
  },
  {
    name: 'a UTF-8 sequence cut off at the end of the file',
    content: bytes(post('Ends in '), [0xe2, 0x82]),
    rule: 'invalid-encoding',
    line: 6,
    column: 9,
    says: /byte 62 .*not valid UTF-8/,
  },
  {
    name: 'an overlong encoding of `/`',
    content: bytes(post('A '), [0xc0, 0xaf], ' slash.\n'),
    rule: 'invalid-encoding',
    line: 6,
    column: 3,
    says: /bytes C0 AF/,
  },
  { name: 'an encoded surrogate', content: bytes(post('X '), [0xed, 0xa0, 0x80], '.\n'), rule: 'invalid-encoding', line: 6, column: 3, says: /bytes ED A0 80/ },
  {
    name: 'invalid UTF-8 inside the front matter',
    content: bytes('---\naccount: m', [0xff], 'in\npublish:\n  at: 2026-12-01 14:00\n---\nText.\n'),
    rule: 'invalid-encoding',
    line: 2,
    column: 11,
    says: /byte 14/,
    plannable: false,
  },
  { name: 'a NUL byte in the text', content: bytes(post('Null'), [0], 'byte.\n'), rule: 'nul-character', line: 6, column: 5, says: /NUL character/ },
  {
    name: 'UTF-16 without a byte-order mark (NULs everywhere)',
    content: Buffer.from(post('Text.\n'), 'utf16le'),
    rule: 'nul-character',
    line: 1,
    column: 2,
    says: /UTF-16 without a byte-order mark/,
    plannable: false,
  },
  {
    name: 'UTF-16 with a byte-order mark but an odd number of bytes',
    content: Buffer.concat([utf16le(post('Text.\n')), Buffer.from([0x41])]),
    rule: 'invalid-encoding',
    line: 1,
    says: /UTF-16.*save it as UTF-8/,
  },
  // Account files are read the same way.
  {
    name: 'invalid UTF-8 in an account file',
    file: 'schedules/main.yaml',
    content: bytes('handle: "@acme"\nzone: UTC\nwindow: 2h\n# caf', [0xe9], '\n'),
    rule: 'invalid-encoding',
    line: 4,
    column: 6,
    says: /byte 42/,
  },
];

describe('herald validate refuses what would not be published as written', () => {
  it.each(HOSTILE)('$name: $rule at line $line', async (scenario) => {
    const file = scenario.file ?? 'posts/hostile.md';
    const files: Record<string, string | Buffer> = { [file]: scenario.content };
    if (file !== 'posts/hostile.md') files['posts/fine.md'] = post('A fine post.\n');
    const root = await repo(files);
    const run = await validate(root);
    expect(run.code, run.stderr).toBe(1);
    const found = run.findings.find((d) => d.rule === scenario.rule);
    expect(found, JSON.stringify(run.findings, null, 2)).toMatchObject({ file, line: scenario.line, severity: 'error' });
    if (scenario.column !== undefined) expect(found!.column).toBe(scenario.column);
    expect(found!.message).toMatch(scenario.says);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

interface Accepted {
  name: string;
  content: string | Buffer;
  /** The first part as it will be published, and how many parts. */
  text: string;
  parts: number;
}

const ACCEPTED: Accepted[] = [
  { name: 'a UTF-8 byte-order mark', content: bytes([0xef, 0xbb, 0xbf], post('Shipped.\n')), text: 'Shipped.', parts: 1 },
  { name: 'CRLF line ends', content: post('One.\n\n---\n\nTwo.\n').replace(/\n/g, '\r\n'), text: 'One.', parts: 2 },
  {
    name: 'lone CR line ends (read as line breaks)',
    content: post('First line\nsecond line\n\n---\n\nPart two.\n').replace(/\n/g, '\r'),
    text: 'First line\nsecond line',
    parts: 2,
  },
  { name: 'UTF-16 LE with a byte-order mark (decoded)', content: utf16le(post('Grüße aus Köln 👋\n')), text: 'Grüße aus Köln 👋', parts: 1 },
  { name: 'UTF-16 BE with a byte-order mark (decoded)', content: utf16be(post('Привет\n\n---\n\nДва.\n')), text: 'Привет', parts: 2 },
  { name: 'a closing `---` with trailing spaces and a tab', content: `${FM}--- \t\nText.\n`, text: 'Text.', parts: 1 },
  { name: 'a closed comment across lines', content: post('Before.\n<!-- a note\nover lines -->\nAfter.\n'), text: 'Before.\nAfter.', parts: 1 },
  { name: 'a `----` line in the body (text, not a separator)', content: post('Above.\n----\nBelow.\n'), text: 'Above.\n----\nBelow.', parts: 1 },
  {
    name: 'a dash-led line that is not a timed part',
    content: post('Plans change.\n--- at the end of the day, we ship.\n'),
    text: 'Plans change.\n--- at the end of the day, we ship.',
    parts: 1,
  },
  { name: 'U+FEFF inside a comment (never published)', content: post('Shown.\n<!-- \uFEFF -->\n'), text: 'Shown.', parts: 1 },
  {
    name: 'a subdivision flag (its tag characters are the flag)',
    content: post('Hello Scotland \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}\n'),
    text: 'Hello Scotland \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    parts: 1,
  },
  {
    name: 'right-to-left marks and a soft hyphen',
    content: post('\u05E9\u05DC\u05D5\u05DD\u200F 2026 and co\u00ADoperate\n'),
    text: '\u05E9\u05DC\u05D5\u05DD\u200F 2026 and co\u00ADoperate',
    parts: 1,
  },
];

describe('what still reads as written', () => {
  it.each(ACCEPTED)('$name', async ({ content, text, parts }) => {
    const root = await repo({ 'posts/fine.md': content });
    const run = await validate(root);
    expect(run.findings.filter((d) => d.severity === 'error')).toEqual([]);
    const calendar = await runHerald(['calendar', '--root', root, '--now', NOW, '--format', 'json']);
    expect(calendar.code, calendar.stderr).toBe(0);
    const entries = (JSON.parse(calendar.stdout) as { entries: Array<{ post: string; text: string; parts: number }> }).entries;
    expect(entries).toEqual([expect.objectContaining({ post: 'fine', text, parts })]);
  });
});

describe('herald publish sends none of it', () => {
  let x: Emulator;
  beforeEach(async () => {
    x = await startX();
  });
  afterEach(async () => {
    await x.close();
  });

  it('every hostile post due now is refused with its located reason; a good post in the same run goes out', async () => {
    const hostile = HOSTILE.filter((s) => s.file === undefined && s.plannable !== false);
    const name = (i: number) => `posts/hostile-${String(i).padStart(2, '0')}.md`;
    const files: Record<string, string | Buffer> = { 'posts/good.md': post('This one is fine and goes out.\n') };
    hostile.forEach((s, i) => {
      files[name(i)] = s.content;
    });
    const root = await repo(files);

    const run = await publish(root, '2026-12-01T14:10:00Z', credentialEnv(x, ['main']));
    expect(run.code).toBe(1);
    expect(x.tweets('acme').map((t) => t.text)).toEqual(['This one is fine and goes out.']);
    // Each refused with its own first error: file, line and what to write instead.
    const failed = [...run.report.failed].sort((a, b) => a.file!.localeCompare(b.file!));
    expect(failed.map((f) => f.file)).toEqual(hostile.map((_, i) => name(i)));
    failed.forEach((failure, i) => {
      expect(failure.error).toContain(`${name(i)}:${hostile[i].line}: `);
      expect(failure.error).toMatch(hostile[i].says);
    });
    const log = await logEntries(root);
    expect(log.filter((e) => e.event === 'attempt').map((e) => e.post)).toEqual(['good']);
  });
});
