import http from 'node:http';
import https from 'node:https';
import type { ITwitterApiClientPlugin } from 'twitter-api-v2';
import { UsageError } from '../model/errors.js';

const EXAMPLE = 'write for example X_API_BASE_URL=http://127.0.0.1:8787, or unset it to use api.x.com';

/**
 * `X_API_BASE_URL`, checked once: an http(s) URL with nothing herald would silently drop (a query,
 * a fragment) or print (a user name or password: the variable is not masked in the job log, so
 * a password in it is refused and never repeated). Anything else is a setup error (exit 2).
 */
export function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`X_API_BASE_URL ${JSON.stringify(raw)} is not a URL; ${EXAMPLE}`);
  }
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
    throw new UsageError(
      `X_API_BASE_URL holds a user name or password (${url.origin}, credentials not shown); credentials go in the X_<ACCOUNT>_* variables, never in the URL; remove the \`user:password@\` part`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`X_API_BASE_URL ${JSON.stringify(raw)} uses ${url.protocol.replace(/:$/, '')}, not http or https; ${EXAMPLE}`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError(
      `X_API_BASE_URL ${JSON.stringify(raw)} has a query or fragment, which herald would drop; give only the scheme, host, port and path, e.g. http://127.0.0.1:8787`,
    );
  }
  return url;
}

/**
 * twitter-api-v2 has no base-URL setting. This plugin runs after the request is signed (OAuth 1.0a
 * signs the original https://api.x.com URL) and only changes where the bytes go, so the
 * signature stays what X itself would check. It also sets the socket timeout, which the library
 * only accepts per call.
 */
export function requestPlugin(options: { baseUrl?: string; timeoutMs: number }): ITwitterApiClientPlugin {
  const base = options.baseUrl ? parseBaseUrl(options.baseUrl) : undefined;
  const prefix = base ? base.pathname.replace(/\/+$/, '') : '';
  return {
    onBeforeRequest({ computedParams, requestOptions }) {
      requestOptions.timeout = options.timeoutMs;
      if (!base) return;
      const original = computedParams.url;
      const target = new URL(base.origin);
      target.pathname = prefix + original.pathname;
      target.search = original.search;
      computedParams.url = target;
    },
  };
}

/**
 * The library always calls `https.request`; Node accepts an `http:` URL there only with an agent
 * whose protocol is `http:`.
 */
export function agentFor(baseUrl: string | undefined): http.Agent | undefined {
  if (!baseUrl) return undefined;
  return parseBaseUrl(baseUrl).protocol === 'http:' ? new http.Agent({ keepAlive: false }) : new https.Agent();
}
