/**
 * The X API v2 subset herald uses, against the emulated state. Each handler is synchronous and
 * returns the answer plus whether it changed the state (so the store knows to write it).
 */
import { parseMultipart } from './multipart.js';
import { DUPLICATE_DETAIL, invalidRequest, problem, REPLY_NOT_VISIBLE_DETAIL, type EmuResponse } from './problems.js';
import { mentionEntities, mentionsUser, renderText, weightedLength, wrapLinks } from './text.js';
import { pageMeta, readTimelineQuery, selectPage, type TimelineKind } from './timeline-query.js';
import { metricsAt } from './metrics.js';
import { NO_READS, type EmulatedUser, type EmulatorState, type ReadCounts, type StoredMedia, type StoredTweet } from './types.js';
import { checkPoll, REPLY_NOT_SUMMONED_DETAIL, replyAllowed } from './tweet-rules.js';
import { comparableText } from '../x/tweet-text.js';

export interface RouteRequest {
  state: EmulatorState;
  user: EmulatedUser;
  now: Date;
  /** Seeds the metrics every post grows (src/emulator/metrics.ts). */
  seed: number;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Buffer;
  contentType: string;
}

export interface RouteResult {
  response: EmuResponse;
  changed: boolean;
}

type Handler = (req: RouteRequest) => RouteResult;

interface Route {
  method: string;
  pattern: string;
  /** Rate-limit bucket: X limits each endpoint separately. */
  bucket: string;
  handler: Handler;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

const ROUTES: Route[] = [
  { method: 'GET', pattern: '/2/users/me', bucket: 'users-me', handler: usersMe },
  { method: 'POST', pattern: '/2/tweets', bucket: 'tweets-create', handler: createTweet },
  { method: 'GET', pattern: '/2/tweets', bucket: 'tweets-lookup', handler: lookUpTweets },
  { method: 'GET', pattern: '/2/tweets/:id', bucket: 'tweets-lookup', handler: lookUpTweet },
  { method: 'DELETE', pattern: '/2/tweets/:id', bucket: 'tweets-delete', handler: deleteTweet },
  { method: 'GET', pattern: '/2/users/:id/tweets', bucket: 'users-tweets', handler: (req) => userTimeline(req, 'tweets') },
  { method: 'GET', pattern: '/2/users/:id/mentions', bucket: 'users-mentions', handler: (req) => userTimeline(req, 'mentions') },
  { method: 'POST', pattern: '/2/media/upload/initialize', bucket: 'media-upload', handler: mediaInitialize },
  { method: 'POST', pattern: '/2/media/upload/:id/append', bucket: 'media-upload', handler: mediaAppend },
  { method: 'POST', pattern: '/2/media/upload/:id/finalize', bucket: 'media-upload', handler: mediaFinalize },
  { method: 'GET', pattern: '/2/media/upload', bucket: 'media-status', handler: mediaStatus },
  { method: 'POST', pattern: '/2/media/metadata', bucket: 'media-metadata', handler: mediaMetadata },
];

export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/');
  const s = path.split('/');
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '*') return params;
    if (s[i] === undefined) return undefined;
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return undefined;
  }
  return s.length === p.length ? params : undefined;
}

export function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}

/** Count the request against its 15-minute window; every answer carries the window's headers. */
export function dispatch(route: Route, req: RouteRequest): RouteResult {
  const limits = req.state.limits;
  const limit = route.bucket === 'tweets-create' || route.bucket === 'tweets-delete' ? limits.postsPer15Min : limits.requestsPer15Min;
  const key = `${req.user.id}:${route.bucket}`;
  const nowMs = req.now.getTime();
  let window = req.state.windows[key];
  if (!window || nowMs - window.start >= FIFTEEN_MINUTES) window = req.state.windows[key] = { start: nowMs, count: 0 };
  window.count += 1;
  const headers: Record<string, string> = {
    'x-rate-limit-limit': String(limit),
    'x-rate-limit-remaining': String(Math.max(0, limit - window.count)),
    'x-rate-limit-reset': String(Math.ceil((window.start + FIFTEEN_MINUTES) / 1000)),
  };
  if (window.count > limit) return { response: problem(429, 'Too Many Requests', headers), changed: true };
  const result = route.handler(req);
  result.response.headers = { ...headers, ...result.response.headers };
  return { response: result.response, changed: true };
}

