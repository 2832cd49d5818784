/**
 * The chaos harness: episodes of successive `herald publish` processes against one emulated X,
 * with random faults injected and some processes SIGKILLed mid-run, checking the exactly-once
 * invariants after every run. Seeded, so a failing seed replays exactly (apart from OS timing of
 * the kills, which only changes where a run dies, never what must hold).
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { LogEntry } from '../../src/model/log.js';
import { parseLog } from '../../src/repository/log.js';
import type { Emulator, FaultSpec } from '../../src/emulator/index.js';
import { repoRoot, runHerald } from '../helpers/cli.js';
import { committedCreates, credentialEnv, logText, SECRETS, startX, USERS } from './helpers.js';

export interface ChaosOptions {
  seed: number;
  /** Publish runs in total (episodes of `runsPerEpisode`, plus two clean closing runs each). */
  runs: number;
  runsPerEpisode?: number;
  /** The client timeout the processes use (HERALD_X_TIMEOUT_MS); delay faults exceed it. */
  timeoutMs?: number;
  progress?: (line: string) => void;
}

export interface ChaosSummary {
  runs: number;
  killed: number;
  faults: number;
  posts: number;
  published: number;
  expired: number;
  failed: number;
}

/** mulberry32: small, fast, good enough to pick faults. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PlannedPost {
  id: string;
  account: string;
  username: string;
  parts: string[];
}

const ACCOUNTS = ['main', 'support', 'news'] as const;
const DAY = '2026-12-01';
const EPISODE_START = DateTime.fromISO(`${DAY}T09:55:00Z`, { zone: 'utc' });
/** The accounts' `window: 45m`. */
const WINDOW_MS = 45 * 60_000;
const EPISODE_END = DateTime.fromISO(`${DAY}T13:30:00Z`, { zone: 'utc' });

async function writeContent(root: string, episode: number, random: () => number): Promise<PlannedPost[]> {
  await mkdir(path.join(root, 'schedules'), { recursive: true });
  await mkdir(path.join(root, 'posts'), { recursive: true });
  for (const account of ACCOUNTS) {
    await writeFile(path.join(root, 'schedules', `${account}.yaml`), `handle: "@${USERS[account].username}"\nzone: UTC\nwindow: 45m\n`);
  }
  await copyFile(path.join(repoRoot, 'test/fixtures/publish-two-accounts/posts/chart.png'), path.join(root, 'posts/chart.png'));
  const posts: PlannedPost[] = [];
  for (let i = 0; i < 9; i++) {
    const account = ACCOUNTS[i % ACCOUNTS.length];
    const id = `e${episode}-p${i}`;
    const partCount = 1 + Math.floor(random() * 3);
    const parts = Array.from({ length: partCount }, (_, k) => `Episode ${episode}, post ${i}, part ${k + 1} of ${partCount}: we keep each update short.`);
    const at = EPISODE_START.plus({ minutes: 5 + i * 15 }).toFormat('yyyy-MM-dd HH:mm');
    const media = random() < 0.4 ? 'media:\n  - file: chart.png\n    alt: A bar chart of weekly totals\n' : '';
    // Half the threads are live events: each later part has its own time (`--- +10m`), its own window.
    const timed = random() < 0.5;
    const body = parts.map((text, k) => (k === 0 ? text : `${timed ? `--- +${5 + Math.floor(random() * 20)}m` : '---'}\n\n${text}`)).join('\n\n');
    await writeFile(path.join(root, 'posts', `${id}.md`), `---\naccount: ${account}\npublish:\n  at: ${at}\n${media}---\n${body}\n`);
    posts.push({ id, account, username: USERS[account].username, parts });
  }
  return posts;
}

function randomFaults(random: () => number, timeoutMs: number): FaultSpec[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const count = Math.floor(random() * 3);
  const faults: FaultSpec[] = [];
  for (let i = 0; i < count; i++) {
    const username = pick(Object.values(USERS)).username;
    const kind = pick(['5xx', '5xx', 'drop', 'drop', 'delay', '429', 'read-5xx', 'read-drop', 'read-429', 'media-5xx'] as const);
    switch (kind) {
      case '5xx':
        faults.push({ method: 'POST', path: '/2/tweets', username, status: pick([500, 502, 503]), count: 1 + Math.floor(random() * 2) });
        break;
      case 'drop':
        faults.push({ method: 'POST', path: '/2/tweets', username, mode: 'commit-then-drop', count: 1 });
        break;
      case 'delay':
        faults.push({ method: 'POST', path: '/2/tweets', username, delayMs: Math.round(timeoutMs * (1.3 + random())), count: 1 });
        break;
      case '429':
        faults.push({ method: 'POST', path: '/2/tweets', username, status: 429, count: 1, resetInSecs: 60 });
        break;
      case 'read-5xx':
        faults.push({ method: 'GET', path: '/2/users/*', username, status: 503, count: 1 + Math.floor(random() * 3) });
        break;
      case 'read-drop':
        faults.push({ method: 'GET', path: '/2/users/*', username, mode: 'drop', count: 1 });
        break;
      case 'read-429':
        faults.push({ method: 'GET', path: '/2/users/*', username, status: 429, count: 1, resetInSecs: 60 });
        break;
      case 'media-5xx':
        faults.push({ method: 'POST', path: '/2/media/*', username, status: 503, count: 1 });
        break;
    }
  }
  return faults;
}

