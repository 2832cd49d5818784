import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  asXError,
  checkPublishRef,
  commitNote,
  findPart,
  graceMsFor
} from "./chunk-7WODFKYI.js";
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
  hasUrl,
  joinPrefix,
  openLogWriter,
  pricesFor,
  readLog
} from "./chunk-6SKWMAVC.js";
import {
  REPLY_COMMIT_MESSAGE,
  commitAndPushLog,
  git
} from "./chunk-UAG7Q4J7.js";
import "./chunk-BC6YM3VD.js";
import {
  info as info2,
  writeSummary
} from "./chunk-2JCI7ESD.js";
import "./chunk-6H5MY5Y6.js";
import {
  error,
  info,
  setFailed,
  setOutput
} from "./chunk-2GGXMUD4.js";
import "./chunk-NUFHDJWT.js";
import "./chunk-HSTKNCAO.js";
import {
  fromMicros,
  toMicros
} from "./chunk-OFJ7IQ7R.js";
import {
  scrub
} from "./chunk-ZWOEQDWI.js";
import {
  fillAnswer
} from "./chunk-SPSPUPNQ.js";
import {
  loadAnswerContent
} from "./chunk-AQ37INCW.js";
import {
  LOG_FILE,
  accountFilePath
} from "./chunk-OS3CCXPJ.js";
import "./chunk-5YZ3TXRF.js";
import {
  mdCode,
  mdText,
  visibleName
} from "./chunk-EUZCFI45.js";
import "./chunk-JZO4KPLM.js";
import {
  didYouMean,
  parseReplyTo
} from "./chunk-4ZLPIIKT.js";
import {
  MAX_WEIGHTED_LENGTH,
  weightedLength
} from "./chunk-PL7YSBWE.js";
import {
  isSentEntry,
  replyLogId
} from "./chunk-GLT5U4BZ.js";
import "./chunk-75J34UZT.js";
import {
  UsageError,
  UserError
} from "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/app/reply.ts
import { setTimeout as delay } from "node:timers/promises";

