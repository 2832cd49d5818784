/**
 * The GitHub contract check itself (test/helpers/github-contract.ts): it accepts what GitHub's
 * published description allows and names what departs from it, so the stand-in's silence in the
 * action tests means something.
 */
import { describe, expect, it } from 'vitest';
import { githubContract } from '../helpers/github-contract.js';
import { type Exchange, formatViolation } from '../helpers/openapi-contract.js';

const contract = githubContract();

function exchange(method: string, target: string, request?: unknown, response?: { status: number; body?: unknown }): Exchange {
  const url = new URL(target, 'http://github.invalid');
  return {
    method,
    path: url.pathname,
    search: url.search,
    requestHeaders: { authorization: 'token ghs_x', ...(request === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }) },
    requestBody: Buffer.from(request === undefined ? '' : JSON.stringify(request)),
    ...(response
      ? {
          response: {
            status: response.status,
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: response.body === undefined ? '' : JSON.stringify(response.body),
          },
        }
      : {}),
  };
}

const problems = (e: Exchange) => contract.check(e).map(formatViolation);

describe("GitHub's contract check", () => {
  it('records where the subset comes from', () => {
    expect(contract.source).toBe("GitHub's OpenAPI description (@octokit/openapi 23.0.2 subset)");
  });

  it('accepts a comment created as the document describes, answered with a conforming comment', () => {
    const comment = contract.sample('issue-comment', {
      id: 5,
      body: 'hi',
      user: contract.sample('simple-user', { login: 'github-actions[bot]', type: 'Bot' }),
    });
    expect(problems(exchange('POST', '/repos/acme/content/issues/7/comments', { body: 'hi' }, { status: 201, body: comment }))).toEqual([]);
  });

  it('calls a request with no operation in the document a violation', () => {
    expect(problems(exchange('DELETE', '/repos/acme/content/issues/7'))).toEqual([
      "DELETE /repos/acme/content/issues/7 request: operation: GitHub's OpenAPI description (@octokit/openapi 23.0.2 subset) has no DELETE /repos/acme/content/issues/7",
    ]);
  });

  it('names a wrong request body, query value, missing token and answer field', () => {
    expect(problems(exchange('POST', '/repos/acme/content/issues/7/comments', { text: 'hi' }))).toEqual([
      expect.stringContaining("request: body: / must have required property 'body'"),
    ]);
    expect(problems(exchange('GET', '/repos/acme/content/issues?state=gone'))).toEqual([expect.stringContaining('query state: /')]);
    expect(problems({ ...exchange('GET', '/repos/acme/content/pulls/7'), requestHeaders: {} })).toEqual([
      expect.stringContaining('header authorization: herald always sends its token; sent none'),
    ]);
    expect(problems(exchange('GET', '/repos/acme/content/pulls/7', undefined, { status: 200, body: { number: 7 } }))).toEqual(
      expect.arrayContaining([expect.stringContaining("response 200: body: / must have required property 'head'")]),
    );
    expect(problems(exchange('GET', '/repos/acme/content/pulls/7', undefined, { status: 418, body: {} }))).toEqual([
      expect.stringContaining('response 418: status: the operation answers 200, 304, 404, 406, 500, 503, not 418'),
    ]);
  });
});
