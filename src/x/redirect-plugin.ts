import http from 'node:http';
import https from 'node:https';
import type { ITwitterApiClientPlugin } from 'twitter-api-v2';

/**
 * twitter-api-v2 has no base-URL setting. This plugin runs after the request is signed (OAuth 1.0a
 * signs the original https://api.x.com URL) and only changes where the bytes go, so the
 * signature stays what X itself would check. It also sets the socket timeout, which the library
 * only accepts per call.
 */
export function requestPlugin(options: { baseUrl?: string; timeoutMs: number }): ITwitterApiClientPlugin {
  const base = options.baseUrl ? new URL(options.baseUrl) : undefined;
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
  return new URL(baseUrl).protocol === 'http:' ? new http.Agent({ keepAlive: false }) : new https.Agent();
}