/** When to SIGKILL a run: after a delay, or the moment X has committed a number of creates (before herald hears back). */
type Kill = { afterMs: number } | { afterCreates: number; emulator: Emulator };

async function runPublish(
  root: string,
  now: DateTime,
  env: NodeJS.ProcessEnv,
  kill: Kill | undefined,
): Promise<{ signal: NodeJS.Signals | null; code: number | null; output: string }> {
  let killWhen: (() => boolean) | undefined;
  if (kill && 'afterMs' in kill) {
    const deadline = Date.now() + kill.afterMs;
    killWhen = () => Date.now() >= deadline;
  }
  if (kill && 'afterCreates' in kill) {
    // The emulator records a create once it is committed, before the answer leaves: the riskiest moment to die.
    const target = committedCreates(kill.emulator) + kill.afterCreates;
    killWhen = () => committedCreates(kill.emulator) >= target;
  }
  const result = await runHerald(['publish', '--root', root, '--now', now.toISO()!, '--format', 'json'], { env, killWhen, timeoutMs: 60_000 });
  return { signal: result.signal, code: result.code, output: `${result.stdout}\n${result.stderr}` };
}

class InvariantError extends Error {
  override name = 'InvariantError';
}

/** What must hold after every run, whatever was injected or killed. */
function checkInvariants(x: Emulator, posts: PlannedPost[], logText: string, context: string): LogEntry[] {
  const fail = (why: string): never => {
    throw new InvariantError(`${context}: ${why}`);
  };
  const parsed = parseLog(logText);
  for (const d of parsed.diagnostics) {
    if (d.rule !== 'log-torn-line') fail(`the log does not parse at line ${d.line}: ${d.message}`);
  }
  for (const secret of SECRETS) if (logText.includes(secret)) fail('a credential value is in the log');

  const byText = new Map<string, { post: PlannedPost; part: number }>();
  for (const post of posts)
    post.parts.forEach((text, part) => {
      byText.set(`${post.username}\u0000${text}`, { post, part });
    });
  const onX = new Map<string, { id: string; replyTo?: string }>();
  for (const tweet of x.tweets()) {
    if (tweet.deleted) continue;
    const known = byText.get(`${tweet.author}\u0000${tweet.text}`);
    if (!known) fail(`unexpected post on X: ${JSON.stringify(tweet.text)}`);
    const key = `${known!.post.id}#${known!.part}`;
    if (onX.has(key)) fail(`part ${known!.part + 1} of ${known!.post.id} is on X twice (${onX.get(key)!.id} and ${tweet.id})`);
    onX.set(key, { id: tweet.id, ...(tweet.in_reply_to_tweet_id ? { replyTo: tweet.in_reply_to_tweet_id } : {}) });
  }
  for (const post of posts) {
    for (let part = 0; part < post.parts.length; part++) {
      const tweet = onX.get(`${post.id}#${part}`);
      if (!tweet) continue;
      if (part === 0 && tweet.replyTo) fail(`${post.id} part 1 is a reply`);
      if (part > 0) {
        const previous = onX.get(`${post.id}#${part - 1}`);
        if (!previous) fail(`${post.id} part ${part + 1} is on X without part ${part}`);
        if (tweet.replyTo !== previous!.id) fail(`${post.id} part ${part + 1} does not reply to part ${part}`);
      }
    }
  }
  // Nothing is sent before its time or after its window (a timed part: its own time and window).
  for (const entry of parsed.entries) {
    if (entry.event !== 'published' || !entry.scheduled_for) continue;
    const late = Date.parse(entry.at) - Date.parse(entry.scheduled_for);
    if (late < 0 || late > WINDOW_MS + 1000)
      fail(`${entry.post} part ${entry.part + 1} was sent at ${entry.at}, outside its window from ${entry.scheduled_for}`);
  }
  // What the log says went out is really on X, as that part.
  for (const entry of parsed.entries) {
    const sent = entry.event === 'published' || (entry.event === 'reconciled' && entry.found === true);
    if (!sent) continue;
    const tweet = onX.get(`${entry.post}#${entry.part}`);
    if (!tweet || tweet.id !== entry.tweet_id) fail(`the log says ${entry.post} part ${entry.part + 1} is ${entry.tweet_id}, X disagrees`);
  }
  return parsed.entries;
}

/**
 * The emulator, like X, refuses a second copy of a text with 403 duplicate, which would hide a
 * blind re-send from the checks on X's contents. No 403 is ever injected here, so any 403 to a
 * create means herald sent a part that was already on X: a duplicate wherever X does not catch it.
 */
