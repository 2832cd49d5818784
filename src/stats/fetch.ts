/**
 * One `herald stats` run: choose the parts to read (select.ts), read them from X per account in
 * batches of 100 (`GET /2/tweets?ids=`, public_metrics), and append one snapshot per part read to
 * `schedules/metrics.jsonl` after every batch, so what was read is kept whatever stops the run.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { UsageError } from '../model/errors.js';
import type { MetricsSnapshot, ReadAllowance } from '../model/metrics.js';
import type { SupportAccount, SupportReadsRecord, SupportRecord } from '../model/support.js';
import { formatUsd, fromMicros, PRICES, toMicros } from '../model/prices.js';
import { type ReadLog, readLog } from '../repository/log.js';
import { appendMetrics, type ReadMetrics, readMetrics } from '../repository/metrics.js';
import { isoFromMs } from '../time/instant.js';
import { clientFor, DEFAULT_X_TIMEOUT_MS, timeoutFromEnv } from '../x/client-from-env.js';
import { credentialsFor, scrub } from '../x/credentials.js';
import { MAX_LOOKUP_IDS, XError, type XAccountClient } from '../x/port.js';
import type { StatsAccountReport, StatsBudgetReport, StatsPartRef, StatsReport } from './report.js';
import { type DueRead, selectReads } from './select.js';
import { cursorOf, plannedReads } from './support-cursor.js';
import { emptySupportReport, type ReadRoom, readSupport, type SupportReadReport, stopOf } from './support-read.js';

/** The default cap keeps a run under $1 at X's price for a post read: floor($1 / $0.005) = 200. */
export const DEFAULT_MAX_READS = Math.floor(toMicros(1) / toMicros(PRICES.post_read));

