/**
 * `herald stats` for a support account (one with `sla:`): read what is new on its own timeline
 * (its replies, wherever they were written) and its mentions (customers' posts), look up the posts
 * it replied to that the mentions did not bring (and its own older posts a customer wrote back to,
 * so a follow-up to an old reply is known as one), and record it all in `schedules/metrics.jsonl`
 * a page at a time, so what X billed is recorded whatever stops the run. `herald report` computes
 * the support statistics from these lines; support-cursor.ts says where each read starts.
 *
 * Every post X returns is a read it bills: the account's own posts as owned reads, other users'
 * posts (mentions, look-ups) as post reads. Each page is sized to what the run's `--max-reads` and
 * the account's budget still allow; a page X would have to fill past either is not asked for (X
 * takes pages of 5 to 100), and the read stops there to go on next run.
 */
import { sameHandle } from '../model/account.js';
import { fromMicros } from '../model/prices.js';
import type { CustomerPostRecord, SupportAccount, SupportReadsRecord, SupportRecord, SupportReplyRecord } from '../model/support.js';
import { MAX_LOOKUP_IDS, MAX_TIMELINE_PAGE, type TimelinePage, type TimelineRange, type XAccountClient, XError } from '../x/port.js';
import { cursorOf, plannedReads } from './support-cursor.js';

/** X's smallest `max_results` for a timeline page. */
const MIN_PAGE = 5;

/** What the run still allows: reads under `--max-reads`, and micro-dollars under the budget (absent: none set). */
export interface ReadRoom {
  reads: number;
  micros?: number;
}

export type SupportStop =
  | { kind: 'max-reads' }
  /** What the month's budget left, and what the page it could not ask for would have cost (US dollars). */
  | { kind: 'budget'; left_usd: number; page_usd: number }
  | { kind: 'rate-limit'; resets_at?: string; message: string }
  | { kind: 'error'; message: string };

export interface SupportReadReport {
  account: string;
  /** Posts read from each source this run (each one billed). */
  timeline: number;
  mentions: number;
  lookups: number;
  /** Whether everything new on each timeline was read (false: the next run goes on from where it stopped). */
  timeline_complete: boolean;
  mentions_complete: boolean;
  /** New lines recorded: the account's replies to others, and customers' posts. */
  replies: number;
  customer_posts: number;
  owned_reads: number;
  post_reads: number;
  cost_micros: number;
  stopped?: SupportStop;
  /** A dry run: the ranges each timeline would be read in (X's since_id/until_id/start_time). */
  planned?: { timeline: TimelineRange[]; mentions: TimelineRange[] };
}

export interface SupportReadOptions {
  client: XAccountClient;
  support: SupportAccount;
  /** Support lines already in metrics.jsonl (all accounts; this account's are used). */
  recorded: readonly SupportRecord[];
  /** The run's clock, ISO: every line of this run carries it as `at`. */
  now: string;
  /** Where the very first read of a timeline starts (now − `--since`), ISO. */
  startTime: string;
  room: ReadRoom;
  /** Append lines to metrics.jsonl (one write and fsync per call). */
  append: (records: readonly SupportRecord[]) => Promise<void>;
  /** Retries X's 5xx and unreachable answers (fetch.ts's policy). */
  retry: <T>(read: () => Promise<T>) => Promise<T>;
}

/** Nothing read yet (also a dry run's answer, with `planned`). */
export function emptySupportReport(account: string): SupportReadReport {
  return {
    account,
    timeline: 0,
    mentions: 0,
    lookups: 0,
    timeline_complete: false,
    mentions_complete: false,
    replies: 0,
    customer_posts: 0,
    owned_reads: 0,
    post_reads: 0,
    cost_micros: 0,
  };
}

function budgetStop(room: ReadRoom, pageMicros: number): SupportStop {
  return { kind: 'budget', left_usd: fromMicros(Math.max(0, room.micros ?? 0)), page_usd: fromMicros(pageMicros) };
}

class Stopped extends Error {
  constructor(readonly stop: SupportStop) {
    super(stop.kind);
  }
}