// src/content/answers/values.ts
function parseSets(sets) {
  const values = {};
  for (const set of sets) {
    const eq = set.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set ${JSON.stringify(set)} has no name; write --set name=value, e.g. --set name=Anna`);
    const name = set.slice(0, eq).trim();
    if (Object.hasOwn(values, name)) throw new UsageError(`--set ${name}= is given twice; give each placeholder one value`);
    values[name] = set.slice(eq + 1);
  }
  return values;
}
function findAnswerById(answers, id) {
  const wanted = id.replace(/^answers\//, "").replace(/\.md$/i, "");
  const answer = answers.find((a) => a.id === wanted);
  if (answer) return answer;
  const suggestion = didYouMean(
    wanted,
    answers.map((a) => a.id)
  );
  throw new UsageError(
    `there is no answer ${JSON.stringify(wanted)} (no answers/${visibleName(wanted)}.md that reads as an answer)` + (suggestion ? `; did you mean ${suggestion}?` : answers.length > 0 ? `; herald answers list shows the ${answers.length} there are` : "; there are no answers yet")
  );
}

// src/publish/reply.ts
import crypto from "node:crypto";
function replyHash(targetId, text) {
  return crypto.createHash("sha256").update(`${targetId}
${text}`).digest("hex");
}
function parseReplyTarget(written) {
  const target = parseReplyTo(written);
  if (target?.kind === "tweet") return target.id;
  throw new UsageError(
    `--to ${JSON.stringify(written)} is not a post on X; give the customer's post link, like --to https://x.com/ana_customer/status/1870000000000000000, or its id alone`
  );
}
function replyState(log, account, postId) {
  const entries = log.filter((e) => e.account === account && e.post === postId);
  const done = entries.find(isSentEntry);
  if (done) return { kind: "published", tweetId: done.tweet_id, ...done.url ? { url: done.url } : {}, at: done.at };
  const last = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).pop();
  if (last?.event === "attempt") return { kind: "unresolved", ...last.hash ? { hash: last.hash } : {} };
  return { kind: "new" };
}
function replyRefusal(target, me) {
  if (target.authorId !== void 0 && target.authorId === me.id) return void 0;
  if (target.mentions.some((name) => sameHandle(name, me.username))) return void 0;
  const author = target.authorUsername ? `@${target.authorUsername}` : "its author";
  return `the post by ${author} does not mention @${me.username}: X (since 2026-02) lets API apps reply only to the account's own posts and to posts that mention it, so X would refuse this reply`;
}
async function sendReply(options) {
  const { request } = options;
  const scrubbed = (message) => scrub(message, options.secrets());
  const postId = replyLogId(request.answerId, request.targetId);
  const hash = replyHash(request.targetId, request.text);
  const report = {
    answer: request.answerId,
    account: request.account,
    to: request.targetId,
    to_url: statusUrl(void 0, request.targetId),
    outcome: "failed",
    text: request.text,
    post_reads: 0,
    exit_code: 1
  };
  const state = replyState(options.log, request.account, postId);
  if (state.kind === "published") {
    const url = statusUrl(request.handle, state.tweetId);
    options.progress(`answer ${request.answerId} already went out to post ${request.targetId} (${url}, logged ${state.at}); nothing sent`);
    return { ...report, outcome: "already-sent", tweet_id: state.tweetId, url, exit_code: 0 };
  }
  if (state.kind === "unresolved" && state.hash !== void 0 && state.hash !== hash) {
    throw new UserError(
      `an earlier run attempted answer ${request.answerId} to post ${request.targetId} with other values and did not record the outcome; run herald reply again with the same --set values, so herald can look for that reply on the timeline before sending anything`
    );
  }
  const found = await options.client();
  if (!found.ok) {
    throw new UsageError(
      `no X credentials for account ${request.account} in the environment; set ${found.missing.join(", ")} (README: "Secrets to create"); nothing was sent`
    );
  }
  const client = found.client;
  const me = await ask(() => client.me(), "could not ask X which account the credentials belong to");
  if (!sameHandle(me.username, request.handle)) {
    throw new UsageError(
      `the credentials in ${found.variables.slice(0, 2).join(" / ")} belong to @${me.username}, but schedules/${request.account}.yaml says handle ${request.handle}; nothing was sent. Put ${request.handle}'s access token and secret there`
    );
  }
  let writer;
  let targetCreatedAt;
  let lastMs = Math.max(-Infinity, ...options.log.filter((e) => e.account === request.account && e.post === postId).map((e) => Date.parse(e.at)));
  const log = async (fields) => {
    lastMs = Math.max(options.nowMs(), lastMs + 1);
    const entry = { at: new Date(lastMs).toISOString(), post: postId, account: request.account, part: 0, ...fields, hash };
    if (entry.error) entry.error = scrubbed(entry.error);
    if (entry.reason) entry.reason = scrubbed(entry.reason);
    writer ??= options.openLog();
    await (await writer).append(entry);
  };
  const claimed = new Set(options.log.filter((e) => e.account === request.account && e.tweet_id).map((e) => e.tweet_id));
  const lookUp = async () => {
    try {
      const timeline = await client.recentTweets(me.id);
      const match = findPart(timeline, request.text, request.targetId, claimed);
      return match ? { found: true, tweetId: match.id } : { found: false };
    } catch (caught) {
      return { error: asXError(caught) };
    }
  };
  const urlOf = (tweetId) => statusUrl(request.handle, tweetId);
  const costUsd = fromMicros(toMicros(hasUrl(request.text) ? request.prices.post_with_url : request.prices.post) + toMicros(request.prices.post_read));
  const logFound = (tweetId, reason) => log({
    event: "reconciled",
    found: true,
    tweet_id: tweetId,
    url: urlOf(tweetId),
    ...targetCreatedAt ? { scheduled_for: targetCreatedAt } : {},
    cost_usd: costUsd,
    reason
  });
  try {
    if (state.kind === "unresolved") {
      const answer = await lookUp();
      if ("error" in answer) {
        return {
          ...report,
          reason: scrubbed(
            `an earlier attempt has no outcome and the timeline could not be read (${answer.error.message}); nothing was sent, run herald reply again later`
          )
        };
      }
      if (answer.found) {
        const url = urlOf(answer.tweetId);
        await logFound(answer.tweetId, "an earlier run attempted this reply and did not record the outcome; found on the timeline");
        options.progress(`answer ${request.answerId} to post ${request.targetId}: an earlier run sent it (${url}); nothing sent`);
        return { ...report, outcome: "reconciled", tweet_id: answer.tweetId, url, reason: "an earlier attempt was found on the timeline", exit_code: 0 };
      }
      await log({
        event: "reconciled",
        found: false,
        reason: "an earlier run attempted this reply and did not record the outcome; not on the timeline, safe to send again"
      });
    }
    report.post_reads = 1;
    const target = await ask(() => client.getPost(request.targetId), `could not read post ${request.targetId}`);
    if (!target) {
      throw new UserError(
        `X has no post ${request.targetId} that @${me.username} can see (deleted, protected, or never existed); check --to; nothing was sent`
      );
    }
    targetCreatedAt = target.created_at;
    const refusal = replyRefusal(target, me);
    if (refusal)
      throw new UserError(`--to ${request.targetId}: ${refusal}. Nothing was sent; reply on x.com by hand, or ask the customer to mention @${me.username}`);
    await log({ event: "attempt" });
    let error2;
    try {
      const { id } = await client.createTweet({ text: request.text, replyTo: request.targetId });
      return await published(id, "sent");
    } catch (caught) {
      error2 = asXError(caught);
    }
    if (error2.kind === "uncertain" || error2.kind === "server" || error2.kind === "duplicate") {
      if (error2.kind === "uncertain") await options.sleep(options.graceMs);
      const answer = await lookUp();
      if ("error" in answer) {
        return {
          ...report,
          reason: scrubbed(
            `${error2.message}; the timeline could not be read (${answer.error.message}), so the next herald reply looks for it there before sending anything`
          )
        };
      }
      if (answer.found) {
        await logFound(answer.tweetId, `${error2.message}; found on the timeline`);
        return await published(answer.tweetId, "reconciled", `${error2.message}; found on the timeline`, false);
      }
      await log({ event: "reconciled", found: false, reason: `${error2.message}; not on the timeline, safe to send again` });
    }
    const retryable = error2.kind !== "bad-request" && error2.kind !== "reply-restricted" && error2.kind !== "duplicate";
    const advice = retryable ? "nothing went out; run herald reply again" : error2.kind === "duplicate" ? (
      // X refuses one account's same text twice in a day, whichever post it replies to.
      "X refuses the same text from one account twice within 24 hours, and this answer with these values already went out (to another post); vary a value, such as the name, or send it later"
    ) : "X will not take this reply as written";
    const message = scrubbed(`${error2.message}; ${advice}`);
    await log({ event: "failed", error: message, retryable, kind: error2.kind });
    options.progress(`answer ${request.answerId} to post ${request.targetId}: failed: ${message}`);
    return { ...report, reason: message };
  } finally {
    if (writer) await (await writer).close();
  }
  async function published(id, outcome, reason, logIt = true) {
    const url = urlOf(id);
    if (logIt) {
      const nowMs = options.nowMs();
      const since = targetCreatedAt ?? new Date(nowMs).toISOString();
      await log({
        event: "published",
        tweet_id: id,
        url,
        scheduled_for: since,
        delay_s: Math.max(0, Math.round((nowMs - Date.parse(since)) / 1e3)),
        cost_usd: costUsd
      });
    }
    options.progress(`answer ${request.answerId} to post ${request.targetId}: published ${url}`);
    return { ...report, outcome, tweet_id: id, url, ...reason ? { reason } : {}, exit_code: 0 };
  }
}
async function ask(call, what) {
  try {
    return await call();
  } catch (caught) {
    const error2 = asXError(caught);
    throw new UserError(`${what}: ${error2.message}; nothing was sent`);
  }
}

