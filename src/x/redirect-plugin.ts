/**
 * The twitter-api-v2 plugin that points the client at `X_API_BASE_URL` (the emulator) and sets the
 * request timeout. The library has neither as a client setting:
 *
 * - Redirect: `onBeforeRequest` runs after the request is signed (OAuth 1.0a signs the original
 *   https://api.x.com URL) and only changes where the bytes go, so the signature stays what X
 *   itself would check; the emulator verifies it against the api.x.com URL. Without a base URL
 *   the request is left alone.
 * - Timeout: the library takes a socket timeout only per call; the plugin sets it on every one.
 *
 * The base URL arrives parsed (`base-url.ts`); this module does not read the environment.
 */
import http from 'node:http';
import https from 'node:https';
import type { ITwitterApiClientPlugin } from 'twitter-api-v2';

export function requestPlugin(options: { base?: URL; timeoutMs: number }): ITwitterApiClientPlugin {
  const { base, timeoutMs } = options;
  const prefix = base ? base.pathname.replace(/\/+$/, '') : '';
  return {
    onBeforeRequest({ computedParams, requestOptions }) {
      requestOptions.timeout = timeoutMs;
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
 * whose protocol is `http:`. Without a base URL the library's default agent is used.
 */
export function agentFor(base: URL | undefined): http.Agent | undefined {
  if (!base) return undefined;
  return base.protocol === 'http:' ? new http.Agent({ keepAlive: false }) : new https.Agent();
}
