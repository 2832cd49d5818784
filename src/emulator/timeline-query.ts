/**
 * The query X's two user timelines take (GET /2/users/:id/tweets and /2/users/:id/mentions), read
 * and applied as X does: a page of at most `max_results` (5 to 100, default 10) posts, newest
 * first, between `since_id` and `until_id` (both exclusive) and from `start_time` to `end_time`
 * (both inclusive, as X's reference for the user timelines says), continued by `pagination_token`.
 * Pure: the routes read the state and bill the reads.
 */
import type { StoredTweet } from './types.js';

export type TimelineKind = 'tweets' | 'mentions';

export interface TimelineQuery {
  max: number;
  /** `tweet.fields`, as asked (checked against the fields the emulator knows by the caller). */
  fields: string[];
  sinceId?: bigint;
  untilId?: bigint;
  startMs?: number;
  endMs?: number;
  /** From `pagination_token`: the page starts below this id. */
  before?: bigint;
  /** `exclude` (the user's own timeline only). */
  excludeReplies: boolean;
  /** `expansions=author_id`: each post's author under `includes.users`. */
  expandAuthors: boolean;
}

/** One invalid parameter, as X's 400 lists it. */
export interface QueryProblem {
  parameter: string;
  value: string;
  message: string;
}

/** The parameters X's description gives each operation (2.167); any other is X's 400. */
const PARAMETERS: Record<TimelineKind, readonly string[]> = {
  tweets: [
    'max_results',
    'pagination_token',
    'start_time',
    'end_time',
    'since_id',
    'until_id',
    'exclude',
    'tweet.fields',
    'expansions',
    'user.fields',
    'media.fields',
    'poll.fields',
    'place.fields',
  ],
  mentions: [
    'max_results',
    'pagination_token',
    'start_time',
    'end_time',
    'since_id',
    'until_id',
    'tweet.fields',
    'expansions',
    'user.fields',
    'media.fields',
    'poll.fields',
    'place.fields',
  ],
};

/** X's parameters the emulator does not carry out on a timeline: refused rather than silently ignored. */
const NOT_EMULATED = new Set(['user.fields', 'media.fields', 'poll.fields', 'place.fields']);
/** The expansions it does carry out there. */
const EXPANSIONS = ['author_id'];

const POST_ID = /^\d{1,19}$/;
/** RFC 3339, as X takes `start_time` and `end_time`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** X's description: "Must be on or after 2010-11-06". */
const EARLIEST_MS = Date.parse('2010-11-06T00:00:00Z');
const EXCLUDABLE = ['replies', 'retweets'];

