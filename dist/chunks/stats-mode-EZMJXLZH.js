import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  appendMetrics,
  info as info2,
  isoFromMs,
  joinPrefix,
  openRepository,
  readAllowances,
  readLog,
  readMetrics,
  writeSummary
} from "./chunk-LIOCJZ44.js";
import {
  METRICS_COMMIT_MESSAGE,
  commitAndPushLog
} from "./chunk-UAG7Q4J7.js";
import {
  table
} from "./chunk-4E4YB6TO.js";
import {
  error,
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-2GGXMUD4.js";
import {
  MAX_LOOKUP_IDS,
  XError,
  baseUrlFromEnv
} from "./chunk-6Y4ALDNX.js";
import {
  PRICES,
  formatUsd,
  fromMicros,
  toMicros
} from "./chunk-OFJ7IQ7R.js";
import {
  credentialsFor
} from "./chunk-RUHTAMYX.js";
import "./chunk-WZG4IX6H.js";
import {
  METRICS_FILE
} from "./chunk-OS3CCXPJ.js";
import "./chunk-2MMMTGDB.js";
import {
  mdMessage,
  mdText
} from "./chunk-SQ7BIUQN.js";
import "./chunk-JZO4KPLM.js";
import "./chunk-QE54DZFA.js";
import {
  UsageError
} from "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/app/read-budgets.ts
async function readBudgetsAt(root, now) {
  const repository = await openRepository(root, { now, load: { report: "errors" } });
  if (![...repository.content.accounts.values()].some((account) => account.budget !== void 0)) return /* @__PURE__ */ new Map();
  return readAllowances(repository.plan.months ?? [], repository.content.accounts, now.toMillis());
}

// src/stats/fetch.ts
import { setTimeout as delay } from "node:timers/promises";

// src/stats/select.ts
function publishedParts(log) {
  const retracted = new Set(log.filter((e) => e.event === "retracted" && e.tweet_id).map((e) => e.tweet_id));
  const byTweet = /* @__PURE__ */ new Map();
  for (const entry of log) {
    const sent = entry.event === "published" || entry.event === "reconciled" && entry.found === true;
    if (!sent || !entry.tweet_id || retracted.has(entry.tweet_id) || byTweet.has(entry.tweet_id)) continue;
    byTweet.set(entry.tweet_id, { account: entry.account, post: entry.post, part: entry.part, tweet_id: entry.tweet_id, published_at: entry.at });
  }
  return [...byTweet.values()];
}
function utcDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function selectReads(options) {
  const today = utcDay(options.nowMs);
  const lastRead = /* @__PURE__ */ new Map();
  for (const s of options.snapshots) {
    const ms = Date.parse(s.at);
    if (ms > (lastRead.get(s.tweet_id) ?? Number.NEGATIVE_INFINITY)) lastRead.set(s.tweet_id, ms);
  }
  let alreadyReadToday = 0;
  const candidates = [];
  for (const part of publishedParts(options.log)) {
    if (options.account !== void 0 && part.account !== options.account) continue;
    const publishedMs = Date.parse(part.published_at);
    if (!(publishedMs >= options.sinceMs && publishedMs <= options.nowMs)) continue;
    const last = lastRead.get(part.tweet_id);
    if (last !== void 0 && utcDay(last) === today) {
      alreadyReadToday += 1;
      continue;
    }
    candidates.push(last === void 0 ? part : { ...part, last_read_at: new Date(last).toISOString() });
  }
  const inLogOrder = candidates.slice();
  candidates.sort(
    (a, b) => readKey(a) - readKey(b) || Date.parse(b.published_at) - Date.parse(a.published_at) || a.account.localeCompare(b.account) || a.post.localeCompare(b.post) || a.part - b.part
  );
  const cap = Math.max(0, options.maxReads);
  const taken = /* @__PURE__ */ new Map();
  const chosen = /* @__PURE__ */ new Set();
  const overCap = [];
  const overBudget = [];
  for (const part of candidates) {
    const left = options.readsLeft?.get(part.account);
    if (left !== void 0 && (taken.get(part.account) ?? 0) >= left) overBudget.push(part);
    else if (chosen.size >= cap) overCap.push(part);
    else {
      chosen.add(part);
      taken.set(part.account, (taken.get(part.account) ?? 0) + 1);
    }
  }
  const due = inLogOrder.filter((part) => chosen.has(part)).sort((a, b) => a.account.localeCompare(b.account));
  return { due, overCap, overBudget, alreadyReadToday };
}
function readKey(part) {
  return part.last_read_at === void 0 ? Number.NEGATIVE_INFINITY : Date.parse(part.last_read_at);
}

// src/stats/fetch.ts
var DEFAULT_MAX_READS = Math.floor(toMicros(1) / toMicros(PRICES.post_read));
var TRIES = 3;
var RETRY_BASE_MS = 1e3;
var RETRIED = /* @__PURE__ */ new Set(["server", "unreachable"]);
async function fetchStats(options) {
  const say = options.log ?? (() => {
  });
  const [history, metrics] = await Promise.all([readLog(options.root), readMetrics(options.root)]);
  for (const d of [...history.diagnostics, ...metrics.diagnostics]) say(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  if (options.account !== void 0 && !history.entries.some((e) => e.account === options.account)) {
    const known = [...new Set(history.entries.map((e) => e.account))].sort();
    say(`--account ${options.account}: the log has nothing of this account${known.length ? ` (accounts in the log: ${known.join(", ")})` : ""}`);
  }
  const selection = selectReads({
    log: history.entries,
    snapshots: metrics.snapshots,
    nowMs: options.nowMs,
    sinceMs: options.sinceMs,
    account: options.account,
    maxReads: options.maxReads,
    readsLeft: options.readBudgets && new Map([...options.readBudgets].map(([account, budget]) => [account, budget.reads]))
  });
  const byAccount = /* @__PURE__ */ new Map();
  for (const part of selection.due) byAccount.set(part.account, [...byAccount.get(part.account) ?? [], part]);
  const accounts = [...byAccount.keys()].sort();
  if (!options.dryRun && !options.clientFor) {
    const missing = accounts.flatMap((account) => {
      const found = credentialsFor(account, options.env);
      return found.ok ? [] : [`${account}: set ${found.missing.join(", ")}`];
    });
    if (missing.length > 0) {
      throw new UsageError(
        `no X credentials for accounts with posts to read (${missing.join("; ")}); nothing was read. Set them in the environment (in a workflow, map each secret in the step's env:)`
      );
    }
  }
  const now = isoFromMs(options.nowMs);
  const report = {
    now,
    since: isoFromMs(Math.floor(options.sinceMs / 1e3) * 1e3),
    dry_run: options.dryRun,
    max_reads: options.maxReads,
    reads: 0,
    cost_usd: 0,
    to_read: accounts.flatMap((account) => byAccount.get(account).map(ref)),
    accounts: [],
    already_read_today: selection.alreadyReadToday,
    over_max_reads: selection.overCap.map(ref),
    over_budget: selection.overBudget.map(ref),
    budgets: budgetReports(options.readBudgets, [...selection.due, ...selection.overCap, ...selection.overBudget], selection.overBudget),
    not_read: [],
    deleted: [],
    exit_code: 0
  };
  for (const account of accounts) {
    const parts = byAccount.get(account);
    const entry = { account, due: parts.length, read: 0 };
    report.accounts.push(entry);
    if (options.dryRun) {
      entry.read = parts.length;
      continue;
    }
    const client = await (options.clientFor ?? ((name) => clientFromEnv(name, options.env)))(account);
    for (let start = 0; start < parts.length; start += MAX_LOOKUP_IDS) {
      const batch = parts.slice(start, start + MAX_LOOKUP_IDS);
      let answer;
      try {
        answer = await withRetry(
          () => client.postMetrics(batch.map((p) => p.tweet_id)),
          options.sleep ?? ((ms) => delay(ms)),
          (message) => say(`${account}: ${message}; trying again`)
        );
      } catch (error2) {
        if (!(error2 instanceof XError)) throw error2;
        entry.stopped = error2.kind === "rate-limit" ? { kind: "rate-limit", message: error2.message, ...error2.resetAt ? { resets_at: error2.resetAt } : {} } : { kind: "error", message: error2.message };
        report.not_read.push(...parts.slice(start).map(ref));
        break;
      }
      const byId = new Map(answer.metrics.map((m) => [m.id, m]));
      const snapshots = [];
      for (const part of batch) {
        const m = byId.get(part.tweet_id);
        if (!m) continue;
        snapshots.push({
          at: now,
          account,
          post: part.post,
          part: part.part,
          tweet_id: part.tweet_id,
          ...m.impressions !== void 0 ? { impressions: m.impressions } : {},
          likes: m.likes,
          reposts: m.reposts,
          replies: m.replies,
          quotes: m.quotes,
          bookmarks: m.bookmarks
        });
      }
      const missing = new Set(answer.missing);
      report.deleted.push(...batch.filter((p) => missing.has(p.tweet_id)).map(ref));
      await appendMetrics(options.root, snapshots);
      entry.read += snapshots.length;
    }
  }
  report.reads = report.accounts.reduce((sum, a) => sum + a.read, 0);
  report.cost_usd = fromMicros(report.reads * toMicros(PRICES.post_read));
  if (report.accounts.some((a) => a.stopped?.kind === "error")) report.exit_code = 1;
  tellSkipped(report, say);
  return report;
}
function budgetReports(budgets, wanted, held) {
  if (!budgets) return [];
  const names = [...new Set(wanted.map((p) => p.account))].filter((name) => budgets.has(name)).sort();
  return names.map((account) => {
    const b = budgets.get(account);
    return {
      account,
      month: b.month,
      budget_usd: fromMicros(b.budgetMicros),
      spent_usd: fromMicros(b.spentMicros),
      planned_usd: fromMicros(b.plannedMicros),
      reads_left: b.reads,
      held_back: held.filter((p) => p.account === account).length
    };
  });
}
async function withRetry(read, sleep, retrying) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error2) {
      if (!(error2 instanceof XError) || !RETRIED.has(error2.kind) || attempt >= TRIES) throw error2;
      retrying(error2.message);
      await sleep(RETRY_BASE_MS * 2 ** (attempt - 1));
    }
  }
}
function ref(part) {
  return { account: part.account, post: part.post, part: part.part, tweet_id: part.tweet_id };
}
function tellSkipped(report, say) {
  const name = (p) => `${p.account}/${p.post} part ${p.part + 1} (${p.tweet_id})`;
  if (report.over_max_reads.length > 0) {
    say(
      `${report.over_max_reads.length} part(s) over --max-reads ${report.max_reads} were not read (${formatUsd(report.over_max_reads.length * PRICES.post_read)} more); the next run reads them first: ${report.over_max_reads.map(name).join(", ")}`
    );
  }
  for (const budget of report.budgets) {
    if (budget.held_back === 0) continue;
    const parts = report.over_budget.filter((p) => p.account === budget.account);
    say(
      `${budget.account}: budget.monthly_usd ${formatUsd(budget.budget_usd)} for ${budget.month} (UTC) leaves room for ${budget.reads_left} read(s) (${formatUsd(budget.spent_usd)} spent, ${formatUsd(budget.planned_usd)} planned for posts still to go out this month, which come first), so ${budget.held_back} part(s) were not read; they are read when the budget allows (next month, or after raising budget.monthly_usd): ${parts.map(name).join(", ")}`
    );
  }
  for (const account of report.accounts) {
    if (account.stopped?.kind === "rate-limit") {
      const when = account.stopped.resets_at ? `; the limit resets at ${account.stopped.resets_at}` : "";
      say(`${account.account}: X's rate limit stopped the reads after ${account.read} of ${account.due}; what was read is kept${when}`);
    } else if (account.stopped?.kind === "error") {
      say(`${account.account}: reading stopped after ${account.read} of ${account.due}: ${account.stopped.message}`);
    }
  }
  for (const part of report.deleted) {
    say(
      `${name(part)}: X no longer has this post (deleted outside herald); nothing recorded. Add \`retract: true\` to the post so publish logs it and stats stops asking`
    );
  }
}
async function clientFromEnv(account, env) {
  const found = credentialsFor(account, env);
  if (!found.ok) throw new UsageError(`no X credentials for ${account}: set ${found.missing.join(", ")}`);
  const { createXClient } = await import("./client-Q4IG3XFI.js");
  return createXClient(found.credentials, { baseUrl: baseUrlFromEnv(env) });
}

