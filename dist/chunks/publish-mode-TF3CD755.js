import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  XError,
  accountEnvPrefix,
  comparableText,
  credentialsFor,
  secretValues
} from "./chunk-HCCWF5BF.js";
import {
  commitAndPushLog
} from "./chunk-VEQTNYRC.js";
import {
  assemblePlan,
  cell,
  humanDuration,
  joinPrefix,
  loadContent,
  openLogWriter,
  readLog,
  table,
  writeSummary
} from "./chunk-U5MTI5FF.js";
import {
  DateTime,
  error,
  info,
  setFailed,
  setOutput
} from "./chunk-4LWJLWLI.js";
import "./chunk-OHU3MVVA.js";
import {
  plural
} from "./chunk-KCE2ZBX5.js";
import {
  UsageError
} from "./chunk-C5HLMEM4.js";
import "./chunk-D7W4NH5G.js";

// src/publish/index.ts
import { setTimeout as delay } from "node:timers/promises";

// src/publish/run.ts
var PublishRun = class {
  constructor(options) {
    this.options = options;
    this.report = {
      now: options.planNow,
      dry_run: options.dryRun,
      sent: [],
      reconciled: [],
      failed: [],
      expired: [],
      skipped: [],
      stopped: [],
      exit_code: 0
    };
    for (const entry of options.ledger) {
      if (entry.tweet_id) this.claimed.add(entry.tweet_id);
      const ms = Date.parse(entry.at);
      for (const key of historyKeys(entry.account, entry.post, entry.hash)) {
        if (ms > (this.lastAt.get(key) ?? -Infinity)) this.lastAt.set(key, ms);
      }
    }
  }
  options;
  report;
  /** Tweet ids the log already assigns to a post part: never claimed twice. */
  claimed = /* @__PURE__ */ new Set();
  sessions = /* @__PURE__ */ new Map();
  userIds = /* @__PURE__ */ new Map();
  writer;
  lastAt = /* @__PURE__ */ new Map();
  /**
   * The entry's instant: the clock, but always after the post's previous entry. With a pinned clock
   * (`--now`, the action's `now` input) several runs write at the same instant, and the planner
   * orders a post's entries by time: an `attempt` that shared its instant with an earlier outcome
   * could read as resolved. The ledger compares instants, not strings, so older lines written
   * without milliseconds still order correctly against these.
   */
  stamp(post) {
    const keys = historyKeys(post.account, post.id, post.hash);
    const previous = Math.max(...keys.map((k) => this.lastAt.get(k) ?? -Infinity));
    const ms = Math.max(this.options.now().toMillis(), previous + 1);
    for (const key of keys) this.lastAt.set(key, ms);
    return new Date(ms).toISOString();
  }
  /** Append one entry (durably) for a post; `at`, post, account and hash are filled in. */
  async log(post, fields) {
    const entry = { at: this.stamp(post), post: post.id, account: post.account, ...fields, hash: post.hash };
    if (entry.error) entry.error = this.scrub(entry.error);
    if (entry.reason) entry.reason = this.scrub(entry.reason);
    this.writer ??= this.options.openLog();
    await (await this.writer).append(entry);
    if (entry.tweet_id) this.claimed.add(entry.tweet_id);
    return entry;
  }
  /** Everything written so far in this run. */
  async appended() {
    return this.writer ? (await this.writer).appended : [];
  }
  async close() {
    if (this.writer) await (await this.writer).close();
  }
  isStopped(account) {
    return this.report.stopped.some((s) => s.account === account);
  }
  stop(account, kind, reason) {
    if (this.isStopped(account)) return;
    this.report.stopped.push({ account, kind, reason: this.scrub(reason) });
    this.options.progress(`${account}: stopped for this run: ${this.scrub(reason)}`);
  }
  /** The account's client, or undefined after recording why there is none. */
  async client(account) {
    if (this.isStopped(account)) return void 0;
    let session = this.sessions.get(account);
    if (!session) {
      session = this.options.clients(account);
      this.sessions.set(account, session);
    }
    const found = await session;
    if (found.ok) return found.client;
    this.stop(
      account,
      "missing-credentials",
      `no X credentials in the environment; set ${found.missing.join(", ")} (README: "Secrets to create"); nothing was sent for this account`
    );
    return void 0;
  }
  async variables(account) {
    const found = await this.sessions.get(account);
    return found?.ok ? found.variables : [];
  }
  /** The account's X user id (asked once per run). */
  async userId(account, client) {
    let id = this.userIds.get(account);
    if (!id) {
      id = (await client.me()).id;
      this.userIds.set(account, id);
    }
    return id;
  }
  /** Exponential backoff with jitter for try number `n` (1-based). */
  backoffMs(n) {
    return Math.round(this.options.retry.baseMs * 2 ** (n - 1) * (0.5 + Math.random()));
  }
  scrub(message) {
    let out = message;
    for (const secret of this.options.secrets()) if (secret.length >= 4) out = out.split(secret).join("***");
    return out;
  }
  finish() {
    const r = this.report;
    r.exit_code = r.stopped.some((s) => s.kind === "missing-credentials") ? 2 : r.failed.length > 0 || r.stopped.some((s) => s.kind === "auth") ? 1 : 0;
    return r;
  }
};
function historyKeys(account, post, hash) {
  return hash ? [`${account}\0id\0${post}`, `${account}\0hash\0${hash}`] : [`${account}\0id\0${post}`];
}
function asXError(error2) {
  if (error2 instanceof XError) return error2;
  const e = error2;
  if (e && typeof e.kind === "string" && typeof e.message === "string") {
    const x = error2;
    return new XError(x.kind, x.message, x.status, x.resetAt);
  }
  return new XError("uncertain", error2 instanceof Error ? error2.message : String(error2));
}

