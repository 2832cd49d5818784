/**
 * `herald report --format md` as a process over test/fixtures/report-support-mentions/ (the
 * numbers' arithmetic is in support-mentions.test.ts): the unanswered posts with their links, and
 * what X or a hand-edited metrics file could slip into the Markdown.
 */
import { appendFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const fixture = path.join(repoRoot, 'test/fixtures/report-support-mentions');
const PERIOD = ['--now', '2026-12-04T00:00:00Z', '--from', '2026-12-01', '--to', '2026-12-03', '--account', 'support', '--format', 'md'];

function supportSection(md: string): string {
  return md.slice(md.indexOf('### Support'));
}

describe('herald report --format md: unanswered customer posts, as a process', () => {
  it('lists each unanswered post with its link, when it was written, how long it waited and whether past the sla', async () => {
    const result = await runHerald(['report', '--root', fixture, ...PERIOD]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const section = supportSection(result.stdout);
    expect(section).toContain(
      '| Within sla 2h | 3 of 5 (60.00%); 1 unanswered past the sla counts as missed; 1 open (unanswered, still inside the sla) counts in neither |',
    );
    expect(section).toContain('| Answers used | en/refund 2 · en/password-reset 1 · written by hand 1 |');
    expect(section).toContain('| [9105](<https://x.com/i/web/status/9105>) | 2026-12-03 12:00 | 12h | past the sla |');
    expect(section).toContain('| [9106](<https://x.com/i/web/status/9106>) | 2026-12-03 23:00 | 1h | open |');
  });

  it('never prints a reply’s text, and skips a customer post whose id is not X’s, naming its line', async () => {
    const root = await tempDir('report-support-mentions-');
    await cp(fixture, root, { recursive: true });
    const hostilePost = {
      kind: 'customer-post',
      at: '2026-12-04T06:00:02Z',
      account: 'support',
      tweet_id: '9107)|<img src=x onerror=alert(1)>[x](javascript:alert(1))',
      author_id: '507',
      written_at: '2026-12-03T20:00:00Z',
      source: 'mentions',
    };
    const hostileReply = {
      kind: 'support-reply',
      at: '2026-12-04T06:00:02Z',
      account: 'support',
      tweet_id: '7199',
      to: '9199',
      sent_at: '2026-12-02T10:00:00Z',
      text: '<script>alert(1)</script> | **bold** [click](javascript:alert(2)) @everyone',
    };
    await appendFile(path.join(root, 'schedules/metrics.jsonl'), `${JSON.stringify(hostilePost)}\n${JSON.stringify(hostileReply)}\n`);

    const result = await runHerald(['report', '--root', root, ...PERIOD]);
    expect(result.code).toBe(0);
    // Line 16 is the post: the reader refuses its id, says why and goes on.
    expect(result.stderr).toMatch(/schedules\/metrics\.jsonl:16: "tweet_id" must be an id as X writes one/);
    const section = supportSection(result.stdout);
    for (const injected of ['<img', '<script', 'javascript:', '**bold**', '@everyone', '9107']) expect(result.stdout).not.toContain(injected);
    // The reply still counts, written by hand (it matches no answer): 4 + 1 replies.
    expect(section).toContain('| Replies | 5 replies; 4 customer posts got their first reply in this period |');
    expect(section).toContain('written by hand 2');
    expect(section).toContain('| [9105](<https://x.com/i/web/status/9105>) | 2026-12-03 12:00 | 12h | past the sla |');
  });
});
