/**
 * An account's X client as the environment configures it, the one way publish, reply and stats
 * get theirs: its credentials (`X_<ACCOUNT>_*`), `X_API_BASE_URL` and `HERALD_X_TIMEOUT_MS`. The
 * credentials' values are added to `secrets`, which every message from X is scrubbed of. Light:
 * twitter-api-v2 is loaded only when an account has work (`import()`).
 */
import { UsageError } from '../model/errors.js';
import { baseUrlFromEnv } from './base-url.js';
import { accountEnvPrefix, credentialsFor, secretValues } from './credentials.js';
import type { XAccountClient } from './port.js';

export const DEFAULT_X_TIMEOUT_MS = 20_000;

/** How an account reaches X: a client, or the environment variables that are missing. */
export type ClientLookup =
  | { ok: true; client: XAccountClient /** Variable names to check when X rejects the credentials. */; variables: string[] }
  | { ok: false; missing: string[] };

/** `HERALD_X_TIMEOUT_MS`, when set: a value that is not a positive number is a setup error. */
export function timeoutFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.HERALD_X_TIMEOUT_MS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`HERALD_X_TIMEOUT_MS=${JSON.stringify(raw)} is not a number of milliseconds; write e.g. HERALD_X_TIMEOUT_MS=20000`);
  }
  return value;
}

export async function clientFor(account: string, env: NodeJS.ProcessEnv, timeoutMs: number, secrets: string[]): Promise<ClientLookup> {
  const found = credentialsFor(account, env);
  if (!found.ok) return { ok: false, missing: found.missing };
  secrets.push(...secretValues(found.credentials));
  const { createXClient } = await import('./client.js');
  const prefix = accountEnvPrefix(account);
  return {
    ok: true,
    client: createXClient(found.credentials, { baseUrl: baseUrlFromEnv(env), timeoutMs }),
    variables: [`${prefix}ACCESS_TOKEN`, `${prefix}ACCESS_SECRET`, `${prefix}APP_KEY or X_APP_KEY`, `${prefix}APP_SECRET or X_APP_SECRET`],
  };
}
