/** The reply job summary: what the log says about an earlier reply is data, never Markdown. */
import { describe, expect, it } from 'vitest';
import { replySummary } from '../../src/action/reply-mode.js';
import type { ReplyReport } from '../../src/publish/reply.js';

const report: ReplyReport = {
  answer: 'en/refund',
  account: 'support',
  to: '1985000000000000001',
  to_url: 'https://x.com/i/status/1985000000000000001',
  outcome: 'already-sent',
  tweet_id: '1985000000000000002',
  // A log line's url only has to start with https:// to pass the schema.
  url: 'https://x.com/a) <img src=x onerror=alert(1)> @acme/team [click](javascript:alert(1))',
  text: 'Thanks Ana',
  post_reads: 0,
  exit_code: 0,
};

describe('the reply job summary', () => {
  it("shows an already-sent reply's logged url as text, links the post by its id, and mentions nobody", () => {
    const summary = replySummary(report, undefined, undefined, 'main');
    expect(summary).not.toContain('<img');
    expect(summary).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(summary).not.toMatch(/@acme/);
    expect(summary).toContain('](https://x.com/i/status/1985000000000000002)');
  });
});
