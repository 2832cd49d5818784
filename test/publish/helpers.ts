import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import { readLog } from '../../src/repository/log.js';
import { LOG_FILE } from '../../src/repository/paths.js';
import type { PublishReport } from '../../src/publish/report.js';
import { accountEnvPrefix } from '../../src/x/credentials.js';
import type { Emulator } from '../../src/emulator/index.js';
import { startCheckedEmulator } from '../helpers/x-contract.js';
import { runHerald, type CliResult } from '../helpers/cli.js';

/** Values easy to find in any output: none of them may ever appear there. */
export const APP = { key: 'app-key-SECRET-a1b2', secret: 'app-secret-SECRET-c3d4' };
export const USERS: Record<string, { token: string; secret: string; username: string }> = {
  main: { token: 'main-token-SECRET-e5f6', secret: 'main-secret-SECRET-g7h8', username: 'acme' },
  support: { token: 'support-token-SECRET-i9j0', secret: 'support-secret-SECRET-k1l2', username: 'acme_help' },
  news: { token: 'news-token-SECRET-m3n4', secret: 'news-secret-SECRET-o5p6', username: 'acme_news' },
};
export const SECRETS = [APP.key, APP.secret, ...Object.values(USERS).flatMap((u) => [u.token, u.secret])];

/**
 * An emulated X that knows every test account and verifies every signature. Closing it fails if a
 * request herald sent or an answer it got broke X's contract (test/helpers/x-contract.ts).
 */
export function startX(): Promise<Emulator> {
  return startCheckedEmulator({
    users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
    apps: [APP],
    limits: { postsPer24Hours: 10_000, postsPer15Min: 10_000 },
  });
}

/** Credentials for the given accounts, as the publish job's `env:` would map them. */
export function credentialEnv(emulator: Emulator, accounts = Object.keys(USERS)): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { X_API_BASE_URL: emulator.url, X_APP_KEY: APP.key, X_APP_SECRET: APP.secret };
  for (const name of accounts) {
    const prefix = accountEnvPrefix(name);
    env[`${prefix}ACCESS_TOKEN`] = USERS[name].token;
    env[`${prefix}ACCESS_SECRET`] = USERS[name].secret;
  }
  return env;
}

export interface PublishRun extends CliResult {
  report: PublishReport;
}

/** `herald publish --format json` as a process. */
export async function publish(root: string, now: string, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<PublishRun> {
  const result = await runHerald(['publish', '--root', root, '--now', now, '--format', 'json', ...extra], { env });
  let report: PublishReport;
  try {
    report = JSON.parse(result.stdout) as PublishReport;
  } catch {
    throw new Error(`herald publish printed no JSON report (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ...result, report };
}

export async function logText(root: string): Promise<string> {
  try {
    return await readFile(path.join(root, LOG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** The log as publish reads it: every entry checked against schema/log-entry.schema.json. */
export async function logEntries(root: string): Promise<LogEntry[]> {
  const parsed = await readLog(root);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return parsed.entries;
}

/** No credential value in anything herald printed or wrote. */
export async function expectNoSecrets(root: string, ...results: CliResult[]): Promise<void> {
  const everything = [await logText(root), ...results.flatMap((r) => [r.stdout, r.stderr])].join('\n');
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
}

export const events = (entries: LogEntry[], post?: string) =>
  entries.filter((e) => post === undefined || e.post === post).map((e) => `${e.event}:${e.part}${e.found === undefined ? '' : `:${e.found}`}`);

/** Posts X has committed (the emulator records a create before its answer leaves). */
export const committedCreates = (x: Emulator) => x.requests().filter((r) => r.method === 'POST' && r.path === '/2/tweets' && r.status === 201).length;

/** `herald publish` SIGKILLed the moment `dieWhen` holds (checked every millisecond). */
export function publishKilled(root: string, now: string, env: NodeJS.ProcessEnv, dieWhen: () => boolean): Promise<CliResult> {
  return runHerald(['publish', '--root', root, '--now', now], { env, killWhen: dieWhen });
}
