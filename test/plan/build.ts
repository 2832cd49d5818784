// Plain Post/Account/LogEntry values as the loader would produce them: data, not mocks.
import { DateTime } from 'luxon';
import type { Account } from '../../src/model/account.js';
import type { LogEntry } from '../../src/model/log.js';
import type { Post, PublishSpec } from '../../src/model/post.js';
import { assemblePlan } from '../../src/plan/planner.js';

export function account(name = 'main', overrides: Partial<Account> = {}): Account {
  return {
    name,
    file: `schedules/${name}.yaml`,
    handle: `@${name}`,
    zone: 'America/New_York',
    audience: [],
    window: '1h',
    slots: [],
    blackout: [],
    paused: false,
    rules: {},
    positions: { zone: { line: 2, column: 7 }, window: { line: 4, column: 9 } },
    ...overrides,
  };
}

export function post(id: string, publish: PublishSpec | string, overrides: Partial<Post> = {}): Post {
  const parts = overrides.parts ?? [`Text of ${id}`];
  return {
    id,
    file: `posts/${id}.md`,
    account: 'main',
    publish: typeof publish === 'string' ? { kind: 'at', at: publish } : publish,
    tags: [],
    media: [],
    draft: false,
    parts,
    partLines: parts.map((_, i) => 7 + i * 3),
    hash: `hash-of-${parts.join('|')}`,
    positions: { account: { line: 2, column: 10 }, 'publish.at': { line: 4, column: 7 }, 'publish.slot': { line: 4, column: 9 } },
    ...overrides,
  };
}

export const queued = (extra: { notBefore?: string; notAfter?: string; window?: string; zone?: string } = {}): PublishSpec => ({
  kind: 'slot',
  ...extra,
});

export function published(p: Post, at: string, part = 0, tweetId = `${p.id}-${part}`): LogEntry {
  return { at, post: p.id, account: p.account, event: 'published', part, hash: p.hash, tweet_id: tweetId, scheduled_for: at };
}

export function plan(options: { posts: Post[]; accounts?: Account[]; log?: LogEntry[]; now: string }) {
  const accounts = options.accounts ?? [account()];
  return assemblePlan({
    posts: options.posts,
    accounts: new Map(accounts.map((a) => [a.name, a])),
    log: options.log ?? [],
    now: DateTime.fromISO(options.now, { setZone: true }),
  });
}

/** The plan entry of one post id. */
export function entryOf(result: ReturnType<typeof plan>, id: string) {
  const found = result.entries.find((e) => e.post.id === id);
  if (!found) throw new Error(`no plan entry for ${id}`);
  return found;
}

export const rules = (result: ReturnType<typeof plan>) => result.diagnostics.map((d) => d.rule);