export interface StatsOptions {
  root: string;
  /** The run's clock, epoch ms: `--now`, or the clock at the command's entry. */
  nowMs: number;
  /** Parts published at or after this instant, epoch ms (`--since`). */
  sinceMs: number;
  maxReads: number;
  /** Per account with a budget: what it leaves for reads; absent accounts are limited by maxReads alone. */
  readBudgets?: ReadonlyMap<string, ReadAllowance>;
  /**
   * Support accounts (`sla:`): their replies and mentions are read first (support-read.ts), within
   * the same `maxReads` and budget; the parts' metrics get what is left.
   */
  support?: readonly SupportAccount[];
  /** The log and metrics.jsonl when the caller has read them already (statsInputsAt); read here otherwise. */
  history?: ReadLog;
  metrics?: ReadMetrics;
  account?: string;
  dryRun: boolean;
  /** Credentials (`X_<ACCOUNT>_*`) and `X_API_BASE_URL`. */
  env: NodeJS.ProcessEnv;
  /** Progress, warnings and what was skipped, one line each (the CLI sends them to stderr). */
  log?: (message: string) => void;
  /** The X client of an account; default: twitter-api-v2 as the environment configures it. */
  clientFor?: (account: string) => Promise<XAccountClient>;
  /** Backoff sleeps between tries of a batch; tests may pass a fast one. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A batch X answered with a 5xx, or that never reached X, is tried again (3 tries in all, 1 s then
 * 2 s apart): nothing was read, so nothing was billed. A timeout (`uncertain`) is not retried: X
 * may have answered and billed the reads.
 */
const TRIES = 3;
const RETRY_BASE_MS = 1000;
const RETRIED: ReadonlySet<XError['kind']> = new Set(['server', 'unreachable']);

export async function fetchStats(options: StatsOptions): Promise<StatsReport> {
  // The credentials' values, once read: no message from X reaches the output with one of them in it.
  const secrets: string[] = [];
  const say = (message: string) => options.log?.(scrub(message, secrets));
  const [history, metrics] = await Promise.all([options.history ?? readLog(options.root), options.metrics ?? readMetrics(options.root)]);
  for (const d of [...history.diagnostics, ...metrics.diagnostics]) say(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  const isSupport = (options.support ?? []).some((s) => s.account === options.account);
  if (options.account !== undefined && !isSupport && !history.entries.some((e) => e.account === options.account)) {
    const known = [...new Set(history.entries.map((e) => e.account))].sort();
    say(`--account ${options.account}: the log has nothing of this account${known.length ? ` (accounts in the log: ${known.join(', ')})` : ''}`);
  }
  const now = isoFromMs(options.nowMs);
  const support = (options.support ?? []).filter((s) => options.account === undefined || s.account === options.account);
  const clients = new Map<string, Promise<XAccountClient>>();
  const clientOf = (account: string) => {
    let client = clients.get(account);
    if (!client) {
      client = (options.clientFor ?? ((name) => clientFromEnv(name, options.env, secrets)))(account);
      clients.set(account, client);
    }
    return client;
  };
  const sleep = options.sleep ?? ((ms) => delay(ms));

  // Every account with something to read needs its credentials before anything is read (exit 2).
  // (Which parts are due is known only after the support reads; an account with published parts
  // may have some, so its credentials are asked for as soon as it has any in the period.)
  const mayRead = new Set([
    ...support.map((s) => s.account),
    ...selectReads({
      log: history.entries,
      snapshots: metrics.snapshots,
      nowMs: options.nowMs,
      sinceMs: options.sinceMs,
      account: options.account,
      maxReads: options.maxReads,
    }).due.map((p) => p.account),
  ]);
  if (!options.dryRun && !options.clientFor) {
    const missing = [...mayRead].sort().flatMap((account) => {
      const found = credentialsFor(account, options.env);
      return found.ok ? [] : [`${account}: set ${found.missing.join(', ')}`];
    });
    if (missing.length > 0) {
      throw new UsageError(
        `no X credentials for accounts with posts to read (${missing.join('; ')}); nothing was read. Set them in the environment (in a workflow, map each secret in the step's env:)`,
      );
    }
  }

  // Support accounts first: what customers wrote and what was answered is what the team acts on;
  // metrics of published parts can wait a day.
  const supportReports: SupportReadReport[] = [];
  let maxReads = options.maxReads;
  const moneyLeft = new Map([...(options.readBudgets ?? [])].map(([account, b]) => [account, b.budgetMicros - b.spentMicros - b.plannedMicros]));
  // `--since` to the second: X's start_time and the report's `since` are the same instant.
  const since = isoFromMs(Math.floor(options.sinceMs / 1000) * 1000);
  for (const account of support) {
    if (options.dryRun) {
      supportReports.push({ ...emptySupportReport(account.account), planned: plannedFor(account.account, metrics.support, since) });
      continue;
    }
    const room: ReadRoom = { reads: maxReads, ...(moneyLeft.has(account.account) ? { micros: moneyLeft.get(account.account)! } : {}) };
    const result = await readSupport({
      client: await clientOf(account.account),
      support: account,
      recorded: metrics.support,
      now,
      startTime: since,
      room,
      append: (records) => appendMetrics(options.root, records),
      retry: (read) => withRetry(read, sleep, (message) => say(`${account.account}: ${message}; trying again`)),
    });
    supportReports.push(result);
    maxReads = room.reads;
    if (room.micros !== undefined) moneyLeft.set(account.account, room.micros);
  }

  const readsLeft =
    options.readBudgets &&
    new Map([...options.readBudgets].map(([account, budget]) => [account, Math.max(0, Math.floor(moneyLeft.get(account)! / budget.readMicros))]));
  const selection = selectReads({
    log: history.entries,
    snapshots: metrics.snapshots,
    nowMs: options.nowMs,
    sinceMs: options.sinceMs,
    account: options.account,
    maxReads,
    readsLeft,
  });
  const byAccount = new Map<string, DueRead[]>();
  for (const part of selection.due) {
    const parts = byAccount.get(part.account);
    if (parts) parts.push(part);
    else byAccount.set(part.account, [part]);
  }
  const accounts = [...byAccount.keys()].sort();

  const report: StatsReport = {
    now,
    since,
    dry_run: options.dryRun,
    max_reads: options.maxReads,
    reads: 0,
    cost_usd: 0,
    to_read: accounts.flatMap((account) => byAccount.get(account)!.map(ref)),
    accounts: [],
    already_read_today: selection.alreadyReadToday,
    over_max_reads: selection.overCap.map(ref),
    over_budget: selection.overBudget.map(ref),
    budgets: budgetReports(options.readBudgets, readsLeft, [...selection.due, ...selection.overCap, ...selection.overBudget], selection.overBudget),
    support: supportReports,
    not_read: [],
    deleted: [],
    exit_code: 0,
  };

  for (const account of accounts) {
    const parts = byAccount.get(account)!;
    const entry: StatsAccountReport = { account, due: parts.length, read: 0 };
    report.accounts.push(entry);
    if (options.dryRun) {
      entry.read = parts.length;
      continue;
    }
    // The account's support reads just failed (wrong account's credentials, X's rate limit, an
    // error): its metrics would fail the same way, or be read with credentials that are not its own.
    const supportStop = supportReports.find((r) => r.account === account)?.stopped;
    if (supportStop?.kind === 'error' || supportStop?.kind === 'rate-limit') {
      entry.stopped = { ...supportStop, message: `not read, as its support reads stopped: ${supportStop.message}` };
      report.not_read.push(...parts.map(ref));
      continue;
    }
    const client = await clientOf(account);
    for (let start = 0; start < parts.length; start += MAX_LOOKUP_IDS) {
      const batch = parts.slice(start, start + MAX_LOOKUP_IDS);
      let answer: Awaited<ReturnType<XAccountClient['postMetrics']>>;
      try {
        answer = await withRetry(
          () => client.postMetrics(batch.map((p) => p.tweet_id)),
          sleep,
          (message) => say(`${account}: ${message}; trying again`),
        );
      } catch (error) {
        if (!(error instanceof XError)) throw error;
        entry.stopped = stopOf(error);
        report.not_read.push(...parts.slice(start).map(ref));
        break;
      }
      const byId = new Map(answer.metrics.map((m) => [m.id, m]));
      const snapshots: MetricsSnapshot[] = [];
      for (const part of batch) {
        const m = byId.get(part.tweet_id);
        if (!m) continue;
        snapshots.push({
          at: now,
          account,
          post: part.post,
          part: part.part,
          tweet_id: part.tweet_id,
          ...(m.impressions !== undefined ? { impressions: m.impressions } : {}),
          likes: m.likes,
          reposts: m.reposts,
          replies: m.replies,
          quotes: m.quotes,
          bookmarks: m.bookmarks,
        });
      }
      const missing = new Set(answer.missing);
      report.deleted.push(...batch.filter((p) => missing.has(p.tweet_id)).map(ref));
      await appendMetrics(options.root, snapshots);
      entry.read += snapshots.length;
    }
  }

  const metricReads = report.accounts.reduce((sum, a) => sum + a.read, 0);
  const supportReads = supportReports.reduce((sum, s) => sum + s.owned_reads + s.post_reads, 0);
  report.reads = metricReads + supportReads;
  report.cost_usd = fromMicros(metricReads * toMicros(PRICES.post_read) + supportReports.reduce((sum, s) => sum + s.cost_micros, 0));
  if (report.accounts.some((a) => a.stopped?.kind === 'error') || supportReports.some((s) => s.stopped?.kind === 'error')) report.exit_code = 1;
  tellSkipped(report, say);
  for (const stopped of [...report.accounts, ...report.support].map((a) => a.stopped)) {
    if (stopped && 'message' in stopped) stopped.message = scrub(stopped.message, secrets);
  }
  return report;
}

/** A dry run's answer for a support account: the ranges each timeline would be read in. */
function plannedFor(account: string, recorded: readonly SupportRecord[], startTime: string): SupportReadReport['planned'] {
  const reads = recorded.filter((r): r is SupportReadsRecord => r.kind === 'support-reads');
  return {
    timeline: plannedReads(cursorOf(reads, account, 'timeline'), startTime),
    mentions: plannedReads(cursorOf(reads, account, 'mentions'), startTime),
  };
}

/** The budget of each account that had parts to read this run, in name order. */
function budgetReports(
  budgets: ReadonlyMap<string, ReadAllowance> | undefined,
  readsLeft: ReadonlyMap<string, number> | undefined,
  wanted: readonly DueRead[],
  held: readonly DueRead[],
): StatsBudgetReport[] {
  if (!budgets) return [];
  const names = [...new Set(wanted.map((p) => p.account))].filter((name) => budgets.has(name)).sort();
  return names.map((account) => {
    const b = budgets.get(account)!;
    return {
      account,
      month: b.month,
      budget_usd: fromMicros(b.budgetMicros),
      spent_usd: fromMicros(b.spentMicros),
      planned_usd: fromMicros(b.plannedMicros),
      reads_left: readsLeft?.get(account) ?? b.reads,
      held_back: held.filter((p) => p.account === account).length,
    };
  });
}

async function withRetry<T>(read: () => Promise<T>, sleep: (ms: number) => Promise<void>, retrying: (message: string) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof XError) || !RETRIED.has(error.kind) || attempt >= TRIES) throw error;
      retrying(error.message);
      await sleep(RETRY_BASE_MS * 2 ** (attempt - 1));
    }
  }
}

