/**
 * What every vendored API contract check shares (X's in x-contract.ts, GitHub's in
 * github-contract.ts): an OpenAPI document, its operations matched by method and path template
 * (literal segments before templated ones), `$ref`s resolved inside the document, ajv validators
 * compiled once per schema pointer, and path and query parameters checked against their schemas.
 * Each API's own quirks (X's legacy names and error shapes, GitHub's plain JSON errors) stay in
 * its own file.
 */
import { readFileSync } from 'node:fs';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';

export type Json = Record<string, unknown>;

/** One exchange as a server saw it: the shape the X emulator and the GitHub stand-in both record. */
export interface Exchange {
  method: string;
  path: string;
  /** The raw query string, `?` included (empty when there is none). */
  search: string;
  requestHeaders: Record<string, string | string[] | undefined>;
  requestBody: Buffer;
  /** Absent when no answer was sent. */
  response?: { status: number; headers: Record<string, string>; body: string };
}

export interface Operation {
  method: string;
  template: string;
  segments: string[];
  op: Json;
  /** `#/paths/...~1.../get`: where the operation sits in the document. */
  pointer: string;
}

export interface Violation {
  /** `POST /2/tweets`, as sent. */
  exchange: string;
  /** `request` or `response <status>`. */
  side: string;
  /** Where in the message: `body/reply/in_reply_to_tweet_id`, `query tweet.fields`, `header x-rate-limit-reset`. */
  where: string;
  message: string;
}

export type Report = (where: string, message: string) => void;

export function formatViolation(v: Violation): string {
  return `${v.exchange} ${v.side}: ${v.where}: ${v.message}`;
}

export function loadJsonFile(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

export function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Follows `$ref`s (inside the document) until a value that is not one. */
export function resolveRef(doc: Json, value: unknown): Json {
  let current = value as Json;
  for (let hops = 0; typeof current?.$ref === 'string' && hops < 20; hops++) {
    const ref = current.$ref as string;
    current = ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Json)[key], doc) as Json;
  }
  return current;
}

function ajvErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}

const interop = <T>(module: T): T => (module as { default?: T }).default ?? module;

/**
 * OpenAPI 3.0's `nullable: true` as ajv reads it. Beside `allOf`/`oneOf`/`$ref` with no `type`
 * (GitHub's document has them, e.g. an issue's `milestone`), ajv refuses it: such a schema is
 * rewritten to its meaning, the schema without `nullable`, or null. Beside an `enum` (an issue's
 * `state_reason`), ajv still checks null against the enum: null is added to it, as the live API
 * answers null there.
 */
function nullableWithoutType(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) nullableWithoutType(item);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const schema = value as Json;
  for (const child of Object.values(schema)) nullableWithoutType(child);
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  if (schema.nullable === true && schema.type === undefined) {
    const { nullable: _, ...rest } = schema;
    for (const key of Object.keys(schema)) delete schema[key];
    schema.anyOf = [rest, { type: 'null' }];
  }
}

function templated(operation: Operation): number {
  return operation.segments.filter((s) => s.startsWith('{')).length;
}

/**
 * An OpenAPI 3.0 document ready to check exchanges against. Schemas are compiled with `nullable` as
 * ajv's own keyword; `format` is an annotation here (no ajv-formats), `discriminator` repeats what
 * each oneOf branch already decides, and `example`/`externalDocs` are annotations.
 */
