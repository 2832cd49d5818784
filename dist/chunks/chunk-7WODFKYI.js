import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  DEFAULT_X_TIMEOUT_MS,
  clientFor,
  timeoutFromEnv
} from "./chunk-UOFBKHGZ.js";
import {
  sameHandle,
  statusUrl
} from "./chunk-OMWYTTSV.js";
import {
  assemblePlan,
  joinPrefix,
  openLogWriter,
  openRepository,
  partCostMicros,
  pricesFor,
  utcMinuteText
} from "./chunk-6SKWMAVC.js";
import {
  commitAndPushLog,
  git
} from "./chunk-UAG7Q4J7.js";
import {
  humanDuration,
  table
} from "./chunk-BC6YM3VD.js";
import {
  info as info2,
  writeSummary
} from "./chunk-2JCI7ESD.js";
import {
  DEFAULT_LANG
} from "./chunk-6H5MY5Y6.js";
import {
  error,
  info,
  setFailed,
  setOutput
} from "./chunk-2GGXMUD4.js";
import {
  comparableText
} from "./chunk-NUFHDJWT.js";
import {
  XError
} from "./chunk-HSTKNCAO.js";
import {
  fromMicros
} from "./chunk-OFJ7IQ7R.js";
import {
  scrub
} from "./chunk-ZWOEQDWI.js";
import {
  LOG_FILE
} from "./chunk-OS3CCXPJ.js";
import {
  mdCode,
  mdFenced,
  mdText
} from "./chunk-EUZCFI45.js";
import {
  DateTime
} from "./chunk-JZO4KPLM.js";
import {
  RepositoryDoor,
  errorsByFile,
  isSentEntry,
  plural,
  t
} from "./chunk-GLT5U4BZ.js";
import {
  MAX_MEDIA_BYTES,
  mediaKindFor
} from "./chunk-75J34UZT.js";
import {
  UsageError,
  UserError
} from "./chunk-X4YENOAG.js";

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
      for (const key2 of historyKeys(entry.account, entry.post, entry.hash)) {
        if (ms > (this.lastAt.get(key2) ?? -Infinity)) this.lastAt.set(key2, ms);
      }
    }
  }
  options;
  report;
  /** Tweet ids the log already assigns to a post part: never claimed twice. */
  claimed = /* @__PURE__ */ new Set();
  sessions = /* @__PURE__ */ new Map();
  userIds = /* @__PURE__ */ new Map();
  identities = /* @__PURE__ */ new Map();
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
    for (const key2 of keys) this.lastAt.set(key2, ms);
    return new Date(ms).toISOString();
  }
  /**
   * Append one entry for a post; `at`, post, account and hash are filled in. Durable (on disk when
   * this resolves) unless `batched`: decisions that order nothing against a send (`skipped`,
   * `expired`) are written together, before the next durable entry or when the run closes.
   */
  async log(post, fields, options = {}) {
    const entry = { at: this.stamp(post), post: post.id, account: post.account, ...fields, hash: post.hash };
    if (entry.error) entry.error = this.scrub(entry.error);
    if (entry.reason) entry.reason = this.scrub(entry.reason);
    this.writer ??= this.options.openLog();
    const writer = await this.writer;
    if (options.batched) writer.note(entry);
    else await writer.append(entry);
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
    if (!found.ok) {
      this.stop(
        account,
        "missing-credentials",
        `no X credentials in the environment; set ${found.missing.join(", ")} (README: "Secrets to create"); nothing was sent for this account`
      );
      return void 0;
    }
    let verified = this.identities.get(account);
    if (!verified) {
      verified = this.checkIdentity(account, found.client, found.variables);
      this.identities.set(account, verified);
    }
    return await verified ? found.client : void 0;
  }
  /**
   * Before the first request that reads or writes an account's posts: the credentials must belong to
   * the account file's `handle`. Swapped secrets would otherwise post one brand's text as another
   * (and reconcile against the wrong timeline). Any doubt stops the account for this run.
   */
  async checkIdentity(account, client, variables) {
    const handle = this.options.accounts.get(account)?.handle ?? `@${account}`;
    const secrets = variables.slice(0, 2).join(" / ") || `the account's X_* variables`;
    for (let n = 1; ; n++) {
      try {
        const me = await client.me();
        this.userIds.set(account, me.id);
        if (sameHandle(me.username, handle)) return true;
        this.stop(
          account,
          "wrong-account",
          `the credentials in ${secrets} belong to @${me.username.replace(/^@/, "")}, but schedules/${account}.yaml says handle ${handle}; nothing was sent for this account. Put ${handle}'s access token and secret in those secrets, or correct \`handle\` if the account was renamed`
        );
        return false;
      } catch (caught) {
        const error2 = asXError(caught);
        const retryable = error2.kind === "server" || error2.kind === "uncertain" || error2.kind === "unreachable";
        if (retryable && n < this.options.retry.tries) {
          await this.options.sleep(this.backoffMs(n));
          continue;
        }
        if (error2.kind === "rate-limit" || error2.kind === "auth") await this.stopForError(account, error2);
        else {
          this.stop(
            account,
            "unreachable",
            `could not ask X which account the credentials belong to (${error2.message}); nothing was sent for this account, its posts stay due for the next run`
          );
        }
        return false;
      }
    }
  }
  /** Stop the account when an X error concerns the whole account (rate limit, rejected credentials). */
  async stopForError(account, error2) {
    if (error2.kind === "rate-limit") {
      this.stop(account, "rate-limit", `X rate limit reached${error2.resetAt ? ` until ${error2.resetAt}` : ""}; its posts stay due for the next run`);
    } else if (error2.kind === "auth") {
      const names = await this.variables(account);
      this.stop(
        account,
        "auth",
        `X rejected the credentials (${error2.status ?? "auth"}): check ${names.join(", ") || "the account's X_* variables"} and that the app has read and write permission`
      );
    }
  }
  /** Why the account was stopped, when it was. */
  stopped(account) {
    return this.report.stopped.find((s) => s.account === account);
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
    return scrub(message, this.options.secrets());
  }
  finish() {
    const r = this.report;
    r.exit_code = r.stopped.some((s) => s.kind === "missing-credentials") ? 2 : r.failed.length > 0 || r.expired.some((e) => (e.failed_attempts ?? 0) > 0) || r.stopped.some((s) => s.kind !== "rate-limit") ? 1 : 0;
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
    (t2) => !claimed.has(t2.id) && comparableText(t2.text) === wanted && (replyTo === void 0 || t2.in_reply_to_tweet_id === replyTo)
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
      const retryable = error2.kind === "server" || error2.kind === "uncertain" || error2.kind === "unreachable";
      if (!retryable || n >= tries) return { error: error2 };
      await run.options.sleep(run.backoffMs(n));
    }
  }
}
function tweetUrl(run, account, tweetId) {
  return statusUrl(run.options.accounts.get(account)?.handle, tweetId);
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
      ...entry.partsAt?.[part] ?? entry.at ? { scheduled_for: entry.partsAt?.[part] ?? entry.at } : {},
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
  await run.stopForError(account, error2);
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
        kind: "unconfirmed",
        error: run.scrub(
          `an earlier attempt of part ${part + 1} has no outcome and the timeline could not be read (${answer.error.message}); nothing is sent for this post until the next run has checked it`
        )
      });
      continue;
    }
    await recordLookUp(run, entry, part, answer, "an earlier run attempted this part and did not record the outcome");
  }
}