function ok(body: unknown, status = 200): RouteResult['response'] {
  return { status, body };
}

function nextId(state: EmulatorState, base: bigint): string {
  state.seq += 1;
  return (base + BigInt(state.seq)).toString();
}
const TWEET_ID_BASE = 1_990_000_000_000_000_000n;

/** The id the next post gets, whoever writes it. */
export function nextTweetId(state: EmulatorState): string {
  return nextId(state, TWEET_ID_BASE);
}
const MEDIA_ID_BASE = 1_980_000_000_000_000_000n;

function jsonBody(req: RouteRequest): { ok: true; value: Record<string, unknown> } | { ok: false; result: RouteResult } {
  try {
    const text = req.body.toString('utf8');
    const value = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // answered below, like X: a 400 naming the body
  }
  return {
    ok: false,
    result: { response: invalidRequest([{ parameters: {}, message: 'Request body is not valid JSON.' }]), changed: false },
  };
}

function usersMe(req: RouteRequest): RouteResult {
  const { id, name, username } = req.user;
  return { response: ok({ data: { id, name, username } }), changed: false };
}

function postsInLastDay(req: RouteRequest): StoredTweet[] {
  const since = req.now.getTime() - DAY;
  return req.state.tweets.filter((t) => t.author_id === req.user.id && Date.parse(t.created_at) > since);
}

function dayLimitHeaders(req: RouteRequest, used: StoredTweet[]): Record<string, string> {
  const limit = req.state.limits.postsPer24Hours;
  const oldest = used.length > 0 ? Date.parse(used[0].created_at) : req.now.getTime();
  return {
    'x-user-limit-24hour-limit': String(limit),
    'x-user-limit-24hour-remaining': String(Math.max(0, limit - used.length)),
    'x-user-limit-24hour-reset': String(Math.ceil((oldest + DAY) / 1000)),
  };
}

function createTweet(req: RouteRequest): RouteResult {
  const parsed = jsonBody(req);
  if (!parsed.ok) return parsed.result;
  const body = parsed.value;
  const recent = postsInLastDay(req);
  if (recent.length >= req.state.limits.postsPer24Hours) {
    return { response: problem(429, 'Too Many Requests', dayLimitHeaders(req, recent)), changed: false };
  }
  const text = typeof body.text === 'string' ? body.text : undefined;
  const reply = body.reply as { in_reply_to_tweet_id?: unknown } | undefined;
  const media = body.media as { media_ids?: unknown } | undefined;
  const mediaIds = Array.isArray(media?.media_ids) ? (media!.media_ids as unknown[]) : undefined;
  if (body.text !== undefined && typeof body.text !== 'string') {
    return bad({ text: [body.text] }, '$.text: expected a string');
  }
  if ((text === undefined || text === '') && !mediaIds) {
    return bad({ text: [text ?? null] }, 'Text or media is required to create a Tweet.');
  }
  if (text !== undefined) {
    const length = weightedLength(text, req.state.limits.maxWeightedLength);
    if (!length.valid && text.trim() !== '') {
      return bad({ text: [text] }, `The text field must be at most ${req.state.limits.maxWeightedLength} weighted characters; it has ${length.length}.`);
    }
  }
  let replyTo: string | undefined;
  if (reply !== undefined) {
    const id = reply.in_reply_to_tweet_id;
    if (typeof id !== 'string' || !/^\d{1,19}$/.test(id)) {
      return bad({ 'reply.in_reply_to_tweet_id': [id ?? null] }, 'The `reply.in_reply_to_tweet_id` field must be a Tweet id.');
    }
    const target = req.state.tweets.find((t) => t.id === id);
    if (!target || target.deleted_at) return { response: problem(403, REPLY_NOT_VISIBLE_DETAIL), changed: false };
    if (!replyAllowed(target, req.user)) return { response: problem(403, REPLY_NOT_SUMMONED_DETAIL), changed: false };
    replyTo = id;
  }
  if (mediaIds) {
    const owned = (id: unknown) => typeof id === 'string' && req.state.media.some((m) => m.id === id && m.owner_id === req.user.id && m.state === 'succeeded');
    if (mediaIds.length < 1 || mediaIds.length > 4 || !mediaIds.every(owned)) {
      return bad({ 'media.media_ids': mediaIds }, 'Your media IDs are invalid.');
    }
  }
  const poll = checkPoll(body.poll, mediaIds !== undefined);
  if (poll.problem) return bad({ [poll.problem.parameter]: [poll.problem.value] }, poll.problem.message);
  if (text && text.trim() !== '') {
    const normalized = comparableText(text);
    if (recent.some((t) => !t.deleted_at && comparableText(t.text) === normalized)) {
      return { response: problem(403, DUPLICATE_DETAIL, dayLimitHeaders(req, recent)), changed: false };
    }
  }
  const id = nextId(req.state, TWEET_ID_BASE);
  const tweet: StoredTweet = {
    id,
    author_id: req.user.id,
    text: text ?? '',
    created_at: req.now.toISOString(),
    urls: wrapLinks(text ?? '', id),
    ...(replyTo ? { in_reply_to_tweet_id: replyTo } : {}),
    ...(mediaIds ? { media_ids: mediaIds as string[] } : {}),
    ...(poll.poll ? { poll: poll.poll } : {}),
  };
  req.state.tweets.push(tweet);
  const rendered = renderText(tweet.text, tweet.urls);
  return {
    response: { status: 201, headers: dayLimitHeaders(req, [...recent, tweet]), body: { data: { id, text: rendered.text, edit_history_tweet_ids: [id] } } },
    changed: true,
  };
}