export class OpenApiDocument {
  readonly operations: Operation[] = [];
  private readonly ajv;
  /** Query, path and form values arrive as strings: validated with type coercion. */
  private readonly ajvStrings;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    readonly doc: Json,
    /** The id the document is registered under: schema pointers are `${docId}#/...`. */
    readonly docId: string,
    extraSchemas: Json[] = [],
  ) {
    nullableWithoutType(doc);
    const Ajv = interop(AjvModule as unknown as typeof AjvModule.default);
    const options = { strict: false, validateFormats: false, allErrors: true, discriminator: false } as const;
    this.ajv = new Ajv(options);
    this.ajvStrings = new Ajv({ ...options, coerceTypes: true });
    for (const ajv of [this.ajv, this.ajvStrings]) {
      ajv.addSchema(doc, docId);
      for (const schema of extraSchemas) ajv.addSchema(schema);
    }
    for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        this.operations.push({
          method: method.toUpperCase(),
          template,
          segments: template.split('/'),
          op: op as Json,
          pointer: `#/paths/${pointerEscape(template)}/${method}`,
        });
      }
    }
    // Literal segments win over templates: GET /2/media/upload is not GET /2/media/{media_key}.
    this.operations.sort((a, b) => templated(a) - templated(b));
  }

  resolve(value: unknown): Json {
    return resolveRef(this.doc, value);
  }

  /** A document pointer (`#/...`) as a schema id ajv knows; other ids pass through. */
  ref(pointer: string): string {
    return pointer.startsWith('#') ? this.docId + pointer : pointer;
  }

  operation(method: string, pathname: string): { operation: Operation; params: Record<string, string> } | undefined {
    const segments = pathname.split('/');
    for (const operation of this.operations) {
      if (operation.method !== method || operation.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const matches = operation.segments.every((s, i) => {
        const name = /^\{(.+)\}$/.exec(s)?.[1];
        if (name) params[name] = decodeURIComponent(segments[i]);
        return name !== undefined || s === segments[i];
      });
      if (matches) return { operation, params };
    }
    return undefined;
  }

  /** ajv's complaints about `value` against the schema at `ref` (empty when it conforms). */
  validate(ref: string, value: unknown, strings = false): string[] {
    const key = `${strings ? 's' : 'j'}${ref}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = (strings ? this.ajvStrings : this.ajv).compile({ $ref: ref });
      this.compiled.set(key, validate);
    }
    return validate(value) ? [] : ajvErrors(validate.errors);
  }

  /** A JSON request body against the schema at `ref`: it must parse, then conform. */
  checkJsonBody(body: Buffer, mediaType: string, ref: string, add: Report): void {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      add('body', `not JSON, though sent as ${mediaType}`);
      return;
    }
    for (const error of this.validate(ref, json)) add('body', error);
  }

  /**
   * Path and query parameters against the operation's: each sent value against its schema, names the
   * operation lacks, required ones not sent. `queryName` maps a sent name to the document's (X's
   * legacy names); `listItem` maps each item of a comma-separated array value.
   */
  checkParameters(
    operation: Operation,
    pathParams: Record<string, string>,
    search: string,
    add: Report,
    how: { queryName?: (sent: string) => string; listItem?: (item: string) => string; unknownQuery?: string } = {},
  ): void {
    const parameters = ((operation.op.parameters as unknown[]) ?? []).map((p, i) => ({ param: this.resolve(p), index: i, raw: p as Json }));
    const pointerOf = (entry: { index: number; raw: Json }) =>
      this.ref(typeof entry.raw.$ref === 'string' ? `${entry.raw.$ref}/schema` : `${operation.pointer}/parameters/${entry.index}/schema`);

    for (const entry of parameters.filter((e) => e.param.in === 'path')) {
      const name = entry.param.name as string;
      for (const error of this.validate(pointerOf(entry), pathParams[name], true)) add(`path {${name}}`, error);
    }

    const queryName = how.queryName ?? ((name: string) => name);
    const query = new URLSearchParams(search);
    const byName = new Map(parameters.filter((e) => e.param.in === 'query').map((e) => [e.param.name as string, e]));
    const sentNames = new Set<string>();
    for (const [sentName, value] of query) {
      const name = queryName(sentName);
      sentNames.add(name);
      const entry = byName.get(name);
      if (!entry) {
        add(`query ${sentName}`, `not a parameter of ${operation.method} ${operation.template}${how.unknownQuery ? ` (${how.unknownQuery})` : ''}`);
        continue;
      }
      const schema = this.resolve(entry.param.schema);
      const parsed = schema.type === 'array' ? value.split(',').map(how.listItem ?? ((v) => v)) : value;
      for (const error of this.validate(pointerOf(entry), parsed, true)) add(`query ${sentName}`, error);
    }
    for (const [name, entry] of byName) if (entry.param.required && !sentNames.has(name)) add(`query ${name}`, 'required but not sent');
  }
}
