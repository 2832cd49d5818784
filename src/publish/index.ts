/**
 * One publish run, in-process, over a repository already read and planned (src/app/publish.ts
 * opens it for the CLI and the action). Steps: reconcile unresolved attempts → re-plan → apply
 * (send what is due, log every decision).
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { DateTime } from 'luxon';
import { UsageError } from '../model/errors.js';
import type { LoadedContent } from '../content/load.js';
import { errorsByFile } from '../model/diagnostic.js';
import type { LogEntry } from '../model/log.js';
import type { Plan, PlanEntry } from '../model/plan.js';
import { assemblePlan } from '../plan/planner.js';
import { RepositoryDoor, type DoorResult } from '../repository/door.js';
import { MAX_MEDIA_BYTES, mediaKindFor } from '../x/media-type.js';
import { applyPlan } from './apply-plan.js';
import { openLogWriter, type ReadLog } from '../repository/log.js';
import { reconcileUnresolved } from './reconcile.js';
import type { PublishReport } from './report.js';
import { PublishRun } from './run.js';
import { clientFor, DEFAULT_X_TIMEOUT_MS, timeoutFromEnv } from '../x/client-from-env.js';

export { clientFor, DEFAULT_X_TIMEOUT_MS, timeoutFromEnv } from '../x/client-from-env.js';

export type { PublishReport } from './report.js';

/**
 * How long to let an unanswered request land before reading the timeline. X acts on a post within
 * moments of receiving it; after the client's own timeout, a few more seconds cover a slow commit.
 */
const MAX_GRACE_MS = 2_000;

/** The wait after an unanswered send before the timeline is read (a post's part and a reply alike). */
export function graceMsFor(timeoutMs: number): number {
  return Math.min(timeoutMs, MAX_GRACE_MS);
}

export interface PublishOptions {
  /** The repository as read once for this run: its content (errors-only checks suffice), its log, and the plan for `now`. */
  content: LoadedContent;
  history: ReadLog;
  plan: Plan;
  /** The instant the plan is made for (`--now`, or the clock). */
  now: DateTime;
  /** Stamps log entries and measures delays; default: always `now`. */
  clock?: () => DateTime;
  dryRun: boolean;
  /** Only this account. */
  account?: string;
  /** Credentials (`X_<ACCOUNT>_*`), `X_API_BASE_URL`, `HERALD_X_TIMEOUT_MS`. */
  env: NodeJS.ProcessEnv;
  /** A request with no answer after this long may have reached X (default: `HERALD_X_TIMEOUT_MS`, else 20 s). */
  timeoutMs?: number;
  /** Progress and warnings, one line each (the CLI sends them to stderr). */
  log?: (message: string) => void;
  /** Backoff sleeps; tests may pass a fast one. */
  sleep?: (ms: number) => Promise<void>;
}

export interface PublishResult {
  report: PublishReport;
  /** The log entries this run wrote, in order (the summary shows them when the log could not be pushed). */
  appended: readonly LogEntry[];
}

export async function publishDue(options: PublishOptions): Promise<PublishResult> {
  const progress = options.log ?? (() => {});
  const clock = options.clock ?? (() => options.now);
  const { content, history } = options;
  const root = content.root;
  for (const d of history.diagnostics) progress(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  if (options.account !== undefined && !content.accounts.has(options.account)) {
    const known = [...content.accounts.keys()].sort().join(', ') || 'none';
    throw new UsageError(`--account ${options.account}: there is no schedules/${options.account}.yaml (accounts: ${known})`);
  }
  const include = (entry: PlanEntry) => options.account === undefined || entry.post.account === options.account;

  const door = RepositoryDoor.open(root);
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv(options.env) ?? DEFAULT_X_TIMEOUT_MS;
  const secrets: string[] = [];
  const run = new PublishRun({
    accounts: content.accounts,
    ledger: history.entries,
    openLog: () => openLogWriter(root),
    readMedia: (post, media) => readMedia(door, post.file, media.file),
    clients: (account) => clientFor(account, options.env, timeoutMs, secrets),
    now: clock,
    sleep: options.sleep ?? ((ms) => delay(ms)),
    retry: { tries: 3, baseMs: Math.min(1000, Math.max(10, timeoutMs / 4)), graceMs: graceMsFor(timeoutMs) },
    progress,
    secrets: () => secrets,
    planNow: options.now.toUTC().toISO({ suppressMilliseconds: true })!,
    dryRun: options.dryRun,
  });

  let appended: readonly LogEntry[] = [];
  try {
    const plan = options.plan;
    await reconcileUnresolved(run, plan, include);
    const reconciled = await run.appended();
    const replanned =
      reconciled.length === 0
        ? plan
        : assemblePlan({ posts: content.posts, accounts: content.accounts, log: [...history.entries, ...reconciled], now: options.now });
    await applyPlan(run, { plan: replanned, include, contentErrors: errorsByFile(content.diagnostics) });
  } finally {
    await run.close();
    appended = await run.appended();
  }
  return { report: run.finish(), appended };
}

/** A post's media file, located and read through the door within X's size limit for its kind. */
function readMedia(door: RepositoryDoor, postFile: string, written: string): DoorResult<Buffer> {
  const located = door.locate(postFile, written);
  if (!located.ok) return located;
  const kind = mediaKindFor(written);
  return door.readFile(located.value.rel, kind ? MAX_MEDIA_BYTES[kind.category] : 0, 'media file');
}
