import type { BlockReason } from '../model/plan.js';
import { isSentEntry, type LogEntry } from '../model/log.js';
import type { Post } from '../model/post.js';
import { noteRetract, type RetractHistory } from './retract.js';

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
  /** X rejected what this post sends permanently (`failed`, `retryable: false`, same hash: text, `reply_to`, `poll`). */
  permanentFailure?: string;
  expiredLogged: boolean;
  /** Categories of `skipped` entries already logged for this post. */
  skippedCategories: Set<BlockReason>;
  /** Any entry at all: history exists, so "never published" checks stay quiet. */
  seen: boolean;
  /** Hashes of the text the log says went out under this post's own id (who owns a shared id). */
  sentHashes: Set<string>;
  /** Ids this post was renamed from: same text, same scheduled time, id no longer in the repository. */
  renamedFrom: string[];
  /**
   * The same text went out under another id that is not this post's past (a different time, or an
   * id still in the repository): the post is new and is sent; validate warns `duplicate-text`.
   */
  sameTextSent?: { post: string; at: string; scheduledFor?: string };
  /** Deletes of this post's parts (`retract-attempt`, `retracted`): see src/plan/retract.ts. */
  retract: RetractHistory;
}

/** What identifies a post beyond its own id (DESIGN: "already sent"). */
export interface Identity {
  /** `account\u0000id` of every post in the repository now: a log id among them is not a rename. */
  existing: ReadonlySet<string>;
  /** Whether a recorded window start (`scheduled_for`) is this post's scheduled time. */
  sameTime: (scheduledForMs: number) => boolean;
}

export interface Ledger {
  byId: Map<string, LogEntry[]>;
  byHash: Map<string, LogEntry[]>;
}

const RANK: Record<LogEntry['event'], number> = {
  attempt: 0,
  published: 1,
  failed: 1,
  reconciled: 1,
  expired: 2,
  skipped: 2,
  'retract-attempt': 3,
  retracted: 4,
};

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

/**
 * The category of a `skipped` entry: its `blocked_by`. Lines written before `blocked_by` existed
 * carry only the English reason, so for them (and only them) the category is read from its wording.
 */
export function skipCategory(entry: LogEntry): BlockReason | undefined {
  if (entry.blocked_by !== undefined) return entry.blocked_by === 'window-closed' ? undefined : entry.blocked_by;
  return legacyReasonCategory(entry.reason);
}

function legacyReasonCategory(reason: string | undefined): BlockReason | undefined {
  if (!reason) return undefined;
  if (/^account file /i.test(reason)) return 'account-invalid';
  if (/^account paused/i.test(reason)) return 'paused';
  if (/^inside blackout/i.test(reason)) return 'blackout';
  if (/^daily cap/i.test(reason)) return 'daily-cap';
  if (/^duplicate id/i.test(reason)) return 'duplicate-id';
  if (/paused/i.test(reason)) return 'paused';
  if (/blackout/i.test(reason)) return 'blackout';
  if (/daily[ _-]?cap/i.test(reason)) return 'daily-cap';
  if (/rejected|failed/i.test(reason)) return 'failed';
  return undefined;
}

/**
 * Same-text entries of ids that are gone from the repository and were scheduled for this post's
 * time: the file was renamed, so their history is this post's. Text alone is not enough: an old,
 * deleted post whose words are reused for another time is a different post (it is sent, with a
 * `duplicate-text` warning), never silently taken as already published.
 */
interface Renames {
  from: string[];
  entries: LogEntry[];
  /** The earliest send of the same text under a gone id that is not this post's past. */
  other?: LogEntry;
}

