/** What one `herald publish` run did (or, with --dry-run, would do). `--format json` prints this. */
export interface SentPart {
  post: string;
  account: string;
  part: number;
  /** Absent in a dry run. */
  tweet_id?: string;
  url?: string;
  scheduled_for: string;
  delay_s: number;
  text: string;
  /** How many parts the post has (for "part 2/3"). */
  parts?: number;
  /** Dry run: the media the first part carries. */
  media?: Array<{ file: string; alt?: string }>;
  /** Dry run: the tweet this part replies to (`previous part` when it is sent in the same run). */
  reply_to?: string;
  /** Dry runs: the poll part 1 carries. */
  poll?: { options: string[]; duration_minutes: number };
}

/** A part of a retracted post: deleted now, found already gone, or (dry run) to be deleted. */
export interface RetractedPart {
  post: string;
  account: string;
  part: number;
  parts: number;
  tweet_id: string;
  url: string;
  how: 'deleted' | 'gone' | 'would-delete';
  /** `retract: { reason }` as written. */
  reason?: string;
}

export interface FailedPart {
  post: string;
  account: string;
  /** The post's file, relative to the content root: where a reader goes to fix it. */
  file: string;
  part: number;
  error: string;
  retryable: boolean;
  /**
   * What kind of failure, as the log's `kind` (`auth`, `rate-limit`, `bad-request`, `content`, ...);
   * `unconfirmed` when a send's outcome could not be learned (the answer was lost and X could not be asked).
   */
  kind?: string;
}

export interface PostDecision {
  post: string;
  account: string;
  reason: string;
}

/** An expired post, and whether failures (not a late schedule) are why it never went out. */
export interface ExpiredPost extends PostDecision {
  /** The post's file, relative to the content root. */
  file?: string;
  /** How many `failed` entries the log holds for it: the run fails when there are any. */
  failed_attempts?: number;
  /** The kind of the last failure (`auth`, `rate-limit`, `server`, `connection`, `content`, ...). */
  last_failure?: string;
}

export interface StoppedAccount {
  account: string;
  /** e.g. rate limited until ..., credentials rejected, missing variables. */
  reason: string;
  /** `account-invalid`: the account file has errors; none of its posts is sent until it is fixed. */
  kind: 'rate-limit' | 'auth' | 'missing-credentials' | 'wrong-account' | 'unreachable' | 'account-invalid';
}

export interface PublishReport {
  now: string;
  dry_run: boolean;
  sent: SentPart[];
  reconciled: Array<PostDecision & { part: number; found: boolean; tweet_id?: string }>;
  failed: FailedPart[];
  expired: ExpiredPost[];
  skipped: PostDecision[];
  stopped: StoppedAccount[];
  /** Dry run: parts whose earlier attempt has no outcome; a real run looks them up on the timeline first. */
  would_reconcile?: Array<{ post: string; account: string; part: number }>;
  /** Parts of retracted posts deleted from X this run (dry run: to be deleted), last part first. */
  retracted?: RetractedPart[];
  /** 0 ok, 1 something failed (or expired after failing), 2 setup problem (missing credentials). */
  exit_code: 0 | 1 | 2;
}