// src/publish/retract.ts
async function applyRetractions(run, entries) {
  for (const entry of entries) {
    if (entry.status !== "retracted" || !entry.post.retract || !entry.retractPending?.length) continue;
    if (entry.unresolvedAttempt !== void 0) continue;
    const account = entry.post.account;
    if (run.isStopped(account)) continue;
    if (run.options.dryRun) {
      for (const target of entry.retractPending) report(run, entry, target, "would-delete");
      continue;
    }
    const client = await run.client(account);
    if (!client) continue;
    for (const target of entry.retractPending) {
      if (!await retractPart(run, client, entry, target)) break;
    }
  }
}
function report(run, entry, target, how) {
  const post = entry.post;
  (run.report.retracted ??= []).push({
    post: post.id,
    account: post.account,
    part: target.part,
    parts: post.parts.length,
    tweet_id: target.tweetId,
    url: tweetUrl(run, post.account, target.tweetId),
    how,
    ...post.retract?.reason ? { reason: post.retract.reason } : {}
  });
}
async function lookUp(run, client, tweetId) {
  for (let n = 1; ; n++) {
    try {
      return { present: (await client.lookUpTweets([tweetId])).has(tweetId) };
    } catch (caught) {
      const error2 = asXError(caught);
      const retryable = error2.kind === "server" || error2.kind === "uncertain" || error2.kind === "unreachable";
      if (!retryable || n >= run.options.retry.tries) return { error: error2 };
      await run.options.sleep(run.backoffMs(n));
    }
  }
}
async function retractPart(run, client, entry, target) {
  const post = entry.post;
  const account = post.account;
  const { part, tweetId } = target;
  const label = `${account}/${post.id} part ${part + 1}/${post.parts.length} (retract)`;
  const reason = post.retract?.reason;
  const gone = async (how, why) => {
    await run.log(post, {
      event: "retracted",
      part,
      tweet_id: tweetId,
      ...how === "gone" ? { gone: true } : {},
      ...why || reason ? { reason: why ?? reason } : {}
    });
    report(run, entry, target, how);
    run.options.progress(`${label}: ${how === "deleted" ? "deleted" : "already gone from X"} ${tweetUrl(run, account, tweetId)}`);
    return true;
  };
  const fail = async (error2, retryable = true) => {
    const message = run.scrub(`${error2.message}; the post is still on X, and the next publish run tries to delete it again`);
    await run.log(post, { event: "failed", part, tweet_id: tweetId, error: message, retryable, kind: error2.kind });
    run.report.failed.push({ post: post.id, account, file: post.file, part, error: message, retryable, kind: error2.kind });
    run.options.progress(`${label}: failed: ${message}`);
    return false;
  };
  const unresolved2 = async (error2) => {
    await run.stopForError(account, error2);
    const message = run.scrub(
      `the delete of ${tweetId} may have reached X and X could not be asked whether the post is gone (${error2.message}); the next run checks before deleting again`
    );
    run.report.failed.push({ post: post.id, account, file: post.file, part, retryable: true, error: message, kind: "unconfirmed" });
    run.options.progress(`${label}: ${message}`);
    return false;
  };
  if (target.attempted) {
    const seen = await lookUp(run, client, tweetId);
    if ("error" in seen) return unresolved2(seen.error);
    if (!seen.present) return gone("gone", "an earlier run sent the delete without recording the outcome; X no longer has the post");
    run.options.progress(`${label}: an earlier delete did not go through; deleting again`);
  }
  const { tries, graceMs } = run.options.retry;
  for (let n = 1; ; n++) {
    await run.log(post, { event: "retract-attempt", part, tweet_id: tweetId, ...reason ? { reason } : {} });
    let error2;
    try {
      return gone(await client.deleteTweet(tweetId));
    } catch (caught) {
      error2 = asXError(caught);
    }
    switch (error2.kind) {
      case "rate-limit":
      case "auth":
        await run.stopForError(account, error2);
        return fail(error2);
      case "bad-request":
      case "duplicate":
        return fail(error2);
      case "unreachable":
        if (n >= tries) return fail(error2);
        await run.options.sleep(run.backoffMs(n));
        continue;
      case "server":
      case "uncertain": {
        if (error2.kind === "uncertain") await run.options.sleep(graceMs);
        const seen = await lookUp(run, client, tweetId);
        if ("error" in seen) return unresolved2(seen.error);
        if (!seen.present) return gone("deleted", `${run.scrub(error2.message)}; X no longer has the post`);
        if (n >= tries) return fail(error2);
        run.options.progress(`${label}: ${run.scrub(error2.message)}; still on X, trying again`);
        await run.options.sleep(run.backoffMs(n));
        continue;
      }
    }
  }
}

