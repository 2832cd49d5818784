/**
 * The real X client (twitter-api-v2, OAuth 1.0a user context), implementing the port publishing
 * uses. This module and `errors.ts` (which only this module imports) are the ones that load
 * twitter-api-v2; load this one with `import()` so commands that do not talk to X stay fast to start.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TwitterApi, type SendTweetV2Params, type TweetV2, type TweetV2PaginableTimelineParams, type TweetV2UserTimelineParams } from 'twitter-api-v2';
import { credentialsFor, secretValues } from './credentials.js';
import { toXError } from './errors.js';
import { mediaKindFor, SUPPORTED_MEDIA_EXTENSIONS } from './media-type.js';
import {
  MAX_LOOKUP_IDS,
  MAX_TIMELINE_PAGE,
  XError,
  type TimelinePage,
  type TimelineRange,
  type CreateTweetInput,
  type MediaUpload,
  type XAccountClient,
  type XCredentials,
  type XPost,
  type XPostMetrics,
  type XTimelinePost,
  type XTweet,
  type XUser,
} from './port.js';
import { baseUrlFromEnv, parseBaseUrl } from './base-url.js';
import { agentFor, requestPlugin } from './redirect-plugin.js';
import { tweetTextAsSent } from './tweet-text.js';

export interface XClientOptions {
  /** `X_API_BASE_URL` as set: send every request here instead of api.x.com (the emulator). */
  baseUrl?: string;
  /** A request with no answer after this long is `uncertain` (it may have reached X). */
  timeoutMs?: number;
  /** Upper bound on waiting for X to process a video. */
  mediaProcessingTimeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
const CHUNK_BYTES = 1024 * 1024;
const TIMELINE_PAGE_SIZE = 100;
const TIMELINE_MAX_PAGES = 5;

/** What the timeline read asks X for: enough to match a post (text with its links, time, thread). */
const TIMELINE_FIELDS: TweetV2UserTimelineParams['tweet.fields'] = ['created_at', 'entities', 'referenced_tweets'];

/** What the support statistics read of a post: who wrote it, when, and what it replies to. */
const SUPPORT_FIELDS: TweetV2UserTimelineParams['tweet.fields'] = ['created_at', 'author_id', 'entities', 'referenced_tweets', 'in_reply_to_user_id'];

/** `media_ids` as the library types it: one to four ids. */
type MediaIds = NonNullable<NonNullable<SendTweetV2Params['media']>['media_ids']>;

/**
 * `processing_info` of the v2 media endpoints. twitter-api-v2 1.29.1 has this type
 * (`MediaV2ProcessingInfo`) but does not export it, so it is spelled out here.
 */
interface ProcessingInfo {
  state: 'pending' | 'in_progress' | 'succeeded' | 'failed';
  check_after_secs?: number;
  error?: { message?: string };
}

/**
 * The client for one account as the environment configures it: its credentials, and
 * `X_API_BASE_URL` when set. `missing` names the variables to set (exit 2 in the caller).
 */
export function createXClientFromEnv(
  account: string,
  env: NodeJS.ProcessEnv,
  options: Omit<XClientOptions, 'baseUrl'> = {},
): { ok: true; client: XAccountClient } | { ok: false; missing: string[] } {
  const found = credentialsFor(account, env);
  if (!found.ok) return found;
  return { ok: true, client: createXClient(found.credentials, { ...options, baseUrl: baseUrlFromEnv(env) }) };
}