// src/action/stats-mode.ts
async function statsMode(inputs, env) {
  const nowMs = inputs.now.toMillis();
  let report;
  let statsError;
  try {
    report = await fetchStats({
      root: inputs.root,
      nowMs,
      sinceMs: nowMs - inputs.sinceMs,
      maxReads: inputs.maxReads ?? DEFAULT_MAX_READS,
      readBudgets: await readBudgetsAt(inputs.root, inputs.now),
      dryRun: inputs.dryRun,
      env,
      log: (message) => info2(`herald: ${message}`)
    });
  } catch (error2) {
    statsError = error2;
  }
  let commit;
  let commitError;
  if (inputs.commit && !inputs.dryRun) {
    try {
      commit = await commitAndPushLog({ root: inputs.root, env, file: METRICS_FILE, message: METRICS_COMMIT_MESSAGE });
      info(commit.committed ? `herald: metrics pushed (${commit.commit?.slice(0, 7)})` : "herald: no new metrics; no commit");
    } catch (error2) {
      commitError = error2;
      error(`herald: the metrics were not pushed: ${error2.message}`, { file: joinPrefix(inputs.rootInRepo, METRICS_FILE) });
    }
  }
  if (report) {
    setOutput("reads", report.reads);
    setOutput("cost-usd", report.cost_usd);
    for (const account of report.accounts) {
      if (account.stopped?.kind === "error") error(`${account.account}: ${account.stopped.message}`, { title: `herald stats stopped ${account.account}` });
      if (account.stopped?.kind === "rate-limit") warning(`${account.account}: ${account.stopped.message}`, { title: "herald stats: X's rate limit" });
    }
    await writeSummary(statsSummary(report, commit), env);
  }
  if (statsError) throw statsError;
  if (commitError) throw commitError;
  if (report && report.exit_code !== 0) setFailed("herald: reading metrics failed for some accounts; see the annotations and the job summary");
}
function statsSummary(report, commit) {
  const verb = report.dry_run ? "would read" : "read";
  const rows = report.accounts.map((a) => [
    mdText(a.account),
    String(a.read),
    String(a.due),
    a.stopped ? a.stopped.kind === "rate-limit" ? mdText(`rate limit${a.stopped.resets_at ? `, resets ${a.stopped.resets_at}` : ""}`) : mdMessage(a.stopped.message) : ""
  ]);
  const lines = [
    `## herald stats`,
    `${report.dry_run ? "Dry run: would read" : "Read"} ${report.reads} post(s) for ${formatUsd(report.cost_usd)} (parts published since ${report.since}).`
  ];
  if (rows.length > 0) lines.push(table(["account", verb, "due", "stopped"], rows));
  const notes = [
    report.already_read_today > 0 ? `${report.already_read_today} already read today (UTC)` : "",
    report.over_max_reads.length > 0 ? `${report.over_max_reads.length} over the cap of ${report.max_reads} (read next run)` : "",
    report.not_read.length > 0 ? `${report.not_read.length} not read because their account stopped` : "",
    report.deleted.length > 0 ? `${report.deleted.length} deleted on X (nothing recorded)` : ""
  ].filter(Boolean);
  if (notes.length > 0) lines.push(`Skipped: ${notes.join("; ")}.`);
  if (commit) lines.push(commit.committed ? `Metrics committed and pushed as \`${commit.commit?.slice(0, 7)}\`.` : "No new metrics; no commit.");
  return `${lines.join("\n\n")}
`;
}
export {
  statsMode,
  statsSummary
};
