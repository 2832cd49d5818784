/**
 * The retract chaos harness: episodes in which threads are published cleanly, then `retract: true`
 * is added and successive `herald publish` processes delete them while X fails at random (5xx and
 * 429 on deletes and look-ups, deletes committed and the connection dropped, answers later than the
 * client waits) and processes are SIGKILLed mid-run: after a delay, or the moment X has committed a
 * number of deletes (before herald hears back). After every run the log must agree with X; at the
 * end every part is gone and every delete is in the log. Seeded like test/publish/chaos.ts.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Emulator, FaultSpec } from '../../src/emulator/index.js';
import type { LogEntry } from '../../src/model/log.js';
import { parseLog } from '../../src/repository/log.js';
import { runHerald } from '../helpers/cli.js';
import { prng } from './chaos.js';
import { credentialEnv, logText, SECRETS, startX, USERS } from './helpers.js';

export interface RetractChaosOptions {
  seed: number;
  /** Retract runs in total (episodes of `runsPerEpisode`, plus two clean closing runs each). */
  runs: number;
  runsPerEpisode?: number;
  timeoutMs?: number;
  progress?: (line: string) => void;
}

export interface RetractChaosSummary {
  runs: number;
  killed: number;
  faults: number;
  parts: number;
  /** Deletes X committed whose answer herald never read (killed or dropped): each settled by a look-up. */
  blindDeletes: number;
}

const ACCOUNTS = ['main', 'support'] as const;
const PUBLISHED_AT = DateTime.fromISO('2026-12-01T09:05:00Z', { zone: 'utc' });
const RETRACT_FROM = DateTime.fromISO('2026-12-02T09:00:00Z', { zone: 'utc' });

interface Thread {
  id: string;
  account: string;
  username: string;
  parts: string[];
  file: string;
  front: string;
  body: string;
}

async function writeThreads(root: string, episode: number, random: () => number): Promise<Thread[]> {
  await mkdir(path.join(root, 'schedules'), { recursive: true });
  await mkdir(path.join(root, 'posts'), { recursive: true });
  for (const account of ACCOUNTS) {
    await writeFile(path.join(root, 'schedules', `${account}.yaml`), `handle: "@${USERS[account].username}"\nzone: UTC\nwindow: 2h\n`);
  }
  const threads: Thread[] = [];
  for (let i = 0; i < 4; i++) {
    const account = ACCOUNTS[i % ACCOUNTS.length];
    const id = `r${episode}-p${i}`;
    const count = 1 + Math.floor(random() * 4);
    const parts = Array.from({ length: count }, (_, k) => `Episode ${episode}, thread ${i}, part ${k + 1} of ${count}: soon taken down.`);
    const thread: Thread = {
      id,
      account,
      username: USERS[account].username,
      parts,
      file: path.join(root, 'posts', `${id}.md`),
      front: `---\naccount: ${account}\npublish:\n  at: 2026-12-01 09:0${i}\n`,
      body: `---\n${parts.join('\n\n---\n\n')}\n`,
    };
    await writeFile(thread.file, thread.front + thread.body);
    threads.push(thread);
  }
  return threads;
}

function randomFaults(random: () => number, timeoutMs: number): FaultSpec[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const faults: FaultSpec[] = [];
  for (let i = Math.floor(random() * 3); i > 0; i--) {
    const username = USERS[pick(ACCOUNTS)].username;
    const del = { method: 'DELETE', path: '/2/tweets/:id', username };
    const look = { method: 'GET', path: '/2/tweets', username };
    switch (pick(['5xx', 'drop', 'drop', 'lost', 'delay', '429', 'look-5xx', 'look-drop'] as const)) {
      case '5xx':
        faults.push({ ...del, status: pick([500, 502, 503]), count: 1 + Math.floor(random() * 2) });
        break;
      case 'drop':
        faults.push({ ...del, mode: 'commit-then-drop', count: 1 });
        break;
      case 'lost':
        faults.push({ ...del, mode: 'drop', count: 1 });
        break;
      case 'delay':
        faults.push({ ...del, delayMs: Math.round(timeoutMs * (1.3 + random())), count: 1 });
        break;
      case '429':
        faults.push({ ...del, status: 429, count: 1, resetInSecs: 60 });
        break;
      case 'look-5xx':
        faults.push({ ...look, status: 503, count: 1 + Math.floor(random() * 3) });
        break;
      case 'look-drop':
        faults.push({ ...look, mode: 'drop', count: 1 });
        break;
    }
  }
  return faults;
}

/** Deletes X carried out (recorded with 200 once committed, before the answer leaves). */
const committedDeletes = (x: Emulator) => x.requests().filter((r) => r.method === 'DELETE' && r.status === 200).length;

class InvariantError extends Error {
  override name = 'InvariantError';
}