function bad(parameters: Record<string, unknown[]>, message: string): RouteResult {
  return { response: invalidRequest([{ parameters, message }]), changed: false };
}

/** X's `resource-not-found` problem for a post id (an item of `errors`, or a 404's body). */
function tweetNotFound(id: string, parameter: string): Record<string, string> {
  return {
    value: id,
    detail: `Could not find tweet with ${parameter}: [${id}].`,
    title: 'Not Found Error',
    resource_type: 'tweet',
    parameter,
    resource_id: id,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}

const TWEET_ID = /^\d{1,19}$/;

function deleteTweet(req: RouteRequest): RouteResult {
  const id = req.params.id;
  if (!TWEET_ID.test(id)) return bad({ id: [id] }, `The \`id\` query parameter value [${id}] is not valid`);
  const tweet = req.state.tweets.find((t) => t.id === id && !t.deleted_at);
  // A post that never existed or is already deleted: 404, X's not-found problem.
  if (!tweet) return { response: { status: 404, body: { ...tweetNotFound(id, 'id'), status: 404 } }, changed: false };
  if (tweet.author_id !== req.user.id) {
    return { response: problem(403, 'You are not authorized to delete this Tweet.'), changed: false };
  }
  tweet.deleted_at = req.now.toISOString();
  return { response: ok({ data: { deleted: true } }), changed: true };
}

/** GET /2/tweets?ids=: the posts X shows, and an `errors` item for each id it does not (deleted or never existed). */
function lookUpTweets(req: RouteRequest): RouteResult {
  const raw = req.query.get('ids');
  const ids = (raw ?? '').split(',').filter((s) => s !== '');
  if (ids.length === 0 || ids.length > 100 || !ids.every((id) => TWEET_ID.test(id))) {
    return bad({ ids: [raw ?? null] }, 'The `ids` query parameter value must be 1 to 100 comma-separated post ids.');
  }
  const fields = (req.query.get('tweet.fields') ?? '').split(',').filter(Boolean);
  const unknown = fields.filter((f) => !TWEET_FIELDS.has(f));
  if (unknown.length > 0) {
    return bad({ 'tweet.fields': unknown }, `The \`tweet.fields\` query parameter value [${unknown[0]}] is not one of [${[...TWEET_FIELDS].join(',')}]`);
  }
  const data: Array<Record<string, unknown>> = [];
  const errors: Array<Record<string, string>> = [];
  for (const id of ids) {
    const tweet = req.state.tweets.find((t) => t.id === id && !t.deleted_at);
    if (tweet) data.push(tweetView(tweet, fields, req));
    else errors.push(tweetNotFound(id, 'ids'));
  }
  // X bills a look-up per post it returns; ids it reports in `errors` cost nothing.
  countReads(req, { lookup_requests: 1, post_reads: data.length });
  return { response: ok({ ...(data.length > 0 ? { data } : {}), ...(errors.length > 0 ? { errors } : {}) }), changed: true };
}

/**
 * GET /2/tweets/:id: one post, with the fields asked for and, with `expansions=author_id`, its
 * author under `includes.users`. A post X does not show (deleted or never existed) is a 200 whose
 * `errors` holds X's not-found problem, as X answers it. Billed like a look-up by ids.
 */
function lookUpTweet(req: RouteRequest): RouteResult {
  const id = req.params.id;
  if (!TWEET_ID.test(id)) return bad({ id: [id] }, `The \`id\` query parameter value [${id}] is not valid`);
  const fields = (req.query.get('tweet.fields') ?? '').split(',').filter(Boolean);
  const unknown = fields.filter((f) => !TWEET_FIELDS.has(f));
  if (unknown.length > 0) {
    return bad({ 'tweet.fields': unknown }, `The \`tweet.fields\` query parameter value [${unknown[0]}] is not one of [${[...TWEET_FIELDS].join(',')}]`);
  }
  const expansions = (req.query.get('expansions') ?? '').split(',').filter(Boolean);
  const unknownExpansion = expansions.find((e) => !EXPANSIONS.has(e));
  if (unknownExpansion !== undefined) {
    return bad(
      { expansions: [unknownExpansion] },
      `The \`expansions\` query parameter value [${unknownExpansion}] is not one of [${[...EXPANSIONS].join(',')}]`,
    );
  }
  const tweet = req.state.tweets.find((t) => t.id === id && !t.deleted_at);
  countReads(req, { lookup_requests: 1, post_reads: tweet ? 1 : 0 });
  if (!tweet) return { response: ok({ errors: [tweetNotFound(id, 'id')] }), changed: true };
  const body: Record<string, unknown> = { data: tweetView(tweet, fields, req) };
  if (expansions.includes('author_id')) {
    const author = req.state.users.find((u) => u.id === tweet.author_id);
    if (author) body.includes = { users: [{ id: author.id, name: author.name, username: author.username }] };
  }
  return { response: ok(body), changed: true };
}

/** The expansions the emulator carries out. */
const EXPANSIONS = new Set(['author_id']);

const TWEET_FIELDS = new Set([
  'created_at',
  'entities',
  'referenced_tweets',
  'author_id',
  'in_reply_to_user_id',
  'attachments',
  'edit_history_tweet_ids',
  'public_metrics',
]);

function countReads(req: RouteRequest, add: Partial<ReadCounts>): void {
  req.state.reads ??= {};
  const counts = (req.state.reads[req.user.username] ??= { ...NO_READS });
  for (const [key, value] of Object.entries(add) as Array<[keyof ReadCounts, number]>) counts[key] += value;
}

/**
 * GET /2/users/:id/tweets (the user's own posts, replies included unless `exclude=replies`) and
 * GET /2/users/:id/mentions (other users' posts whose `entities.mentions` name the user): one page,
 * newest first, as src/emulator/timeline-query.ts reads the query. An unknown user is a 200 with
 * X's not-found problem, for both.
 */
function userTimeline(req: RouteRequest, kind: TimelineKind): RouteResult {
  const { state } = req;
  const user = state.users.find((u) => u.id === req.params.id);
  if (!user) return { response: ok({ errors: [userNotFound(req.params.id)] }), changed: false };
  const q = readTimelineQuery(kind, req.query);
  if ('parameter' in q) return bad({ [q.parameter]: [q.value] }, q.message);
  const unknown = q.fields.filter((f) => !TWEET_FIELDS.has(f));
  if (unknown.length > 0) {
    return bad({ 'tweet.fields': unknown }, `The \`tweet.fields\` query parameter value [${unknown[0]}] is not one of [${[...TWEET_FIELDS].join(',')}]`);
  }
  const posts =
    kind === 'tweets'
      ? state.tweets.filter((t) => t.author_id === user.id)
      : state.tweets.filter((t) => t.author_id !== user.id && mentionsUser(t.text, t.urls, user.username));
  const { page, more } = selectPage(posts, q);
  // X bills per post returned: the caller's own posts as owned reads, anyone else's as post reads
  // (a mentions timeline holds only other users' posts). Both routes count as timeline requests.
  const own = kind === 'tweets' && user.id === req.user.id;
  countReads(req, { timeline_requests: 1, ...(own ? { owned_reads: page.length } : { post_reads: page.length }) });
  const meta = pageMeta(page, more);
  if (page.length === 0) return { response: ok({ meta }), changed: true };
  const body: Record<string, unknown> = { data: page.map((t) => tweetView(t, q.fields, req)), meta };
  if (q.expandAuthors) {
    const authors = [...new Set(page.map((t) => t.author_id))].flatMap((id) => state.users.filter((u) => u.id === id));
    body.includes = { users: authors.map((u) => ({ id: u.id, name: u.name, username: u.username })) };
  }
  return { response: ok(body), changed: true };
}

/** X's `resource-not-found` problem for a user id. */
function userNotFound(id: string): Record<string, string> {
  return {
    value: id,
    detail: `Could not find user with id: [${id}].`,
    title: 'Not Found Error',
    resource_type: 'user',
    parameter: 'id',
    resource_id: id,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}

function tweetView(t: StoredTweet, fields: string[], req: RouteRequest): Record<string, unknown> {
  const state = req.state;
  const rendered = renderText(t.text, t.urls);
  const view: Record<string, unknown> = { id: t.id, text: rendered.text, edit_history_tweet_ids: [t.id] };
  if (fields.includes('created_at')) view.created_at = t.created_at;
  if (fields.includes('author_id')) view.author_id = t.author_id;
  if (fields.includes('entities')) {
    const byName = new Map(state.users.map((u) => [u.username.toLowerCase(), u.id]));
    const mentions = mentionEntities(rendered.text, (name) => byName.get(name.toLowerCase()));
    const entities = { ...rendered.entities, ...(mentions.length > 0 ? { mentions } : {}) };
    if (Object.keys(entities).length > 0) view.entities = entities;
  }
  if (t.in_reply_to_tweet_id) {
    if (fields.includes('referenced_tweets')) view.referenced_tweets = [{ type: 'replied_to', id: t.in_reply_to_tweet_id }];
    if (fields.includes('in_reply_to_user_id')) {
      const parent = state.tweets.find((p) => p.id === t.in_reply_to_tweet_id);
      if (parent) view.in_reply_to_user_id = parent.author_id;
    }
  }
  if (fields.includes('attachments') && t.media_ids?.length) view.attachments = { media_keys: t.media_ids.map(mediaKey) };
  if (fields.includes('public_metrics')) view.public_metrics = metricsAt(req.seed, t.id, t.created_at, req.now);
  return view;
}

function mediaKey(id: string): string {
  return `3_${id}`;
}

const MEDIA_TYPES: Record<string, number> = {
  'image/png': 5 * 1024 * 1024,
  'image/jpeg': 5 * 1024 * 1024,
  'image/webp': 5 * 1024 * 1024,
  'image/gif': 15 * 1024 * 1024,
  'video/mp4': 512 * 1024 * 1024,
  'video/quicktime': 512 * 1024 * 1024,
};

function mediaInitialize(req: RouteRequest): RouteResult {
  const parsed = jsonBody(req);
  if (!parsed.ok) return parsed.result;
  const { media_type, total_bytes, media_category } = parsed.value;
  if (typeof media_type !== 'string' || !(media_type in MEDIA_TYPES)) {
    return bad({ media_type: [media_type ?? null] }, `The \`media_type\` value must be one of [${Object.keys(MEDIA_TYPES).join(', ')}].`);
  }
  if (typeof total_bytes !== 'number' || !Number.isInteger(total_bytes) || total_bytes <= 0 || total_bytes > MEDIA_TYPES[media_type]) {
    return bad({ total_bytes: [total_bytes ?? null] }, `The \`total_bytes\` value must be between 1 and ${MEDIA_TYPES[media_type]} for ${media_type}.`);
  }
  const id = nextId(req.state, MEDIA_ID_BASE);
  req.state.media.push({
    id,
    owner_id: req.user.id,
    media_type,
    ...(typeof media_category === 'string' ? { media_category } : {}),
    total_bytes,
    segments: {},
    state: 'uploading',
    created_at: req.now.toISOString(),
  });
  return { response: ok({ data: { id, media_key: mediaKey(id), expires_after_secs: 86400 } }), changed: true };
}

function ownMedia(req: RouteRequest, id: string | null | undefined): StoredMedia | undefined {
  return req.state.media.find((m) => m.id === id && m.owner_id === req.user.id);
}

function mediaNotFound(id: unknown): RouteResult {
  return bad({ media_id: [id ?? null] }, 'The media ID is invalid or does not belong to you.');
}

function mediaAppend(req: RouteRequest): RouteResult {
  const media = ownMedia(req, req.params.id);
  if (!media) return mediaNotFound(req.params.id);
  if (media.state !== 'uploading') return bad({ media_id: [media.id] }, 'This media was already finalized.');
  const fields = parseMultipart(req.body, req.contentType);
  const segment = fields?.get('segment_index')?.toString('utf8');
  const bytes = fields?.get('media');
  if (segment === undefined || !/^\d+$/.test(segment) || Number(segment) > 999) {
    return bad({ segment_index: [segment ?? null] }, 'The `segment_index` field must be a number between 0 and 999.');
  }
  if (!bytes || bytes.length === 0) return bad({ media: [] }, 'The `media` field is required.');
  media.segments[segment] = bytes.length;
  if (segment === '0') media.magic = bytes.subarray(0, 8).toString('hex');
  return { response: ok({ data: { expires_at: Math.floor(req.now.getTime() / 1000) + 86400 } }), changed: true };
}

function mediaFinalize(req: RouteRequest): RouteResult {
  const media = ownMedia(req, req.params.id);
  if (!media) return mediaNotFound(req.params.id);
  const received = Object.values(media.segments).reduce((a, b) => a + b, 0);
  if (media.state === 'uploading') {
    if (received !== media.total_bytes) {
      return bad({ media_id: [media.id] }, `Segments do not add up to provided total file size (${received} of ${media.total_bytes} bytes).`);
    }
    const isVideo = media.media_type.startsWith('video/');
    media.state = isVideo ? 'processing' : 'succeeded';
    if (isVideo) media.checks_left = req.state.limits.processingChecks;
  }
  const data: Record<string, unknown> = { id: media.id, media_key: mediaKey(media.id), size: media.total_bytes, expires_after_secs: 86400 };
  if (media.state === 'processing') data.processing_info = { state: 'pending', check_after_secs: req.state.limits.processingCheckAfterSecs };
  return { response: ok({ data }), changed: true };
}

function mediaStatus(req: RouteRequest): RouteResult {
  if (req.query.get('command') !== 'STATUS') return bad({ command: [req.query.get('command')] }, 'The `command` parameter must be STATUS.');
  const media = ownMedia(req, req.query.get('media_id'));
  if (!media) return mediaNotFound(req.query.get('media_id'));
  let changed = false;
  if (media.state === 'processing') {
    media.checks_left = (media.checks_left ?? 1) - 1;
    if (media.checks_left <= 0) media.state = 'succeeded';
    changed = true;
  }
  const info =
    media.state === 'succeeded'
      ? { state: 'succeeded', progress_percent: 100 }
      : media.state === 'processing'
        ? { state: 'in_progress', check_after_secs: req.state.limits.processingCheckAfterSecs, progress_percent: 50 }
        : undefined;
  return { response: ok({ data: { id: media.id, media_key: mediaKey(media.id), ...(info ? { processing_info: info } : {}) } }), changed };
}

function mediaMetadata(req: RouteRequest): RouteResult {
  const parsed = jsonBody(req);
  if (!parsed.ok) return parsed.result;
  const { id, metadata } = parsed.value as { id?: unknown; metadata?: { alt_text?: { text?: unknown } } };
  const media = typeof id === 'string' ? ownMedia(req, id) : undefined;
  if (!media) return mediaNotFound(id);
  const alt = metadata?.alt_text?.text;
  if (typeof alt !== 'string' || alt.length === 0 || [...alt].length > 1000) {
    return bad({ 'metadata.alt_text.text': [alt ?? null] }, 'Alt text must be between 1 and 1000 characters.');
  }
  media.alt_text = alt;
  return { response: ok({ data: { id: media.id, associated_metadata: { alt_text: { text: alt } } } }), changed: true };
}
