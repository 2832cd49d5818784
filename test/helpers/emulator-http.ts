/**
 * Raw HTTP against the emulator, for tests of the emulator itself (the client's tests use the real
 * twitter-api-v2 client instead). Emulators started here are closed after each test, and their
 * answers are held to X's contract; requests are not, since these tests send bad ones on purpose.
 */
import { afterEach } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import { startCheckedEmulator } from './x-contract.js';

/** Call once per test file: returns a function that starts an emulator closed after each test. */
export function emulatorPerTest(): (options?: EmulatorOptions) => Promise<Emulator> {
  const running: Emulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((e) => e.close()));
  });
  return async (options = {}) => {
    const started = await startCheckedEmulator(options, { requests: false });
    running.push(started);
    return started;
  };
}

/** A syntactically valid OAuth 1.0a header; the emulator checks signatures only when it knows the secrets. */
export function oauth(token: string): string {
  return `OAuth oauth_consumer_key="app", oauth_nonce="n${Math.random()}", oauth_signature="c2ln", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1700000000", oauth_token="${encodeURIComponent(token)}", oauth_version="1.0"`;
}

/** One request; the body is sent as JSON, the answer read as JSON (undefined when empty). */
export async function call(base: string, method: string, url: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(base + url, {
    method,
    headers: {
      ...(options.token !== undefined ? { authorization: oauth(options.token) } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: X's JSON, read field by field in the tests
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as any };
}