// src/publish/apply-plan.ts
async function applyPlan(run, input) {
  const entries = input.plan.entries.filter(input.include);
  for (const entry of entries) await logDecision(run, entry);
  for (const entry of entries)
    if (entry.blockedBy === "account-invalid") run.stop(entry.post.account, "account-invalid", entry.reason ?? "its account file has errors");
  await applyRetractions(run, entries);
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
      if (!client) {
        await refuseStopped(run, due.slice(due.indexOf(entry)));
        break;
      }
      await sendPost(run, client, entry);
    }
  }
}
async function refuseStopped(run, entries) {
  const stop = run.stopped(entries[0]?.post.account ?? "");
  if (!stop || stop.kind !== "wrong-account" && stop.kind !== "unreachable") return;
  for (const entry of entries) {
    if (entry.unresolvedAttempt !== void 0) continue;
    const post = entry.post;
    run.report.failed.push({
      post: post.id,
      account: post.account,
      file: post.file,
      part: entry.nextPart,
      error: stop.reason,
      retryable: true,
      kind: stop.kind
    });
    await run.log(post, { event: "failed", part: entry.nextPart, error: stop.reason, retryable: true, kind: stop.kind });
  }
}
async function logDecision(run, entry) {
  const post = entry.post;
  const decision = { post: post.id, account: post.account, reason: entry.reason ?? entry.status };
  if (entry.status === "expired" && !entry.alreadyLogged) {
    const failures = failureHistory(run.options.ledger, post);
    const expired = failures.count > 0 ? {
      ...decision,
      file: post.file,
      reason: `expired after ${plural(failures.count, "failed attempt")}${failures.kind ? ` (${failures.kind})` : ""}: ${decision.reason}`,
      failed_attempts: failures.count,
      ...failures.kind ? { last_failure: failures.kind } : {}
    } : decision;
    run.report.expired.push(expired);
    if (!run.options.dryRun)
      await run.log(
        post,
        { event: "expired", part: entry.nextPart, reason: expired.reason, blocked_by: entry.blockedBy ?? "window-closed" },
        { batched: true }
      );
  } else if (entry.status === "blocked" && entry.blockedBy && entry.blockedBy !== "failed" && !entry.alreadyLogged && !budgetNotYetDue(run, entry)) {
    run.report.skipped.push(decision);
    if (!run.options.dryRun)
      await run.log(post, { event: "skipped", part: entry.nextPart, reason: decision.reason, blocked_by: entry.blockedBy }, { batched: true });
  }
}
function budgetNotYetDue(run, entry) {
  return entry.blockedBy === "budget" && (entry.at === void 0 || Date.parse(entry.at) > Date.parse(run.report.now));
}
function failureHistory(ledger, post) {
  let count = 0;
  let kind;
  for (const e of ledger) {
    if (e.event !== "failed" || e.account !== post.account || e.post !== post.id) continue;
    count++;
    kind = e.kind ?? kindFromMessage(e.error);
  }
  return { count, ...kind ? { kind } : {} };
}
function kindFromMessage(error2) {
  const status = /X answered (\d{3})/.exec(error2 ?? "")?.[1];
  if (status === "401" || status === "403") return /duplicate/i.test(error2 ?? "") ? "duplicate" : "auth";
  if (status === "429") return "rate-limit";
  if (status?.startsWith("5")) return "server";
  if (status === "400") return "bad-request";
  if (/could not connect to X/.test(error2 ?? "")) return "unreachable";
  return void 0;
}
async function refuseInvalid(run, entry, errors) {
  const post = entry.post;
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run herald validate ${post.file})` : "";
  const error2 = `${first.file}:${first.line}: ${first.message}${more}; fix the file and the post goes out while its window is open`;
  run.report.failed.push({ post: post.id, account: post.account, file: post.file, part: entry.nextPart, error: error2, retryable: true, kind: "content" });
  if (run.options.dryRun) return;
  const last = [...run.options.ledger].reverse().find((e) => e.account === post.account && e.post === post.id);
  if (last?.event === "failed" && last.error === error2) return;
  await run.log(post, { event: "failed", part: entry.nextPart, error: error2, retryable: true, kind: "content" });
}
function describe(run, entry) {
  const post = entry.post;
  for (let part = entry.nextPart; part < lastDue(entry); part++) {
    run.report.sent.push({
      post: post.id,
      account: post.account,
      part,
      parts: post.parts.length,
      scheduled_for: partAt(entry, part) ?? run.report.now,
      delay_s: delaySeconds(run, entry, part),
      text: post.parts[part],
      ...part === 0 && post.media.length > 0 ? { media: post.media.map((m) => ({ file: m.file, ...m.alt ? { alt: m.alt } : {} })) } : {},
      ...part > 0 ? { reply_to: part === entry.nextPart ? entry.tweetIds[part - 1] ?? "previous part" : "previous part" } : {},
      ...part === 0 && entry.replyTo ? { reply_to: entry.replyTo } : {},
      ...part === 0 && post.poll ? { poll: { options: post.poll.options, duration_minutes: post.poll.durationMinutes } } : {}
    });
  }
}
function delaySeconds(run, entry, part) {
  const at = partAt(entry, part);
  if (!at) return 0;
  return Math.max(0, Math.round((run.options.now().toMillis() - Date.parse(at)) / 1e3));
}
var partAt = (entry, part) => entry.partsAt?.[part] ?? entry.at;
var lastDue = (entry) => Math.min(entry.dueUntil ?? entry.post.parts.length, entry.post.parts.length);
async function sendPost(run, client, entry) {
  let replyTo = entry.nextPart > 0 ? entry.tweetIds[entry.nextPart - 1] : entry.replyTo;
  for (let part = entry.nextPart; part < lastDue(entry); part++) {
    const tweetId = await sendPart(run, client, entry, part, replyTo);
    if (tweetId === void 0) return;
    replyTo = tweetId;
  }
}
function badRequestFix(post, part, message) {
  if (part === 0 && post.replyTo) {
    return /deleted or not visible/i.test(message) ? "the post it replies to is deleted or not visible: change or remove `reply_to`, then it is sent again" : "X will not take this reply as written: change or remove `reply_to` (or edit the text or media), then it is sent again";
  }
  return "X will not take this part as written: edit the text or media, then it is sent again";
}
async function sendPart(run, client, entry, part, replyTo) {
  const post = entry.post;
  const account = post.account;
  const { tries, graceMs } = run.options.retry;
  const at = partAt(entry, part);
  const scheduled = at ? { scheduled_for: at } : {};
  const label = `${account}/${post.id} part ${part + 1}/${post.parts.length}`;
  const fail = async (failure) => {
    const error2 = run.scrub(failure.error);
    await run.log(post, { event: "failed", part, error: error2, retryable: failure.retryable, kind: failure.kind });
    run.report.failed.push({ post: post.id, account, file: post.file, part, error: error2, retryable: failure.retryable, kind: failure.kind });
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
        return fail({
          error: `uploading media: ${uploaded.error.message}`,
          retryable: uploaded.error.kind !== "bad-request" && uploaded.error.kind !== "duplicate",
          kind: uploaded.error.kind
        });
      }
      mediaIds = uploaded.ids;
    }
    let error2;
    try {
      const poll = part === 0 ? post.poll : void 0;
      const { id } = await client.createTweet({
        text: post.parts[part],
        ...replyTo ? { replyTo } : {},
        ...mediaIds ? { mediaIds } : {},
        ...poll ? { poll } : {}
      });
      const url = tweetUrl(run, account, id);
      const delay_s = delaySeconds(run, entry, part);
      const cost_usd = fromMicros(partCostMicros(post, part, pricesFor(run.options.accounts.get(account))));
      await run.log(post, { event: "published", part, tweet_id: id, url, ...scheduled, delay_s, cost_usd });
      run.report.sent.push({
        post: post.id,
        account,
        part,
        parts: post.parts.length,
        tweet_id: id,
        url,
        scheduled_for: at ?? run.report.now,
        delay_s,
        text: post.parts[part]
      });
      run.options.progress(`${label}: published ${url}`);
      return id;
    } catch (caught) {
      error2 = asXError(caught);
    }
    switch (error2.kind) {
      case "rate-limit":
        await stopForError(run, account, error2);
        return fail({ error: error2.message, retryable: true, kind: error2.kind });
      case "auth":
        await stopForError(run, account, error2);
        return fail({ error: error2.message, retryable: true, kind: error2.kind });
      case "reply-restricted":
        return fail({
          error: `${error2.message}; X will not take this reply: change or remove \`reply_to\`, then it is sent again (or reply on x.com by hand)`,
          retryable: false,
          kind: error2.kind
        });
      case "bad-request":
        return fail({
          error: `${error2.message}; ${badRequestFix(post, part, error2.message)}`,
          retryable: false,
          kind: error2.kind
        });
      case "unreachable":
        if (n >= tries)
          return fail({ error: `${error2.message}; gave up after ${tries} tries, it stays due for the next run`, retryable: true, kind: error2.kind });
        run.options.progress(`${label}: ${run.scrub(error2.message)}; trying again`);
        await run.options.sleep(run.backoffMs(n));
        continue;
      case "duplicate": {
        const answer = await lookUpPart(run, client, post, part, replyTo);
        if ("error" in answer) return unresolved(run, entry, part, answer.error, label);
        if (answer.found) {
          await recordLookUp(run, entry, part, answer, "X called the part a duplicate");
          return answer.tweetId;
        }
        return fail({
          error: `${error2.message}; X says duplicate but it is not on the timeline, so it was not sent. Change the wording so it differs from an earlier post`,
          retryable: false,
          kind: error2.kind
        });
      }
      case "server":
      case "uncertain": {
        if (error2.kind === "uncertain") await run.options.sleep(graceMs);
        const answer = await lookUpPart(run, client, post, part, replyTo);
        if ("error" in answer) return unresolved(run, entry, part, answer.error, label);
        await recordLookUp(run, entry, part, answer, error2.message);
        if (answer.found) return answer.tweetId;
        if (n >= tries)
          return fail({ error: `${error2.message}; gave up after ${tries} tries, it stays due for the next run`, retryable: true, kind: error2.kind });
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
  run.report.failed.push({
    post: entry.post.id,
    account: entry.post.account,
    file: entry.post.file,
    part,
    retryable: true,
    error: message,
    kind: "unconfirmed"
  });
  run.options.progress(`${label}: ${message}`);
  return void 0;
}
async function uploadMedia(run, client, entry) {
  const ids = [];
  for (const media of entry.post.media) {
    for (let n = 1; ; n++) {
      try {
        const bytes = run.options.readMedia(entry.post, media);
        if (!bytes.ok) return { error: new XError("bad-request", bytes.problem.message) };
        ids.push(await client.uploadMedia({ name: media.file, bytes: bytes.value }, media.alt));
        break;
      } catch (caught) {
        const error2 = asXError(caught);
        if (error2.kind !== "server" && error2.kind !== "uncertain" && error2.kind !== "unreachable" || n >= run.options.retry.tries) return { error: error2 };
        await run.options.sleep(run.backoffMs(n));
      }
    }
  }
  return { ids };
}

