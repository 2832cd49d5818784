/**
 * The X API emulator: a local HTTP server speaking the X API v2 subset herald uses, with X's
 * shapes, headers and errors, and fault injection so tests can make X fail in every way that
 * matters for publishing exactly once.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { oauthSignature, parseOAuthHeader, signaturesMatch } from './oauth.js';
import { faultResponse, problem, type EmuResponse } from './problems.js';
import { addCustomerPost, type CustomerPostInput, type CustomerSeed, seedCustomers } from './customers.js';
import { dispatch, findRoute, matchPath, nextTweetId } from './routes.js';
import { StateStore } from './store.js';
import {
  NO_READS,
  type EmulatedTweet,
  type EmulatedUser,
  type EmulatorLimits,
  type EmulatorState,
  type Exchange,
  type FaultSpec,
  type ReadCounts,
  type RecordedRequest,
  type StoredFault,
} from './types.js';

export interface EmulatorOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Keep the emulated X in this JSON file, shared by every emulator process using it. */
  stateFile?: string;
  /** Users known in advance; others are created on first sight of their token. */
  users?: Array<{ token: string; username: string; id?: string; secret?: string }>;
  /** App keys and secrets: with the user's token secret, request signatures are then verified. */
  apps?: Array<{ key: string; secret: string }>;
  /** Tokens that get 401, as if access was revoked. */
  rejectTokens?: string[];
  limits?: Partial<EmulatorLimits>;
  /** X's clock (default: real time). Posts' metrics grow with their age at this clock. */
  clock?: () => Date;
  /** Seeds every post's metrics (src/emulator/metrics.ts); default 1. Same seed and clock, same numbers. */
  seed?: number;
  /** The origin clients sign requests for before they are redirected here. */
  signedOrigin?: string;
  /** Called with every request answered (control calls excluded) and its answer, as sent. */
  onExchange?: (exchange: Exchange) => void;
  /** Seed customers' posts that mention this support account (src/emulator/customers.ts: a fixed table). */
  customers?: CustomerSeed;
}

export interface Emulator {
  url: string;
  port: number;
  close(): Promise<void>;
  inject(fault: FaultSpec | FaultSpec[]): void;
  clearFaults(): void;
  /** Every post ever created (deleted ones marked), oldest first; only this user's when given. */
  tweets(username?: string): EmulatedTweet[];
  state(): EmulatorState;
  /** Requests this process answered, oldest first (control calls excluded). */
  requests(): RecordedRequest[];
  /** What each user's reads cost so far (X bills per post read), or one user's (zeros when none). */
  reads(): Record<string, ReadCounts>;
  reads(username: string): ReadCounts;
  reset(): void;
  rejectToken(token: string, rejected?: boolean): void;
  addUser(user: { token: string; username: string; id?: string; secret?: string }): EmulatedUser;
  configure(limits: Partial<EmulatorLimits>): void;
  /** A customer writes a post (mentioning the support account or not, replying or not). */
  customerPost(input: CustomerPostInput): EmulatedTweet;
}