// src/publish/reconcile.ts
function findPart(timeline, text, replyTo, claimed) {
  const wanted = comparableText(text);
  const matches = timeline.filter(
    (t) => !claimed.has(t.id) && comparableText(t.text) === wanted && (replyTo === void 0 || t.in_reply_to_tweet_id === replyTo)
  );
  return matches[matches.length - 1];
}
async function lookUpPart(run, client, post, part, replyTo) {
  const { tries } = run.options.retry;
  for (let n = 1; ; n++) {
    try {
      const userId = await run.userId(post.account, client);
      const timeline = await client.recentTweets(userId);
      const match = findPart(timeline, post.parts[part], replyTo, run.claimed);
      return match ? { found: true, tweetId: match.id } : { found: false };
    } catch (caught) {
      const error2 = asXError(caught);
      const retryable = error2.kind === "server" || error2.kind === "uncertain";
      if (!retryable || n >= tries) return { error: error2 };
      await run.options.sleep(run.backoffMs(n));
    }
  }
}
function tweetUrl(run, account, tweetId) {
  const handle = run.options.accounts.get(account)?.handle?.replace(/^@/, "").trim();
  return `https://x.com/${handle || "i"}/status/${tweetId}`;
}
async function recordLookUp(run, entry, part, answer, why) {
  const post = entry.post;
  if (answer.found) {
    const url = tweetUrl(run, post.account, answer.tweetId);
    await run.log(post, {
      event: "reconciled",
      part,
      found: true,
      tweet_id: answer.tweetId,
      url,
      ...entry.at ? { scheduled_for: entry.at } : {},
      reason: `${why}; found on the timeline`
    });
  } else {
    await run.log(post, { event: "reconciled", part, found: false, reason: `${why}; not on the timeline, safe to send again` });
  }
  run.report.reconciled.push({
    post: post.id,
    account: post.account,
    part,
    found: answer.found,
    ...answer.found ? { tweet_id: answer.tweetId } : {},
    reason: answer.found ? `${why}; found on the timeline` : `${why}; not on the timeline`
  });
}
async function stopForError(run, account, error2) {
  if (error2.kind === "rate-limit") {
    run.stop(account, "rate-limit", `X rate limit reached${error2.resetAt ? ` until ${error2.resetAt}` : ""}; its posts stay due for the next run`);
  } else if (error2.kind === "auth") {
    const names = await run.variables(account);
    run.stop(
      account,
      "auth",
      `X rejected the credentials (${error2.status ?? "auth"}): check ${names.join(", ") || "the account's X_* variables"} and that the app has read and write permission`
    );
  }
}
async function reconcileUnresolved(run, plan, include) {
  for (const entry of plan.entries) {
    const part = entry.unresolvedAttempt;
    if (part === void 0 || !include(entry)) continue;
    const post = entry.post;
    if (run.options.dryRun) {
      (run.report.would_reconcile ??= []).push({ post: post.id, account: post.account, part });
      continue;
    }
    const client = await run.client(post.account);
    if (!client) continue;
    if (part >= post.parts.length) continue;
    const replyTo = part > 0 ? entry.tweetIds[part - 1] : void 0;
    const answer = await lookUpPart(run, client, post, part, replyTo);
    if ("error" in answer) {
      await stopForError(run, post.account, answer.error);
      run.report.failed.push({
        post: post.id,
        account: post.account,
        file: post.file,
        part,
        retryable: true,
        error: run.scrub(
          `an earlier attempt of part ${part + 1} has no outcome and the timeline could not be read (${answer.error.message}); nothing is sent for this post until the next run has checked it`
        )
      });
      continue;
    }
    await recordLookUp(run, entry, part, answer, "an earlier run attempted this part and did not record the outcome");
  }
}

