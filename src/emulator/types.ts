/** The emulated X: everything it remembers, as plain JSON so it can live in a `--state` file. */

export interface EmulatedUser {
  id: string;
  username: string;
  name: string;
  token: string;
  /** The OAuth token secret, when known: then request signatures are verified. */
  secret?: string;
  /** Requests with this token get 401 (revoked access). */
  rejected?: boolean;
}

export interface UrlEntityRecord {
  /** The t.co link that replaces the written one. */
  url: string;
  expanded_url: string;
  display_url: string;
}

export interface StoredTweet {
  id: string;
  author_id: string;
  /** Exactly as sent. */
  text: string;
  created_at: string;
  in_reply_to_tweet_id?: string;
  media_ids?: string[];
  /** As sent in `poll`: X's options and duration. */
  poll?: { options: string[]; duration_minutes: number };
  urls: UrlEntityRecord[];
  deleted_at?: string;
}

export interface StoredMedia {
  id: string;
  owner_id: string;
  media_type: string;
  media_category?: string;
  total_bytes: number;
  /** Bytes received per segment index. */
  segments: Record<string, number>;
  /** Hex of the first bytes of segment 0, to recognise the file type. */
  magic?: string;
  state: 'uploading' | 'processing' | 'succeeded' | 'failed';
  /** STATUS checks left before a video is processed. */
  checks_left?: number;
  alt_text?: string;
  created_at: string;
}

export type FaultMatch = {
  /** HTTP method, e.g. `POST`. */
  method?: string;
  /** Path, e.g. `/2/tweets`; `:name` matches one segment, a trailing `*` any rest. */
  path?: string;
  token?: string;
  username?: string;
  /** How many matching requests it applies to (default 1). */
  count?: number;
};

export type FaultSpec = FaultMatch &
  (
    | {
        status: number;
        /** Replaces X's usual `detail` for that status (e.g. to fake a specific 403). */
        detail?: string;
        /** For 429: seconds until the reset the headers announce. */
        resetInSecs?: number;
        /** For 429: which limit ran out, the 15-minute window (default) or the 24-hour user limit. */
        limit?: '15min' | '24h';
      }
    | { delayMs: number }
    | { mode: 'commit-then-drop' | 'drop' }
  );

export interface StoredFault {
  id: number;
  spec: FaultSpec;
  remaining: number;
}

export interface EmulatorLimits {
  /** Weighted length limit (twitter-text), X's standard 280. */
  maxWeightedLength: number;
  /** Posts a user may create per 15-minute window. */
  postsPer15Min: number;
  /** Posts a user may create in any 24 hours. */
  postsPer24Hours: number;
  /** Requests per 15-minute window for each other endpoint (reads, media). */
  requestsPer15Min: number;
  /** Seconds X tells the client to wait between video STATUS checks. */
  processingCheckAfterSecs: number;
  /** STATUS checks before a video is done. */
  processingChecks: number;
}

export interface RateWindow {
  start: number;
  count: number;
}

/**
 * What one user's reads cost, as X bills them (pay-per-use: per post returned, not per request).
 * Tests read it to assert what a run spent.
 */
export interface ReadCounts {
  /** `GET /2/tweets?ids=` requests answered 200. */
  lookup_requests: number;
  /** Posts returned by id (`GET /2/tweets?ids=`), other users' posts from a timeline, and mentions: X's "post read". */
  post_reads: number;
  /** `GET /2/users/:id/tweets` and `GET /2/users/:id/mentions` requests answered 200. */
  timeline_requests: number;
  /** The user's own posts returned from their timeline: X's cheaper "owned read". */
  owned_reads: number;
}

export interface EmulatorState {
  version: 1;
  seq: number;
  users: EmulatedUser[];
  tweets: StoredTweet[];
  media: StoredMedia[];
  faults: StoredFault[];
  windows: Record<string, RateWindow>;
  limits: EmulatorLimits;
  /** Read costs per username (absent in state files written before reads were counted). */
  reads?: Record<string, ReadCounts>;
}

export const DEFAULT_LIMITS: EmulatorLimits = {
  maxWeightedLength: 280,
  postsPer15Min: 100,
  postsPer24Hours: 17,
  requestsPer15Min: 900,
  processingCheckAfterSecs: 1,
  processingChecks: 1,
};

export function emptyState(limits: Partial<EmulatorLimits> = {}): EmulatorState {
  return { version: 1, seq: 0, users: [], tweets: [], media: [], faults: [], windows: {}, limits: { ...DEFAULT_LIMITS, ...limits }, reads: {} };
}

/** A post as tests and the state endpoint see it. */
export interface EmulatedTweet {
  id: string;
  text: string;
  author: string;
  author_id: string;
  created_at: string;
  in_reply_to_tweet_id?: string;
  poll?: { options: string[]; duration_minutes: number };
  media: Array<{ id: string; media_type: string; alt_text?: string }>;
  deleted: boolean;
}

export const NO_READS: Readonly<ReadCounts> = Object.freeze({ lookup_requests: 0, post_reads: 0, timeline_requests: 0, owned_reads: 0 });

export interface RecordedRequest {
  method: string;
  path: string;
  /** The host the client addressed (its Host header). */
  host?: string;
  username?: string;
  status: number;
  at: string;
}

/**
 * One request the emulator answered (control calls excluded) and what it answered, as given to
 * `EmulatorOptions.onExchange`: tests check both against X's contract.
 */
export interface Exchange {
  method: string;
  path: string;
  /** The raw query string, `?` included (empty when there is none). */
  search: string;
  requestHeaders: Record<string, string | string[] | undefined>;
  requestBody: Buffer;
  /** Absent when no answer was sent (a `drop` or `commit-then-drop` fault). */
  response?: { status: number; headers: Record<string, string>; body: string };
}