/** What must hold after every run. */
function checkInvariants(x: Emulator, threads: Thread[], text: string, context: string): LogEntry[] {
  const fail = (why: string): never => {
    throw new InvariantError(`${context}: ${why}`);
  };
  const parsed = parseLog(text);
  for (const d of parsed.diagnostics) if (d.rule !== 'log-torn-line') fail(`the log does not parse at line ${d.line}: ${d.message}`);
  for (const secret of SECRETS) if (text.includes(secret)) fail('a credential value is in the log');
  const tweets = new Map(x.tweets().map((t) => [t.id, t]));
  for (const thread of threads) {
    const mine = parsed.entries.filter((e) => e.post === thread.id);
    const ids = thread.parts.map((_, part) => mine.find((e) => e.event === 'published' && e.part === part)?.tweet_id);
    if (ids.some((id) => id === undefined)) fail(`${thread.id} was not fully published before the retract`);
    // Deletes go last part first: what X has deleted is always the end of the thread.
    const deleted = ids.map((id) => tweets.get(id!)?.deleted === true);
    const firstDeleted = deleted.indexOf(true);
    if (firstDeleted !== -1 && deleted.slice(firstDeleted).includes(false))
      fail(`${thread.id}: X has deleted parts ${deleted.map(Number).join('')}, not last part first`);
    for (const e of mine) {
      if (e.event !== 'retract-attempt' && e.event !== 'retracted') continue;
      if (e.tweet_id !== ids[e.part]) fail(`${thread.id}: ${e.event} of part ${e.part + 1} names ${e.tweet_id}, which is not that part`);
      // What the log says is gone is gone on X.
      if (e.event === 'retracted' && !tweets.get(e.tweet_id!)?.deleted) fail(`${thread.id}: the log says part ${e.part + 1} is retracted, X still has it`);
    }
  }
  // A delete X answered 404 was sent for a post already gone: herald deleted it twice without looking.
  const twice = x.requests().filter((r) => r.method === 'DELETE' && r.status === 404);
  if (twice.length > 0) fail(`herald deleted ${twice.map((r) => r.path).join(', ')} again after X had deleted it`);
  return parsed.entries;
}

/** After the closing runs: X holds none of the parts, and the log has a `retracted` for each. */
function checkFinal(x: Emulator, entries: LogEntry[], context: string): number {
  const retracted = new Set(entries.filter((e) => e.event === 'retracted').map((e) => e.tweet_id));
  const tweets = x.tweets();
  for (const t of tweets) {
    if (!t.deleted) throw new InvariantError(`${context}: ${t.id} is still on X after the closing runs`);
    if (!retracted.has(t.id)) throw new InvariantError(`${context}: ${t.id} was deleted but the log has no retracted for it`);
  }
  return tweets.length;
}

async function publishRun(root: string, now: DateTime, env: NodeJS.ProcessEnv, killWhen?: () => boolean) {
  const result = await runHerald(['publish', '--root', root, '--now', now.toISO()!, '--format', 'json'], { env, killWhen, timeoutMs: 60_000 });
  return { ...result, output: `${result.stdout}\n${result.stderr}` };
}

export async function runRetractChaos(options: RetractChaosOptions): Promise<RetractChaosSummary> {
  const random = prng(options.seed);
  const timeoutMs = options.timeoutMs ?? 300;
  const perEpisode = options.runsPerEpisode ?? 4;
  const summary: RetractChaosSummary = { runs: 0, killed: 0, faults: 0, parts: 0, blindDeletes: 0 };
  const x = await startX();
  const env = { ...credentialEnv(x, [...ACCOUNTS]), HERALD_X_TIMEOUT_MS: String(timeoutMs) };
  try {
    for (let episode = 0; summary.runs < options.runs; episode++) {
      x.reset();
      x.configure({ postsPer24Hours: 10_000, postsPer15Min: 10_000 });
      const root = await mkdtemp(path.join(os.tmpdir(), 'herald-retract-chaos-'));
      try {
        const threads = await writeThreads(root, episode, random);
        const sent = await publishRun(root, PUBLISHED_AT, env);
        if (sent.code !== 0) throw new InvariantError(`seed ${options.seed}, episode ${episode}: the clean publish failed\n${sent.output}`);
        for (const thread of threads) await writeFile(thread.file, `${thread.front}retract: true\n${thread.body}`);
        let now = RETRACT_FROM;
        const runs = Math.min(perEpisode, options.runs - summary.runs);
        for (let r = 0; r < runs; r++) {
          now = now.plus({ seconds: 30 + Math.floor(random() * 300) });
          const faults = random() < 0.7 ? randomFaults(random, timeoutMs) : [];
          x.clearFaults();
          if (faults.length > 0) x.inject(faults);
          summary.faults += faults.length;
          const dice = random();
          let killWhen: (() => boolean) | undefined;
          if (dice < 0.25) {
            const deadline = Date.now() + 50 + Math.floor(random() * 1200);
            killWhen = () => Date.now() >= deadline;
          } else if (dice < 0.6) {
            // The riskiest moment: X has deleted, herald has not heard back (nor written `retracted`).
            const target = committedDeletes(x) + 1 + Math.floor(random() * 3);
            killWhen = () => committedDeletes(x) >= target;
          }
          const before = committedDeletes(x);
          const result = await publishRun(root, now, env, killWhen);
          summary.runs++;
          if (result.signal === 'SIGKILL') {
            summary.killed++;
            if (committedDeletes(x) > before) summary.blindDeletes++;
          }
          const context = `seed ${options.seed}, episode ${episode}, run ${r} at ${now.toISO()}${result.signal ? ' (killed)' : ''}`;
          if (!result.signal && result.code !== 0 && result.code !== 1) throw new InvariantError(`${context}: exit ${result.code}\n${result.output}`);
          for (const secret of SECRETS) if (result.output.includes(secret)) throw new InvariantError(`${context}: a credential value was printed`);
          checkInvariants(x, threads, await logText(root), context);
        }
        x.clearFaults();
        let entries: LogEntry[] = [];
        for (const minutes of [60, 65]) {
          const closing = await publishRun(root, now.plus({ minutes }), env);
          const context = `seed ${options.seed}, episode ${episode}, closing run`;
          if (closing.code !== 0) throw new InvariantError(`${context}: exit ${closing.code}\n${closing.output}`);
          entries = checkInvariants(x, threads, await logText(root), context);
        }
        summary.parts += checkFinal(x, entries, `seed ${options.seed}, episode ${episode}`);
        options.progress?.(`episode ${episode}: ${runs} runs, ${threads.reduce((n, t) => n + t.parts.length, 0)} parts retracted`);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    }
  } finally {
    await x.close();
  }
  return summary;
}
