import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  DEFAULT_X_TIMEOUT_MS,
  clientFor,
  timeoutFromEnv
} from "./chunk-UOFBKHGZ.js";
import {
  sameHandle
} from "./chunk-OMWYTTSV.js";
import {
  appendMetrics,
  groupReads,
  isoFromMs,
  joinPrefix,
  openRepository,
  pastPricesFor,
  readAllowances,
  readLog,
  readMetrics
} from "./chunk-6SKWMAVC.js";
import {
  METRICS_COMMIT_MESSAGE,
  commitAndPushLog
} from "./chunk-UAG7Q4J7.js";
import {
  table
} from "./chunk-BC6YM3VD.js";
import {
  info as info2,
  writeSummary
} from "./chunk-2JCI7ESD.js";
import {
  error,
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-2GGXMUD4.js";
import {
  MAX_LOOKUP_IDS,
  MAX_TIMELINE_PAGE,
  XError
} from "./chunk-HSTKNCAO.js";
import {
  PRICES,
  formatUsd,
  fromMicros,
  toMicros
} from "./chunk-OFJ7IQ7R.js";
import {
  credentialsFor,
  scrub
} from "./chunk-ZWOEQDWI.js";
import "./chunk-AQ37INCW.js";
import {
  METRICS_FILE
} from "./chunk-OS3CCXPJ.js";
import "./chunk-5YZ3TXRF.js";
import {
  mdMessage,
  mdText
} from "./chunk-EUZCFI45.js";
import "./chunk-JZO4KPLM.js";
import {
  isSentEntry,
  parseReplyLogId
} from "./chunk-GLT5U4BZ.js";
import {
  UsageError
} from "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/app/stats-inputs.ts
async function statsInputsAt(root, now) {
  const repository = await openRepository(root, { now, load: { report: "errors" } });
  const accounts = [...repository.content.accounts.values()];
  const support = accounts.filter((account) => account.sla !== void 0).sort((a, b) => a.name.localeCompare(b.name)).map((account) => {
    const prices = pastPricesFor(account);
    return {
      account: account.name,
      handle: account.handle,
      siblings: accounts.filter((other) => other.name !== account.name).map((other) => other.handle),
      ownedReadMicros: toMicros(prices.owned_read),
      postReadMicros: toMicros(prices.post_read)
    };
  });
  const read = { history: repository.log, metrics: await repository.metrics() };
  if (!accounts.some((account) => account.budget !== void 0)) return { readBudgets: /* @__PURE__ */ new Map(), support, ...read };
  return { readBudgets: readAllowances(repository.plan.months ?? [], repository.content.accounts, now.toMillis()), support, ...read };
}

// src/stats/fetch.ts
import { setTimeout as delay } from "node:timers/promises";

// src/stats/select.ts
function publishedParts(log) {
  const retracted = new Set(log.filter((e) => e.event === "retracted" && e.tweet_id).map((e) => e.tweet_id));
  const byTweet = /* @__PURE__ */ new Map();
  for (const entry of log) {
    if (!isSentEntry(entry) || retracted.has(entry.tweet_id) || byTweet.has(entry.tweet_id)) continue;
    if (parseReplyLogId(entry.post)) continue;
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

// src/stats/support-cursor.ts
var FLOOR = -1n;
function cursorOf(records, account, source) {
  const pages = records.filter((r) => r.account === account && r.source === source);
  const covered = [];
  let floor;
  for (const { first, newest, oldest, complete } of groupReads(pages)) {
    floor ??= first.start_time;
    const lo = first.since_id !== void 0 ? BigInt(first.since_id) : first.start_time !== void 0 ? FLOOR : void 0;
    const below = first.until_id !== void 0 ? BigInt(first.until_id) - 1n : void 0;
    if (complete && lo !== void 0) {
      const hi = below ?? (newest !== void 0 ? BigInt(newest) : lo);
      covered.push({ lo, hi: hi < lo ? lo : hi });
    } else if (oldest !== void 0 && newest !== void 0) {
      covered.push({ lo: BigInt(oldest) - 1n, hi: below ?? BigInt(newest) });
    }
  }
  const merged = mergeCovered(covered);
  const bottom = merged[0]?.lo === FLOOR || merged[0] && floor === void 0 ? merged.shift() : void 0;
  const cursor = {};
  if (floor !== void 0) cursor.floor = floor;
  if (bottom && bottom.hi > FLOOR) cursor.coveredTo = bottom.hi.toString();
  const next = merged[0];
  if (next) cursor.partial = { from: (next.lo + 1n).toString(), to: next.hi.toString() };
  return cursor;
}
function mergeCovered(stretches) {
  const sorted = stretches.slice().sort((a, b) => a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.lo <= last.hi) {
      if (s.hi > last.hi) last.hi = s.hi;
    } else out.push({ ...s });
  }
  return out;
}
function plannedReads(cursor, startTime) {
  const floor = cursor.coveredTo !== void 0 ? { sinceId: cursor.coveredTo } : { startTime: cursor.floor ?? startTime };
  if (cursor.partial) return [{ ...floor, untilId: cursor.partial.from }, { sinceId: cursor.partial.to }];
  return [floor];
}

// src/stats/support-read.ts
var MIN_PAGE = 5;
function emptySupportReport(account) {
  return {
    account,
    timeline: 0,
    mentions: 0,
    lookups: 0,
    timeline_complete: false,
    mentions_complete: false,
    replies: 0,
    customer_posts: 0,
    owned_reads: 0,
    post_reads: 0,
    cost_micros: 0
  };
}
function budgetStop(room, pageMicros) {
  return { kind: "budget", left_usd: fromMicros(Math.max(0, room.micros ?? 0)), page_usd: fromMicros(pageMicros) };
}
var Stopped = class extends Error {
  constructor(stop) {
    super(stop.kind);
    this.stop = stop;
  }
  stop;
};
async function readSupport(options) {
  const { client, support, room } = options;
  const report = emptySupportReport(support.account);
  const own = options.recorded.filter((r) => r.account === support.account);
  const reads = own.filter((r) => r.kind === "support-reads");
  const knownCustomerPosts = new Set(own.filter((r) => r.kind === "customer-post").map((r) => r.tweet_id));
  const replyTargets = new Set(own.filter((r) => r.kind === "support-reply").map((r) => r.to));
  const ownPosts = new Set(own.filter((r) => r.kind === "support-reply").map((r) => r.tweet_id));
  const ownParents = /* @__PURE__ */ new Set();
  const isSibling = (username) => username !== void 0 && support.siblings.some((handle) => sameHandle(handle, username));
  try {
    const me = await options.retry(() => client.me());
    if (!sameHandle(me.username, support.handle)) {
      throw new Stopped({
        kind: "error",
        message: `the credentials belong to @${me.username.replace(/^@/, "")}, but schedules/${support.account}.yaml says handle ${support.handle}; nothing was read. Put ${support.handle}'s access token and secret there`
      });
    }
    const readRange = async (source, range) => {
      const price = source === "timeline" ? support.ownedReadMicros : support.postReadMicros;
      let token;
      for (; ; ) {
        const byBudget = room.micros === void 0 ? MAX_TIMELINE_PAGE : Math.floor(room.micros / price);
        const size = Math.min(MAX_TIMELINE_PAGE, room.reads, byBudget);
        if (size < MIN_PAGE) throw new Stopped(room.reads < MIN_PAGE ? { kind: "max-reads" } : budgetStop(room, MIN_PAGE * price));
        const page = await billedIfUncertain(
          source,
          size,
          price,
          range,
          () => options.retry(
            () => source === "timeline" ? client.timelinePage(me.id, range, { max: size, token }) : client.mentionsPage(me.id, range, { max: size, token })
          )
        );
        const lines = [];
        for (const post of page.posts) {
          if (source === "timeline") ownPosts.add(post.id);
          if (source === "timeline") {
            if (post.authorId !== me.id || !post.in_reply_to_tweet_id || !post.in_reply_to_user_id || post.in_reply_to_user_id === me.id) continue;
            replyTargets.add(post.in_reply_to_tweet_id);
            lines.push(replyLine(options.now, support.account, post.id, post.in_reply_to_tweet_id, post.created_at, post.text));
            report.replies++;
          } else {
            if (post.authorId === me.id || knownCustomerPosts.has(post.id) || isSibling(post.authorUsername)) continue;
            knownCustomerPosts.add(post.id);
            if (post.in_reply_to_user_id === me.id && post.in_reply_to_tweet_id) ownParents.add(post.in_reply_to_tweet_id);
            lines.push(customerLine(options.now, support.account, post, "mentions"));
            report.customer_posts++;
          }
        }
        const n = page.posts.length;
        const ids = page.posts.map((p) => p.id);
        lines.push({
          kind: "support-reads",
          at: options.now,
          account: support.account,
          source,
          owned_reads: source === "timeline" ? n : 0,
          post_reads: source === "mentions" ? n : 0,
          ...rangeFields(range),
          ...n > 0 ? { newest_id: ids.reduce(maxOf), oldest_id: ids.reduce(minOf) } : {},
          complete: page.nextToken === void 0
        });
        await options.append(lines);
        charge(source, n, price);
        if (page.nextToken === void 0) return true;
        token = page.nextToken;
      }
    };
    const charge = (source, n, price) => {
      room.reads -= n;
      if (room.micros !== void 0) room.micros -= n * price;
      report.cost_micros += n * price;
      if (source === "timeline") {
        report.timeline += n;
        report.owned_reads += n;
      } else {
        if (source === "mentions") report.mentions += n;
        else report.lookups += n;
        report.post_reads += n;
      }
    };
    const billedIfUncertain = async (source, size, price, range, read) => {
      try {
        return await read();
      } catch (error2) {
        if (error2 instanceof XError && error2.kind === "uncertain") {
          await options.append([
            {
              kind: "support-reads",
              at: options.now,
              account: support.account,
              source,
              owned_reads: source === "timeline" ? size : 0,
              post_reads: source === "timeline" ? 0 : size,
              ...rangeFields(range),
              complete: false
            }
          ]);
          charge(source, size, price);
        }
        throw error2;
      }
    };
    for (const source of ["timeline", "mentions"]) {
      let complete = true;
      for (const range of plannedReads(cursorOf(reads, support.account, source), options.startTime)) {
        complete = await readRange(source, range);
        if (!complete) break;
      }
      if (source === "timeline") report.timeline_complete = complete;
      else report.mentions_complete = complete;
    }
    const unknown = [
      .../* @__PURE__ */ new Set([...[...replyTargets].filter((id) => !knownCustomerPosts.has(id)), ...[...ownParents].filter((id) => !ownPosts.has(id))])
    ].sort();
    for (let start = 0; start < unknown.length; ) {
      const byBudget = room.micros === void 0 ? MAX_LOOKUP_IDS : Math.floor(room.micros / support.postReadMicros);
      const size = Math.min(MAX_LOOKUP_IDS, room.reads, byBudget, unknown.length - start);
      if (size < 1) throw new Stopped(room.reads < 1 ? { kind: "max-reads" } : budgetStop(room, support.postReadMicros));
      const batch = unknown.slice(start, start + size);
      start += size;
      const found = await billedIfUncertain("lookup", batch.length, support.postReadMicros, {}, () => options.retry(() => client.lookUpPosts(batch)));
      const lines = [];
      for (const post of found.posts) {
        if (post.authorId === me.id) {
          if (!post.in_reply_to_tweet_id || !post.in_reply_to_user_id || post.in_reply_to_user_id === me.id || ownPosts.has(post.id)) continue;
          ownPosts.add(post.id);
          lines.push(replyLine(options.now, support.account, post.id, post.in_reply_to_tweet_id, post.created_at, post.text));
          report.replies++;
          continue;
        }
        knownCustomerPosts.add(post.id);
        lines.push(customerLine(options.now, support.account, post, "lookup"));
        report.customer_posts++;
      }
      lines.push({
        kind: "support-reads",
        at: options.now,
        account: support.account,
        source: "lookup",
        owned_reads: 0,
        post_reads: found.posts.length,
        complete: true
      });
      await options.append(lines);
      charge("lookup", found.posts.length, support.postReadMicros);
    }
  } catch (error2) {
    if (error2 instanceof Stopped) report.stopped = error2.stop;
    else if (error2 instanceof XError) report.stopped = stopOf(error2);
    else throw error2;
  }
  return report;
}
function stopOf(error2) {
  return error2.kind === "rate-limit" ? { kind: "rate-limit", message: error2.message, ...error2.resetAt ? { resets_at: error2.resetAt } : {} } : { kind: "error", message: error2.message };
}
function rangeFields(range) {
  return {
    ...range.sinceId ? { since_id: range.sinceId } : {},
    ...range.untilId ? { until_id: range.untilId } : {},
    ...range.startTime ? { start_time: range.startTime } : {}
  };
}
function replyLine(at, account, id, to, sentAt, text) {
  return { kind: "support-reply", at, account, tweet_id: id, to, sent_at: sentAt, text };
}
function customerLine(at, account, post, source) {
  return {
    kind: "customer-post",
    at,
    account,
    tweet_id: post.id,
    author_id: post.authorId,
    written_at: post.created_at,
    ...post.in_reply_to_tweet_id ? { in_reply_to: post.in_reply_to_tweet_id } : {},
    source
  };
}
var maxOf = (a, b) => BigInt(a) >= BigInt(b) ? a : b;
var minOf = (a, b) => BigInt(a) <= BigInt(b) ? a : b;

// src/stats/fetch.ts
var DEFAULT_MAX_READS = Math.floor(toMicros(1) / toMicros(PRICES.post_read));
var TRIES = 3;
var RETRY_BASE_MS = 1e3;
var RETRIED = /* @__PURE__ */ new Set(["server", "unreachable"]);
async function fetchStats(options) {
  const secrets = [];
  const say = (message) => options.log?.(scrub(message, secrets));
  const [history, metrics] = await Promise.all([options.history ?? readLog(options.root), options.metrics ?? readMetrics(options.root)]);
  for (const d of [...history.diagnostics, ...metrics.diagnostics]) say(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  const isSupport = (options.support ?? []).some((s) => s.account === options.account);
  if (options.account !== void 0 && !isSupport && !history.entries.some((e) => e.account === options.account)) {
    const known = [...new Set(history.entries.map((e) => e.account))].sort();
    say(`--account ${options.account}: the log has nothing of this account${known.length ? ` (accounts in the log: ${known.join(", ")})` : ""}`);
  }
  const now = isoFromMs(options.nowMs);
  const support = (options.support ?? []).filter((s) => options.account === void 0 || s.account === options.account);
  const clients = /* @__PURE__ */ new Map();
  const clientOf = (account) => {
    let client = clients.get(account);
    if (!client) {
      client = (options.clientFor ?? ((name) => clientFromEnv(name, options.env, secrets)))(account);
      clients.set(account, client);
    }
    return client;
  };
  const sleep = options.sleep ?? ((ms) => delay(ms));
  const mayRead = /* @__PURE__ */ new Set([
    ...support.map((s) => s.account),
    ...selectReads({
      log: history.entries,
      snapshots: metrics.snapshots,
      nowMs: options.nowMs,
      sinceMs: options.sinceMs,
      account: options.account,
      maxReads: options.maxReads
    }).due.map((p) => p.account)
  ]);
  if (!options.dryRun && !options.clientFor) {
    const missing = [...mayRead].sort().flatMap((account) => {
      const found = credentialsFor(account, options.env);
      return found.ok ? [] : [`${account}: set ${found.missing.join(", ")}`];
    });
    if (missing.length > 0) {
      throw new UsageError(
        `no X credentials for accounts with posts to read (${missing.join("; ")}); nothing was read. Set them in the environment (in a workflow, map each secret in the step's env:)`
      );
    }
  }
  const supportReports = [];
  let maxReads = options.maxReads;
  const moneyLeft = new Map([...options.readBudgets ?? []].map(([account, b]) => [account, b.budgetMicros - b.spentMicros - b.plannedMicros]));
  const since = isoFromMs(Math.floor(options.sinceMs / 1e3) * 1e3);
  for (const account of support) {
    if (options.dryRun) {
      supportReports.push({ ...emptySupportReport(account.account), planned: plannedFor(account.account, metrics.support, since) });
      continue;
    }
    const room = { reads: maxReads, ...moneyLeft.has(account.account) ? { micros: moneyLeft.get(account.account) } : {} };
    const result = await readSupport({
      client: await clientOf(account.account),
      support: account,
      recorded: metrics.support,
      now,
      startTime: since,
      room,
      append: (records) => appendMetrics(options.root, records),
      retry: (read) => withRetry(read, sleep, (message) => say(`${account.account}: ${message}; trying again`))
    });
    supportReports.push(result);
    maxReads = room.reads;
    if (room.micros !== void 0) moneyLeft.set(account.account, room.micros);
  }
  const readsLeft = options.readBudgets && new Map([...options.readBudgets].map(([account, budget]) => [account, Math.max(0, Math.floor(moneyLeft.get(account) / budget.readMicros))]));
  const selection = selectReads({
    log: history.entries,
    snapshots: metrics.snapshots,
    nowMs: options.nowMs,
    sinceMs: options.sinceMs,
    account: options.account,
    maxReads,
    readsLeft
  });
  const byAccount = /* @__PURE__ */ new Map();
  for (const part of selection.due) {
    const parts = byAccount.get(part.account);
    if (parts) parts.push(part);
    else byAccount.set(part.account, [part]);
  }
  const accounts = [...byAccount.keys()].sort();
  const report = {
    now,
    since,
    dry_run: options.dryRun,
    max_reads: options.maxReads,
    reads: 0,
    cost_usd: 0,
    to_read: accounts.flatMap((account) => byAccount.get(account).map(ref)),
    accounts: [],
    already_read_today: selection.alreadyReadToday,
    over_max_reads: selection.overCap.map(ref),
    over_budget: selection.overBudget.map(ref),
    budgets: budgetReports(options.readBudgets, readsLeft, [...selection.due, ...selection.overCap, ...selection.overBudget], selection.overBudget),
    support: supportReports,
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
    const supportStop = supportReports.find((r) => r.account === account)?.stopped;
    if (supportStop?.kind === "error" || supportStop?.kind === "rate-limit") {
      entry.stopped = { ...supportStop, message: `not read, as its support reads stopped: ${supportStop.message}` };
      report.not_read.push(...parts.map(ref));
      continue;
    }
    const client = await clientOf(account);
    for (let start = 0; start < parts.length; start += MAX_LOOKUP_IDS) {
      const batch = parts.slice(start, start + MAX_LOOKUP_IDS);
      let answer;
      try {
        answer = await withRetry(
          () => client.postMetrics(batch.map((p) => p.tweet_id)),
          sleep,
          (message) => say(`${account}: ${message}; trying again`)
        );
      } catch (error2) {
        if (!(error2 instanceof XError)) throw error2;
        entry.stopped = stopOf(error2);
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
  const metricReads = report.accounts.reduce((sum, a) => sum + a.read, 0);
  const supportReads = supportReports.reduce((sum, s) => sum + s.owned_reads + s.post_reads, 0);
  report.reads = metricReads + supportReads;
  report.cost_usd = fromMicros(metricReads * toMicros(PRICES.post_read) + supportReports.reduce((sum, s) => sum + s.cost_micros, 0));
  if (report.accounts.some((a) => a.stopped?.kind === "error") || supportReports.some((s) => s.stopped?.kind === "error")) report.exit_code = 1;
  tellSkipped(report, say);
  for (const stopped of [...report.accounts, ...report.support].map((a) => a.stopped)) {
    if (stopped && "message" in stopped) stopped.message = scrub(stopped.message, secrets);
  }
  return report;
}
function plannedFor(account, recorded, startTime) {
  const reads = recorded.filter((r) => r.kind === "support-reads");
  return {
    timeline: plannedReads(cursorOf(reads, account, "timeline"), startTime),
    mentions: plannedReads(cursorOf(reads, account, "mentions"), startTime)
  };
}
function budgetReports(budgets, readsLeft, wanted, held) {
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
      reads_left: readsLeft?.get(account) ?? b.reads,
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
  for (const s of report.support) {
    const stop = s.stopped;
    if (!stop) continue;
    const read = `after ${s.timeline + s.mentions + s.lookups} post(s)`;
    if (stop.kind === "max-reads")
      say(
        `${s.account}: the support reads stopped at --max-reads ${report.max_reads} ${read} (X gives a timeline in pages of 5 to 100 posts, so a page is asked for only with room for 5 reads); the next run goes on from there`
      );
    else if (stop.kind === "budget")
      say(
        `${s.account}: the support reads stopped ${read}: budget.monthly_usd leaves ${formatUsd(stop.left_usd)} this month and the next page (5 reads at least) costs ${formatUsd(stop.page_usd)}; they go on when the budget allows (next month, or after raising budget.monthly_usd)`
      );
    else if (stop.kind === "rate-limit")
      say(
        `${s.account}: X's rate limit stopped the support reads ${read}; what was read is kept${stop.resets_at ? `; the limit resets at ${stop.resets_at}` : ""}`
      );
    else say(`${s.account}: the support reads stopped ${read}: ${stop.message}`);
  }
  for (const part of report.deleted) {
    say(
      `${name(part)}: X no longer has this post (deleted outside herald); nothing recorded. Add \`retract: true\` to the post so publish logs it and stats stops asking`
    );
  }
}
async function clientFromEnv(account, env, secrets) {
  const found = await clientFor(account, env, timeoutFromEnv(env) ?? DEFAULT_X_TIMEOUT_MS, secrets);
  if (!found.ok) throw new UsageError(`no X credentials for ${account}: set ${found.missing.join(", ")}`);
  return found.client;
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
      ...await statsInputsAt(inputs.root, inputs.now),
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
  const supportRows = (report.dry_run ? [] : report.support).map((s) => [
    mdText(s.account),
    String(s.timeline),
    String(s.mentions),
    String(s.lookups),
    String(s.replies),
    String(s.customer_posts),
    s.stopped ? s.stopped.kind === "error" || s.stopped.kind === "rate-limit" ? mdMessage(s.stopped.message) : mdText(`at ${s.stopped.kind}, goes on next run`) : ""
  ]);
  if (supportRows.length > 0)
    lines.push(table(["support account", "own posts read", "mentions read", "looked up", "new replies", "new customer posts", "stopped"], supportRows));
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
  statsMode
};