// src/app/reply.ts
async function replyWithAnswer(root, options) {
  const progress = options.log ?? (() => {
  });
  const targetId = parseReplyTarget(options.to);
  const values = parseSets(options.sets);
  const { accounts, answers, diagnostics } = await loadAnswerContent(root);
  const answer = findAnswerById(answers, options.answer);
  const errors = diagnostics.filter((d) => d.severity === "error" && d.file === answer.file);
  if (errors.length > 0) {
    const first = errors[0];
    throw new UserError(
      `answer ${answer.id} has ${errors.length === 1 ? "an error" : `${errors.length} errors`} (${first.file}:${first.line}: ${first.message}); nothing was sent. Fix the answer (herald validate lists every error) and merge the fix first`
    );
  }
  const accountName = options.account ?? answer.account;
  if (accountName !== answer.account) {
    throw new UsageError(
      `--account ${accountName}: answer ${answer.id} is approved for account ${answer.account} (its \`account:\`); leave --account out, or write --account ${answer.account}`
    );
  }
  const account = accounts.get(accountName);
  if (!account)
    throw new UsageError(
      `answer ${answer.id} is for account ${accountName}, but ${accountFilePath(accountName)} does not exist; create it (herald init writes one)`
    );
  const accountErrors = (account.problems ?? []).filter((d) => d.severity === "error");
  if (accountErrors.length > 0) {
    const first = accountErrors[0];
    throw new UserError(`${first.file}:${first.line}: ${first.message}; the account file has errors, so nothing is sent from it until they are fixed`);
  }
  const filled = fillAnswer(answer, values);
  if (!filled.ok) throw new UsageError(`${filled.problems.map((p) => p.message).join("\n")}
Nothing was sent.`);
  const length = weightedLength(filled.text);
  if (length > MAX_WEIGHTED_LENGTH) {
    throw new UserError(
      `filled in, answer ${answer.id} is ${length} characters as X counts them (links count 23, emoji and CJK characters 2); the limit is ${MAX_WEIGHTED_LENGTH}: use shorter values. Nothing was sent`
    );
  }
  const history = await readLog(root);
  for (const d of history.diagnostics) progress(`${d.file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`);
  const timeoutMs = timeoutFromEnv(options.env) ?? DEFAULT_X_TIMEOUT_MS;
  const secrets = [];
  return sendReply({
    request: { answerId: answer.id, targetId, account: account.name, handle: account.handle, text: filled.text, prices: pricesFor(account) },
    log: history.entries,
    openLog: () => openLogWriter(root),
    client: () => clientFor(account.name, options.env, timeoutMs, secrets),
    nowMs: options.nowMs,
    graceMs: graceMsFor(timeoutMs),
    sleep: (ms) => delay(ms),
    progress,
    secrets: () => secrets
  });
}

