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

export interface MediaRef {
  /** As written in the front matter, relative to the post file. */
  file: string;
  alt?: string;
}

export interface Post {
  /** Default: path under `posts/` without `.md`. */
  id: string;
  /** Path relative to the root, `/`-separated, e.g. `posts/launch.md`. */
  file: string;
  account: string;
  publish: PublishSpec;
  tags: string[];
  media: MediaRef[];
  draft: boolean;
  /** `retract:` (DESIGN, "The rest of a post's life"): delete every part from X, or never send it. */
  retract?: { reason?: string };
  /** Thread parts as they will be published: HTML comments stripped, trimmed. */
  parts: string[];
  /** 1-based line where each part starts in the file (for length and voice diagnostics). */
  partLines: number[];
  /** sha256 (hex) of the parts joined with `\n---\n`: with account and id, identifies the post. */
  hash: string;
  positions: PositionMap;
}