export function createXClient(credentials: XCredentials, options: XClientOptions = {}): XAccountClient {
  // Parsed here, once: a malformed X_API_BASE_URL is a setup error (exit 2) before anything is sent.
  const base = options.baseUrl === undefined ? undefined : parseBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const api = new TwitterApi(
    {
      appKey: credentials.appKey,
      appSecret: credentials.appSecret,
      accessToken: credentials.accessToken,
      accessSecret: credentials.accessSecret,
    },
    {
      plugins: [requestPlugin({ base, timeoutMs })],
      ...(base ? { httpAgent: agentFor(base) } : {}),
    },
  ).v2;
  const secrets = secretValues(credentials);

  async function call<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toXError(error, secrets, action);
    }
  }

  async function waitForProcessing(mediaId: string, first: ProcessingInfo): Promise<void> {
    const deadline = Date.now() + (options.mediaProcessingTimeoutMs ?? 120_000);
    let info: ProcessingInfo | undefined = first;
    while (info && info.state !== 'succeeded') {
      if (info.state === 'failed') {
        throw new XError('bad-request', `X could not process media ${mediaId}: ${info.error?.message ?? 'processing failed'}`);
      }
      const waitMs = Math.min(Math.max(info.check_after_secs ?? 1, 0), 10) * 1000;
      if (Date.now() + waitMs > deadline) {
        throw new XError('server', `X was still processing media ${mediaId} when herald stopped waiting; try again later`);
      }
      await sleep(waitMs);
      const status = await call('check media processing', () =>
        api.get<{ data: { processing_info?: ProcessingInfo } }>('media/upload', { command: 'STATUS', media_id: mediaId }),
      );
      info = status?.data?.processing_info;
    }
  }

  return {
    async me(): Promise<XUser> {
      // twitter-api-v2's typed call: the identity check before sending compares `username` with the handle.
      const result = await call('look up the account (GET /2/users/me)', () => api.me());
      if (!result?.data?.id) throw new XError('server', 'look up the account (GET /2/users/me): X answered without the account');
      return { id: result.data.id, username: result.data.username };
    },

    async createTweet(input: CreateTweetInput): Promise<{ id: string }> {
      const payload: SendTweetV2Params = { text: input.text };
      if (input.replyTo) payload.reply = { in_reply_to_tweet_id: input.replyTo };
      // Validation keeps a post to 1-4 media; more would reach X as sent, and X answers 400.
      if (input.mediaIds && input.mediaIds.length > 0) payload.media = { media_ids: input.mediaIds as MediaIds };
      if (input.poll) payload.poll = { options: input.poll.options, duration_minutes: input.poll.durationMinutes };
      const result = await call('create the post (POST /2/tweets)', () => api.tweet(payload));
      // Typed as always present, but checked: a success without an id cannot be told apart from a
      // lost answer, so publishing must reconcile.
      const id: unknown = result?.data?.id;
      if (typeof id !== 'string') throw new XError('uncertain', 'create the post (POST /2/tweets): X answered without a post id; X may have created it');
      return { id };
    },

    /**
     * The v2 chunked upload: initialize, append (1 MiB parts), finalize, then the status while X
     * processes a video. twitter-api-v2's `v2.uploadMedia` calls the same endpoints, but it is not
     * used: its processing wait has no upper bound (and stops early when X gives no
     * `check_after_secs`), a processing failure comes back as a plain Error (which would read as
     * `uncertain`, not `bad-request`), and one call for all steps would lose which step failed.
     * So the steps stay raw `post`/`get` calls on the same paths; the alt text uses the library's
     * typed `createMediaMetadata` (POST /2/media/metadata).
     */
    async uploadMedia(media: MediaUpload, altText?: string): Promise<string> {
      const kind = mediaKindFor(media.name);
      const name = path.basename(media.name);
      if (!kind) {
        throw new XError('bad-request', `${name}: X does not take this kind of file; use one of ${SUPPORTED_MEDIA_EXTENSIONS.join(', ')}`);
      }
      const bytes = media.bytes;
      const init = await call(`upload ${name} (initialize)`, () =>
        api.post<{ data?: { id?: string } }>('media/upload/initialize', {
          media_type: kind.mimeType,
          total_bytes: bytes.length,
          media_category: kind.category,
        }),
      );
      const mediaId = init?.data?.id;
      if (typeof mediaId !== 'string') throw new XError('server', `upload ${name} (initialize): X answered without a media id`);
      for (let index = 0, offset = 0; offset < bytes.length; index++, offset += CHUNK_BYTES) {
        const chunk = bytes.subarray(offset, Math.min(offset + CHUNK_BYTES, bytes.length));
        await call(`upload ${name} (append part ${index})`, () =>
          api.post(`media/upload/${mediaId}/append`, { segment_index: index, media: Buffer.from(chunk) }, { forceBodyMode: 'form-data' }),
        );
      }
      const finalized = await call(`upload ${name} (finalize)`, () =>
        api.post<{ data: { processing_info?: ProcessingInfo } }>(`media/upload/${mediaId}/finalize`),
      );
      const processing = finalized?.data?.processing_info;
      if (processing) await waitForProcessing(mediaId, processing);
      if (altText !== undefined && altText.trim() !== '') {
        await call(`set the alt text of ${name} (POST /2/media/metadata)`, () => api.createMediaMetadata(mediaId, { alt_text: { text: altText } }));
      }
      return mediaId;
    },

    async deleteTweet(id: string): Promise<'deleted' | 'gone'> {
      const action = `delete post ${id} (DELETE /2/tweets/${id})`;
      let result: Awaited<ReturnType<typeof api.deleteTweet>>;
      try {
        result = await call(action, () => api.deleteTweet(id));
      } catch (error) {
        if (error instanceof XError && error.status === 404) return 'gone';
        throw error;
      }
      if (result?.data?.deleted === true) return 'deleted';
      // `deleted: false` (or no answer) says nothing certain: publishing looks the post up.
      throw new XError('uncertain', `${action}: X answered without confirming the delete; X may have done it`);
    },

    async lookUpTweets(ids: readonly string[]): Promise<Set<string>> {
      const present = new Set<string>();
      if (ids.length === 0) return present;
      const action = `look up posts (GET /2/tweets?ids=${ids.join(',')})`;
      const result = await call(action, () => api.tweets([...ids]));
      for (const tweet of result?.data ?? []) present.add(tweet.id);
      notFoundOrThrow(ids, present, result?.errors, action);
      return present;
    },

    async postMetrics(ids: readonly string[]): Promise<{ metrics: XPostMetrics[]; missing: string[] }> {
      if (ids.length === 0) return { metrics: [], missing: [] };
      if (ids.length > MAX_LOOKUP_IDS) throw new RangeError(`postMetrics takes at most ${MAX_LOOKUP_IDS} ids, not ${ids.length}`);
      const action = `read metrics (GET /2/tweets?ids=${ids.length === 1 ? ids[0] : `${ids[0]},… ${ids.length} ids`})`;
      const result = await call(action, () => api.tweets([...ids], { 'tweet.fields': ['public_metrics'] }));
      const metrics: XPostMetrics[] = [];
      for (const tweet of result?.data ?? []) {
        const m = tweet.public_metrics;
        if (!m) throw new XError('server', `${action}: X answered post ${tweet.id} without public_metrics`);
        metrics.push({
          id: tweet.id,
          ...(typeof m.impression_count === 'number' ? { impressions: m.impression_count } : {}),
          likes: m.like_count,
          // The live API still says retweet_count; 2.167 renames it repost_count.
          reposts: m.retweet_count ?? (m as { repost_count?: number }).repost_count ?? 0,
          replies: m.reply_count,
          quotes: m.quote_count,
          bookmarks: m.bookmark_count ?? 0,
        });
      }
      const missing = notFoundOrThrow(ids, new Set(metrics.map((m) => m.id)), result?.errors, action);
      return { metrics, missing };
    },

    async getPost(id: string): Promise<XPost | undefined> {
      const action = `read post ${id} (GET /2/tweets/${id})`;
      const result = await call(action, () =>
        api.singleTweet(id, { 'tweet.fields': ['author_id', 'created_at', 'entities', 'referenced_tweets'], expansions: ['author_id'] }),
      );
      const raw = result?.data;
      if (!raw) {
        notFoundOrThrow([id], new Set(), result?.errors, action);
        return undefined;
      }
      const author = raw.author_id ? result.includes?.users?.find((u) => u.id === raw.author_id) : undefined;
      const replyTo = raw.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
      return {
        id: raw.id,
        text: tweetTextAsSent(raw.text, raw.entities?.urls),
        ...(raw.author_id ? { authorId: raw.author_id } : {}),
        ...(raw.created_at ? { created_at: raw.created_at } : {}),
        ...(author ? { authorUsername: author.username } : {}),
        mentions: (raw.entities?.mentions ?? []).map((m) => m.username).filter((u): u is string => typeof u === 'string' && u !== ''),
        ...(replyTo ? { in_reply_to_tweet_id: replyTo } : {}),
      };
    },

    /** `sinceIso` is compared with X's clock (`start_time`), not herald's `--now`. */
    async recentTweets(userId: string, opts: { sinceIso?: string; max?: number } = {}): Promise<XTweet[]> {
      const max = opts.max ?? TIMELINE_PAGE_SIZE * 2;
      const action = `read the timeline (GET /2/users/${userId}/tweets)`;
      const params: Partial<TweetV2UserTimelineParams> = { max_results: TIMELINE_PAGE_SIZE, 'tweet.fields': TIMELINE_FIELDS };
      if (opts.sinceIso) params.start_time = opts.sinceIso;
      // The library's paginator: each `next()` asks for the following page (`pagination_token`)
      // with the same parameters. Pages are fetched one at a time, at most TIMELINE_MAX_PAGES of
      // them and only while fewer than `max` posts are in hand.
      let page = await call(action, () => api.userTimeline(userId, params));
      const tweets: XTweet[] = [];
      for (let fetched = 1; ; fetched++) {
        for (const raw of page.tweets) tweets.push(toXTweet(raw));
        if (page.done || fetched >= TIMELINE_MAX_PAGES || tweets.length >= max) break;
        const current = page;
        page = await call(action, () => current.next());
      }
      return tweets.slice(0, max);
    },

    async timelinePage(userId: string, range: TimelineRange, page: { max: number; token?: string }): Promise<TimelinePage> {
      const action = `read the timeline (GET /2/users/${userId}/tweets)`;
      const params: Partial<TweetV2UserTimelineParams> = { ...timelineParams(range, page), exclude: ['retweets'] };
      const result = await call(action, () => api.userTimeline(userId, params));
      return toPage(result.tweets, result.meta?.next_token, action);
    },

    async mentionsPage(userId: string, range: TimelineRange, page: { max: number; token?: string }): Promise<TimelinePage> {
      const action = `read the mentions (GET /2/users/${userId}/mentions)`;
      const result = await call(action, () => api.userMentionTimeline(userId, { ...timelineParams(range, page), expansions: ['author_id'] }));
      const usernames = new Map(result.includes.users.map((u) => [u.id, u.username]));
      const found = toPage(result.tweets, result.meta?.next_token, action);
      return {
        ...found,
        posts: found.posts.map((post) => (usernames.has(post.authorId) ? { ...post, authorUsername: usernames.get(post.authorId)! } : post)),
      };
    },

    async lookUpPosts(ids: readonly string[]): Promise<{ posts: XTimelinePost[]; missing: string[] }> {
      if (ids.length === 0) return { posts: [], missing: [] };
      if (ids.length > MAX_LOOKUP_IDS) throw new RangeError(`lookUpPosts takes at most ${MAX_LOOKUP_IDS} ids, not ${ids.length}`);
      const action = `look up posts (GET /2/tweets?ids=${ids.length === 1 ? ids[0] : `${ids[0]},… ${ids.length} ids`})`;
      const result = await call(action, () => api.tweets([...ids], { 'tweet.fields': SUPPORT_FIELDS }));
      const posts = (result?.data ?? []).map((raw) => toTimelinePost(raw, action));
      const missing = notFoundOrThrow(ids, new Set(posts.map((p) => p.id)), result?.errors, action);
      return { posts, missing };
    },
  };
}

