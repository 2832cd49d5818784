/**
 * X's contract, checked: every request the client sends and every answer the emulator gives,
 * against the vendored subset of X's OpenAPI document (test/fixtures/x-api-contract/, version
 * 2.167), with the mentions operation the subset lacks merged in (`mentions-operation.json`,
 * transcribed from the same file and commit), plus the error shapes observed from the live API
 * that the document lacks.
 *
 * Generic on purpose: an exchange is matched to the document's operation by method and path
 * template (`/2/tweets/{id}`), so a route added to the emulator or a call added to the client is
 * checked as soon as the document has its operation, and reported when it has none.
 * How the document's OpenAPI 3.0 dialect is read, and the few live-API differences accepted, is
 * in docs/x-api.md ("How the contract is checked").
 */
import path from 'node:path';
import { parseMultipart } from '../../src/emulator/multipart.js';
import { startEmulator, type Emulator, type EmulatorOptions, type Exchange } from '../../src/emulator/index.js';
import { repoRoot } from './cli.js';
import { formatViolation, type Json, loadJsonFile, OpenApiDocument, type Operation, pointerEscape, type Report, type Violation } from './openapi-contract.js';

export { formatViolation, type Violation };

const FIXTURES = path.join(repoRoot, 'test/fixtures/x-api-contract');
const DOC_ID = 'x-openapi.json';

/**
 * Names the live API still uses where 2.167 renamed them (../shared/x-api/README.md): accepted and
 * checked under the document's name.
 */
const LEGACY_QUERY_NAMES: Record<string, string> = { 'tweet.fields': 'post.fields' };
const LEGACY_KEYS: Record<string, string> = {
  referenced_tweets: 'referenced_posts',
  edit_history_tweet_ids: 'edit_history_post_ids',
  retweet_count: 'repost_count',
};
const PROBLEM_PREFIX = 'https://api.x.com/2/problems/';
const LEGACY_PROBLEM_PREFIX = 'https://api.twitter.com/2/problems/';

function loadJson(name: string): Json {
  return loadJsonFile(path.join(FIXTURES, name));
}

