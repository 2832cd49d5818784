import type { SourcePos } from './diagnostic.js';

/**
 * Positions of front-matter keys and values, keyed by dotted path: `account`, `publish.at`,
 * `media.0.alt`. The value's position when it has one, else the key's.
 */
export type PositionMap = Record<string, SourcePos>;

/** `publish:` as written, after schema checks; times and durations are still strings. */
export type PublishSpec =
  | {
      kind: 'at';
      /** `2026-12-01 09:00` (wall clock in `zone`) or an ISO string with an offset. */
      at: string;
      zone?: string;
      window?: string;
    }
  | {
      kind: 'slot';
      /** Date (`2026-12-01`) or date-time in `zone`. */
      notBefore?: string;
      notAfter?: string;
      zone?: string;
      window?: string;
    };

/**
 * A thread part's own time, written on the separator line above it: `--- +45m` (minutes after the
 * previous part's time) or `--- at 2026-12-01 14:30` (wall clock in the post's zone, or ISO with an
 * offset). `line`/`column` point at the time on the separator line.
 */
export type PartTime = ({ kind: 'after'; minutes: number } | { kind: 'at'; at: string }) & { written: string; line: number; column: number };

export interface MediaRef {
  /** As written in the front matter, relative to the post file. */
  file: string;
  alt?: string;
}

/** `poll:` as checked: 2-4 options of 1-25 characters, 5 minutes to 7 days. Sent with part 1. */
export interface Poll {
  options: string[];
  durationMinutes: number;
}

/**
 * `reply_to:` as checked: a post on X (an x.com / twitter.com status URL, or a bare id), or
 * `post:<id>`, a herald post of the same account (part 1 replies to its last part once it is out).
 */
export type ReplyTarget = { kind: 'tweet'; id: string; handle?: string } | { kind: 'post'; id: string };

export interface Post {
  /** Default: path under `posts/` without `.md`. */
  id: string;
  /** Path relative to the root, `/`-separated, e.g. `posts/launch.md`. */
  file: string;
  account: string;
  publish: PublishSpec;
  tags: string[];
  /** `audience:` zones (valid ones, deduplicated) that replace the account's audience for this post's previews and `audience-night`. */
  audience?: string[];
  media: MediaRef[];
  draft: boolean;
  /** `retract:` (DESIGN, "The rest of a post's life"): delete every part from X, or never send it. */
  retract?: { reason?: string };
  /** Thread parts as they will be published: HTML comments stripped, trimmed. */
  parts: string[];
  /** 1-based line where each part starts in the file (for length and voice diagnostics). */
  partLines: number[];
  /**
   * Per part, its own time when its separator line carries one (index 0 never does); absent when no
   * part has a time. A part without one goes out right after the previous part, in the same run.
   */
  partTimes?: Array<PartTime | undefined>;
  /** sha256 (hex) of what X receives (postHash: the parts, and `reply_to` and `poll` when present): with account and id, identifies the post. */
  hash: string;
  positions: PositionMap;
  /** Part 1 carries this poll. */
  poll?: Poll;
  /** Part 1 replies to this. */
  replyTo?: ReplyTarget;
}