export function readTimelineQuery(kind: TimelineKind, query: URLSearchParams): TimelineQuery | QueryProblem {
  for (const name of new Set(query.keys())) {
    const value = query.get(name) ?? '';
    if (!PARAMETERS[kind].includes(name)) {
      return { parameter: name, value, message: `The query parameter [${name}] is not one of [id,${PARAMETERS[kind].join(',')}]` };
    }
    if (NOT_EMULATED.has(name)) {
      return {
        parameter: name,
        value,
        message: `The emulator does not carry out [${name}] on a timeline; ask for tweet.fields and expansions=author_id only.`,
      };
    }
  }

  const maxText = query.get('max_results') ?? '10';
  const max = Number(maxText);
  if (!Number.isInteger(max) || max < 5 || max > 100) {
    return { parameter: 'max_results', value: maxText, message: `The \`max_results\` query parameter value [${maxText}] is not between 5 and 100` };
  }

  const ids: { sinceId?: bigint; untilId?: bigint } = {};
  for (const [name, key] of [
    ['since_id', 'sinceId'],
    ['until_id', 'untilId'],
  ] as const) {
    const value = query.get(name);
    if (value === null) continue;
    if (!POST_ID.test(value)) return { parameter: name, value, message: `The \`${name}\` query parameter value [${value}] is not a valid post id` };
    ids[key] = BigInt(value);
  }
  if (ids.sinceId !== undefined && ids.untilId !== undefined && ids.sinceId >= ids.untilId) {
    const value = query.get('until_id') ?? '';
    return { parameter: 'until_id', value, message: `The \`until_id\` query parameter value [${value}] must be greater than \`since_id\`` };
  }

  const times: { startMs?: number; endMs?: number } = {};
  for (const [name, key] of [
    ['start_time', 'startMs'],
    ['end_time', 'endMs'],
  ] as const) {
    const value = query.get(name);
    if (value === null) continue;
    const ms = INSTANT.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) {
      return {
        parameter: name,
        value,
        message: `The \`${name}\` query parameter value [${value}] is not a valid RFC 3339 date-time, like 2026-12-01T09:00:00Z`,
      };
    }
    if (ms < EARLIEST_MS)
      return { parameter: name, value, message: `The \`${name}\` query parameter value [${value}] must be on or after 2010-11-06T00:00:00Z` };
    times[key] = ms;
  }
  if (times.startMs !== undefined && times.endMs !== undefined && times.startMs >= times.endMs) {
    const value = query.get('end_time') ?? '';
    return { parameter: 'end_time', value, message: `The \`end_time\` query parameter value [${value}] must be later than \`start_time\`` };
  }

  const token = query.get('pagination_token');
  const before = token === null ? undefined : decodePageToken(token);
  if (token !== null && before === undefined)
    return { parameter: 'pagination_token', value: token, message: 'The `pagination_token` query parameter value is invalid.' };

  const excludeText = query.get('exclude');
  const exclude = excludeText === null ? [] : excludeText.split(',');
  const wrong = exclude.find((value, index) => !EXCLUDABLE.includes(value) || exclude.indexOf(value) !== index);
  if (wrong !== undefined) {
    return {
      parameter: 'exclude',
      value: excludeText ?? '',
      message: `The \`exclude\` query parameter value [${wrong}] is not one of [${EXCLUDABLE.join(',')}], or is repeated`,
    };
  }

  const expansions = (query.get('expansions') ?? '').split(',').filter(Boolean);
  const unknownExpansion = expansions.find((e) => !EXPANSIONS.includes(e));
  if (unknownExpansion !== undefined) {
    return {
      parameter: 'expansions',
      value: unknownExpansion,
      message: `The emulator carries out only [${EXPANSIONS.join(',')}] of \`expansions\` on a timeline, not [${unknownExpansion}]`,
    };
  }

  return {
    max,
    fields: (query.get('tweet.fields') ?? '').split(',').filter(Boolean),
    expandAuthors: expansions.includes('author_id'),
    ...ids,
    ...times,
    ...(before !== undefined ? { before } : {}),
    // The emulator has no reposts, so `retweets` has nothing to leave out.
    excludeReplies: exclude.includes('replies'),
  };
}

/** The page the query asks for among `posts` (a timeline's posts, any order), and whether an older page follows. */
export function selectPage(posts: readonly StoredTweet[], q: TimelineQuery): { page: StoredTweet[]; more: boolean } {
  const inRange = posts
    .filter((t) => !t.deleted_at)
    .filter((t) => !q.excludeReplies || t.in_reply_to_tweet_id === undefined)
    .filter((t) => q.sinceId === undefined || BigInt(t.id) > q.sinceId)
    .filter((t) => q.untilId === undefined || BigInt(t.id) < q.untilId)
    .filter((t) => q.startMs === undefined || Date.parse(t.created_at) >= q.startMs)
    .filter((t) => q.endMs === undefined || Date.parse(t.created_at) <= q.endMs)
    .filter((t) => q.before === undefined || BigInt(t.id) < q.before)
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  return { page: inRange.slice(0, q.max), more: inRange.length > q.max };
}

/** X's `meta` for a page: counts and ids, and `next_token` when an older page follows. */
export function pageMeta(page: readonly StoredTweet[], more: boolean): Record<string, unknown> {
  if (page.length === 0) return { result_count: 0 };
  const meta: Record<string, unknown> = { result_count: page.length, newest_id: page[0].id, oldest_id: page[page.length - 1].id };
  if (more) meta.next_token = encodePageToken(page[page.length - 1].id);
  return meta;
}

function encodePageToken(id: string): string {
  return Buffer.from(`before:${id}`).toString('base64url');
}

function decodePageToken(token: string): bigint | undefined {
  const decoded = /^before:(\d{1,19})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return decoded ? BigInt(decoded[1]) : undefined;
}
