/**
 * What `herald stats` records about a support account's conversations, as lines of
 * `schedules/metrics.jsonl` told apart from metrics snapshots by their `kind`. Read by
 * `herald report` (support statistics) and by the next `herald stats` (where to read on from).
 *
 * Why these are recorded at all: agents answer in X's own apps far more often than with
 * `herald reply`, so the log alone misses most replies, and customer posts nobody answered are
 * only visible on the account's mentions timeline. Recording what was read keeps `herald report`
 * free (it never calls X) and lets each `herald stats` read only what is new since the last run.
 */

/**
 * Someone else's post that mentions the support account (from its mentions timeline), or that the
 * account replied to (looked up by id when the mentions did not have it).
 */
export interface CustomerPostRecord {
  kind: 'customer-post';
  /** UTC instant of the fetch. */
  at: string;
  account: string;
  tweet_id: string;
  /** X's `author_id` of the customer. */
  author_id: string;
  /** When the customer wrote it (X's `created_at`). */
  written_at: string;
  /** The post it replies to, when it is a reply (X's `referenced_tweets` `replied_to`). */
  in_reply_to?: string;
  /** Where it was read: the mentions timeline, or a look-up by id of a post the account replied to. */
  source: 'mentions' | 'lookup';
}

/** One of the support account's own posts that replies to someone else's post (from its timeline). */
export interface SupportReplyRecord {
  kind: 'support-reply';
  at: string;
  account: string;
  tweet_id: string;
  /** The post it replies to. */
  to: string;
  /** When it went out (X's `created_at`). */
  sent_at: string;
  /** The reply's text as X shows it, links expanded: the report matches it to an approved answer. */
  text: string;
}

/** Which of the account's timelines (or look-ups) one read went through. */
export type SupportSource = 'timeline' | 'mentions' | 'lookup';

/**
 * One read of a timeline (all its pages) or one look-up batch: what X billed, and how far it got,
 * so the next run reads on from there and the month's spend counts it.
 *
 * A timeline is read newest first, between `since_id` (exclusive; absent on the first read, which
 * starts at `start_time`) and `until_id` (exclusive; absent: up to the newest post). `complete` says
 * every page down to `since_id` (or `start_time`) was read; a read stopped early (a cap, the budget,
 * X's rate limit) records how far it got in `newest_id`/`oldest_id`, and the next run fills the gap.
 */
export interface SupportReadsRecord {
  kind: 'support-reads';
  at: string;
  account: string;
  source: SupportSource;
  /** Resources X returned that it bills as owned reads (the account's own posts). */
  owned_reads: number;
  /** Resources X returned that it bills as post reads (other users' posts). */
  post_reads: number;
  since_id?: string;
  until_id?: string;
  start_time?: string;
  /** The newest and oldest post ids returned; absent when nothing was. */
  newest_id?: string;
  oldest_id?: string;
  complete: boolean;
}

export type SupportRecord = CustomerPostRecord | SupportReplyRecord | SupportReadsRecord;

export const SUPPORT_KINDS: ReadonlySet<SupportRecord['kind']> = new Set(['customer-post', 'support-reply', 'support-reads']);

/** A support account as `herald stats` reads it: an account file with `sla:`. */
export interface SupportAccount {
  account: string;
  handle: string;
  /** The handles of the repository's other accounts: their posts that mention this one are not customers'. */
  siblings: string[];
  /** One owned read and one post read at the prices spend counts them at, micro-dollars. */
  ownedReadMicros: number;
  postReadMicros: number;
}

/** One read of a timeline: the consecutive pages of one run (`at`) and one range. */
export interface SupportRead {
  /** Its first page: the range asked (`since_id`, `until_id`, `start_time`) and the run (`at`). */
  first: SupportReadsRecord;
  /** The newest and oldest ids any of its pages returned; absent when none returned a post. */
  newest?: string;
  oldest?: string;
  /** Whether its last page was reached. */
  complete: boolean;
}

/**
 * The reads in pages (file order), grouped: `herald stats` writes each page as it reads it, so a
 * read's pages are consecutive lines sharing the run's `at` and the range. Used by the next run
 * (where to read on) and by the report (up to when everything is known).
 */
export function groupReads(pages: readonly SupportReadsRecord[]): SupportRead[] {
  const reads: SupportRead[] = [];
  for (const page of pages) {
    const last = reads.at(-1);
    const same =
      last !== undefined &&
      last.first.at === page.at &&
      last.first.since_id === page.since_id &&
      last.first.until_id === page.until_id &&
      last.first.start_time === page.start_time;
    const read = same ? last : { first: page, complete: false };
    if (!same) reads.push(read);
    if (page.newest_id !== undefined) read.newest = read.newest === undefined || BigInt(page.newest_id) > BigInt(read.newest) ? page.newest_id : read.newest;
    if (page.oldest_id !== undefined) read.oldest = read.oldest === undefined || BigInt(page.oldest_id) < BigInt(read.oldest) ? page.oldest_id : read.oldest;
    read.complete ||= page.complete;
  }
  return reads;
}
