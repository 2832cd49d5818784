/**
 * What publishing needs from X, per account. `src/x/client.ts` implements it with twitter-api-v2;
 * publishing depends only on this, so the executor reads as the exactly-once protocol and nothing else.
 */

export interface XUser {
  id: string;
  username: string;
}

export interface XTweet {
  id: string;
  /** Text with t.co links replaced back by their expanded URLs, so it compares with our source. */
  text: string;
  created_at?: string;
  in_reply_to_tweet_id?: string;
}

export interface CreateTweetInput {
  text: string;
  replyTo?: string;
  mediaIds?: string[];
  /** A poll (X's `poll.options`, `poll.duration_minutes`); never with media. */
  poll?: { options: string[]; durationMinutes: number };
}

export interface MediaUpload {
  /** The file's name as written in the post (its extension gives the media type). */
  name: string;
  bytes: Uint8Array;
}

/** X's `public_metrics` of one post, under herald's names. */
export interface XPostMetrics {
  id: string;
  /** X sends `impression_count` to the author's token; absent when it did not. */
  impressions?: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
}

/** One post by id, as a reply needs to know it: who wrote it and whom it mentions. */
export interface XPost {
  id: string;
  /** Text with t.co links replaced back by their expanded URLs. */
  text: string;
  authorId?: string;
  /** When it was written (X's `created_at`). */
  created_at?: string;
  /** The author's username (without `@`), from X's `author_id` expansion. */
  authorUsername?: string;
  /** Usernames the post mentions (X's `entities.mentions`), without `@`, as X spells them. */
  mentions: string[];
  in_reply_to_tweet_id?: string;
}

/** A post as the support statistics read it from a timeline or a look-up by id. */
export interface XTimelinePost {
  id: string;
  /** Text with t.co links replaced back by their expanded URLs. */
  text: string;
  /** X's `author_id`. */
  authorId: string;
  /** The author's username (without `@`), from X's `author_id` expansion (the mentions timeline asks for it). */
  authorUsername?: string;
  /** X's `created_at`. */
  created_at: string;
  /** The post it replies to (X's `referenced_tweets` `replied_to`). */
  in_reply_to_tweet_id?: string;
  /** The author of the post it replies to (X's `in_reply_to_user_id`). */
  in_reply_to_user_id?: string;
}

/**
 * Which stretch of a timeline to read, as X's query parameters: posts newer than `sinceId` and older
 * than `untilId` (both exclusive), from `startTime` on. X answers newest first.
 */
export interface TimelineRange {
  sinceId?: string;
  untilId?: string;
  startTime?: string;
}

/** One page of a timeline; `nextToken` (X's `meta.next_token`) asks for the next, older page. */
export interface TimelinePage {
  posts: XTimelinePost[];
  nextToken?: string;
}

/** Largest page `GET /2/users/{id}/tweets` and `/mentions` give (`max_results` 5 to 100). */
export const MAX_TIMELINE_PAGE = 100;

/** Largest `ids` list `GET /2/tweets` takes. */
export const MAX_LOOKUP_IDS = 100;

export interface XAccountClient {
  me(): Promise<XUser>;
  createTweet(input: CreateTweetInput): Promise<{ id: string }>;
  /**
   * Upload through the v2 chunked endpoints and set alt text; returns the media id. The bytes were
   * read through the repository door: the client never opens repository files itself.
   */
  uploadMedia(media: MediaUpload, altText?: string): Promise<string>;
  /** The account's most recent posts, newest first (enough to reconcile recent attempts). */
  recentTweets(userId: string, options?: { sinceIso?: string; max?: number }): Promise<XTweet[]>;
  /**
   * DELETE /2/tweets/:id. `deleted`: X answered that it deleted the post; `gone`: X has no such
   * post (404), so there is nothing left to delete. Any other answer throws an `XError`.
   */
  deleteTweet(id: string): Promise<'deleted' | 'gone'>;
  /**
   * GET /2/tweets?ids=: which of these posts X still shows. An id X neither returns nor reports
   * as not found throws (`server`): its state is not known.
   */
  lookUpTweets(ids: readonly string[]): Promise<Set<string>>;
  /**
   * GET /2/tweets?ids=&tweet.fields=public_metrics for at most MAX_LOOKUP_IDS ids: the metrics of
   * the posts X shows, and `missing`, the ids X reports as not found (deleted). An id X says
   * nothing about throws (`server`).
   */
  postMetrics(ids: readonly string[]): Promise<{ metrics: XPostMetrics[]; missing: string[] }>;
  /**
   * GET /2/tweets/:id with its author and mentions (one post read): undefined when X reports the
   * post as not found (deleted, never existed, or not visible to this account).
   */
  getPost(id: string): Promise<XPost | undefined>;
  /**
   * One page of the account's own timeline (GET /2/users/:id/tweets, replies included, reposts
   * excluded) with `created_at`, `author_id`, `referenced_tweets`, `in_reply_to_user_id`, entities.
   * `max` is 5 to MAX_TIMELINE_PAGE. Each post returned is one owned read.
   */
  timelinePage(userId: string, range: TimelineRange, page: { max: number; token?: string }): Promise<TimelinePage>;
  /**
   * One page of the posts that mention the account (GET /2/users/:id/mentions), same fields and
   * limits as `timelinePage`, with each author's username (the `author_id` expansion). Each post
   * returned is one post read.
   */
  mentionsPage(userId: string, range: TimelineRange, page: { max: number; token?: string }): Promise<TimelinePage>;
  /**
   * GET /2/tweets?ids= (at most MAX_LOOKUP_IDS) with the same fields: the posts X shows, and
   * `missing`, those it reports as not found. An id X says nothing about throws (`server`).
   */
  lookUpPosts(ids: readonly string[]): Promise<{ posts: XTimelinePost[]; missing: string[] }>;
}

/**
 * How an X call failed, by what publishing must do about it (DESIGN.md, "Errors to handle by kind").
 * - `rate-limit`: 429; stop the account for this run, keep its posts due.
 * - `server`: 5xx answered by X; the request did not create anything; retry with backoff.
 * - `unreachable`: the connection was never made (refused, no such host): nothing reached X, so there
 *   is nothing to reconcile; a plain retryable failure.
 * - `uncertain`: timeout or dropped connection after the request left; X may have created it: reconcile.
 * - `duplicate`: 403 duplicate content; reconcile.
 * - `bad-request`: 400 and other permanent rejections; `failed`, not retried.
 * - `auth`: 401 / 403 not-permitted; stop the account and fail the run loudly.
 * - `reply-restricted`: 403, X (since 2026-02) lets API apps reply only to their own posts or posts
 *   that mention the account; this reply is refused permanently (`failed`, not retried), the account is fine.
 */
export type XErrorKind = 'rate-limit' | 'server' | 'unreachable' | 'uncertain' | 'duplicate' | 'bad-request' | 'auth' | 'reply-restricted';

export class XError extends Error {
  override name = 'XError';
  constructor(
    readonly kind: XErrorKind,
    message: string,
    readonly status?: number,
    /** For `rate-limit`: when the limit resets (UTC ISO), from `x-rate-limit-reset` / `x-user-limit-24hour-reset`. */
    readonly resetAt?: string,
  ) {
    super(message);
  }
}

/** Credentials for one account, from the environment only (never from files). */
export interface XCredentials {
  appKey: string;
  appSecret: string;
  accessToken: string;
  accessSecret: string;
}
