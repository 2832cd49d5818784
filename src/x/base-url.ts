import { UsageError } from '../model/errors.js';

/**
 * `X_API_BASE_URL`: where to send X requests instead of api.x.com (the emulator, in tests and the
 * demo). This module is the only one that reads the variable or decides what a valid value is;
 * the client parses the value once per client (`createXClient`) and hands the URL to the
 * redirect plugin (`redirect-plugin.ts`).
 */
export const BASE_URL_VARIABLE = 'X_API_BASE_URL';

const EXAMPLE = `write for example ${BASE_URL_VARIABLE}=http://127.0.0.1:8787, or unset it to use api.x.com`;

/** The variable's value as set, or undefined when it is unset or blank (then requests go to api.x.com). */
export function baseUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  return env[BASE_URL_VARIABLE]?.trim() || undefined;
}

/**
 * The value checked: an http(s) URL with nothing herald would silently drop (a query, a fragment)
 * or print (a user name or password: the variable is not masked in the job log, so a password in
 * it is refused and never repeated). Anything else is a setup error (exit 2), raised before any
 * request is sent.
 */
export function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${BASE_URL_VARIABLE} ${JSON.stringify(raw)} is not a URL; ${EXAMPLE}`);
  }
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
    throw new UsageError(
      `${BASE_URL_VARIABLE} holds a user name or password (${url.origin}, credentials not shown); credentials go in the X_<ACCOUNT>_* variables, never in the URL; remove the \`user:password@\` part`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${BASE_URL_VARIABLE} ${JSON.stringify(raw)} uses ${url.protocol.replace(/:$/, '')}, not http or https; ${EXAMPLE}`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError(
      `${BASE_URL_VARIABLE} ${JSON.stringify(raw)} has a query or fragment, which herald would drop; give only the scheme, host, port and path, e.g. http://127.0.0.1:8787`,
    );
  }
  return url;
}