function checkNoResend(x: Emulator, context: string): void {
  const resent = x.requests().filter((r) => r.method === 'POST' && r.path === '/2/tweets' && r.status === 403);
  if (resent.length > 0) throw new InvariantError(`${context}: herald sent a part X already had (${resent.length} create(s) answered 403 duplicate)`);
}

/** After the closing runs: every post went out exactly once, or the log says why not. */
function checkFinal(x: Emulator, posts: PlannedPost[], entries: LogEntry[], context: string): { published: number; expired: number; failed: number } {
  const counts = { published: 0, expired: 0, failed: 0 };
  const onX = new Set(
    x
      .tweets()
      .filter((t) => !t.deleted)
      .map((t) => t.id),
  );
  for (const post of posts) {
    const mine = entries.filter((e) => e.post === post.id);
    const logged = new Set(mine.filter((e) => (e.event === 'published' || (e.event === 'reconciled' && e.found)) && e.tweet_id).map((e) => e.part));
    if (logged.size === post.parts.length) {
      counts.published++;
      continue;
    }
    // A retryable failure is not an ending: the post stays due and a later run sends or expires it.
    const closing = mine.findLast((e) => (e.event === 'expired' && e.reason) || (e.event === 'failed' && e.error && e.retryable === false));
    if (!closing) throw new InvariantError(`${context}: ${post.id} is neither published nor logged expired or failed permanently, with a reason`);
    if (closing.event === 'expired') counts.expired++;
    else counts.failed++;
  }
  // Nothing on X is unaccounted for: every post X holds is in the log.
  const inLog = new Set(entries.map((e) => e.tweet_id).filter(Boolean));
  for (const id of onX) if (!inLog.has(id)) throw new InvariantError(`${context}: post ${id} is on X but not in the log (lost)`);
  return counts;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosSummary> {
  const random = prng(options.seed);
  const timeoutMs = options.timeoutMs ?? 300;
  const perEpisode = options.runsPerEpisode ?? 25;
  const summary: ChaosSummary = { runs: 0, killed: 0, faults: 0, posts: 0, published: 0, expired: 0, failed: 0 };
  const x = await startX();
  const env = { ...credentialEnv(x), HERALD_X_TIMEOUT_MS: String(timeoutMs) };
  try {
    for (let episode = 0; summary.runs < options.runs; episode++) {
      x.reset();
      x.configure({ postsPer24Hours: 10_000, postsPer15Min: 10_000 });
      const root = await mkdtemp(path.join(os.tmpdir(), 'herald-publish-chaos-'));
      try {
        const posts = await writeContent(root, episode, random);
        summary.posts += posts.length;
        let now = EPISODE_START;
        const runs = Math.min(perEpisode, options.runs - summary.runs);
        for (let r = 0; r < runs; r++) {
          // Sometimes the same instant again: a pinned clock (the action's `now` input) repeats.
          if (r === 0 || random() > 0.15) now = now.plus({ seconds: 60 + Math.floor(random() * 480) });
          if (now > EPISODE_END) now = EPISODE_END;
          const faults = random() < 0.6 ? randomFaults(random, timeoutMs) : [];
          x.clearFaults();
          if (faults.length > 0) x.inject(faults);
          summary.faults += faults.length;
          const dice = random();
          const kill: Kill | undefined =
            dice < 0.15 ? { afterMs: 100 + Math.floor(random() * 1400) } : dice < 0.3 ? { afterCreates: 1 + Math.floor(random() * 3), emulator: x } : undefined;
          const result = await runPublish(root, now, env, kill);
          summary.runs++;
          if (result.signal === 'SIGKILL') summary.killed++;
          const context = `seed ${options.seed}, episode ${episode}, run ${r} at ${now.toISO()}${result.signal ? ' (killed)' : ''}`;
          if (!result.signal && result.code !== 0 && result.code !== 1) throw new InvariantError(`${context}: exit ${result.code}\n${result.output}`);
          for (const secret of SECRETS) if (result.output.includes(secret)) throw new InvariantError(`${context}: a credential value was printed`);
          checkInvariants(x, posts, await logText(root), context);
          checkNoResend(x, context);
        }
        // Closing: X behaves again; every window has closed, so each post is settled one way or the other.
        x.clearFaults();
        let entries: LogEntry[] = [];
        for (const minutes of [0, 5]) {
          const closing = await runPublish(root, EPISODE_END.plus({ minutes: 60 + minutes }), env, undefined);
          const context = `seed ${options.seed}, episode ${episode}, closing run`;
          if (closing.code !== 0 && closing.code !== 1) throw new InvariantError(`${context}: exit ${closing.code}\n${closing.output}`);
          entries = checkInvariants(x, posts, await logText(root), context);
          checkNoResend(x, context);
        }
        const counts = checkFinal(x, posts, entries, `seed ${options.seed}, episode ${episode}`);
        summary.published += counts.published;
        summary.expired += counts.expired;
        summary.failed += counts.failed;
        options.progress?.(`episode ${episode}: ${runs} runs, ${counts.published} published, ${counts.expired} expired, ${counts.failed} failed`);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    }
  } finally {
    await x.close();
  }
  return summary;
}
