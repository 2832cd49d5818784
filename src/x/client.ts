/**
 * The real X client (twitter-api-v2, OAuth 1.0a user context), implementing the port publishing
 * uses. This module and `errors.ts` (which only this module imports) are the ones that load
 * twitter-api-v2; load this one with `import()` so commands that do not talk to X stay fast to start.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TwitterApi } from 'twitter-api-v2';
import { credentialsFor, secretValues } from './credentials.js';
import { toXError } from './errors.js';
import { mediaKindFor, SUPPORTED_MEDIA_EXTENSIONS } from './media-type.js';
import { XError, type CreateTweetInput, type MediaUpload, type XAccountClient, type XCredentials, type XTweet, type XUser } from './port.js';
import { baseUrlFromEnv, parseBaseUrl } from './base-url.js';
import { agentFor, requestPlugin } from './redirect-plugin.js';
import { tweetTextAsSent, type UrlEntity } from './tweet-text.js';

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

interface RawTweet {
  id: string;
  text: string;
  created_at?: string;
  entities?: { urls?: UrlEntity[] };
  referenced_tweets?: Array<{ type: string; id: string }>;
}

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
      const body: Record<string, unknown> = { text: input.text };
      if (input.replyTo) body.reply = { in_reply_to_tweet_id: input.replyTo };
      if (input.mediaIds && input.mediaIds.length > 0) body.media = { media_ids: input.mediaIds };
      const result = await call('create the post (POST /2/tweets)', () => api.post<{ data?: { id?: string } }>('tweets', body));
      const id = result?.data?.id;
      // A success without an id cannot be told apart from a lost answer: let publishing reconcile.
      if (typeof id !== 'string') throw new XError('uncertain', 'create the post (POST /2/tweets): X answered without a post id; X may have created it');
      return { id };
    },

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
        await call(`set the alt text of ${name} (POST /2/media/metadata)`, () =>
          api.post('media/metadata', { id: mediaId, metadata: { alt_text: { text: altText } } }),
        );
      }
      return mediaId;
    },

    /** `sinceIso` is compared with X's clock (`start_time`), not herald's `--now`. */
    async recentTweets(userId: string, opts: { sinceIso?: string; max?: number } = {}): Promise<XTweet[]> {
      const max = opts.max ?? TIMELINE_PAGE_SIZE * 2;
      const tweets: XTweet[] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < TIMELINE_MAX_PAGES && tweets.length < max; page++) {
        const query: Record<string, string | number> = {
          max_results: TIMELINE_PAGE_SIZE,
          'tweet.fields': 'created_at,entities,referenced_tweets',
        };
        if (opts.sinceIso) query.start_time = opts.sinceIso;
        if (nextToken) query.pagination_token = nextToken;
        const result = await call(`read the timeline (GET /2/users/${userId}/tweets)`, () =>
          api.get<{ data?: RawTweet[]; meta?: { next_token?: string } }>('users/:id/tweets', query, { params: { id: userId } }),
        );
        for (const raw of result?.data ?? []) tweets.push(toXTweet(raw));
        nextToken = result?.meta?.next_token;
        if (!nextToken) break;
      }
      return tweets.slice(0, max);
    },
  };
}

function toXTweet(raw: RawTweet): XTweet {
  const replyTo = raw.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  return {
    id: raw.id,
    text: tweetTextAsSent(raw.text, raw.entities?.urls),
    ...(raw.created_at ? { created_at: raw.created_at } : {}),
    ...(replyTo ? { in_reply_to_tweet_id: replyTo } : {}),
  };
}
