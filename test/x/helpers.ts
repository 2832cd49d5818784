import { createXClient, type XClientOptions } from '../../src/x/client.js';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import { startCheckedEmulator } from '../helpers/x-contract.js';
import type { XAccountClient, XCredentials } from '../../src/x/port.js';

/** Credentials whose values are easy to search for in any output. */
export const MAIN: XCredentials = {
  appKey: 'app-key-SECRET-1111',
  appSecret: 'app-secret-SECRET-2222',
  accessToken: 'main-token-SECRET-3333',
  accessSecret: 'main-secret-SECRET-4444',
};

export const ALL_SECRETS = Object.values(MAIN);

/**
 * An emulator that knows MAIN's secrets (so it verifies every signature) and a real client for it.
 * Closed by the caller; closing fails if a request or an answer broke X's contract.
 */
export async function emulatorWithClient(
  options: EmulatorOptions = {},
  clientOptions: XClientOptions = {},
): Promise<{ emulator: Emulator; client: XAccountClient }> {
  const emulator = await startCheckedEmulator({
    users: [{ token: MAIN.accessToken, secret: MAIN.accessSecret, username: 'acme' }],
    apps: [{ key: MAIN.appKey, secret: MAIN.appSecret }],
    ...options,
  });
  const client = createXClient(MAIN, { baseUrl: emulator.url, timeoutMs: 2_000, ...clientOptions });
  return { emulator, client };
}

/** Await a promise that must reject, and return what it rejected with. */
// biome-ignore lint/suspicious/noExplicitAny: callers read whatever error class they expect
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