// src/publish/apply-plan.ts
async function applyPlan(run, input) {
  const entries = input.plan.entries.filter(input.include);
  for (const entry of entries) await logDecision(run, entry);
  const byAccount = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.status !== "due") continue;
    const list = byAccount.get(entry.post.account) ?? [];
    list.push(entry);
    byAccount.set(entry.post.account, list);
  }
  for (const [account, due] of byAccount) {
    for (const entry of due) {
      if (run.isStopped(account)) break;
      const errors = input.contentErrors.get(entry.post.file);
      if (errors && errors.length > 0) {
        await refuseInvalid(run, entry, errors);
        continue;
      }
      if (entry.unresolvedAttempt !== void 0) continue;
      if (run.options.dryRun) {
        describe(run, entry);
        continue;
      }
      const client = await run.client(account);
      if (!client) break;
      await sendPost(run, client, entry);
    }
  }
}
async function logDecision(run, entry) {
  const post = entry.post;
  const decision = { post: post.id, account: post.account, reason: entry.reason ?? entry.status };
  if (entry.status === "expired" && !entry.alreadyLogged) {
    run.report.expired.push(decision);
    if (!run.options.dryRun) await run.log(post, { event: "expired", part: entry.nextPart, reason: decision.reason });
  } else if (entry.status === "blocked" && entry.blockedBy && entry.blockedBy !== "failed" && !entry.alreadyLogged) {
    run.report.skipped.push(decision);
    if (!run.options.dryRun) await run.log(post, { event: "skipped", part: entry.nextPart, reason: decision.reason });
  }
}
async function refuseInvalid(run, entry, errors) {
  const post = entry.post;
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run herald validate ${post.file})` : "";
  const error2 = `${first.file}:${first.line}: ${first.message}${more}; fix the file and the post goes out while its window is open`;
  run.report.failed.push({ post: post.id, account: post.account, file: post.file, part: entry.nextPart, error: error2, retryable: true });
  if (run.options.dryRun) return;
  const last = [...run.options.ledger].reverse().find((e) => e.account === post.account && e.post === post.id);
  if (last?.event === "failed" && last.error === error2) return;
  await run.log(post, { event: "failed", part: entry.nextPart, error: error2, retryable: true });
}
function describe(run, entry) {
  const post = entry.post;
  for (let part = entry.nextPart; part < post.parts.length; part++) {
    run.report.sent.push({
      post: post.id,
      account: post.account,
      part,
      parts: post.parts.length,
      scheduled_for: entry.at ?? run.report.now,
      delay_s: delaySeconds(run, entry),
      text: post.parts[part],
      ...part === 0 && post.media.length > 0 ? { media: post.media.map((m) => ({ file: m.file, ...m.alt ? { alt: m.alt } : {} })) } : {},
      ...part > 0 ? { reply_to: part === entry.nextPart ? entry.tweetIds[part - 1] ?? "previous part" : "previous part" } : {}
    });
  }
}
function delaySeconds(run, entry) {
  if (!entry.at) return 0;
  return Math.max(0, Math.round((run.options.now().toMillis() - Date.parse(entry.at)) / 1e3));
}
async function sendPost(run, client, entry) {
  let replyTo = entry.nextPart > 0 ? entry.tweetIds[entry.nextPart - 1] : void 0;
  for (let part = entry.nextPart; part < entry.post.parts.length; part++) {
    const tweetId = await sendPart(run, client, entry, part, replyTo);
    if (tweetId === void 0) return;
    replyTo = tweetId;
  }
}
async function sendPart(run, client, entry, part, replyTo) {
  const post = entry.post;
  const account = post.account;
  const { tries, graceMs } = run.options.retry;
  const scheduled = entry.at ? { scheduled_for: entry.at } : {};
  const label = `${account}/${post.id} part ${part + 1}/${post.parts.length}`;
  const fail = async (failure) => {
    const error2 = run.scrub(failure.error);
    await run.log(post, { event: "failed", part, error: error2, retryable: failure.retryable });
    run.report.failed.push({ post: post.id, account, file: post.file, part, error: error2, retryable: failure.retryable });
    run.options.progress(`${label}: failed: ${error2}`);
    return void 0;
  };
  for (let n = 1; ; n++) {
    await run.log(post, { event: "attempt", part, ...scheduled });
    let mediaIds;
    if (part === 0 && post.media.length > 0) {
      const uploaded = await uploadMedia(run, client, entry);
      if ("error" in uploaded) {
        await stopForError(run, account, uploaded.error);
        return fail({ error: `uploading media: ${uploaded.error.message}`, retryable: uploaded.error.kind !== "bad-request" && uploaded.error.kind !== "duplicate" });
      }
      mediaIds = uploaded.ids;
    }
    let error2;
    try {
      const { id } = await client.createTweet({ text: post.parts[part], ...replyTo ? { replyTo } : {}, ...mediaIds ? { mediaIds } : {} });
      const url = tweetUrl(run, account, id);
      const delay_s = delaySeconds(run, entry);
      await run.log(post, { event: "published", part, tweet_id: id, url, ...scheduled, delay_s });
      run.report.sent.push({ post: post.id, account, part, parts: post.parts.length, tweet_id: id, url, scheduled_for: entry.at ?? run.report.now, delay_s, text: post.parts[part] });
      run.options.progress(`${label}: published ${url}`);
      return id;
    } catch (caught) {
      error2 = asXError(caught);
    }
    switch (error2.kind) {
      case "rate-limit":
        await stopForError(run, account, error2);
        return fail({ error: error2.message, retryable: true });
      case "auth":
        await stopForError(run, account, error2);
        return fail({ error: error2.message, retryable: true });
      case "bad-request":
        return fail({ error: `${error2.message}; X will not take this part as written: edit the text or media, then it is sent again`, retryable: false });
      case "duplicate": {
        const answer = await lookUpPart(run, client, post, part, replyTo);
        if ("error" in answer) return unresolved(run, entry, part, answer.error, label);
        if (answer.found) {
          await recordLookUp(run, entry, part, answer, "X called the part a duplicate");
          return answer.tweetId;
        }
        return fail({ error: `${error2.message}; X says duplicate but it is not on the timeline, so it was not sent. Change the wording so it differs from an earlier post`, retryable: false });
      }
      case "server":
      case "uncertain": {
        if (error2.kind === "uncertain") await run.options.sleep(graceMs);
        const answer = await lookUpPart(run, client, post, part, replyTo);
        if ("error" in answer) return unresolved(run, entry, part, answer.error, label);
        await recordLookUp(run, entry, part, answer, error2.message);
        if (answer.found) return answer.tweetId;
        if (n >= tries) return fail({ error: `${error2.message}; gave up after ${tries} tries, it stays due for the next run`, retryable: true });
        run.options.progress(`${label}: ${run.scrub(error2.message)}; not on the timeline, trying again`);
        await run.options.sleep(run.backoffMs(n));
        continue;
      }
    }
  }
}
async function unresolved(run, entry, part, error2, label) {
  await stopForError(run, entry.post.account, error2);
  const message = run.scrub(
    `the answer to the post was lost and the timeline could not be read (${error2.message}); the next run checks the timeline before sending it`
  );
  run.report.failed.push({ post: entry.post.id, account: entry.post.account, file: entry.post.file, part, retryable: true, error: message });
  run.options.progress(`${label}: ${message}`);
  return void 0;
}
async function uploadMedia(run, client, entry) {
  const ids = [];
  for (const media of entry.post.media) {
    for (let n = 1; ; n++) {
      try {
        ids.push(await client.uploadMedia(media.absPath, media.alt));
        break;
      } catch (caught) {
        const error2 = asXError(caught);
        if (error2.kind !== "server" && error2.kind !== "uncertain" || n >= run.options.retry.tries) return { error: error2 };
        await run.options.sleep(run.backoffMs(n));
      }
    }
  }
  return { ids };
}

// src/publish/index.ts
var DEFAULT_X_TIMEOUT_MS = 2e4;
var MAX_GRACE_MS = 2e3;
async function publishDue(options) {
  const progress = options.log ?? (() => {
  });
  const clock = options.clock ?? (() => options.now);
  const [content, history] = await Promise.all([loadContent(options.root, { report: "errors" }), readLog(options.root)]);
  for (const d of history.diagnostics) progress(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  if (options.account !== void 0 && !content.accounts.has(options.account)) {
    const known = [...content.accounts.keys()].sort().join(", ") || "none";
    throw new UsageError(`--account ${options.account}: there is no schedules/${options.account}.yaml (accounts: ${known})`);
  }
  const include = (entry) => options.account === void 0 || entry.post.account === options.account;
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv(options.env) ?? DEFAULT_X_TIMEOUT_MS;
  const secrets = [];
  const run = new PublishRun({
    accounts: content.accounts,
    ledger: history.entries,
    openLog: () => openLogWriter(options.root),
    clients: (account) => clientFor(account, options.env, timeoutMs, secrets),
    now: clock,
    sleep: options.sleep ?? ((ms) => delay(ms)),
    retry: { tries: 3, baseMs: Math.min(1e3, Math.max(10, timeoutMs / 4)), graceMs: Math.min(timeoutMs, MAX_GRACE_MS) },
    progress,
    secrets: () => secrets,
    planNow: options.now.toUTC().toISO({ suppressMilliseconds: true }),
    dryRun: options.dryRun
  });
  try {
    const plan = assemblePlan({ posts: content.posts, accounts: content.accounts, log: history.entries, now: options.now });
    await reconcileUnresolved(run, plan, include);
    const appended = await run.appended();
    const replanned = appended.length === 0 ? plan : assemblePlan({ posts: content.posts, accounts: content.accounts, log: [...history.entries, ...appended], now: options.now });
    await applyPlan(run, { plan: replanned, include, contentErrors: errorsByFile(content.diagnostics) });
  } finally {
    await run.close();
  }
  return run.finish();
}
function timeoutFromEnv(env) {
  const raw = env.HERALD_X_TIMEOUT_MS;
  if (raw === void 0 || raw.trim() === "") return void 0;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`HERALD_X_TIMEOUT_MS=${JSON.stringify(raw)} is not a number of milliseconds; write e.g. HERALD_X_TIMEOUT_MS=20000`);
  }
  return value;
}
async function clientFor(account, env, timeoutMs, secrets) {
  const found = credentialsFor(account, env);
  if (!found.ok) return { ok: false, missing: found.missing };
  secrets.push(...secretValues(found.credentials));
  const { createXClient } = await import("./client-5OOGY2WY.js");
  const baseUrl = env.X_API_BASE_URL?.trim() || void 0;
  const prefix = accountEnvPrefix(account);
  return {
    ok: true,
    client: createXClient(found.credentials, { baseUrl, timeoutMs }),
    variables: [`${prefix}ACCESS_TOKEN`, `${prefix}ACCESS_SECRET`, `${prefix}APP_KEY or X_APP_KEY`, `${prefix}APP_SECRET or X_APP_SECRET`]
  };
}
function errorsByFile(diagnostics) {
  const map = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.severity !== "error") continue;
    const list = map.get(d.file) ?? [];
    list.push(d);
    map.set(d.file, list);
  }
  return map;
}

// src/github/publish-summary.ts
var DEFAULT_SCHEDULE = { intervalMinutes: 30, toleranceMinutes: 15 };
function publishCounts(report) {
  return {
    published: report.sent.length,
    failed: report.failed.length,
    expired: report.expired.length,
    skipped: report.skipped.length
  };
}
function publishSummary({ report, previousLog, schedule = DEFAULT_SCHEDULE, logCommit }) {
  const now = DateTime.fromISO(report.now, { zone: "utc" });
  const counts = publishCounts(report);
  const out = [];
  out.push(`## herald publish — ${now.toFormat("yyyy-MM-dd HH:mm 'UTC'")}${report.dry_run ? " (dry run)" : ""}`);
  if (report.dry_run) out.push("Dry run: nothing was sent to X and nothing was written to the log.");
  out.push(table(["published", "failed", "expired", "skipped"], [[counts.published, counts.failed, counts.expired, counts.skipped].map(String)]));
  const quiet = [report.sent, report.reconciled, report.failed, report.expired, report.skipped, report.stopped].every((l) => l.length === 0);
  if (quiet) out.push("Nothing was due at this run.");
  if (report.sent.length > 0) {
    out.push(report.dry_run ? "### Would send" : "### Sent");
    out.push(
      report.sent.map((s) => {
        const link = s.url ? ` — [${s.url.replace(/^https?:\/\//, "")}](${s.url})` : "";
        const late = s.delay_s >= 60 ? ` · ${humanDuration(s.delay_s * 1e3)} after its window opened` : "";
        return `- **${cell(s.post)}** (${cell(s.account)}, part ${s.part + 1})${link}${late}: ${cell(excerpt(s.text))}`;
      }).join("\n")
    );
  }
  if (report.reconciled.length > 0) {
    out.push("### Reconciled");
    out.push(
      report.reconciled.map((r) => `- **${cell(r.post)}** (${cell(r.account)}, part ${r.part + 1}): ${r.found ? `found on the timeline (${r.tweet_id ?? "id unknown"}), not sent again` : "not on the timeline, safe to send again"}`).join("\n")
    );
  }
  if (report.expired.length > 0) {
    out.push("### Expired (never sent late)");
    out.push(report.expired.map((e) => `- **${cell(e.post)}** (${cell(e.account)}): ${cell(e.reason)}`).join("\n"));
  }
  if (report.failed.length > 0) {
    out.push("### Failed");
    out.push(
      report.failed.map((f) => `- **${cell(f.post)}** (${cell(f.account)}, part ${f.part + 1}): ${cell(f.error)} — ${f.retryable ? "will be retried at the next run" : "permanent: edit the post to try again"}`).join("\n")
    );
  }
  if (report.stopped.length > 0) {
    out.push("### Accounts stopped for this run");
    out.push(report.stopped.map((s) => `- **${cell(s.account)}** (${s.kind}): ${cell(s.reason)}`).join("\n"));
  }
  if (report.skipped.length > 0) {
    out.push("### Skipped");
    out.push(report.skipped.map((s) => `- **${cell(s.post)}** (${cell(s.account)}): ${cell(s.reason)}`).join("\n"));
  }
  out.push("### Schedule");
  out.push(scheduleNotes(report, previousLog, now, schedule).join("\n"));
  if (logCommit) out.push(logCommit);
  return out.join("\n\n") + "\n";
}
function scheduleNotes(report, previousLog, now, schedule) {
  const notes = [];
  const allowedMs = (schedule.intervalMinutes + schedule.toleranceMinutes) * 6e4;
  const previous = latestInstant(previousLog);
  if (previous === void 0) {
    notes.push("- No earlier run has written to the log yet.");
  } else {
    const gap = now.toMillis() - previous.toMillis();
    notes.push(`- Previous log entry: ${humanDuration(gap)} ago (${previous.toISO({ suppressMilliseconds: true })}).`);
    if (gap > allowedMs) {
      notes.push(
        `- ⚠️ That is more than one run every ${schedule.intervalMinutes} min plus ${schedule.toleranceMinutes} min tolerance: either nothing was due since (runs with nothing to do leave no entry), or scheduled runs were late or dropped — GitHub delays and drops scheduled runs under load.`
      );
    }
  }
  const lateSends = report.sent.filter((s) => s.part === 0 && s.delay_s * 1e3 > allowedMs);
  if (lateSends.length > 0 || report.expired.length > 0) {
    const worst = Math.max(0, ...lateSends.map((s) => s.delay_s));
    notes.push(
      `- ⚠️ The schedule ran late or was dropped: ${lateSends.length > 0 ? `${plural(lateSends.length, "post")} went out up to ${humanDuration(worst * 1e3)} after the window opened` : ""}${lateSends.length > 0 && report.expired.length > 0 ? " and " : ""}${report.expired.length > 0 ? `${plural(report.expired.length, "post")} expired before a run reached ${report.expired.length === 1 ? "it" : "them"}` : ""}. Scheduled runs are best effort on GitHub; give time-sensitive posts a wider \`window\`, or trigger the workflow by hand (workflow_dispatch).`
    );
  }
  if (notes.length === 1 && previous !== void 0 && lateSends.length === 0) notes.push("- The schedule is keeping time.");
  return notes;
}
function latestInstant(entries) {
  let latest;
  for (const e of entries) {
    const at = DateTime.fromISO(e.at, { zone: "utc" });
    if (at.isValid && (latest === void 0 || at > latest)) latest = at;
  }
  return latest;
}
function excerpt(text, max = 80) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