/** Key renames (legacy to 2.167) and problem `type` URIs (api.twitter.com to api.x.com), anywhere in a body. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value as Json)) {
    let item = normalise(v);
    if (key === 'type' && typeof item === 'string' && item.startsWith(LEGACY_PROBLEM_PREFIX)) item = PROBLEM_PREFIX + item.slice(LEGACY_PROBLEM_PREFIX.length);
    out[LEGACY_KEYS[key] ?? key] = item;
  }
  return out;
}

const JSON_MEDIA_TYPES = ['application/json', 'application/problem+json'];

export class XContract {
  readonly doc: Json;
  readonly observed: Json;
  private readonly api: OpenApiDocument;

  constructor(doc = xDocument(), observed = loadJson('observed-errors.json')) {
    this.doc = doc;
    this.observed = observed;
    widenFieldLists(doc);
    this.api = new OpenApiDocument(doc, DOC_ID, [observedSchemas(observed)]);
  }

  operation(method: string, pathname: string): { operation: Operation; params: Record<string, string> } | undefined {
    return this.api.operation(method, pathname);
  }

  private validate(ref: string, value: unknown, strings = false): string[] {
    return this.api.validate(ref, value, strings);
  }

  /** Every way the exchange departs from the contract; `request: false` checks the answer only. */
  check(exchange: Exchange, sides: { request?: boolean; response?: boolean } = {}): Violation[] {
    const name = `${exchange.method} ${exchange.path}${exchange.search}`;
    const found = this.operation(exchange.method, exchange.path);
    const violations: Violation[] = [];
    if (sides.request !== false) {
      const add = (where: string, message: string) => violations.push({ exchange: name, side: 'request', where, message });
      if (!found) add('operation', `X's OpenAPI document (2.167 subset) has no ${exchange.method} ${exchange.path}`);
      else this.checkRequest(exchange, found.operation, found.params, add);
    }
    if (sides.response !== false && exchange.response) {
      const status = exchange.response.status;
      const add = (where: string, message: string) => violations.push({ exchange: name, side: `response ${status}`, where, message });
      this.checkResponse(exchange.response, found?.operation, add);
    }
    return violations;
  }

  private checkRequest(exchange: Exchange, operation: Operation, pathParams: Record<string, string>, add: Report): void {
    this.api.checkParameters(operation, pathParams, exchange.search, add, {
      queryName: (sent) => LEGACY_QUERY_NAMES[sent] ?? sent,
      listItem: (item) => LEGACY_KEYS[item] ?? item,
      unknownQuery: 'X answers 400',
    });

    // herald signs as the user (OAuth 1.0a, the document's `UserToken` scheme).
    const security = (operation.op.security as Json[] | undefined) ?? [];
    const authorization = String(exchange.requestHeaders.authorization ?? '');
    if (security.some((s) => 'UserToken' in s) && !authorization.startsWith('OAuth ')) {
      add(
        'header authorization',
        `${operation.method} ${operation.template} takes OAuth 1.0a user context (UserToken); sent ${authorization ? authorization.split(' ')[0] : 'none'}`,
      );
    }

    const requestBody = operation.op.requestBody ? this.api.resolve(operation.op.requestBody) : undefined;
    const contentType = String(exchange.requestHeaders['content-type'] ?? '');
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    const hasBody = exchange.requestBody.length > 0;
    if (!requestBody) {
      // twitter-api-v2 sends `{}` on a POST without a payload (its own uploadMedia does so for
      // finalize): an empty JSON object carries nothing, so it counts as no body.
      if (hasBody && !(mediaType === 'application/json' && isEmptyJsonObject(exchange.requestBody)))
        add(
          'body',
          `${operation.method} ${operation.template} takes no body, but ${exchange.requestBody.length} bytes (${mediaType || 'no content-type'}) were sent`,
        );
      return;
    }
    if (!hasBody) {
      if (requestBody.required) add('body', 'required but empty');
      return;
    }
    const content = requestBody.content as Record<string, unknown>;
    if (!(mediaType in content)) {
      add('header content-type', `${mediaType || '(none)'} is not one of ${Object.keys(content).join(', ')}`);
      return;
    }
    const schemaRef = `${DOC_ID}${operation.pointer}/requestBody/content/${pointerEscape(mediaType)}/schema`;
    if (mediaType === 'multipart/form-data') {
      const fields = parseMultipart(exchange.requestBody, contentType);
      if (!fields) {
        add('body', 'not a multipart/form-data body');
        return;
      }
      const form = Object.fromEntries([...fields].map(([k, v]) => [k, v.toString('latin1')]));
      for (const error of this.validate(schemaRef, form, true)) add('body (form)', error);
      return;
    }
    this.api.checkJsonBody(exchange.requestBody, mediaType, schemaRef, add);
  }

  private checkResponse(response: NonNullable<Exchange['response']>, operation: Operation | undefined, add: (where: string, message: string) => void): void {
    const { status } = response;
    const mediaType = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!JSON_MEDIA_TYPES.includes(mediaType)) add('header content-type', `${mediaType || '(none)'}: X answers JSON`);
    let body: unknown;
    try {
      body = response.body === '' ? undefined : JSON.parse(response.body);
    } catch {
      add('body', 'not JSON');
      return;
    }
    if (status === 429) this.checkRateLimitHeaders(response.headers, add);
    const responses = (operation?.op.responses ?? {}) as Record<string, Json>;
    if (status < 400) {
      const declared = responses[String(status)];
      if (!declared) {
        add(
          'status',
          `${operation ? `${operation.method} ${operation.template}` : 'this request'} answers ${
            Object.keys(responses)
              .filter((s) => s !== 'default')
              .join(', ') || 'nothing'
          } on success, not ${status}`,
        );
        return;
      }
      const content = (this.api.resolve(declared).content ?? {}) as Record<string, unknown>;
      const key = Object.keys(content).find((k) => JSON_MEDIA_TYPES.includes(k));
      if (!key) return;
      const ref = `${DOC_ID}${operation!.pointer}/responses/${status}/content/${pointerEscape(key)}/schema`;
      for (const error of this.validate(ref, normalise(body))) add('body', error);
      return;
    }
    // An error: X's document gives `Error` (application/json) or `Problem` (application/problem+json)
    // as the default answer; the live API answers problem bodies as application/json, and with
    // problem types the document lacks (observed-errors.json). Any of these shapes is X's.
    const normalised = normalise(body);
    // A problem `type` the document maps (its `discriminator`) is checked against that one schema,
    // so the message names what is wrong with it rather than why each other problem type fails.
    const mapping = ((this.api.resolve({ $ref: '#/components/schemas/Problem' }).discriminator as Json | undefined)?.mapping ?? {}) as Record<string, string>;
    const type = (normalised as Json | undefined)?.type;
    const mapped = typeof type === 'string' ? mapping[type] : undefined;
    const alternatives: Array<[string, string]> = [
      mapped ? [mapped.split('/').pop()!, DOC_ID + mapped] : ['Problem', `${DOC_ID}#/components/schemas/Problem`],
      ['Error', `${DOC_ID}#/components/schemas/Error`],
      ['observed problem', 'x-observed.json#/definitions/ObservedProblem'],
    ];
    const failures = alternatives.map(([name, ref]) => [name, this.validate(ref, normalised)] as const);
    if (!failures.some(([, errors]) => errors.length === 0)) {
      add('body', `matches none of X's error shapes: ${failures.map(([name, errors]) => `${name}: ${errors.slice(0, 4).join('; ')}`).join(' | ')}`);
    }
    const bodyStatus = (normalised as Json | undefined)?.status;
    if (bodyStatus !== undefined && bodyStatus !== status) add('body/status', `${JSON.stringify(bodyStatus)} but the HTTP status is ${status}`);
    if ((normalised as Json | undefined)?.type === 'https://api.x.com/2/problems/invalid-request') {
      for (const error of this.validate('x-observed.json#/definitions/InvalidRequestErrors', normalised)) add('body', error);
    }
  }

  /** observed-errors.json `rate_limited`: every 429 carries the 15-minute window headers; the 24-hour ones come as a set. */
  private checkRateLimitHeaders(headers: Record<string, string>, add: (where: string, message: string) => void): void {
    const integer = (name: string) => {
      const value = headers[name];
      if (value === undefined) add(`header ${name}`, 'missing on a 429');
      else if (!/^\d+$/.test(value)) add(`header ${name}`, `${JSON.stringify(value)} is not an integer`);
    };
    for (const name of ['x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset']) integer(name);
    for (const prefix of ['x-user-limit-24hour-', 'x-app-limit-24hour-']) {
      if (Object.keys(headers).some((h) => h.startsWith(prefix))) for (const name of ['limit', 'remaining', 'reset']) integer(prefix + name);
    }
  }
}