/** Long soak runs would otherwise grow the request record without bound. */
const MAX_RECORDED = 50_000;

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const store = new StateStore(options.stateFile, options.limits);
  const baseClock = options.clock ?? (() => new Date());
  // Moved by POST /_emulator/clock, so a rehearsal can let a day pass and see posts' metrics grow.
  let clockOffsetMs = 0;
  const clock = () => new Date(baseClock().getTime() + clockOffsetMs);
  const seed = options.seed ?? 1;
  const signedOrigin = (options.signedOrigin ?? 'https://api.x.com').replace(/\/+$/, '');
  const appSecrets = new Map((options.apps ?? []).map((a) => [a.key, a.secret]));
  const recorded: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  // Delayed answers must not keep a closed emulator (or its process) alive.
  const closing = new AbortController();

  const api = {
    inject(fault: FaultSpec | FaultSpec[]) {
      store.transaction((state) => {
        for (const spec of Array.isArray(fault) ? fault : [fault]) addFault(state, spec);
        return { result: undefined, changed: true };
      });
    },
    clearFaults() {
      store.transaction((state) => {
        state.faults = [];
        return { result: undefined, changed: true };
      });
    },
    tweets(username?: string): EmulatedTweet[] {
      return store.read((state) => tweetsView(state, username));
    },
    state(): EmulatorState {
      return store.read((state) => structuredClone(state));
    },
    requests: () => recorded.slice(),
    reads: ((username?: string) =>
      store.read((state) => (username === undefined ? structuredClone(state.reads ?? {}) : { ...NO_READS, ...state.reads?.[username] }))) as Emulator['reads'],
    reset() {
      store.reset();
      recorded.length = 0;
      seedUsers();
    },
    rejectToken(token: string, rejected = true) {
      store.transaction((state) => {
        userForToken(state, token).rejected = rejected;
        return { result: undefined, changed: true };
      });
    },
    addUser(user: { token: string; username: string; id?: string; secret?: string }): EmulatedUser {
      return store.transaction((state) => ({ result: upsertUser(state, user), changed: true }));
    },
    customerPost(input: CustomerPostInput): EmulatedTweet {
      const id = store.transaction((state) => ({ result: addCustomerPost(state, input, clock(), () => nextTweetId(state)).id, changed: true }));
      return api.tweets().find((t) => t.id === id)!;
    },
    configure(limits: Partial<EmulatorLimits>) {
      store.transaction((state) => {
        state.limits = { ...state.limits, ...limits };
        return { result: undefined, changed: true };
      });
    },
  };

  function seedUsers() {
    for (const user of options.users ?? []) api.addUser(user);
    for (const token of options.rejectTokens ?? []) api.rejectToken(token);
    const customers = options.customers;
    if (customers) {
      store.transaction((state) => {
        seedCustomers(state, customers, clock());
        return { result: undefined, changed: true };
      });
    }
  }
  seedUsers();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        if (!res.headersSent && !res.destroyed) send(res, problem(500, `Emulator error: ${(error as Error).message}`));
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    if (url.pathname.startsWith('/_emulator/')) return send(res, control(method, url.pathname, body));

    const outcome = store.transaction((state) => answer(state, req, method, url, body));
    if (recorded.length >= MAX_RECORDED) recorded.splice(0, recorded.length - MAX_RECORDED + 1);
    recorded.push({
      method,
      path: url.pathname,
      host: req.headers.host,
      ...(outcome.username ? { username: outcome.username } : {}),
      status: outcome.response.status,
      at: clock().toISOString(),
    });
    const dropped = !!outcome.fault && 'mode' in outcome.fault;
    options.onExchange?.({
      method,
      path: url.pathname,
      search: url.search,
      requestHeaders: req.headers,
      requestBody: body,
      ...(dropped ? {} : { response: wire(outcome.response) }),
    });
    if (outcome.fault && 'mode' in outcome.fault) {
      // Like a connection lost after X acted (or before, for `drop`): no answer at all.
      res.socket?.destroy();
      return;
    }
    if (outcome.fault && 'delayMs' in outcome.fault) {
      try {
        await sleep(outcome.fault.delayMs, undefined, { signal: closing.signal });
      } catch {
        return;
      }
      if (res.destroyed || res.socket?.destroyed) return;
    }
    send(res, outcome.response);
  }

  function answer(
    state: EmulatorState,
    req: http.IncomingMessage,
    method: string,
    url: URL,
    body: Buffer,
  ): { result: { response: EmuResponse; fault?: FaultSpec; username?: string }; changed: boolean } {
    const auth = authenticate(state, req, method, url, body);
    if ('response' in auth) return { result: { response: auth.response }, changed: auth.changed };
    const user = auth.user;
    const fault = takeFault(state, method, url.pathname, user);
    const base = { username: user.username, fault: fault?.spec };
    if (fault && 'status' in fault.spec) {
      const response = faultResponse(fault.spec.status, fault.spec.detail);
      if (fault.spec.status === 429) {
        const nowSecs = Math.ceil(clock().getTime() / 1000);
        if (fault.spec.limit === '24h') {
          const reset = String(nowSecs + (fault.spec.resetInSecs ?? 86_400));
          response.headers = {
            'x-rate-limit-limit': String(state.limits.postsPer15Min),
            'x-rate-limit-remaining': String(state.limits.postsPer15Min),
            'x-rate-limit-reset': String(nowSecs + 900),
            'x-user-limit-24hour-limit': String(state.limits.postsPer24Hours),
            'x-user-limit-24hour-remaining': '0',
            'x-user-limit-24hour-reset': reset,
          };
        } else {
          const reset = String(nowSecs + (fault.spec.resetInSecs ?? 900));
          response.headers = { 'x-rate-limit-limit': String(state.limits.postsPer15Min), 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset };
        }
      }
      return { result: { ...base, response }, changed: true };
    }
    if (fault && 'mode' in fault.spec && fault.spec.mode === 'drop') return { result: { ...base, response: { status: 0 } }, changed: true };
    const found = findRoute(method, url.pathname);
    if (!found) {
      return { result: { ...base, response: problem(404, `No such endpoint in the emulator: ${method} ${url.pathname}`) }, changed: auth.changed || !!fault };
    }
    const routed = dispatch(found.route, {
      state,
      user,
      now: clock(),
      seed,
      method,
      path: url.pathname,
      params: found.params,
      query: url.searchParams,
      body,
      contentType: String(req.headers['content-type'] ?? ''),
    });
    return { result: { ...base, response: routed.response }, changed: true };
  }

  function authenticate(
    state: EmulatorState,
    req: http.IncomingMessage,
    method: string,
    url: URL,
    body: Buffer,
  ): { user: EmulatedUser; changed: boolean } | { response: EmuResponse; changed: boolean } {
    const oauth = parseOAuthHeader(req.headers.authorization);
    if (!oauth) return { response: problem(401, 'Unauthorized'), changed: false };
    const existing = state.users.find((u) => u.token === oauth.oauth_token);
    const user = existing ?? userForToken(state, oauth.oauth_token);
    if (user.rejected) return { response: problem(401, 'Unauthorized'), changed: !existing };
    const appSecret = appSecrets.get(oauth.oauth_consumer_key);
    if (appSecret !== undefined && user.secret !== undefined) {
      const contentType = String(req.headers['content-type'] ?? '');
      const expected = oauthSignature({
        method,
        baseUrl: signedOrigin + url.pathname,
        oauth,
        query: url.searchParams,
        formBody: contentType.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(body.toString('utf8')) : undefined,
        consumerSecret: appSecret,
        tokenSecret: user.secret,
      });
      if (!signaturesMatch(expected, oauth.oauth_signature)) return { response: problem(401, 'Unauthorized'), changed: !existing };
    } else if (appSecrets.size > 0 && !appSecrets.has(oauth.oauth_consumer_key)) {
      return { response: problem(401, 'Unauthorized'), changed: !existing };
    }
    return { user, changed: !existing };
  }

  function control(method: string, pathname: string, body: Buffer): EmuResponse {
    let json: unknown;
    try {
      json = body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined;
    } catch {
      return problem(400, 'The body must be JSON.');
    }
    const route = `${method} ${pathname.replace(/\/+$/, '')}`;
    switch (route) {
      case 'POST /_emulator/faults': {
        const specs = (Array.isArray(json) ? json : [json]) as FaultSpec[];
        const invalid = specs.find((s) => !isFaultSpec(s));
        if (invalid !== undefined) {
          return problem(
            400,
            'A fault needs one of {"status":503}, {"delayMs":5000} or {"mode":"commit-then-drop"|"drop"}, optionally with count, method, path, token, username.',
          );
        }
        api.inject(specs);
        return { status: 201, body: { data: api.state().faults } };
      }
      case 'DELETE /_emulator/faults':
        api.clearFaults();
        return { status: 200, body: { data: [] } };
      case 'GET /_emulator/state':
        return { status: 200, body: { ...api.state(), tweets_view: api.tweets() } };
      case 'GET /_emulator/reads':
        return { status: 200, body: { data: api.reads() } };
      case 'GET /_emulator/tweets':
        return { status: 200, body: { data: api.tweets() } };
      case 'POST /_emulator/reset':
        api.reset();
        return { status: 200, body: { data: { reset: true } } };
      case 'POST /_emulator/users': {
        const user = json as { token?: unknown; username?: unknown; id?: unknown; rejected?: unknown };
        if (typeof user?.token !== 'string') return problem(400, 'Give at least {"token":"..."}; optionally "username", "id", "rejected": true.');
        const created = api.addUser({
          token: user.token,
          username: typeof user.username === 'string' ? user.username : derivedUsername(user.token),
          ...(typeof user.id === 'string' ? { id: user.id } : {}),
        });
        if (typeof user.rejected === 'boolean') api.rejectToken(user.token, user.rejected);
        return { status: 200, body: { data: { id: created.id, username: created.username } } };
      }
      case 'POST /_emulator/tweets': {
        const input = json as { username?: unknown; text?: unknown; in_reply_to_tweet_id?: unknown; created_at?: unknown };
        const valid =
          typeof input?.username === 'string' &&
          /^[A-Za-z0-9_]{1,15}$/.test(input.username) &&
          typeof input.text === 'string' &&
          input.text.trim() !== '' &&
          (input.in_reply_to_tweet_id === undefined || (typeof input.in_reply_to_tweet_id === 'string' && /^\d{1,19}$/.test(input.in_reply_to_tweet_id))) &&
          (input.created_at === undefined || (typeof input.created_at === 'string' && !Number.isNaN(Date.parse(input.created_at))));
        if (!valid) {
          return problem(
            400,
            'A customer post needs {"username":"ana_customer","text":"@acme_help help"}; optionally "in_reply_to_tweet_id": "<post id>" and "created_at": "<ISO instant>".',
          );
        }
        const created = api.customerPost({
          username: input.username as string,
          text: input.text as string,
          ...(typeof input.in_reply_to_tweet_id === 'string' ? { replyTo: input.in_reply_to_tweet_id } : {}),
          ...(typeof input.created_at === 'string' ? { createdAt: input.created_at } : {}),
        });
        return { status: 201, body: { data: created } };
      }
      case 'POST /_emulator/clock': {
        const spec = (json ?? {}) as { now?: unknown; advance_s?: unknown };
        if (typeof spec.now === 'string' && /(Z|[+-]\d\d:\d\d)$/.test(spec.now) && !Number.isNaN(Date.parse(spec.now))) {
          clockOffsetMs = Date.parse(spec.now) - baseClock().getTime();
        } else if (typeof spec.advance_s === 'number' && Number.isFinite(spec.advance_s)) {
          clockOffsetMs += spec.advance_s * 1000;
        } else {
          return problem(400, 'Give {"now": "<ISO instant with offset>"} or {"advance_s": <seconds>}.');
        }
        return { status: 200, body: { data: { now: clock().toISOString() } } };
      }
      case 'POST /_emulator/config':
        api.configure((json ?? {}) as Partial<EmulatorLimits>);
        return { status: 200, body: { data: api.state().limits } };
      default:
        return problem(404, `No such control endpoint: ${route}`);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    ...api,
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        closing.abort();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An answer as it goes on the wire. */
function wire(response: EmuResponse): { status: number; headers: Record<string, string>; body: string } {
  const body = response.body === undefined ? '' : JSON.stringify(response.body);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-cache, no-store, max-age=0',
    ...response.headers,
  };
  return { status: response.status, headers, body };
}

function send(res: http.ServerResponse, response: EmuResponse): void {
  if (res.destroyed) return;
  const { status, headers, body } = wire(response);
  res.writeHead(status, headers);
  res.end(body);
}

function isFaultSpec(value: unknown): value is FaultSpec {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    (typeof v.status === 'number' && v.status >= 400 && v.status <= 599) ||
    (typeof v.delayMs === 'number' && v.delayMs >= 0) ||
    v.mode === 'commit-then-drop' ||
    v.mode === 'drop'
  );
}