export async function readSupport(options: SupportReadOptions): Promise<SupportReadReport> {
  const { client, support, room } = options;
  const report = emptySupportReport(support.account);
  const own = options.recorded.filter((r) => r.account === support.account);
  const reads = own.filter((r): r is SupportReadsRecord => r.kind === 'support-reads');
  const knownCustomerPosts = new Set(own.filter((r) => r.kind === 'customer-post').map((r) => r.tweet_id));
  const replyTargets = new Set(own.filter((r): r is SupportReplyRecord => r.kind === 'support-reply').map((r) => r.to));
  // The account's posts known as its replies, and any of its posts read this run.
  const ownPosts = new Set(own.filter((r) => r.kind === 'support-reply').map((r) => r.tweet_id));
  // Posts of the account that customers replied to but that are not known: looked up, since a
  // customer writing back to one of its replies is a follow-up, not a new question.
  const ownParents = new Set<string>();

  const isSibling = (username: string | undefined) => username !== undefined && support.siblings.some((handle) => sameHandle(handle, username));

  try {
    const me = await options.retry(() => client.me());
    if (!sameHandle(me.username, support.handle)) {
      throw new Stopped({
        kind: 'error',
        message: `the credentials belong to @${me.username.replace(/^@/, '')}, but schedules/${support.account}.yaml says handle ${support.handle}; nothing was read. Put ${support.handle}'s access token and secret there`,
      });
    }

    /** Read one range page by page; true when every page of it was read. */
    const readRange = async (source: 'timeline' | 'mentions', range: TimelineRange): Promise<boolean> => {
      const price = source === 'timeline' ? support.ownedReadMicros : support.postReadMicros;
      let token: string | undefined;
      for (;;) {
        const byBudget = room.micros === undefined ? MAX_TIMELINE_PAGE : Math.floor(room.micros / price);
        const size = Math.min(MAX_TIMELINE_PAGE, room.reads, byBudget);
        if (size < MIN_PAGE) throw new Stopped(room.reads < MIN_PAGE ? { kind: 'max-reads' } : budgetStop(room, MIN_PAGE * price));
        const page: TimelinePage = await billedIfUncertain(source, size, price, range, () =>
          options.retry(() =>
            source === 'timeline' ? client.timelinePage(me.id, range, { max: size, token }) : client.mentionsPage(me.id, range, { max: size, token }),
          ),
        );
        const lines: SupportRecord[] = [];
        for (const post of page.posts) {
          if (source === 'timeline') ownPosts.add(post.id);
          if (source === 'timeline') {
            // A reply to someone else; the account's own thread parts reply to itself.
            if (post.authorId !== me.id || !post.in_reply_to_tweet_id || !post.in_reply_to_user_id || post.in_reply_to_user_id === me.id) continue;
            replyTargets.add(post.in_reply_to_tweet_id);
            lines.push(replyLine(options.now, support.account, post.id, post.in_reply_to_tweet_id, post.created_at, post.text));
            report.replies++;
          } else {
            // The brand account's "ask @acme_help" is not a customer waiting for an answer.
            if (post.authorId === me.id || knownCustomerPosts.has(post.id) || isSibling(post.authorUsername)) continue;
            knownCustomerPosts.add(post.id);
            if (post.in_reply_to_user_id === me.id && post.in_reply_to_tweet_id) ownParents.add(post.in_reply_to_tweet_id);
            lines.push(customerLine(options.now, support.account, post, 'mentions'));
            report.customer_posts++;
          }
        }
        const n = page.posts.length;
        const ids = page.posts.map((p) => p.id);
        lines.push({
          kind: 'support-reads',
          at: options.now,
          account: support.account,
          source,
          owned_reads: source === 'timeline' ? n : 0,
          post_reads: source === 'mentions' ? n : 0,
          ...rangeFields(range),
          ...(n > 0 ? { newest_id: ids.reduce(maxOf), oldest_id: ids.reduce(minOf) } : {}),
          complete: page.nextToken === undefined,
        });
        await options.append(lines);
        charge(source, n, price);
        if (page.nextToken === undefined) return true;
        token = page.nextToken;
      }
    };

    const charge = (source: 'timeline' | 'mentions' | 'lookup', n: number, price: number) => {
      room.reads -= n;
      if (room.micros !== undefined) room.micros -= n * price;
      report.cost_micros += n * price;
      if (source === 'timeline') {
        report.timeline += n;
        report.owned_reads += n;
      } else {
        if (source === 'mentions') report.mentions += n;
        else report.lookups += n;
        report.post_reads += n;
      }
    };

    /**
     * A request X may have answered after herald stopped waiting (a timeout, a dropped connection)
     * may have been billed in full: it is recorded as that many reads with nothing read, so the
     * month's spend never counts less than X charged. It moves no cursor: the range is read again.
     */
    const billedIfUncertain = async <T>(
      source: SupportReadsRecord['source'],
      size: number,
      price: number,
      range: TimelineRange,
      read: () => Promise<T>,
    ): Promise<T> => {
      try {
        return await read();
      } catch (error) {
        if (error instanceof XError && error.kind === 'uncertain') {
          await options.append([
            {
              kind: 'support-reads',
              at: options.now,
              account: support.account,
              source,
              owned_reads: source === 'timeline' ? size : 0,
              post_reads: source === 'timeline' ? 0 : size,
              ...rangeFields(range),
              complete: false,
            },
          ]);
          charge(source, size, price);
        }
        throw error;
      }
    };

    for (const source of ['timeline', 'mentions'] as const) {
      let complete = true;
      for (const range of plannedReads(cursorOf(reads, support.account, source), options.startTime)) {
        complete = await readRange(source, range);
        if (!complete) break;
      }
      if (source === 'timeline') report.timeline_complete = complete;
      else report.mentions_complete = complete;
    }

    // The posts replied to that no mention brought (older than the mentions read, or not
    // mentioning the account): when each was written is what the first-reply time needs. And the
    // account's own posts customers wrote back to that no read brought (older than the first one).
    const unknown = [
      ...new Set([...[...replyTargets].filter((id) => !knownCustomerPosts.has(id)), ...[...ownParents].filter((id) => !ownPosts.has(id))]),
    ].sort();
    for (let start = 0; start < unknown.length; ) {
      const byBudget = room.micros === undefined ? MAX_LOOKUP_IDS : Math.floor(room.micros / support.postReadMicros);
      const size = Math.min(MAX_LOOKUP_IDS, room.reads, byBudget, unknown.length - start);
      if (size < 1) throw new Stopped(room.reads < 1 ? { kind: 'max-reads' } : budgetStop(room, support.postReadMicros));
      const batch = unknown.slice(start, start + size);
      start += size;
      const found = await billedIfUncertain('lookup', batch.length, support.postReadMicros, {}, () => options.retry(() => client.lookUpPosts(batch)));
      const lines: SupportRecord[] = [];
      for (const post of found.posts) {
        if (post.authorId === me.id) {
          // One of its older replies (to someone else): recorded like one read on its timeline.
          if (!post.in_reply_to_tweet_id || !post.in_reply_to_user_id || post.in_reply_to_user_id === me.id || ownPosts.has(post.id)) continue;
          ownPosts.add(post.id);
          lines.push(replyLine(options.now, support.account, post.id, post.in_reply_to_tweet_id, post.created_at, post.text));
          report.replies++;
          continue;
        }
        knownCustomerPosts.add(post.id);
        lines.push(customerLine(options.now, support.account, post, 'lookup'));
        report.customer_posts++;
      }
      lines.push({
        kind: 'support-reads',
        at: options.now,
        account: support.account,
        source: 'lookup',
        owned_reads: 0,
        post_reads: found.posts.length,
        complete: true,
      });
      await options.append(lines);
      charge('lookup', found.posts.length, support.postReadMicros);
    }
  } catch (error) {
    if (error instanceof Stopped) report.stopped = error.stop;
    else if (error instanceof XError) report.stopped = stopOf(error);
    else throw error;
  }
  return report;
}