/**
 * The document checked against: the vendored subset, kept a byte copy of the team's reference cut,
 * with the operations transcribed from the same published file that the cut lacks
 * (`mentions-operation.json`: GET /2/users/{id}/mentions and its response schema). A path or schema
 * both files have is refused: once the reference cut gains it, the transcription must go.
 */
export function xDocument(): Json {
  const doc = loadJson('openapi-subset.json');
  const extra = loadJson('mentions-operation.json');
  const paths = doc.paths as Json;
  const schemas = (doc.components as Json).schemas as Json;
  for (const [template, item] of Object.entries(extra.paths as Json)) {
    if (template in paths)
      throw new Error(`mentions-operation.json repeats ${template}, which openapi-subset.json now has: drop it from mentions-operation.json`);
    paths[template] = item;
  }
  for (const [name, schema] of Object.entries(((extra.components as Json).schemas ?? {}) as Json)) {
    if (name in schemas)
      throw new Error(`mentions-operation.json repeats the schema ${name}, which openapi-subset.json now has: drop it from mentions-operation.json`);
    schemas[name] = schema;
  }
  return doc;
}

function isEmptyJsonObject(body: Buffer): boolean {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

/**
 * 2.167's `post.fields` enum leaves out Post fields the live API selects by it (author_id,
 * referenced_posts, in_reply_to_user_id, edit_history_post_ids): every property of Post is
 * accepted as a field.
 */
function widenFieldLists(doc: Json): void {
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  const parameters = (doc.components as Json).parameters as Record<string, Json>;
  const items = ((parameters.PostFieldsParameter?.schema as Json | undefined)?.items ?? undefined) as Json | undefined;
  if (!items || !Array.isArray(items.enum)) return;
  items.enum = [...new Set([...(items.enum as string[]), ...Object.keys(schemas.Post.properties as Json)])];
}

/**
 * Error shapes from observed-errors.json the document lacks: the `about:blank` problem (duplicate
 * content, and X's 401/404/429/5xx), problem types named only in X's docs (client-forbidden,
 * rate-limit-exceeded, usage-capped), and the `errors[]` list of a 400.
 */
function observedSchemas(observed: Json): Json {
  const rate = observed.rate_limited as { problem_types_documented: string[] };
  const forbidden = (observed.client_not_enrolled as { body: { type: string } }).body.type;
  const types = ['about:blank', ...rate.problem_types_documented, forbidden].map((t) =>
    t.startsWith(LEGACY_PROBLEM_PREFIX) ? PROBLEM_PREFIX + t.slice(LEGACY_PROBLEM_PREFIX.length) : t,
  );
  return {
    $id: 'x-observed.json',
    definitions: {
      ObservedProblem: {
        type: 'object',
        required: ['type', 'title', 'detail'],
        properties: { type: { enum: types }, title: { type: 'string' }, detail: { type: 'string' }, status: { type: 'integer' } },
      },
      InvalidRequestErrors: {
        type: 'object',
        properties: {
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: { message: { type: 'string' }, parameters: { type: 'object', additionalProperties: { type: 'array' } } },
            },
          },
        },
      },
    },
  };
}