function ref(part: DueRead): StatsPartRef {
  return { account: part.account, post: part.post, part: part.part, tweet_id: part.tweet_id };
}

/** What was not read, and why, on stderr: the summary counts them, these lines name them. */
function tellSkipped(report: StatsReport, say: (message: string) => void): void {
  const name = (p: StatsPartRef) => `${p.account}/${p.post} part ${p.part + 1} (${p.tweet_id})`;
  if (report.over_max_reads.length > 0) {
    say(
      `${report.over_max_reads.length} part(s) over --max-reads ${report.max_reads} were not read (${formatUsd(report.over_max_reads.length * PRICES.post_read)} more); the next run reads them first: ${report.over_max_reads.map(name).join(', ')}`,
    );
  }
  for (const budget of report.budgets) {
    if (budget.held_back === 0) continue;
    const parts = report.over_budget.filter((p) => p.account === budget.account);
    say(
      `${budget.account}: budget.monthly_usd ${formatUsd(budget.budget_usd)} for ${budget.month} (UTC) leaves room for ${budget.reads_left} read(s) ` +
        `(${formatUsd(budget.spent_usd)} spent, ${formatUsd(budget.planned_usd)} planned for posts still to go out this month, which come first), ` +
        `so ${budget.held_back} part(s) were not read; they are read when the budget allows (next month, or after raising budget.monthly_usd): ${parts.map(name).join(', ')}`,
    );
  }
  for (const account of report.accounts) {
    if (account.stopped?.kind === 'rate-limit') {
      const when = account.stopped.resets_at ? `; the limit resets at ${account.stopped.resets_at}` : '';
      say(`${account.account}: X's rate limit stopped the reads after ${account.read} of ${account.due}; what was read is kept${when}`);
    } else if (account.stopped?.kind === 'error') {
      say(`${account.account}: reading stopped after ${account.read} of ${account.due}: ${account.stopped.message}`);
    }
  }
  for (const s of report.support) {
    const stop = s.stopped;
    if (!stop) continue;
    const read = `after ${s.timeline + s.mentions + s.lookups} post(s)`;
    if (stop.kind === 'max-reads')
      say(
        `${s.account}: the support reads stopped at --max-reads ${report.max_reads} ${read} (X gives a timeline in pages of 5 to 100 posts, so a page is asked for only with room for 5 reads); the next run goes on from there`,
      );
    else if (stop.kind === 'budget')
      say(
        `${s.account}: the support reads stopped ${read}: budget.monthly_usd leaves ${formatUsd(stop.left_usd)} this month and the next page (5 reads at least) costs ${formatUsd(stop.page_usd)}; they go on when the budget allows (next month, or after raising budget.monthly_usd)`,
      );
    else if (stop.kind === 'rate-limit')
      say(
        `${s.account}: X's rate limit stopped the support reads ${read}; what was read is kept${stop.resets_at ? `; the limit resets at ${stop.resets_at}` : ''}`,
      );
    else say(`${s.account}: the support reads stopped ${read}: ${stop.message}`);
  }
  for (const part of report.deleted) {
    say(
      `${name(part)}: X no longer has this post (deleted outside herald); nothing recorded. Add \`retract: true\` to the post so publish logs it and stats stops asking`,
    );
  }
}

/** The real client as publish gets it (timeout, base URL), loaded only when an account has something to read. */
async function clientFromEnv(account: string, env: NodeJS.ProcessEnv, secrets: string[]): Promise<XAccountClient> {
  const found = await clientFor(account, env, timeoutFromEnv(env) ?? DEFAULT_X_TIMEOUT_MS, secrets);
  // Credentials were checked before anything was read; this is for a caller that did not.
  if (!found.ok) throw new UsageError(`no X credentials for ${account}: set ${found.missing.join(', ')}`);
  return found.client;
}