/** One page's query: the range, the page size (X takes 5 to 100) and the page's token. */
function timelineParams(range: TimelineRange, page: { max: number; token?: string }): Partial<TweetV2PaginableTimelineParams> {
  const params: Partial<TweetV2PaginableTimelineParams> = {
    max_results: Math.min(MAX_TIMELINE_PAGE, Math.max(5, Math.floor(page.max))),
    'tweet.fields': SUPPORT_FIELDS,
  };
  if (range.sinceId) params.since_id = range.sinceId;
  if (range.untilId) params.until_id = range.untilId;
  if (range.startTime) params.start_time = range.startTime;
  if (page.token) params.pagination_token = page.token;
  return params;
}

function toPage(tweets: readonly TweetV2[], nextToken: string | undefined, action: string): TimelinePage {
  return { posts: tweets.map((raw) => toTimelinePost(raw, action)), ...(nextToken ? { nextToken } : {}) };
}

const X_ID = /^[1-9][0-9]{0,18}$/;
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A post without its author or time cannot be placed in the statistics: X answered out of contract. */
function toTimelinePost(raw: TweetV2, action: string): XTimelinePost {
  if (!raw.author_id || !raw.created_at) throw new XError('server', `${action}: X answered post ${raw.id} without author_id or created_at`);
  const replyTo = raw.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  // Out of contract answers stop the read (an XError, reported per account), before an id that is
  // not X's reaches the cursor's arithmetic or metrics.jsonl.
  const ids = [raw.id, raw.author_id, replyTo, raw.in_reply_to_user_id].filter((id): id is string => id !== undefined);
  if (ids.some((id) => !X_ID.test(id)) || !INSTANT_WITH_OFFSET.test(raw.created_at)) {
    throw new XError('server', `${action}: X answered a post with an id or created_at out of its contract (${JSON.stringify(raw.id)})`);
  }
  return {
    id: raw.id,
    text: tweetTextAsSent(raw.text, raw.entities?.urls),
    authorId: raw.author_id,
    created_at: raw.created_at,
    ...(replyTo ? { in_reply_to_tweet_id: replyTo } : {}),
    ...(raw.in_reply_to_user_id ? { in_reply_to_user_id: raw.in_reply_to_user_id } : {}),
  };
}

/**
 * The ids X reported as not found (`resource-not-found`, deleted or never existed), in the order
 * asked. An id X neither returned nor reported leaves its state unknown: that throws.
 */
function notFoundOrThrow(
  ids: readonly string[],
  present: ReadonlySet<string>,
  errors: ReadonlyArray<{ type?: string; resource_id?: string; value?: unknown }> | undefined,
  action: string,
): string[] {
  const notFound = new Set(
    (errors ?? []).filter((e) => /\/problems\/resource-not-found$/.test(e.type ?? '')).map((e) => e.resource_id ?? String(e.value ?? '')),
  );
  const unknown = ids.filter((id) => !present.has(id) && !notFound.has(id));
  if (unknown.length > 0) throw new XError('server', `${action}: X said nothing about ${unknown.join(', ')}`);
  return ids.filter((id) => !present.has(id));
}

function toXTweet(raw: TweetV2): XTweet {
  const replyTo = raw.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  return {
    id: raw.id,
    text: tweetTextAsSent(raw.text, raw.entities?.urls),
    ...(raw.created_at ? { created_at: raw.created_at } : {}),
    ...(replyTo ? { in_reply_to_tweet_id: replyTo } : {}),
  };
}