let shared: XContract | undefined;
/** One checker per test file: compiling the document's schemas is the expensive part. */
export function xContract(): XContract {
  shared ??= new XContract();
  return shared;
}

export interface CheckedEmulator extends Emulator {
  /** What the contract check found so far. */
  violations(): Violation[];
}

/**
 * An emulator whose every exchange is checked against X's contract. A violation fails the test:
 * `close()` throws listing them (every test closes its emulator, in `afterEach` or `finally`).
 * `requests: false` checks answers only, for tests that send off-contract requests on purpose.
 */
export async function startCheckedEmulator(options: EmulatorOptions = {}, check: { requests?: boolean } = {}): Promise<CheckedEmulator> {
  const contract = xContract();
  const found: Violation[] = [];
  const emulator = await startEmulator({
    ...options,
    onExchange(exchange) {
      found.push(...contract.check(exchange, { request: check.requests !== false }));
      options.onExchange?.(exchange);
    },
  });
  let reported = false;
  const failIfViolated = () => {
    if (reported || found.length === 0) return;
    reported = true;
    throw new Error(`The emulator exchanges broke X's contract (test/helpers/x-contract.ts):\n${found.map(formatViolation).join('\n')}`);
  };
  return {
    ...emulator,
    violations: () => found.slice(),
    async close() {
      await emulator.close();
      failIfViolated();
    },
  };
}
