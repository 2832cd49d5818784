/**
 * A hand-built plan (plain data, as the planner would return it) with every status, two accounts
 * in different zones, a thread, untimed entries, and text that must be escaped in every format.
 */
import type { Account } from '../../src/model/account.js';
import type { Plan, PlanEntry } from '../../src/model/plan.js';
import type { Post } from '../../src/model/post.js';
import { account as plannerAccount, post as plannerPost } from '../plan/build.js';

/** The planner tests' account, in UTC and without source positions (nothing here reports lines). */
export function account(name: string, fields: Partial<Account> = {}): Account {
  return plannerAccount(name, { zone: 'UTC', positions: {}, ...fields });
}

export function post(id: string, accountName: string, parts: string[], fields: Partial<Post> = {}): Post {
  return plannerPost(id, '2026-12-01 09:00', {
    account: accountName,
    parts,
    partLines: parts.map((_, i) => 5 + i * 4),
    hash: `hash-${id}`,
    positions: {},
    ...fields,
  });
}

export function entry(p: Post, fields: Partial<PlanEntry> & Pick<PlanEntry, 'status'>): PlanEntry {
  return { post: p, slotted: false, tweetIds: [], nextPart: 0, ...fields };
}

export const THAI = 'สวัสดีครับ ทีมงานของเรา';
export const LONG_TEXT = `Holiday hours, support, and more; we answer every ticket 🎄🎅🏽 — ${THAI}. ${'Back slash \\ stays, commas, semicolons; all of them. '.repeat(4).trim()}`;
export const XSS_TEXT = 'Compare | pipes and <script>alert("x")</script> & "quotes"\nsecond line';

export const accounts = new Map<string, Account>([
  [
    'main',
    account('main', {
      handle: '@acme',
      zone: 'America/New_York',
      audience: ['America/New_York', 'America/Los_Angeles', 'Europe/London'],
    }),
  ],
  ['support', account('support', { handle: '@acmehelp', zone: 'Europe/London', audience: ['Asia/Kathmandu'] })],
]);

export const NOW = '2026-12-01T15:00:00.000Z';

/** Entries in the planner's order: by `at`, then account and file; untimed last. */
export function samplePlan(): Plan {
  const entries: PlanEntry[] = [
    entry(post('old-news', 'main', ['Yesterday we shipped old news.']), {
      status: 'expired',
      at: '2026-11-30T14:00:00.000Z',
      windowEnd: '2026-11-30T15:00:00.000Z',
      reason: 'its window closed at 2026-11-30 10:00 America/New_York before any run sent it',
    }),
    entry(post('launch', 'main', ['We just shipped weekly totals 👇', 'Totals now follow your time zone.']), {
      status: 'published',
      at: '2026-12-01T14:00:00.000Z',
      windowEnd: '2026-12-01T16:00:00.000Z',
      tweetIds: ['1001', '1002'],
      nextPart: 2,
      publishedAt: '2026-12-01T14:03:00.000Z',
    }),
    entry(post('weekly-tip', 'main', ['Tip: press ? for shortcuts.']), {
      status: 'due',
      at: '2026-12-01T14:30:00.000Z',
      windowEnd: '2026-12-01T16:30:00.000Z',
    }),
    entry(post('faq-holiday', 'support', [LONG_TEXT]), {
      status: 'scheduled',
      at: '2026-12-02T09:00:00.000Z',
      windowEnd: '2026-12-02T10:00:00.000Z',
    }),
    entry(post('queue-post', 'main', ['A queued post fills the next slot.'], { publish: { kind: 'slot' } }), {
      status: 'queued',
      at: '2026-12-03T17:30:00.000Z',
      windowEnd: '2026-12-03T18:30:00.000Z',
      slotted: true,
    }),
    entry(post('draft-with-time', 'main', ['Draft idea with a time.'], { draft: true }), {
      status: 'draft',
      at: '2026-12-04T14:00:00.000Z',
      windowEnd: '2026-12-04T15:00:00.000Z',
    }),
    entry(post('xss', 'main', [XSS_TEXT]), {
      status: 'scheduled',
      at: '2026-12-06T03:30:00.000Z',
      windowEnd: '2026-12-06T04:30:00.000Z',
    }),
    entry(post('holiday-hours', 'support', ['We are closed today.']), {
      status: 'blocked',
      at: '2026-12-10T10:00:00.000Z',
      windowEnd: '2026-12-10T11:00:00.000Z',
      blockedBy: 'blackout',
      reason: 'inside the blackout "Winter break" (2026-12-10 to 2026-12-11, Europe/London)',
    }),
    entry(post('late-queue', 'main', ['No slot for me.'], { publish: { kind: 'slot', notAfter: '2026-12-01' } }), {
      status: 'queued',
      reason: 'no free slot in the queue before not_after 2026-12-01',
    }),
    entry(post('someday', 'support', ['A draft with no time yet.'], { draft: true, publish: { kind: 'slot' } }), {
      status: 'draft',
    }),
  ];
  return { now: NOW, entries, diagnostics: [] };
}

/** Monday 30 Nov 2026 00:00 in New York, two weeks. */
export const RANGE = { from: '2026-11-30T00:00:00-05:00', to: '2026-12-14T00:00:00-05:00', zone: 'America/New_York' };
