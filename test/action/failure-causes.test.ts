/**
 * What the failure issues count (src/action/failure-issues.ts): the failures of a run by account and
 * cause, and which accounts published cleanly, so their issues close.
 */
import { describe, expect, it } from 'vitest';
import { cleanAccounts, failuresOf } from '../../src/action/failure-issues.js';
import type { PublishReport } from '../../src/publish/report.js';

function report(overrides: Partial<PublishReport>): PublishReport {
  return {
    now: '2026-12-01T14:05:00Z',
    dry_run: false,
    sent: [],
    reconciled: [],
    failed: [],
    expired: [],
    skipped: [],
    stopped: [],
    exit_code: 0,
    ...overrides,
  };
}

const sent = (account: string) => ({ post: 'p', account, part: 0, scheduled_for: '2026-12-01T14:00:00Z', delay_s: 300, text: 'hi' });

describe('failure causes and clean runs', () => {
  it('takes the cause of a failed part from its kind, of an expired post from its last failure, and of a stop from its kind', () => {
    const problems = failuresOf(
      report({
        failed: [
          { post: 'launch', account: 'main', file: 'posts/launch.md', part: 0, error: 'X answered 400', retryable: false, kind: 'bad-request' },
          { post: 'lost', account: 'main', file: 'posts/lost.md', part: 1, error: 'the answer was lost', retryable: true, kind: 'unconfirmed' },
        ],
        expired: [
          { post: 'old', account: 'support', file: 'posts/old.md', reason: 'expired after 2 failed attempts (auth)', failed_attempts: 2, last_failure: 'auth' },
          { post: 'late', account: 'support', reason: 'window closed' },
        ],
        stopped: [
          { account: 'news', kind: 'missing-credentials', reason: 'no X credentials' },
          { account: 'main', kind: 'rate-limit', reason: 'rate limited' },
        ],
      }),
    );

    expect(problems.map((p) => [p.account, p.cause, p.file])).toEqual([
      ['main', 'bad-request', 'posts/launch.md'],
      ['main', 'unconfirmed', 'posts/lost.md'],
      ['support', 'auth', 'posts/old.md'],
      ['news', 'missing-credentials', 'schedules/news.yaml'],
    ]);
  });

  it('tells a stop once when its parts already failed with the same cause', () => {
    const problems = failuresOf(
      report({
        failed: [
          { post: 'launch', account: 'main', file: 'posts/launch.md', part: 0, error: 'credentials belong to @other', retryable: true, kind: 'wrong-account' },
        ],
        stopped: [{ account: 'main', kind: 'wrong-account', reason: 'credentials belong to @other' }],
      }),
    );

    expect(problems.map((p) => p.cause)).toEqual(['wrong-account']);
  });

  it('calls an account clean when something of it went out and nothing of it failed; a run with nothing due is not clean', () => {
    const run = report({
      sent: [sent('main'), sent('support')],
      failed: [{ post: 'help', account: 'support', file: 'posts/help.md', part: 1, error: 'X answered 400', retryable: false, kind: 'bad-request' }],
    });

    expect([...cleanAccounts(run, failuresOf(run))]).toEqual(['main']);
    expect([...cleanAccounts(report({}), [])]).toEqual([]);
  });
});
