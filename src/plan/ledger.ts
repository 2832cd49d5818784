import type { BlockReason } from '../model/plan.js';
import type { LogEntry } from '../model/log.js';
import type { Post } from '../model/post.js';

/** What the log says about one post. */
export interface LedgerRecord {
  /** Tweet ids of the parts already out, in order (parts go out in order, so no holes). */
  tweetIds: string[];
  /** `at` of the first part's publication (the day a daily cap counts it on). */
  firstPublishedAt?: string;
  /** `at` of the last `published` (or found `reconciled`) entry. */
  lastPublishedAt?: string;
  /** Window start the sending run planned for (`scheduled_for`): pins a queued post to its slot. */
  scheduledFor?: string;
  /** A part whose `attempt` has no outcome after it. */
  unresolvedAttempt?: number;
  /** X rejected the current text for good (`failed`, `retryable: false`, same hash). */
  permanentFailure?: string;
  expiredLogged: boolean;
  /** Categories of `skipped` entries already logged for this post. */
  skippedCategories: Set<BlockReason>;
  /** Any entry at all: history exists, so "never published" checks stay quiet. */
  seen: boolean;
}

export interface Ledger {
  byId: Map<string, LogEntry[]>;
  byHash: Map<string, LogEntry[]>;
}

const RANK: Record<LogEntry['event'], number> = { attempt: 0, published: 1, failed: 1, reconciled: 1, expired: 2, skipped: 2 };

/**
 * The instant of an entry. Compared as numbers, not strings: the schema allows `at` with or without
 * milliseconds, and as text `14:00:00.001Z` sorts before `14:00:00Z`.
 */
export function entryMs(entry: LogEntry): number {
  const ms = Date.parse(entry.at);
  return Number.isNaN(ms) ? Infinity : ms;
}

/** Log order made canonical, so the plan does not depend on the order lines happen to be in. */
function compareEntries(a: LogEntry, b: LogEntry): number {
  return (
    Math.sign(entryMs(a) - entryMs(b)) ||
    RANK[a.event] - RANK[b.event] ||
    (a.part ?? 0) - (b.part ?? 0) ||
    a.event.localeCompare(b.event) ||
    (a.post < b.post ? -1 : a.post > b.post ? 1 : 0)
  );
}

export function buildLedger(log: readonly LogEntry[]): Ledger {
  const byId = new Map<string, LogEntry[]>();
  const byHash = new Map<string, LogEntry[]>();
  const add = (map: Map<string, LogEntry[]>, key: string, entry: LogEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of log) {
    if (!entry || typeof entry.post !== 'string' || typeof entry.account !== 'string') continue;
    add(byId, `${entry.account}\u0000${entry.post}`, entry);
    if (entry.hash) add(byHash, `${entry.account}\u0000${entry.hash}`, entry);
  }
  return { byId, byHash };
}

/** The reason category of a `skipped` entry, from the wording the planner gives its reasons. */
export function reasonCategory(reason: string | undefined): BlockReason | undefined {
  if (!reason) return undefined;
  if (/^account file /i.test(reason)) return 'account-invalid';
  if (/^account paused/i.test(reason)) return 'paused';
  if (/^inside blackout/i.test(reason)) return 'blackout';
  if (/^daily cap/i.test(reason)) return 'daily-cap';
  if (/paused/i.test(reason)) return 'paused';
  if (/blackout/i.test(reason)) return 'blackout';
  if (/daily[ _-]?cap/i.test(reason)) return 'daily-cap';
  if (/rejected|failed/i.test(reason)) return 'failed';
  return undefined;
}

/**
 * The post's history: entries of the same account with its id, or with its text hash (a renamed
 * file with the same text is the same post and is not sent again).
 */
export function ledgerFor(ledger: Ledger, post: Post): LedgerRecord {
  const own = ledger.byId.get(`${post.account}\u0000${post.id}`) ?? [];
  const same = post.hash ? (ledger.byHash.get(`${post.account}\u0000${post.hash}`) ?? []) : [];
  const entries = same.length === 0 ? [...own] : [...new Set([...own, ...same])];
  entries.sort(compareEntries);

  const record: LedgerRecord = { tweetIds: [], expiredLogged: false, skippedCategories: new Set(), seen: entries.length > 0 };
  const ids: string[] = [];
  const openAttempts = new Map<number, boolean>();
  for (const entry of entries) {
    const part = entry.part ?? 0;
    const sent = (entry.event === 'published' || (entry.event === 'reconciled' && entry.found === true)) && entry.tweet_id;
    if (entry.scheduled_for && (entry.event === 'attempt' || sent) && record.scheduledFor === undefined) record.scheduledFor = entry.scheduled_for;
    switch (entry.event) {
      case 'attempt':
        openAttempts.set(part, true);
        break;
      case 'published':
      case 'reconciled':
      case 'failed':
        openAttempts.delete(part);
        break;
      case 'expired':
        record.expiredLogged = true;
        break;
      case 'skipped': {
        const category = reasonCategory(entry.reason);
        if (category) record.skippedCategories.add(category);
        break;
      }
    }
    if (sent) {
      ids[part] = entry.tweet_id!;
      record.firstPublishedAt ??= entry.at;
      record.lastPublishedAt = entry.at;
    }
    const sameText = entry.hash ? entry.hash === post.hash : entry.post === post.id;
    if (entry.event === 'failed' && entry.retryable === false && sameText) record.permanentFailure = entry.error ?? 'rejected without a message';
  }
  for (let part = 0; ids[part] !== undefined; part++) record.tweetIds.push(ids[part]);
  const next = record.tweetIds.length;
  if (openAttempts.get(next)) record.unresolvedAttempt = next;
  return record;
}