/** Why X stopped a read: its rate limit (read on next run), or another error. */
export function stopOf(error: XError): Extract<SupportStop, { kind: 'rate-limit' | 'error' }> {
  return error.kind === 'rate-limit'
    ? { kind: 'rate-limit', message: error.message, ...(error.resetAt ? { resets_at: error.resetAt } : {}) }
    : { kind: 'error', message: error.message };
}

/** The range a support-reads line records: what was asked of X. */
function rangeFields(range: TimelineRange): Pick<SupportReadsRecord, 'since_id' | 'until_id' | 'start_time'> {
  return {
    ...(range.sinceId ? { since_id: range.sinceId } : {}),
    ...(range.untilId ? { until_id: range.untilId } : {}),
    ...(range.startTime ? { start_time: range.startTime } : {}),
  };
}

function replyLine(at: string, account: string, id: string, to: string, sentAt: string, text: string): SupportReplyRecord {
  return { kind: 'support-reply', at, account, tweet_id: id, to, sent_at: sentAt, text };
}

function customerLine(
  at: string,
  account: string,
  post: { id: string; authorId: string; created_at: string; in_reply_to_tweet_id?: string },
  source: CustomerPostRecord['source'],
): CustomerPostRecord {
  return {
    kind: 'customer-post',
    at,
    account,
    tweet_id: post.id,
    author_id: post.authorId,
    written_at: post.created_at,
    ...(post.in_reply_to_tweet_id ? { in_reply_to: post.in_reply_to_tweet_id } : {}),
    source,
  };
}

const maxOf = (a: string, b: string) => (BigInt(a) >= BigInt(b) ? a : b);
const minOf = (a: string, b: string) => (BigInt(a) <= BigInt(b) ? a : b);