function renames(same: readonly LogEntry[], post: Post, identity: Identity): Renames {
  const byOld = new Map<string, LogEntry[]>();
  for (const entry of same) {
    if (entry.post === post.id) continue;
    const list = byOld.get(entry.post);
    if (list) list.push(entry);
    else byOld.set(entry.post, [entry]);
  }
  const from: string[] = [];
  const entries: LogEntry[] = [];
  let other: LogEntry | undefined;
  for (const [old, list] of byOld) {
    const gone = !identity.existing.has(`${post.account}\u0000${old}`);
    const scheduled = list.some(
      (e) => e.scheduled_for !== undefined && (e.event === 'attempt' || isSentEntry(e)) && identity.sameTime(Date.parse(e.scheduled_for)),
    );
    if (gone && scheduled) {
      from.push(old);
      entries.push(...list);
    } else if (gone) {
      // An id still in the repository owns its text; two live posts with one text are checkDuplicates' business.
      for (const e of list) if (isSentEntry(e) && (!other || entryMs(e) < entryMs(other))) other = e;
    }
  }
  return { from: from.sort(), entries, other };
}

/**
 * The post's history: entries of the same account with its id, plus those of ids it was renamed
 * from (same text, same scheduled time, old id gone). Without `identity`, by id alone.
 */
export function ledgerFor(ledger: Ledger, post: Post, identity?: Identity): LedgerRecord {
  const own = ledger.byId.get(`${post.account}\u0000${post.id}`) ?? [];
  const same = post.hash && identity ? (ledger.byHash.get(`${post.account}\u0000${post.hash}`) ?? []) : [];
  const renamed: Renames = same.length === 0 ? { from: [], entries: [] } : renames(same, post, identity!);
  const entries = renamed.entries.length === 0 ? [...own] : [...new Set([...own, ...renamed.entries])];
  entries.sort(compareEntries);

  const record: LedgerRecord = {
    tweetIds: [],
    expiredLogged: false,
    skippedCategories: new Set(),
    seen: entries.length > 0,
    sentHashes: new Set(),
    renamedFrom: renamed.from,
    retract: { deleted: new Map(), open: new Set() },
  };
  const other = renamed.other;
  if (other) record.sameTextSent = { post: other.post, at: other.at, ...(other.scheduled_for ? { scheduledFor: other.scheduled_for } : {}) };
  const ids: string[] = [];
  const openAttempts = new Map<number, boolean>();
  for (const entry of entries) {
    const part = entry.part ?? 0;
    const sent = isSentEntry(entry);
    if (entry.scheduled_for && (entry.event === 'attempt' || sent) && record.scheduledFor === undefined) record.scheduledFor = entry.scheduled_for;
    switch (entry.event) {
      case 'attempt':
        openAttempts.set(part, true);
        break;
      case 'published':
      case 'reconciled':
        openAttempts.delete(part);
        break;
      case 'failed':
        // A failed delete names its tweet: it settles that delete, not a send of the part.
        if (entry.tweet_id !== undefined) noteRetract(record.retract, entry);
        else openAttempts.delete(part);
        break;
      case 'expired':
        record.expiredLogged = true;
        break;
      case 'skipped': {
        const category = skipCategory(entry);
        if (category) record.skippedCategories.add(category);
        break;
      }
      case 'retract-attempt':
      case 'retracted':
        noteRetract(record.retract, entry);
        break;
    }
    if (sent) {
      ids[part] = entry.tweet_id!;
      record.firstPublishedAt ??= entry.at;
      record.lastPublishedAt = entry.at;
      if (entry.post === post.id && entry.hash) record.sentHashes.add(entry.hash);
    }
    const sameText = entry.hash ? entry.hash === post.hash : entry.post === post.id;
    if (entry.event === 'failed' && entry.retryable === false && sameText && entry.tweet_id === undefined)
      record.permanentFailure = entry.error ?? 'rejected without a message';
  }
  for (let part = 0; ids[part] !== undefined; part++) record.tweetIds.push(ids[part]);
  const next = record.tweetIds.length;
  if (openAttempts.get(next)) record.unresolvedAttempt = next;
  return record;
}
