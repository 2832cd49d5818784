/**
 * The state of one publish run shared by reconciliation and sending: the report being built, the
 * log writer (opened on first write, so a run with nothing to do leaves the repository untouched),
 * one X client per account, and which accounts were stopped.
 */
import type { DateTime } from 'luxon';
import { type Account, sameHandle } from '../model/account.js';
import type { LogEntry } from '../model/log.js';
import type { MediaRef, Post } from '../model/post.js';
import type { DoorResult } from '../repository/door.js';
import { scrub } from '../x/credentials.js';
import { XError, type XAccountClient } from '../x/port.js';
import type { LogWriter } from '../repository/log.js';
import type { PublishReport, StoppedAccount } from './report.js';

export type { ClientLookup } from '../x/client-from-env.js';
import type { ClientLookup } from '../x/client-from-env.js';

export interface RetryPolicy {
  /** Sends (and timeline reads) per part before giving up for this run. */
  tries: number;
  /** First backoff; doubles each try, with jitter. */
  baseMs: number;
  /** After an unanswered request, wait this long before reading the timeline, so a slow request can land first. */
  graceMs: number;
}

export interface RunOptions {
  accounts: ReadonlyMap<string, Account>;
  /** Entries already in the log (tweet ids in it are never matched to another part). */
  ledger: readonly LogEntry[];
  /** Opens the log for appending; called at most once, on the first write. */
  openLog: () => Promise<LogWriter>;
  clients: (account: string) => Promise<ClientLookup>;
  now: () => DateTime;
  sleep: (ms: number) => Promise<void>;
  retry: RetryPolicy;
  progress: (message: string) => void;
  /** Values that must never appear in anything herald prints or writes. */
  secrets: () => readonly string[];
  planNow: string;
  dryRun: boolean;
  /** A media file's bytes through the repository door (checked again at send time: the file may have changed since validate). */
  readMedia: (post: Post, media: MediaRef) => DoorResult<Buffer>;
}

export class PublishRun {
  readonly report: PublishReport;
  /** Tweet ids the log already assigns to a post part: never claimed twice. */
  readonly claimed = new Set<string>();
  private readonly sessions = new Map<string, Promise<ClientLookup>>();
  private readonly userIds = new Map<string, string>();
  private readonly identities = new Map<string, Promise<boolean>>();
  private writer: Promise<LogWriter> | undefined;
  private readonly lastAt = new Map<string, number>();

  constructor(readonly options: RunOptions) {
    this.report = {
      now: options.planNow,
      dry_run: options.dryRun,
      sent: [],
      reconciled: [],
      failed: [],
      expired: [],
      skipped: [],
      stopped: [],
      exit_code: 0,
    };
    for (const entry of options.ledger) {
      if (entry.tweet_id) this.claimed.add(entry.tweet_id);
      const ms = Date.parse(entry.at);
      for (const key of historyKeys(entry.account, entry.post, entry.hash)) {
        if (ms > (this.lastAt.get(key) ?? -Infinity)) this.lastAt.set(key, ms);
      }
    }
  }

  /**
   * The entry's instant: the clock, but always after the post's previous entry. With a pinned clock
   * (`--now`, the action's `now` input) several runs write at the same instant, and the planner
   * orders a post's entries by time: an `attempt` that shared its instant with an earlier outcome
   * could read as resolved. The ledger compares instants, not strings, so older lines written
   * without milliseconds still order correctly against these.
   */
  private stamp(post: Post): string {
    const keys = historyKeys(post.account, post.id, post.hash);
    const previous = Math.max(...keys.map((k) => this.lastAt.get(k) ?? -Infinity));
    const ms = Math.max(this.options.now().toMillis(), previous + 1);
    for (const key of keys) this.lastAt.set(key, ms);
    return new Date(ms).toISOString();
  }

  /**
   * Append one entry for a post; `at`, post, account and hash are filled in. Durable (on disk when
   * this resolves) unless `batched`: decisions that order nothing against a send (`skipped`,
   * `expired`) are written together, before the next durable entry or when the run closes.
   */
  async log(post: Post, fields: Omit<LogEntry, 'at' | 'post' | 'account' | 'hash'>, options: { batched?: boolean } = {}): Promise<LogEntry> {
    const entry: LogEntry = { at: this.stamp(post), post: post.id, account: post.account, ...fields, hash: post.hash };
    if (entry.error) entry.error = this.scrub(entry.error);
    if (entry.reason) entry.reason = this.scrub(entry.reason);
    this.writer ??= this.options.openLog();
    const writer = await this.writer;
    if (options.batched) writer.note(entry);
    else await writer.append(entry);
    if (entry.tweet_id) this.claimed.add(entry.tweet_id);
    return entry;
  }

  /** Everything written so far in this run. */
  async appended(): Promise<readonly LogEntry[]> {
    return this.writer ? (await this.writer).appended : [];
  }

  async close(): Promise<void> {
    if (this.writer) await (await this.writer).close();
  }

  isStopped(account: string): boolean {
    return this.report.stopped.some((s) => s.account === account);
  }

  stop(account: string, kind: StoppedAccount['kind'], reason: string): void {
    if (this.isStopped(account)) return;
    this.report.stopped.push({ account, kind, reason: this.scrub(reason) });
    this.options.progress(`${account}: stopped for this run: ${this.scrub(reason)}`);
  }