// src/github/publish-mode.ts
async function publishMode(inputs, env) {
  const previous = await readLog(inputs.root);
  let report;
  let publishError;
  try {
    report = await publishDue({
      root: inputs.root,
      now: inputs.now,
      clock: inputs.clock,
      dryRun: inputs.dryRun,
      env,
      log: (message) => info(`herald: ${message}`)
    });
  } catch (error2) {
    publishError = error2;
  }
  let commit;
  let commitError;
  if (inputs.commit && !inputs.dryRun) {
    try {
      commit = await commitAndPushLog({ root: inputs.root, env });
      info(commit.committed ? `herald: log pushed (${commit.commit?.slice(0, 7)}, ${commit.attempts} attempt${commit.attempts === 1 ? "" : "s"})` : "herald: nothing new in the log; no commit");
    } catch (error2) {
      commitError = error2;
      error(`herald: the publish log was not pushed: ${error2.message}`, { file: joinPrefix(inputs.rootInRepo, "schedules/log.jsonl") });
    }
  }
  if (report) {
    const counts = publishCounts(report);
    for (const [name, value] of Object.entries(counts)) setOutput(name, value);
    for (const f of report.failed) {
      error(`${f.post} (${f.account}), part ${f.part + 1}: ${f.error}`, {
        title: "herald publish failed",
        file: joinPrefix(inputs.rootInRepo, f.file),
        startLine: 1
      });
    }
    for (const s of report.stopped) error(`${s.account}: ${s.reason}`, { title: `herald stopped account ${s.account} (${s.kind})` });
    await writeSummary(
      publishSummary({ report, previousLog: previous.entries, schedule: { intervalMinutes: inputs.intervalMinutes, toleranceMinutes: 15 }, logCommit: commitNote(commit, commitError) }),
      env
    );
  }
  if (publishError) throw publishError;
  if (commitError) throw commitError;
  if (report && report.exit_code !== 0) {
    setFailed(`herald: publishing ${report.exit_code === 2 ? "could not start for some accounts (setup)" : "failed for some posts"}; see the annotations and the job summary`);
  }
}
function commitNote(commit, error2) {
  if (error2) return `❌ The log was not pushed: ${error2.message}`;
  if (!commit) return void 0;
  if (!commit.committed) return "Nothing new in the log; no commit.";
  return `Log committed and pushed as \`${commit.commit?.slice(0, 7)}\`${commit.attempts > 1 ? ` after ${commit.attempts} attempts (someone pushed first)` : ""}.`;
}
export {
  publishMode
};