// src/publish/index.ts
var MAX_GRACE_MS = 2e3;
function graceMsFor(timeoutMs) {
  return Math.min(timeoutMs, MAX_GRACE_MS);
}
async function publishDue(options) {
  const progress = options.log ?? (() => {
  });
  const clock = options.clock ?? (() => options.now);
  const { content, history } = options;
  const root = content.root;
  for (const d of history.diagnostics) progress(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  if (options.account !== void 0 && !content.accounts.has(options.account)) {
    const known = [...content.accounts.keys()].sort().join(", ") || "none";
    throw new UsageError(`--account ${options.account}: there is no schedules/${options.account}.yaml (accounts: ${known})`);
  }
  const include = (entry) => options.account === void 0 || entry.post.account === options.account;
  const door = RepositoryDoor.open(root);
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv(options.env) ?? DEFAULT_X_TIMEOUT_MS;
  const secrets = [];
  const run = new PublishRun({
    accounts: content.accounts,
    ledger: history.entries,
    openLog: () => openLogWriter(root),
    readMedia: (post, media) => readMedia(door, post.file, media.file),
    clients: (account) => clientFor(account, options.env, timeoutMs, secrets),
    now: clock,
    sleep: options.sleep ?? ((ms) => delay(ms)),
    retry: { tries: 3, baseMs: Math.min(1e3, Math.max(10, timeoutMs / 4)), graceMs: graceMsFor(timeoutMs) },
    progress,
    secrets: () => secrets,
    planNow: options.now.toUTC().toISO({ suppressMilliseconds: true }),
    dryRun: options.dryRun
  });
  let appended = [];
  try {
    const plan = options.plan;
    await reconcileUnresolved(run, plan, include);
    const reconciled = await run.appended();
    const replanned = reconciled.length === 0 ? plan : assemblePlan({ posts: content.posts, accounts: content.accounts, log: [...history.entries, ...reconciled], now: options.now });
    await applyPlan(run, { plan: replanned, include, contentErrors: errorsByFile(content.diagnostics) });
  } finally {
    await run.close();
    appended = await run.appended();
  }
  return { report: run.finish(), appended };
}
function readMedia(door, postFile, written) {
  const located = door.locate(postFile, written);
  if (!located.ok) return located;
  const kind = mediaKindFor(written);
  return door.readFile(located.value.rel, kind ? MAX_MEDIA_BYTES[kind.category] : 0, "media file");
}

// src/app/publish.ts
async function publishRepository(root, options) {
  const repository = await openRepository(root, { now: options.now, load: { report: "errors" } });
  const result = await publishDue({ ...options, content: repository.content, history: repository.log, plan: repository.plan });
  return { ...result, logBefore: repository.log.entries, accounts: repository.content.accounts };
}

// src/action/publish-ref.ts
import { readFile } from "node:fs/promises";
var PUBLISH_EVENTS = ["schedule", "workflow_dispatch", "push", "repository_dispatch"];
async function checkPublishRef(env, top, command = "publish") {
  const event = (env.GITHUB_EVENT_NAME ?? "").trim();
  const ref = (env.GITHUB_REF ?? "").trim();
  const refType = (env.GITHUB_REF_TYPE ?? "").trim();
  const where = `ref ${ref || "(none)"}${event ? `, event ${event}` : ""}`;
  const refuse = (why, what) => {
    throw new UserError(`${command} refused (${where}): ${why}; nothing was sent and nothing was committed. ${what}`);
  };
  const guard = 'Run publish only from the default branch: give the job `if: github.ref_name == github.event.repository.default_branch` (README, "GitHub Actions")';
  if (!event)
    refuse(
      "GITHUB_EVENT_NAME is not set, so herald cannot tell what started this run",
      "Run the publish command of the action inside GitHub Actions, or use `herald publish` locally"
    );
  if (!PUBLISH_EVENTS.includes(event)) {
    refuse(`a ${event} event may carry changes nobody merged; only ${PUBLISH_EVENTS.join(", ")} runs publish`, guard);
  }
  const defaultBranch = await defaultBranchFromEvent(env.GITHUB_EVENT_PATH, refuse);
  if (refType !== "" && refType !== "branch") refuse(`GITHUB_REF_TYPE is ${refType}, not a branch (tags never publish)`, guard);
  if (!ref.startsWith("refs/heads/"))
    refuse(`GITHUB_REF is not a branch (tags and detached commits never publish); the default branch is ${defaultBranch}`, guard);
  const branch = ref.slice("refs/heads/".length);
  if (branch !== defaultBranch) refuse(`${branch} is not the default branch ${defaultBranch}`, guard);
  const head = (await git(top, ["symbolic-ref", "--quiet", "HEAD"], env).catch(() => "")).trim();
  if (head !== `refs/heads/${defaultBranch}`) {
    refuse(
      head ? `the checkout is on ${head.replace(/^refs\/heads\//, "")}, not on the default branch ${defaultBranch}` : `the checkout is a detached HEAD, not the default branch ${defaultBranch}`,
      "Check out the default branch (actions/checkout without `ref:` does)"
    );
  }
  const tracking = `refs/remotes/origin/${defaultBranch}`;
  const known = (await git(top, ["rev-parse", "--verify", "--quiet", `${tracking}^{commit}`], env).catch(() => "")).trim();
  if (!known)
    refuse(
      `the checkout has no ${tracking}, so herald cannot tell that it holds only what was merged`,
      "Check out with actions/checkout (it fetches the default branch as origin/<branch>)"
    );
  const merged = await git(top, ["merge-base", "--is-ancestor", "HEAD", tracking], env).then(
    () => true,
    () => false
  );
  if (!merged)
    refuse(
      `the checkout holds commits that are not on origin/${defaultBranch}`,
      `Publish only what was merged: do not commit or merge in the job before the publish step`
    );
  const fetched = await git(top, ["fetch", "--quiet", "origin", `+refs/heads/${defaultBranch}:${tracking}`], env).then(
    () => true,
    () => false
  );
  if (!fetched) {
    refuse(
      `origin/${defaultBranch} cannot be fetched, so herald cannot tell whether a pause was pushed since the checkout`,
      "Check that the job can reach the repository (actions/checkout with its token) and run it again"
    );
  }
  const caughtUp = await git(top, ["merge", "--ff-only", "--quiet", tracking], env).then(
    () => true,
    () => false
  );
  if (!caughtUp) refuse(`the checkout cannot be brought up to origin/${defaultBranch}`, "Check out the default branch without local changes");
  return { defaultBranch };
}
async function defaultBranchFromEvent(eventPath, refuse) {
  const how = "The runner writes the event payload to GITHUB_EVENT_PATH; run the publish command inside GitHub Actions";
  if (!eventPath || eventPath.trim() === "") return refuse("GITHUB_EVENT_PATH is not set, so the default branch is unknown", how);
  let payload;
  try {
    payload = JSON.parse(await readFile(eventPath, "utf8"));
  } catch (error2) {
    return refuse(`the event payload ${eventPath} cannot be read (${error2.message}), so the default branch is unknown`, how);
  }
  const branch = payload?.repository?.default_branch;
  if (typeof branch !== "string" || branch.trim() === "") {
    return refuse("the event payload has no repository.default_branch, so the default branch is unknown", how);
  }
  return branch;
}

// src/action/publish-summary.ts
var DEFAULT_SCHEDULE = { intervalMinutes: 30, toleranceMinutes: 15 };
function publishCounts(report2) {
  return {
    published: report2.sent.length,
    failed: report2.failed.length,
    expired: report2.expired.length,
    skipped: report2.skipped.length
  };
}
function publishSummary({ report: report2, previousLog, schedule = DEFAULT_SCHEDULE, logCommit, lang = DEFAULT_LANG }) {
  const now = DateTime.fromISO(report2.now, { zone: "utc" });
  const counts = publishCounts(report2);
  const out = [];
  out.push(`## ${t(lang, report2.dry_run ? "summary.publish.title-dry" : "summary.publish.title", { at: utcMinuteText(report2.now) })}`);
  if (report2.dry_run) out.push("Dry run: nothing was sent to X and nothing was written to the log.");
  out.push(table(["published", "failed", "expired", "skipped"], [[counts.published, counts.failed, counts.expired, counts.skipped].map(String)]));
  const retracted = report2.retracted ?? [];
  const quiet = [report2.sent, report2.reconciled, report2.failed, report2.expired, report2.skipped, report2.stopped, retracted].every((l) => l.length === 0);
  if (quiet) out.push("Nothing was due at this run.");
  if (retracted.length > 0) {
    out.push(`### ${t(lang, report2.dry_run ? "summary.publish.would-delete" : "summary.publish.deleted")}`);
    out.push(
      retracted.map((r) => `- **${mdText(r.post)}** (${mdText(r.account)}, part ${r.part + 1}) — <${r.url}>${r.how === "gone" ? " (already gone)" : ""}`).join("\n")
    );
  }
  if (report2.sent.length > 0) {
    out.push(`### ${t(lang, report2.dry_run ? "summary.publish.would-send" : "summary.publish.sent")}`);
    out.push(
      report2.sent.map((s) => {
        const link = s.url ? ` — [${s.url.replace(/^https?:\/\//, "")}](${s.url})` : "";
        const late = s.delay_s >= 60 ? ` · ${humanDuration(s.delay_s * 1e3)} after its window opened` : "";
        return `- **${mdText(s.post)}** (${mdText(s.account)}, part ${s.part + 1})${link}${late}: ${mdText(excerpt(s.text))}`;
      }).join("\n")
    );
  }
  if (report2.reconciled.length > 0) {
    out.push(`### ${t(lang, "summary.publish.reconciled")}`);
    out.push(
      report2.reconciled.map(
        (r) => `- **${mdText(r.post)}** (${mdText(r.account)}, part ${r.part + 1}): ${r.found ? `found on the timeline (${r.tweet_id ? mdCode(r.tweet_id) : "id unknown"}), not sent again` : "not on the timeline, safe to send again"}`
      ).join("\n")
    );
  }
  if (report2.expired.length > 0) {
    out.push(`### ${t(lang, "summary.publish.expired")}`);
    out.push(report2.expired.map((e) => `- **${mdText(e.post)}** (${mdText(e.account)}): ${mdText(e.reason)}`).join("\n"));
  }
  if (report2.failed.length > 0) {
    out.push(`### ${t(lang, "summary.publish.failed")}`);
    out.push(
      report2.failed.map(
        (f) => `- **${mdText(f.post)}** (${mdText(f.account)}, part ${f.part + 1}): ${mdText(f.error)} — ${f.retryable ? "will be retried at the next run" : "permanent: edit the post to try again"}`
      ).join("\n")
    );
  }
  if (report2.stopped.length > 0) {
    out.push(`### ${t(lang, "summary.publish.stopped")}`);
    out.push(report2.stopped.map((s) => `- **${mdText(s.account)}** (${s.kind}): ${mdText(s.reason)}`).join("\n"));
  }
  if (report2.skipped.length > 0) {
    out.push(`### ${t(lang, "summary.publish.skipped")}`);
    out.push(report2.skipped.map((s) => `- **${mdText(s.post)}** (${mdText(s.account)}): ${mdText(s.reason)}`).join("\n"));
  }
  out.push(`### ${t(lang, "summary.publish.schedule")}`);
  out.push(scheduleNotes(report2, previousLog, now, schedule).join("\n"));
  if (logCommit) out.push(logCommit);
  return `${out.join("\n\n")}
`;
}
function scheduleNotes(report2, previousLog, now, schedule) {
  const notes = [];
  const allowedMs = (schedule.intervalMinutes + schedule.toleranceMinutes) * 6e4;
  const previous = latestInstant(previousLog);
  const gap = previous === void 0 ? void 0 : now.toMillis() - previous.toMillis();
  const silent = gap !== void 0 && gap > allowedMs;
  if (previous === void 0 || gap === void 0) {
    notes.push("- No earlier run has written to the log yet.");
  } else {
    notes.push(`- Previous log entry: ${humanDuration(gap)} ago (${previous.toISO({ suppressMilliseconds: true })}).`);
  }
  const explained = explainedPosts(previousLog);
  const lateSends = report2.sent.filter((s) => s.part === 0 && s.delay_s * 1e3 > allowedMs && !explained.has(key(s.account, s.post)));
  const failedExpired = report2.expired.filter((e) => (e.failed_attempts ?? 0) > 0);
  const quietExpired = report2.expired.filter((e) => !(e.failed_attempts ?? 0) && !explained.has(key(e.account, e.post)));
  const missedExpired = silent ? quietExpired : [];
  if (lateSends.length > 0 || missedExpired.length > 0) {
    const worst = Math.max(0, ...lateSends.map((s) => s.delay_s));
    notes.push(
      `- ⚠️ The schedule ran late or was dropped: ${lateSends.length > 0 ? `${plural(lateSends.length, "post")} went out up to ${humanDuration(worst * 1e3)} after the window opened` : ""}${lateSends.length > 0 && missedExpired.length > 0 ? " and " : ""}${missedExpired.length > 0 ? `${plural(missedExpired.length, "post")} expired with no run in its window` : ""}. Scheduled runs are best effort on GitHub; give time-sensitive posts a wider \`window\`, or trigger the workflow by hand (workflow_dispatch).`
    );
  } else if (silent) {
    notes.push(
      `- ⚠️ That is more than one run every ${schedule.intervalMinutes} min plus ${schedule.toleranceMinutes} min tolerance: either nothing was due since (runs with nothing to do leave no entry), or scheduled runs were late or dropped — GitHub delays and drops scheduled runs under load.`
    );
  }
  if (failedExpired.length > 0) {
    notes.push(
      `- ❌ ${plural(failedExpired.length, "post")} expired because sending failed, not because of the schedule: ${failedExpired.map(
        (e) => `**${mdText(e.post)}** (${mdText(e.account)}) after ${plural(e.failed_attempts ?? 0, "failed attempt")}${e.last_failure ? ` (${mdText(e.last_failure)})` : ""}`
      ).join("; ")}. Fix the cause named in its failures; the post is never sent late.`
    );
  }
  if (quietExpired.length > 0 && !silent) {
    notes.push(
      `- ${plural(quietExpired.length, "post")} expired without any attempt although runs were on time: its window had closed before it reached the default branch, or it could not be placed in time.`
    );
  }
  if (notes.length === 1 && previous !== void 0) notes.push("- The schedule is keeping time.");
  return notes;
}
function explainedPosts(log) {
  const out = /* @__PURE__ */ new Set();
  for (const e of log) if (e.event === "failed" || e.event === "skipped" || e.event === "reconciled") out.add(key(e.account, e.post));
  return out;
}
var key = (account, post) => `${account}\0${post}`;
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

// src/action/publish-mode.ts
async function publishMode(inputs, env) {
  let defaultBranch;
  if (!inputs.dryRun) {
    try {
      const top = (await git(inputs.root, ["rev-parse", "--show-toplevel"], env).catch(() => "")).trim();
      if (!top) {
        throw new UserError(
          `publish refused: ${inputs.root} is not inside a git checkout, so herald cannot tell that it holds only what was merged; nothing was sent and nothing was committed. Check out the repository with actions/checkout before this step`
        );
      }
      defaultBranch = (await checkPublishRef(env, top)).defaultBranch;
    } catch (error2) {
      await writeSummary(`## herald publish — refused

❌ ${mdText(error2.message)}
`, env).catch(() => void 0);
      throw error2;
    }
  }
  let result;
  let publishError;
  try {
    result = await publishRepository(inputs.root, {
      now: inputs.now,
      clock: inputs.clock,
      dryRun: inputs.dryRun,
      env,
      log: (message) => info2(`herald: ${message}`)
    });
  } catch (error2) {
    publishError = error2;
  }
  let commit;
  let commitError;
  if (inputs.commit && !inputs.dryRun) {
    try {
      commit = await commitAndPushLog({ root: inputs.root, env, ...defaultBranch ? { branch: defaultBranch } : {} });
      info(
        commit.committed ? `herald: log pushed (${commit.commit?.slice(0, 7)}, ${commit.attempts} attempt${commit.attempts === 1 ? "" : "s"})` : "herald: nothing new in the log; no commit"
      );
    } catch (error2) {
      commitError = error2;
      error(`herald: the publish log was not pushed: ${error2.message}`, { file: joinPrefix(inputs.rootInRepo, LOG_FILE) });
    }
  }
  if (result) {
    const { report: report2 } = result;
    const counts = publishCounts(report2);
    for (const [name, value] of Object.entries(counts)) setOutput(name, value);
    for (const f of report2.failed) {
      error(`${f.post} (${f.account}), part ${f.part + 1}: ${f.error}`, {
        title: "herald publish failed",
        file: joinPrefix(inputs.rootInRepo, f.file),
        startLine: 1
      });
    }
    for (const e of report2.expired) {
      if (e.failed_attempts) error(`${e.post} (${e.account}): ${e.reason}`, { title: "herald post expired after failed attempts" });
    }
    for (const s of report2.stopped) error(`${s.account}: ${s.reason}`, { title: `herald stopped account ${s.account} (${s.kind})` });
    const unpushed = commitError ? result.appended : [];
    await writeSummary(
      publishSummary({
        report: report2,
        previousLog: result.logBefore,
        schedule: { intervalMinutes: inputs.intervalMinutes, toleranceMinutes: 15 },
        logCommit: commitNote(commit, commitError, defaultBranch, unpushed),
        lang: inputs.lang
      }),
      env
    );
  }
  if (result && !inputs.dryRun) {
    const { reportFailureIssues } = await import("./failure-issues-3D4UVPIX.js");
    await reportFailureIssues({ report: result.report, accounts: result.accounts, root: inputs.root, env, token: inputs.token });
  }
  if (publishError) throw publishError;
  if (commitError) throw commitError;
  if (result && result.report.exit_code !== 0) {
    setFailed(
      `herald: publishing ${result.report.exit_code === 2 ? "could not start for some accounts (setup)" : "failed for some posts"}; see the annotations and the job summary`
    );
  }
}
function commitNote(commit, error2, branch, unpushed) {
  if (error2) return pushFailedNote(error2.message, branch, unpushed);
  if (!commit) return void 0;
  if (!commit.committed) return "Nothing new in the log; no commit.";
  return `Log committed and pushed as \`${commit.commit?.slice(0, 7)}\`${commit.attempts > 1 ? ` after ${commit.attempts} attempts (someone pushed first)` : ""}.`;
}
function pushFailedNote(refusal, branch, unpushed) {
  const target = branch ?? "the default branch";
  const sent = unpushed.filter(isSentEntry).length;
  const lines = [
    `### ❌ The log was not pushed`,
    `Refusal: ${mdText(refusal)}`,
    `The log commit existed only on this runner and is gone when the job ends; re-running the job does not bring it back. ${sent > 0 ? `X received ${sent} part${sent === 1 ? "" : "s"} in this run that ${target} does not record. ` : ""}What to do:`,
    [
      `1. Fix the cause named above (the token must be allowed to push to ${mdText(target)}; README, "Branch protection").`,
      `2. Either add the lines below to \`schedules/log.jsonl\` on ${mdText(target)} and push them, or let the next run reconcile: it sends those parts again, X refuses the repeat as duplicate content, and herald finds them on the timeline and logs them as published instead of posting twice.`,
      "3. Then run the workflow again (workflow_dispatch) or wait for the next scheduled run."
    ].join("\n")
  ];
  if (unpushed.length > 0)
    lines.push(
      `<details><summary>${unpushed.length} log line${unpushed.length === 1 ? "" : "s"} this run wrote</summary>

${mdFenced(unpushed.map((e) => JSON.stringify(e)).join("\n"))}

</details>`
    );
  return lines.join("\n\n");
}

export {
  asXError,
  findPart,
  graceMsFor,
  checkPublishRef,
  publishMode,
  commitNote
};