function addFault(state: EmulatorState, spec: FaultSpec): void {
  if (!isFaultSpec(spec)) throw new Error(`not a fault: ${JSON.stringify(spec)}`);
  // Committing then dropping only means something for a call that creates a post.
  const defaults = 'mode' in spec && spec.mode === 'commit-then-drop' && !spec.path && !spec.method ? { method: 'POST', path: '/2/tweets' } : {};
  const id = (state.faults.reduce((max, f) => Math.max(max, f.id), 0) || 0) + 1;
  state.faults.push({ id, spec: { ...defaults, ...spec }, remaining: spec.count ?? 1 });
}

function takeFault(state: EmulatorState, method: string, path: string, user: EmulatedUser): StoredFault | undefined {
  const fault = state.faults.find(
    ({ spec, remaining }) =>
      remaining > 0 &&
      (!spec.method || spec.method.toUpperCase() === method) &&
      (!spec.path || matchPath(spec.path, path) !== undefined) &&
      (!spec.token || spec.token === user.token) &&
      (!spec.username || spec.username === user.username),
  );
  if (!fault) return undefined;
  fault.remaining -= 1;
  state.faults = state.faults.filter((f) => f.remaining > 0);
  return fault;
}

/** X usernames: letters, digits and `_`, at most 15. */
export function derivedUsername(token: string): string {
  const cleaned = token.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 15);
  return cleaned.length > 0 ? cleaned : 'user';
}

