/**
 * What posting costs on X's pay-per-use API, and what an account spent, in whole micro-dollars
 * (model/prices.ts), so a month of $0.015s adds up exactly.
 *
 * Pure. Spend is computed from the log (and the read snapshots `herald stats` writes), never
 * stored: the log is the only state (DESIGN).
 */
import twitterText from 'twitter-text';
import type { Account } from '../model/account.js';
import { isSentEntry, type LogEntry } from '../model/log.js';
import type { Post } from '../model/post.js';
import { PRICES, type Prices, toMicros } from '../model/prices.js';

/**
 * The dearest price an account may write (the schema's `maximum`): far above any X price, low
 * enough that a month of them stays a finite, exact number of micro-dollars.
 */
export const MAX_PRICE_USD = 100;

/** A price the schema would accept: finite, from 0 to MAX_PRICE_USD. */
export function isPrice(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_PRICE_USD;
}

/**
 * An account's prices: the table, with the keys its file overrides (`prices:`). A value the schema
 * refuses (`1e308`, `.inf`, negative) never reaches a sum: the table's price stands instead.
 */
export function pricesFor(account: Pick<Account, 'prices'> | undefined): Prices {
  const prices: Prices = { ...PRICES };
  for (const [key, value] of Object.entries(account?.prices ?? {}) as [keyof Prices, unknown][]) if (key in PRICES && isPrice(value)) prices[key] = value;
  return prices;
}

/**
 * The prices past spend is counted at when the log recorded none (lines written before herald
 * recorded `cost_usd`, deletes, reads): per key the dearer of the account's and the table's, so
 * lowering a price in `prices:` (or writing 0) never erases what was already spent.
 */
export function pastPricesFor(account: Pick<Account, 'prices'> | undefined): Prices {
  const own = pricesFor(account);
  const prices: Prices = { ...PRICES };
  for (const key of Object.keys(PRICES) as (keyof Prices)[]) prices[key] = Math.max(own[key], PRICES[key]);
  return prices;
}

/** Every link X recognises has a dot before its top-level domain (or a scheme): a cheap first look. */
const MAY_HAVE_URL = /[.．。｡][\p{L}\p{N}]|:\/\//u;

/** Whether X sees a URL in this text (twitter-text, the same rules X links with). */
export function hasUrl(text: string): boolean {
  return MAY_HAVE_URL.test(text) && twitterText.extractUrls(text).length > 0;
}

/**
 * Which parts have a URL, worked out once per post: the planner (budgets) and the calendar (each
 * entry's cost) both ask, and twitter-text's URL search is the dear part of a year's calendar.
 */
const urlFlags = new WeakMap<readonly string[], boolean[]>();
function partsWithUrl(parts: readonly string[]): boolean[] {
  let flags = urlFlags.get(parts);
  if (!flags) urlFlags.set(parts, (flags = parts.map(hasUrl)));
  return flags;
}

/**
 * One part's cost: a post, or a post with a URL when its text has one; part 1 also pays the media
 * metadata call for each media item with alt text (publish sets alt text only when there is some).
 * A poll and `reply_to` are fields of the same create request and cost nothing more.
 */
export function partCostMicros(post: Pick<Post, 'parts' | 'media'>, part: number, prices: Prices): number {
  let micros = toMicros(partsWithUrl(post.parts)[part] ? prices.post_with_url : prices.post);
  if (part === 0) micros += post.media.filter((m) => m.alt !== undefined && m.alt.trim() !== '').length * toMicros(prices.media_metadata);
  return micros;
}

/** The cost of sending a post's parts from `fromPart` on (all of it by default). */
export function postCostMicros(post: Pick<Post, 'parts' | 'media'>, prices: Prices, fromPart = 0): number {
  let micros = 0;
  for (let part = fromPart; part < post.parts.length; part++) micros += partCostMicros(post, part, prices);
  return micros;
}

/** `2026-12`: the UTC calendar month of an instant (budgets count UTC months). */
export function utcMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/**
 * Reads `herald stats` made: a metrics snapshot is one post read (it has no counts); a support
 * read line (`support-reads`) says how many owned reads and post reads X billed.
 */
export interface ReadRecord {
  at: string;
  account: string;
  owned_reads?: number;
  post_reads?: number;
}

/** What one read record cost at these prices. */
export function readCostMicros(read: ReadRecord, prices: Prices): number {
  if (read.owned_reads === undefined && read.post_reads === undefined) return toMicros(prices.post_read);
  return (read.owned_reads ?? 0) * toMicros(prices.owned_read) + (read.post_reads ?? 0) * toMicros(prices.post_read);
}

export interface SpendInput {
  log: readonly LogEntry[];
  /** The repository's posts: a published part is costed from its text (the log keeps no text). */
  posts: readonly Post[];
  accounts: ReadonlyMap<string, Account>;
  /** Reads (schedules/metrics.jsonl snapshots and support reads); none when absent. */
  reads?: readonly ReadRecord[];
}

/** Spend by account, then UTC month (`2026-12`), in micro-dollars. */
export type SpendByMonth = Map<string, Map<string, number>>;

/** A part logged without `cost_usd` (before herald recorded it, or a `reconciled` find): from the post's file. */
function partCostFromFile(entry: LogEntry, posts: ReadonlyMap<string, Post>, prices: Prices): number {
  const post = posts.get(`${entry.account}\u0000${entry.post}`);
  const part = entry.part ?? 0;
  return post && part < post.parts.length ? partCostMicros(post, part, prices) : toMicros(prices.post_with_url);
}

/**
 * What each account spent per UTC month, from the log: every part that went out (`published`, or
 * `reconciled` and found), every delete (`retracted`) and every read. A part costs what its
 * `published` line records (`cost_usd`, written since herald counts cost: the text and prices of the
 * day it went out); an older line's part is costed from the post's current file (the log keeps no
 * text), and one whose post is no longer in the repository at `post_with_url`, the dearer price, so a
 * budget never counts less than was spent. What the log records no cost for (those older parts,
 * deletes, reads) is counted at `pastPricesFor`: never below the table, whatever `prices:` says now.
 */
export function spentByMonth(input: SpendInput): SpendByMonth {
  const posts = new Map(input.posts.map((p) => [`${p.account}\u0000${p.id}`, p]));
  const spend: SpendByMonth = new Map();
  const add = (account: string, at: string, micros: number) => {
    const ms = Date.parse(at);
    if (Number.isNaN(ms) || micros === 0) return;
    const month = utcMonth(ms);
    const months = spend.get(account) ?? new Map<string, number>();
    months.set(month, (months.get(month) ?? 0) + micros);
    spend.set(account, months);
  };
  // One part is sent once: a `published` and a `reconciled` for the same tweet count once.
  const seen = new Set<string>();
  for (const entry of input.log) {
    if (!entry || typeof entry.account !== 'string') continue;
    const prices = pastPricesFor(input.accounts.get(entry.account));
    if (isSentEntry(entry)) {
      const key = `${entry.account}\u0000${entry.tweet_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const micros = typeof entry.cost_usd === 'number' && entry.cost_usd >= 0 ? toMicros(entry.cost_usd) : partCostFromFile(entry, posts, prices);
      add(entry.account, entry.at, micros);
    } else if (entry.event === 'retracted') {
      add(entry.account, entry.at, toMicros(prices.delete));
    }
  }
  for (const read of input.reads ?? []) add(read.account, read.at, readCostMicros(read, pastPricesFor(input.accounts.get(read.account))));
  return spend;
}
