/**
 * GitHub's contract, checked: every request the action sends to the GitHub stand-in
 * (github-standin.ts) and every answer the stand-in gives, against the subset of GitHub's published
 * OpenAPI description that herald uses (test/fixtures/github-api-contract/, cut from
 * @octokit/openapi by scripts/vendor-github-openapi.mjs). A request no operation of the document
 * matches is a violation, so a call added to src/github/ fails until the subset has its operation.
 */
import path from 'node:path';
import { repoRoot } from './cli.js';
import { type Exchange, type Json, loadJsonFile, OpenApiDocument, pointerEscape, type Report, type Violation } from './openapi-contract.js';

const DOC_FILE = path.join(repoRoot, 'test/fixtures/github-api-contract/api.github.com.subset.json');
const DOC_ID = 'github-openapi.json';

export class GitHubContract {
  readonly api: OpenApiDocument;
  readonly source: string;

  constructor(doc: Json = loadJsonFile(DOC_FILE)) {
    this.api = new OpenApiDocument(doc, DOC_ID);
    const from = (doc.info as Json)['x-subset-of'] as Json | undefined;
    this.source = `GitHub's OpenAPI description (@octokit/openapi ${String(from?.version ?? '?')} subset)`;
  }

  /** Every way the exchange departs from the contract. */
  check(exchange: Exchange): Violation[] {
    const name = `${exchange.method} ${exchange.path}${exchange.search}`;
    const found = this.api.operation(exchange.method, exchange.path);
    const violations: Violation[] = [];
    const request: Report = (where, message) => violations.push({ exchange: name, side: 'request', where, message });
    if (!found) request('operation', `${this.source} has no ${exchange.method} ${exchange.path}`);
    else {
      this.api.checkParameters(found.operation, found.params, exchange.search, request);
      this.checkRequestBody(exchange, found.operation.op, found.operation.pointer, request);
      const authorization = String(exchange.requestHeaders.authorization ?? '');
      if (!/^(token|bearer) \S+$/i.test(authorization))
        request('header authorization', `herald always sends its token; sent ${authorization ? authorization.split(' ')[0] : 'none'}`);
    }
    if (exchange.response) {
      const status = exchange.response.status;
      const response: Report = (where, message) => violations.push({ exchange: name, side: `response ${status}`, where, message });
      if (found) this.checkResponse(exchange.response, found.operation.op, found.operation.pointer, response);
    }
    return violations;
  }

  private checkRequestBody(exchange: Exchange, op: Json, pointer: string, add: Report): void {
    const hasBody = exchange.requestBody.length > 0;
    const mediaType = String(exchange.requestHeaders['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const declared = op.requestBody ? this.api.resolve(op.requestBody) : undefined;
    if (!declared) {
      if (hasBody) add('body', `${exchange.method} takes no body, but ${exchange.requestBody.length} bytes were sent`);
      return;
    }
    if (!hasBody) {
      if (declared.required) add('body', 'required but empty');
      return;
    }
    if (!(mediaType in (declared.content as Json))) {
      add('header content-type', `${mediaType || '(none)'} is not one of ${Object.keys(declared.content as Json).join(', ')}`);
      return;
    }
    this.api.checkJsonBody(exchange.requestBody, mediaType, this.api.ref(`${pointer}/requestBody/content/${pointerEscape(mediaType)}/schema`), add);
  }

  private checkResponse(response: NonNullable<Exchange['response']>, op: Json, pointer: string, add: Report): void {
    const responses = op.responses as Record<string, Json>;
    const declared = responses[String(response.status)];
    if (!declared) {
      add('status', `the operation answers ${Object.keys(responses).join(', ')}, not ${response.status}`);
      return;
    }
    const content = this.api.resolve(declared).content as Json | undefined;
    if (!content) {
      if (response.body !== '') add('body', `status ${response.status} has no content, but a body was sent`);
      return;
    }
    const mediaType = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!(mediaType in content)) {
      add('header content-type', `${mediaType || '(none)'} is not one of ${Object.keys(content).join(', ')}`);
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      add('body', 'not JSON');
      return;
    }
    const base = typeof declared.$ref === 'string' ? `${declared.$ref}` : `${pointer}/responses/${response.status}`;
    for (const error of this.api.validate(this.api.ref(`${base}/content/application~1json/schema`), body)) add('body', error);
  }

  /**
   * The smallest value the named schema accepts (every required property, nullable ones null, the
   * first of each enum and oneOf), with `overrides` merged in: what the stand-in answers carry
   * besides the fields a test cares about. The answers are still checked like any other.
   */
  sample(schema: string, overrides: Json = {}): Json {
    return deepMerge(this.minimal({ $ref: `#/components/schemas/${schema}` }, 0) as Json, overrides);
  }

  private minimal(value: unknown, depth: number): unknown {
    const schema = this.api.resolve(value);
    if (depth > 12) return null;
    if (schema.nullable) return null;
    if (Array.isArray(schema.enum)) return schema.enum[0];
    if (Array.isArray(schema.allOf)) return (schema.allOf as unknown[]).reduce<Json>((all, s) => deepMerge(all, this.minimal(s, depth + 1) as Json), {});
    for (const key of ['oneOf', 'anyOf'] as const) if (Array.isArray(schema[key])) return this.minimal((schema[key] as unknown[])[0], depth + 1);
    switch (schema.type) {
      case 'object': {
        const out: Json = {};
        const properties = (schema.properties ?? {}) as Json;
        for (const name of (schema.required as string[] | undefined) ?? []) out[name] = this.minimal(properties[name] ?? {}, depth + 1);
        return out;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return false;
      case 'string':
        return schema.format === 'date-time' ? '2026-12-01T09:00:00Z' : schema.format === 'uri' ? 'https://github.invalid/' : 'x';
      default:
        return null;
    }
  }
}

function deepMerge(base: Json, extra: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)
        ? deepMerge(current as Json, value as Json)
        : value;
  }
  return out;
}

let shared: GitHubContract | undefined;
/** One checker per test file: compiling the document's schemas is the expensive part. */
export function githubContract(): GitHubContract {
  shared ??= new GitHubContract();
  return shared;
}