  /** The account's client, or undefined after recording why there is none. */
  async client(account: string): Promise<XAccountClient | undefined> {
    if (this.isStopped(account)) return undefined;
    let session = this.sessions.get(account);
    if (!session) {
      session = this.options.clients(account);
      this.sessions.set(account, session);
    }
    const found = await session;
    if (!found.ok) {
      this.stop(
        account,
        'missing-credentials',
        `no X credentials in the environment; set ${found.missing.join(', ')} (README: "Secrets to create"); nothing was sent for this account`,
      );
      return undefined;
    }
    let verified = this.identities.get(account);
    if (!verified) {
      verified = this.checkIdentity(account, found.client, found.variables);
      this.identities.set(account, verified);
    }
    return (await verified) ? found.client : undefined;
  }

  /**
   * Before the first request that reads or writes an account's posts: the credentials must belong to
   * the account file's `handle`. Swapped secrets would otherwise post one brand's text as another
   * (and reconcile against the wrong timeline). Any doubt stops the account for this run.
   */
  private async checkIdentity(account: string, client: XAccountClient, variables: readonly string[]): Promise<boolean> {
    const handle = this.options.accounts.get(account)?.handle ?? `@${account}`;
    const secrets = variables.slice(0, 2).join(' / ') || `the account's X_* variables`;
    for (let n = 1; ; n++) {
      try {
        const me = await client.me();
        this.userIds.set(account, me.id);
        if (sameHandle(me.username, handle)) return true;
        this.stop(
          account,
          'wrong-account',
          `the credentials in ${secrets} belong to @${me.username.replace(/^@/, '')}, but schedules/${account}.yaml says handle ${handle}; ` +
            `nothing was sent for this account. Put ${handle}'s access token and secret in those secrets, or correct \`handle\` if the account was renamed`,
        );
        return false;
      } catch (caught) {
        const error = asXError(caught);
        const retryable = error.kind === 'server' || error.kind === 'uncertain' || error.kind === 'unreachable';
        if (retryable && n < this.options.retry.tries) {
          await this.options.sleep(this.backoffMs(n));
          continue;
        }
        if (error.kind === 'rate-limit' || error.kind === 'auth') await this.stopForError(account, error);
        else {
          this.stop(
            account,
            'unreachable',
            `could not ask X which account the credentials belong to (${error.message}); nothing was sent for this account, its posts stay due for the next run`,
          );
        }
        return false;
      }
    }
  }

  /** Stop the account when an X error concerns the whole account (rate limit, rejected credentials). */
  async stopForError(account: string, error: XError): Promise<void> {
    if (error.kind === 'rate-limit') {
      this.stop(account, 'rate-limit', `X rate limit reached${error.resetAt ? ` until ${error.resetAt}` : ''}; its posts stay due for the next run`);
    } else if (error.kind === 'auth') {
      const names = await this.variables(account);
      this.stop(
        account,
        'auth',
        `X rejected the credentials (${error.status ?? 'auth'}): check ${names.join(', ') || "the account's X_* variables"} and that the app has read and write permission`,
      );
    }
  }

  /** Why the account was stopped, when it was. */
  stopped(account: string): StoppedAccount | undefined {
    return this.report.stopped.find((s) => s.account === account);
  }

  async variables(account: string): Promise<string[]> {
    const found = await this.sessions.get(account);
    return found?.ok ? found.variables : [];
  }

  /** The account's X user id (asked once per run). */
  async userId(account: string, client: XAccountClient): Promise<string> {
    let id = this.userIds.get(account);
    if (!id) {
      id = (await client.me()).id;
      this.userIds.set(account, id);
    }
    return id;
  }

  /** Exponential backoff with jitter for try number `n` (1-based). */
  backoffMs(n: number): number {
    return Math.round(this.options.retry.baseMs * 2 ** (n - 1) * (0.5 + Math.random()));
  }

  scrub(message: string): string {
    return scrub(message, this.options.secrets());
  }

  finish(): PublishReport {
    const r = this.report;
    // A post that expired after failing was lost to those failures, not to a late schedule: the run fails.
    r.exit_code = r.stopped.some((s) => s.kind === 'missing-credentials')
      ? 2
      : r.failed.length > 0 || r.expired.some((e) => (e.failed_attempts ?? 0) > 0) || r.stopped.some((s) => s.kind !== 'rate-limit')
        ? 1
        : 0;
    return r;
  }
}

/** A post's history is found by id and by text hash (see the planner's ledger). */
function historyKeys(account: string, post: string, hash: string | undefined): string[] {
  return hash ? [`${account}\u0000id\u0000${post}`, `${account}\u0000hash\u0000${hash}`] : [`${account}\u0000id\u0000${post}`];
}

/** Whatever a client threw, as an XError; anything unknown is treated as "may have reached X". */
export function asXError(error: unknown): XError {
  if (error instanceof XError) return error;
  const e = error as { kind?: unknown; message?: unknown };
  if (e && typeof e.kind === 'string' && typeof e.message === 'string') {
    // An XError from another copy of the module (the bundled action) is still one.
    const x = error as XError;
    return new XError(x.kind, x.message, x.status, x.resetAt);
  }
  return new XError('uncertain', error instanceof Error ? error.message : String(error));
}