function userForToken(state: EmulatorState, token: string): EmulatedUser {
  return state.users.find((u) => u.token === token) ?? upsertUser(state, { token, username: derivedUsername(token) });
}

function upsertUser(state: EmulatorState, user: { token: string; username: string; id?: string; secret?: string }): EmulatedUser {
  const existing = state.users.find((u) => u.token === user.token);
  if (existing) {
    existing.username = user.username;
    existing.name = user.username;
    if (user.secret !== undefined) existing.secret = user.secret;
    return existing;
  }
  state.seq += 1;
  const created: EmulatedUser = {
    id: user.id ?? String(1_000_000_000 + state.seq),
    username: user.username,
    name: user.username,
    token: user.token,
    ...(user.secret !== undefined ? { secret: user.secret } : {}),
  };
  state.users.push(created);
  return created;
}

function tweetsView(state: EmulatorState, username?: string): EmulatedTweet[] {
  const byId = new Map(state.users.map((u) => [u.id, u.username]));
  const media = new Map(state.media.map((m) => [m.id, m]));
  return state.tweets
    .filter((t) => !username || byId.get(t.author_id) === username)
    .map((t) => ({
      id: t.id,
      text: t.text,
      author: byId.get(t.author_id) ?? t.author_id,
      author_id: t.author_id,
      created_at: t.created_at,
      ...(t.in_reply_to_tweet_id ? { in_reply_to_tweet_id: t.in_reply_to_tweet_id } : {}),
      ...(t.poll ? { poll: t.poll } : {}),
      media: (t.media_ids ?? []).map((id) => ({
        id,
        media_type: media.get(id)?.media_type ?? 'unknown',
        ...(media.get(id)?.alt_text !== undefined ? { alt_text: media.get(id)!.alt_text } : {}),
      })),
      deleted: t.deleted_at !== undefined,
    }));
}
