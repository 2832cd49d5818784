#!/usr/bin/env node
// `npm run demo`: the whole path on the example content, without touching any tracked file.
// Copies posts/ and schedules/ to a temporary folder, starts the X emulator in this process, and
// runs the built CLI as a user would: validate, calendar, publish (to the emulator); then shows
// what X now holds and what the log recorded. Exits non-zero when a step fails unexpectedly.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(repo, 'bin/herald.js');
const NOW = '2026-12-01T14:10:00Z';
const APP = { key: 'demo-app-key', secret: 'demo-app-secret' };

const out = (text = '') => process.stdout.write(`${text}\n`);
const heading = (text) => out(`\n=== ${text} ===`);

function herald(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function step(title, args, env, okCodes = [0]) {
  heading(`${title}: herald ${args.join(' ')}`);
  const result = await herald(args, env);
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stdout.write(result.stderr.replace(/^/gm, '  (stderr) ').replace(/ {2}\(stderr\) $/, ''));
  if (!okCodes.includes(result.code)) throw new Error(`${title} exited ${result.code} (expected ${okCodes.join(' or ')})`);
  return result;
}

/** The accounts as herald reads them (`schedules/<name>.yaml`), each with demo credentials. */
async function accountsIn(root) {
  const { loadContent } = await import(pathToFileURL(path.join(repo, 'lib/content/load.js')).href);
  const { accounts } = await loadContent(root);
  return [...accounts.values()].map(({ name, handle }) => ({
    name,
    username: handle.replace(/^@/, ''),
    token: `demo-${name}-token`,
    secret: `demo-${name}-secret`,
  }));
}

async function main() {
  const { startEmulator } = await import(pathToFileURL(path.join(repo, 'lib/emulator/index.js')).href);
  const { accountEnvPrefix } = await import(pathToFileURL(path.join(repo, 'lib/x/credentials.js')).href);
  const root = await mkdtemp(path.join(os.tmpdir(), 'herald-demo-'));
  let emulator;
  try {
    for (const dir of ['posts', 'schedules']) await cp(path.join(repo, dir), path.join(root, dir), { recursive: true });
    const logFile = path.join(root, 'schedules/log.jsonl');
    const logBefore = await readFile(logFile, 'utf8').catch(() => '');

    const accounts = await accountsIn(root);
    emulator = await startEmulator({
      users: accounts.map(({ token, secret, username }) => ({ token, secret, username })),
      apps: [APP],
      limits: { postsPer24Hours: 1000 },
    });
    const env = { X_API_BASE_URL: emulator.url, X_APP_KEY: APP.key, X_APP_SECRET: APP.secret };
    for (const a of accounts) {
      const prefix = accountEnvPrefix(a.name);
      env[`${prefix}ACCESS_TOKEN`] = a.token;
      env[`${prefix}ACCESS_SECRET`] = a.secret;
    }

    out(`herald demo: a temporary copy of the example content in ${root}`);
    out(`X emulator on ${emulator.url} (accounts: ${accounts.map((a) => `${a.name} → @${a.username}`).join(', ')}); the clock reads ${NOW}`);

    await step('1. Validate the posts and accounts', ['validate', '--root', root, '--now', NOW]);
    await step('2. The calendar for the next 7 days', ['calendar', '--root', root, '--now', NOW, '--days', '7']);
    await step('3. Publish what is due (dry run first: nothing is sent)', ['publish', '--root', root, '--now', NOW, '--dry-run'], env);
    await step('4. Publish what is due to the emulated X', ['publish', '--root', root, '--now', NOW], env);

    heading('5. What X now shows, per account');
    for (const a of accounts) {
      const tweets = emulator.tweets(a.username);
      out(`@${a.username} (${a.name}): ${tweets.length} post(s)`);
      for (const t of tweets) {
        out(`  ${t.id}${t.in_reply_to_tweet_id ? `  ↳ reply to ${t.in_reply_to_tweet_id}` : ''}`);
        for (const line of t.text.split('\n')) out(`    | ${line}`);
        for (const m of t.media) out(`    [${m.media_type}${m.alt_text ? `, alt: ${m.alt_text}` : ''}]`);
      }
    }

    heading('6. New lines in schedules/log.jsonl');
    const logAfter = await readFile(logFile, 'utf8').catch(() => '');
    const added = logAfter.slice(logBefore.length).split('\n').filter(Boolean);
    for (const line of added) out(line);
    if (added.length === 0) throw new Error('publishing wrote nothing to the log');

    await step('7. Publish again: everything is already out, nothing is sent twice', ['publish', '--root', root, '--now', '2026-12-01T14:20:00Z'], env);
    out('\nDemo finished; the temporary copy is removed and no tracked file changed.');
  } finally {
    await emulator?.close();
    await rm(root, { recursive: true, force: true });
  }
}

try {
  await stat(bin);
  await main();
} catch (error) {
  process.stderr.write(`demo failed: ${error?.message ?? error}\n`);
  process.exitCode = 1;
}