// src/action/reply-mode.ts
async function replyMode(inputs, env) {
  const request = inputs.reply;
  if (!request) throw new UsageError("command: reply needs the inputs answer and to");
  let defaultBranch;
  try {
    const top = (await git(inputs.root, ["rev-parse", "--show-toplevel"], env).catch(() => "")).trim();
    if (!top) {
      throw new UserError(
        `reply refused: ${inputs.root} is not inside a git checkout, so herald cannot tell that its answers were merged; nothing was sent. Check out the repository with actions/checkout before this step`
      );
    }
    defaultBranch = (await checkPublishRef(env, top, "reply")).defaultBranch;
  } catch (error2) {
    await writeSummary(`## herald reply — refused

❌ ${mdText(error2.message)}
`, env).catch(() => void 0);
    throw error2;
  }
  let report;
  let replyError;
  try {
    report = await replyWithAnswer(inputs.root, {
      answer: request.answer,
      to: request.to,
      sets: request.sets,
      env,
      nowMs: () => inputs.clock().toMillis(),
      log: (message) => info2(`herald: ${message}`)
    });
  } catch (error2) {
    replyError = error2;
  }
  let commit;
  let commitError;
  if (inputs.commit) {
    try {
      commit = await commitAndPushLog({ root: inputs.root, env, message: REPLY_COMMIT_MESSAGE, branch: defaultBranch });
      info(commit.committed ? `herald: log pushed (${commit.commit?.slice(0, 7)})` : "herald: nothing new in the log; no commit");
    } catch (error2) {
      commitError = error2;
      error(`herald: the log was not pushed: ${error2.message}`, { file: joinPrefix(inputs.rootInRepo, LOG_FILE) });
    }
  }
  if (report) {
    setOutput("reply-url", report.url ?? "");
    setOutput("reply-outcome", report.outcome);
    await writeSummary(replySummary(report, commit, commitError, defaultBranch), env);
  } else if (replyError) {
    await writeSummary(`## herald reply — not sent

❌ ${mdText(replyError.message)}
`, env).catch(() => void 0);
  }
  if (replyError) throw replyError;
  if (commitError) throw commitError;
  if (report && report.exit_code !== 0) setFailed(`herald: the reply was not sent: ${report.reason ?? "see the job summary"}`);
}
function replySummary(report, commit, commitError, branch) {
  const target = `[post ${report.to}](${report.to_url})`;
  const answer = mdCode(report.answer);
  const shown = mdText(report.url ?? report.tweet_id ?? "");
  const url = report.tweet_id ? `[${shown}](${statusUrl(void 0, report.tweet_id)})` : shown;
  const line = report.outcome === "sent" ? `✅ Sent answer ${answer} to ${target}: ${url}` : report.outcome === "already-sent" ? `☑️ Answer ${answer} already went out to ${target}: ${url}; nothing sent again.` : report.outcome === "reconciled" ? `☑️ Answer ${answer} to ${target} was found on the timeline (an earlier attempt went out): ${url}; nothing sent again.` : `❌ Answer ${answer} to ${target} was not sent: ${mdText(report.reason ?? "failed")}`;
  const lines = ["## herald reply", line];
  const note = commitNote(commit, commitError, branch, []);
  if (note) lines.push(note);
  return `${lines.join("\n\n")}
`;
}
export {
  replyMode,
  replySummary
};
