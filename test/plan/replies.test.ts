/** `reply_to` in the plan: a `post:` reply waits for its target, replies to its last part, and is blocked by one that will not go out. */
import { describe, expect, it } from 'vitest';
import type { PlanEntry } from '../../src/model/plan.js';
import { blockInvalidPosts } from '../../src/plan/invalid.js';
import { plan, post, published } from './build.js';

const target = post('launch', '2026-12-01 09:00', { parts: ['We shipped it.', 'Here is how it works.'] });
const reply = post('follow-up', '2026-12-01 09:00', {
  parts: ['And one more thing.'],
  replyTo: { kind: 'post', id: 'launch' },
  positions: { reply_to: { line: 5, column: 11 } },
});
const DURING = '2026-12-01T14:10:00Z'; // 09:10 in New York: both windows open
const entry = (entries: PlanEntry[], id: string) => entries.find((e) => e.post.id === id)!;

describe('reply_to: post:<id>', () => {
  it('waits while its target is due: blocked (reply-waiting), with the reason, never logged as a skip', () => {
    const { entries } = plan({ posts: [target, reply], now: DURING });
    expect(entry(entries, 'launch').status).toBe('due');
    expect(entry(entries, 'follow-up')).toMatchObject({
      status: 'blocked',
      blockedBy: 'reply-waiting',
      alreadyLogged: true,
      reason: expect.stringMatching(/^waits for post:launch to be published \(planned for .*\); then it replies to that post's last part$/),
    });
    expect(entry(entries, 'follow-up').replyTo).toBeUndefined();
  });

  it('a reply planned later than now keeps its status and says what it waits for', () => {
    const later = { ...reply, publish: { kind: 'at' as const, at: '2026-12-01 11:00' } };
    const { entries } = plan({ posts: [target, later], now: '2026-12-01T12:00:00Z' });
    expect(entry(entries, 'follow-up')).toMatchObject({ status: 'scheduled', reason: expect.stringMatching(/waits for post:launch/) });
  });

  it("once every part of its target is out, it is due and replies to the target's last part", () => {
    const log = [published(target, '2026-12-01T14:01:00Z', 0, '111'), published(target, '2026-12-01T14:01:01Z', 1, '222')];
    const { entries } = plan({ posts: [target, reply], log, now: DURING });
    expect(entry(entries, 'follow-up')).toMatchObject({ status: 'due', replyTo: '222' });
  });

  it('a target with only some parts out still makes it wait', () => {
    const log = [published(target, '2026-12-01T14:01:00Z', 0, '111')];
    const { entries } = plan({ posts: [target, reply], log, now: DURING });
    expect(entry(entries, 'follow-up')).toMatchObject({ status: 'blocked', blockedBy: 'reply-waiting' });
  });

  it('a target that expired blocks it, with the reason', () => {
    const old = post('launch', '2026-11-30 09:00', { parts: ['We shipped it.'] });
    const { entries } = plan({ posts: [old, reply], now: DURING });
    expect(entry(entries, 'launch').status).toBe('expired');
    expect(entry(entries, 'follow-up')).toMatchObject({
      status: 'blocked',
      blockedBy: 'reply-target',
      alreadyLogged: false,
      reason: expect.stringMatching(/^it replies to post:launch, which is expired \(.+\), so it cannot go out/),
    });
  });

  it('a draft target blocks it too (any status but published or on its way)', () => {
    const { entries } = plan({ posts: [{ ...target, draft: true }, reply], now: DURING });
    expect(entry(entries, 'follow-up')).toMatchObject({
      status: 'blocked',
      blockedBy: 'reply-target',
      reason: expect.stringMatching(/^it replies to post:launch, which is a draft, so it cannot go out/),
    });
  });

  it('a draft target is a warning at reply_to (reply-target): the reply cannot go out while it is a draft', () => {
    const { diagnostics } = plan({ posts: [{ ...target, draft: true }, reply], now: DURING });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'posts/follow-up.md',
        line: 5,
        severity: 'warning',
        rule: 'reply-target',
        message: expect.stringMatching(/replies to a draft: this reply cannot go out while that post is a draft/),
      }),
    );
  });

  it('an unknown target is an error at reply_to, and the reply is blocked', () => {
    const { entries, diagnostics } = plan({ posts: [reply], now: DURING });
    expect(entry(entries, 'follow-up')).toMatchObject({ status: 'blocked', blockedBy: 'reply-target' });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'posts/follow-up.md',
        line: 5,
        severity: 'error',
        rule: 'reply-invalid',
        message: expect.stringMatching(/has no post with the id `launch`/),
      }),
    );
  });

  it('a target of another account is unknown: post: names a post of the same account', () => {
    const elsewhere = { ...target, account: 'support', file: 'posts/support-launch.md' };
    const { entries } = plan({ posts: [elsewhere, reply], now: DURING });
    expect(entry(entries, 'follow-up')).toMatchObject({ status: 'blocked', blockedBy: 'reply-target' });
  });

  it('a target of another account says whose it is and to use its x.com link', () => {
    const elsewhere = { ...target, account: 'support', file: 'posts/support-launch.md' };
    const { diagnostics } = plan({ posts: [elsewhere, reply], now: DURING });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'reply-invalid',
        message: expect.stringMatching(
          /`launch` is a post of account support, not of main; .*replies across accounts are not supported\): use that post's x\.com link instead/,
        ),
      }),
    );
  });

  it.each([
    ['a file name', 'launch.md'],
    ['a path under posts/', 'posts/launch.md'],
    ['another case', 'Launch'],
  ])('a target written as %s gets "did you mean post:<id>"', (_what, written) => {
    const typo = { ...reply, replyTo: { kind: 'post' as const, id: written } };
    const { diagnostics } = plan({ posts: [target, typo], now: DURING });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'reply-invalid', message: expect.stringMatching(/has no post with the id .*; did you mean `post:launch`\?$/) }),
    );
  });

  it('a reply already out is history: nothing holds it back', () => {
    const log = [published(reply, '2026-12-01T14:05:00Z', 0, '333')];
    const { entries } = plan({ posts: [target, reply], log, now: DURING });
    expect(entry(entries, 'follow-up').status).toBe('published');
  });
});

describe('reply_to: post:<id> whose target has file errors', () => {
  it('waits for the fix instead of showing as due', () => {
    const error = { file: 'posts/launch.md', line: 5, column: 1, severity: 'error' as const, rule: 'poll-invalid', message: 'the poll has 1 option' };
    const { entries } = blockInvalidPosts(plan({ posts: [target, reply], now: DURING }), [error]);
    expect(entry(entries, 'launch')).toMatchObject({ status: 'blocked', blockedBy: 'content-invalid' });
    expect(entry(entries, 'follow-up')).toMatchObject({
      status: 'blocked',
      blockedBy: 'reply-waiting',
      alreadyLogged: true,
      reason: expect.stringMatching(/waits for post:launch, whose file has errors/),
    });
  });
});

describe('reply_to: a link or an id', () => {
  it('is the tweet part 1 replies to, whatever the plan', () => {
    const toX = { ...reply, replyTo: { kind: 'tweet' as const, id: '1870000000000000000', handle: 'acme' } };
    const { entries } = plan({ posts: [toX], now: DURING });
    expect(entry(entries, 'follow-up')).toMatchObject({ status: 'due', replyTo: '1870000000000000000' });
  });
});
