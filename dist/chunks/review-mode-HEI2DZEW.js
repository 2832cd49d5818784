import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  input
} from "./chunk-W26TXQXW.js";
import {
  MAX_WEIGHTED_LENGTH,
  weightedLength
} from "./chunk-G2FSC3ZP.js";
import {
  GitError,
  git,
  isShallow,
  pathList,
  statusUrl
} from "./chunk-UZSEWRQ4.js";
import {
  LOG_FILE,
  accountOfPath,
  annotate,
  diagnosticsTable,
  isValidZone,
  isoFromMs,
  localIso,
  openRepository,
  parseInstant,
  readLog,
  readableIn,
  readableWindow,
  resolveAccountTime,
  table,
  utcMinuteText,
  when,
  writeSummary
} from "./chunk-66DIAGG4.js";
import {
  core_exports,
  setFailed,
  setOutput
} from "./chunk-72JT3OWK.js";
import {
  formatMinutes,
  offsetAt
} from "./chunk-VRTKERLG.js";
import {
  RepositoryDoor,
  checkRepositoryPath,
  diagnostic,
  doorDiagnostic,
  hasErrors,
  mergeDiagnostics,
  sortDiagnostics
} from "./chunk-RHVEX7W2.js";
import {
  UsageError
} from "./chunk-X4YENOAG.js";
import {
  mdCode,
  mdFenced,
  mdMessage,
  mdText
} from "./chunk-U3S55XM4.js";
import {
  DateTime
} from "./chunk-PTXU3PPN.js";
import {
  plural
} from "./chunk-KCE2ZBX5.js";
import "./chunk-D7W4NH5G.js";

// src/review/markdown.ts
function reviewMarkdown(review) {
  const errors = review.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = review.diagnostics.length - errors;
  const out = [];
  out.push("## herald review");
  out.push(
    `Compared ${mdCode(review.head)} with ${mdCode(review.base)}, planned at ${utcMinuteText(review.now)}: ${plural(review.changed.length, "changed file")} · ${errors ? `❌ ${plural(errors, "error")}` : "✅ no errors"} · ${warnings ? `⚠️ ${plural(warnings, "warning")}` : "no warnings"}`
  );
  if (review.changed.length === 0) {
    out.push("This change touches no posts or account files.");
    return `${out.join("\n\n")}
`;
  }
  out.push("### Validation");
  out.push(review.diagnostics.length ? diagnosticsTable(review.diagnostics) : "No errors or warnings in the changed files.");
  out.push("### Calendar changes");
  out.push(calendarSection(review));
  out.push("### Previews");
  if (review.cards.length === 0 && review.unpreviewable.length === 0) out.push("No post files changed.");
  for (const item of review.unpreviewable) out.push(unpreviewable(item.file, item.errors));
  for (const card of review.cards) out.push(previewCard(card));
  if (review.removedPosts.length > 0) out.push(`Deleted post files: ${review.removedPosts.map((f) => mdCode(f)).join(", ")}`);
  return `${out.join("\n\n")}
`;
}
function calendarSection(review) {
  const { added, moved, removed, unreadable, expiring, statusChanged } = review.calendar;
  const parts = [];
  const section = (title, rows, render, header) => {
    if (rows.length === 0) return;
    parts.push(`**${title}**

${table(header, rows.map(render))}`);
  };
  const who = (c) => [mdCode(c.post), mdText(c.account)];
  section("Added", added, (c) => [...who(c), when2(c.to, c.zone), status(c.toStatus)], ["post", "account", "when", "status"]);
  section("Moved", moved, (c) => [...who(c), `${when2(c.from, c.zone)} → ${when2(c.to, c.zone)}`, status(c.toStatus)], [
    "post",
    "account",
    "from → to",
    "status"
  ]);
  section("Removed", removed, (c) => [...who(c), when2(c.from, c.zone), status(c.fromStatus)], ["post", "account", "was", "status"]);
  section("Cannot be planned", unreadable, (c) => [...who(c), when2(c.from, c.zone), `${mdCode(c.file)} has errors: fix them to see where it goes`], [
    "post",
    "account",
    "was",
    "why"
  ]);
  section(
    "Expired or expiring",
    expiring,
    (c) => [
      ...who(c),
      when2(c.to, c.zone),
      c.toStatus === "expired" ? mdText(c.reason ?? "the window has closed; it will never be sent") : "window closes within a day: merge in time or it expires"
    ],
    ["post", "account", "when", "why"]
  );
  section(
    "Status changed",
    statusChanged,
    (c) => [...who(c), when2(c.to, c.zone), `${status(c.fromStatus)} → ${status(c.toStatus)}${c.reason ? `: ${mdMessage(c.reason)}` : ""}`],
    ["post", "account", "when", "status"]
  );
  return parts.length ? parts.join("\n\n") : "The calendar is unchanged.";
}
function previewCard(card) {
  const lines = [];
  const handle = card.handle ? `${mdText(card.handle)} (${mdText(card.account)})` : `${mdText(card.account)} (no such account)`;
  lines.push(`#### ${mdCode(card.file)} — ${handle}`);
  const state = card.draft ? "draft: not published until `draft: true` is removed" : status(card.status);
  lines.push(`${plural(card.parts.length, "part")} · ${state}${card.reason ? ` — ${mdMessage(card.reason)}` : ""}`);
  if (card.windows.length > 0) {
    lines.push(
      table(
        ["audience zone", "window"],
        card.windows.map((w) => [mdText(w.zone), readableWindow(w.start, w.end, w.zone)])
      )
    );
  } else {
    lines.push("Not scheduled yet: no time or free slot.");
  }
  if (card.reply_to !== void 0) lines.push(`**Replies to** ${mdCode(card.reply_to)}`);
  if (card.deletes?.length) {
    const links = card.deletes.map((d) => `- part ${d.part + 1}: <${d.url}>`).join("\n");
    lines.push(`🗑️ **Retract: once merged, the next publish run deletes ${plural(card.deletes.length, "part")} from X**, last part first:

${links}`);
  }
  card.parts.forEach((part, i) => {
    const over = part.weighted > part.max ? " ❌ too long" : "";
    const timed = part.timed ? ` · ${part.timed.at ? `at ${readableIn(part.timed.at, part.timed.zone)}` : "time not valid"} (${mdCode(`--- ${part.timed.written}`)}), as a reply to part ${i}` : "";
    lines.push(`**Part ${i + 1}**${timed} · ${part.weighted}/${part.max}${over}

${mdFenced(part.text)}`);
  });
  if (card.poll) {
    const options = card.poll.options.map((o) => `- ${mdText(o)}`).join("\n");
    lines.push(`**Poll** · runs ${formatMinutes(card.poll.duration_minutes)}

${options}`);
  }
  if (card.media.length > 0) {
    lines.push(`**Media**

${card.media.map((m) => `- ${mdCode(m.file)} — ${m.alt ? `alt: ${mdText(m.alt)}` : "❌ no alt text"}`).join("\n")}`);
  }
  return lines.join("\n\n");
}
function unpreviewable(file, errors) {
  const list = errors.map((d) => `- line ${d.line} · ${mdCode(d.rule)} · ${mdMessage(d.message)}`).join("\n");
  return `#### ${mdCode(file)} — cannot be previewed

herald cannot read this file as a post, so it shows no preview and no place in the calendar until these errors are fixed. The file is not deleted.` + (list ? `

${list}` : "");
}
function status(s) {
  return s ?? "—";
}
function when2(iso, zone) {
  return iso ? readableIn(iso, zone) : "unscheduled";
}

// src/review/review.ts
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/time/zoned.ts
function isFixedUtc(zone) {
  const lower = zone.toLowerCase();
  return lower === "utc" || lower === "gmt";
}
var pad2 = (n) => (n < 10 ? "0" : "") + n;
function localIn(zone, ms) {
  const offset = offsetAt(zone, ms);
  const shifted = new Date(ms + offset * 6e4);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  return {
    ms,
    offset,
    year,
    month,
    day,
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: (shifted.getUTCDay() + 6) % 7 + 1,
    dayKey: `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`
  };
}
function formatIso(local, zone) {
  const ms = local.millisecond ? `.${String(local.millisecond).padStart(3, "0")}` : "";
  let offset;
  if (isFixedUtc(zone)) offset = "Z";
  else {
    const abs = Math.abs(local.offset);
    offset = `${local.offset < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  }
  return `${local.dayKey}T${pad2(local.hour)}:${pad2(local.minute)}:${pad2(local.second)}${ms}${offset}`;
}

// src/calendar/shared.ts
var REGIONAL_INDICATOR = new RegExp("\\p{Regional_Indicator}", "u");

// src/calendar/timed-parts.ts
function partsAtOf(entry) {
  const times = entry.partsAt;
  if (!times) return void 0;
  const out = [];
  for (let i = 1; i < times.length; i++) {
    if (parseInstant(times[i]) === parseInstant(times[i - 1])) continue;
    const tweetId = entry.tweetIds[i];
    out.push({ part: i + 1, at: times[i], text: entry.post.parts[i] ?? "", ...tweetId ? { tweet_id: tweetId } : {} });
  }
  return out.length > 0 ? out : void 0;
}

// src/calendar/model.ts
var ISO = { suppressMilliseconds: true };
function toInstant(value) {
  return typeof value === "string" ? DateTime.fromISO(value, { setZone: true }) : value;
}
function audienceZones(account) {
  if (!account) return [];
  return [.../* @__PURE__ */ new Set([account.zone, ...account.audience])];
}
function buildCalendar(plan, accounts, range) {
  const from = toInstant(range.from).setZone(range.zone);
  const to = toInstant(range.to).setZone(range.zone);
  if (!from.isValid || !to.isValid) {
    throw new TypeError(`buildCalendar: invalid range ${String(range.from)} – ${String(range.to)} in ${range.zone}`);
  }
  const fromMs = from.toMillis();
  const toMs = to.toMillis();
  const zonesOf = /* @__PURE__ */ new Map();
  const zonesFor = (name) => {
    let zones = zonesOf.get(name);
    if (!zones) zonesOf.set(name, zones = audienceZones(accounts.get(name)).filter(isValidZone));
    return zones;
  };
  const timed = [];
  const untimed = [];
  for (const entry of plan.entries) {
    if (range.account !== void 0 && entry.post.account !== range.account) continue;
    const at = shownAt(entry);
    if (at === void 0) {
      untimed.push(toCalendarEntry(entry, zonesFor(entry.post.account)));
      continue;
    }
    const ms = parseInstant(at);
    if (Number.isNaN(ms)) continue;
    if (ms >= fromMs && ms < toMs) timed.push({ ms, entry: toCalendarEntry(entry, zonesFor(entry.post.account)) });
  }
  timed.sort((a, b) => a.ms - b.ms || cmp(a.entry.account, b.entry.account) || cmp(a.entry.post, b.entry.post));
  untimed.sort((a, b) => cmp(a.account, b.account) || cmp(a.post, b.post));
  return {
    from: from.toISO(ISO),
    to: to.toISO(ISO),
    zone: range.zone,
    entries: [...timed.map((t) => t.entry), ...untimed]
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function shownAt(entry) {
  if ((entry.status === "published" || entry.status === "retracted") && entry.firstPublishedAt !== void 0 && !Number.isNaN(parseInstant(entry.firstPublishedAt)))
    return entry.firstPublishedAt;
  return entry.at;
}
function toCalendarEntry(entry, zones) {
  const { post } = entry;
  const shown = shownAt(entry);
  const at = shown === void 0 ? NaN : parseInstant(shown);
  const planned = entry.windowEnd === void 0 ? NaN : parseInstant(entry.windowEnd);
  const windowEnd = Number.isNaN(at) || Number.isNaN(planned) ? planned : Math.max(at, planned);
  const local = {};
  if (!Number.isNaN(at)) {
    for (const zone of zones) local[zone] = formatIso(localIn(zone, at), zone);
  }
  const result = {
    post: post.id,
    file: post.file,
    account: post.account,
    status: entry.status,
    at: Number.isNaN(at) ? null : isoFromMs(at),
    window_end: Number.isNaN(windowEnd) ? null : isoFromMs(windowEnd),
    local,
    parts: post.parts.length,
    text: post.parts[0] ?? ""
  };
  const partsAt = partsAtOf(entry);
  if (partsAt) result.parts_at = partsAt;
  if (entry.reason !== void 0) result.reason = entry.reason;
  if (entry.tweetIds.length > 0) result.tweet_ids = [...entry.tweetIds];
  if (post.poll) result.poll = { options: [...post.poll.options], duration_minutes: post.poll.durationMinutes };
  if (post.replyTo) result.reply_to = post.replyTo.kind === "post" ? `post:${post.replyTo.id}` : post.replyTo.id;
  return result;
}

// src/review/checks.ts
function logChanged(kind, line, base, repoPath) {
  const undo = kind === "added" ? `leave it out of the change (\`git rm --cached ${repoPath}\`); the publish job creates it on its first run` : `restore the base's copy (\`git checkout ${base} -- ${repoPath}\`) and commit that`;
  const does = { added: "adds", modified: "edits", deleted: "deletes", "type-changed": "replaces (with a link or another kind of file)" }[kind];
  return {
    file: LOG_FILE,
    line,
    column: 1,
    severity: "error",
    rule: "log-changed",
    message: `this change ${does} ${LOG_FILE}, but only the publish job writes the log: it is the record of what went out, and an edited copy could mark a post as sent that never was, or make herald send one twice. Undo it: ${undo}.`
  };
}
function attributesChanged(repoPath, kind) {
  const does = { added: "adds", modified: "edits", deleted: "deletes", "type-changed": "replaces" }[kind];
  return {
    file: repoPath,
    line: 1,
    column: 1,
    severity: "error",
    rule: "attributes-changed",
    message: `this change ${does} ${repoPath}, which decides what a checkout writes (ident, filters, line ends), so the text the publish job reads could differ from the text previewed here. Take it out of this pull request and have a maintainer change it on its own.`
  };
}
var HORIZON_YEARS = 2;
function neverSent(entry, account, now) {
  const { post } = entry;
  if (post.draft || entry.status === "published" || entry.tweetIds.length > 0 || entry.unresolvedAttempt !== void 0) return void 0;
  if (!entry.at || !entry.windowEnd) return void 0;
  const zone = entry.zone ?? account?.zone ?? "UTC";
  const startMs = Date.parse(entry.at);
  const endMs = Date.parse(entry.windowEnd);
  const nowMs = now.toMillis();
  const keys = entry.slotted ? ["publish.slot", "publish"] : ["publish.at", "publish"];
  const never = (message) => diagnostic(post.file, post.positions, keys, "error", "never-sent", message);
  if (nowMs > endMs) {
    return never(
      `this post's window closed at ${when(endMs, zone)}, before this review's clock (${when(nowMs, zone)}), so it will never be sent: herald does not post late. Move publish.at to a time still ahead, or delete the post.`
    );
  }
  if (account && entry.blockedBy === "blackout") {
    const free = firstFreeMs(account, Math.max(nowMs, startMs));
    if (free > endMs) {
      return never(
        `every moment of this post's window (until ${when(endMs, zone)}) falls inside a blackout of account ${account.name}, so it will never be sent. Move publish.at to ${when(free, zone)} or later, or delete the post.`
      );
    }
  }
  if (startMs > now.plus({ years: HORIZON_YEARS }).toMillis()) {
    return never(
      `this post is planned for ${when(startMs, zone)}, more than ${HORIZON_YEARS} years after this review (${when(nowMs, zone)}): most likely the year is mistyped. Write the date you mean; review refuses posts that far ahead.`
    );
  }
  return void 0;
}
function firstFreeMs(account, fromMs) {
  let free = fromMs;
  for (const blackout of resolveAccountTime(account).blackouts) {
    if (blackout.fromMs > free) break;
    if (blackout.endMs > free) free = blackout.endMs;
  }
  return free;
}

// src/git/tree.ts
import { spawn } from "node:child_process";
import { mkdir, symlink } from "node:fs/promises";
import path from "node:path";
async function extractFolders(top, ref, folders, dir) {
  const listing = await git(top, ["ls-tree", "-r", "-z", "--full-tree", ref, "--", ...folders]);
  const entries = listing.split("\0").filter(Boolean).map((line) => {
    const tab = line.indexOf("	");
    const [mode, , sha] = line.slice(0, tab).split(" ");
    return { mode, sha, file: line.slice(tab + 1) };
  }).filter((e) => e.mode === "100644" || e.mode === "100755" || e.mode === "120000");
  await mkdir(dir, { recursive: true });
  const refused = [];
  if (entries.length === 0) return { files: 0, refused };
  const door = RepositoryDoor.open(dir);
  const links = new Set(entries.filter((e) => e.mode === "120000").map((e) => e.file));
  const safe = entries.filter((entry) => {
    const problem = checkRepositoryPath(entry.file) ?? throughLink(entry.file, links);
    if (problem)
      refused.push({ file: entry.file, rule: "bad-path", message: `the tree entry \`${JSON.stringify(entry.file).slice(1, -1)}\` was not read: ${problem}` });
    return !problem;
  });
  const blobs = await readBlobs(
    top,
    safe.map((e) => e.sha)
  );
  let files = 0;
  for (const entry of safe) {
    const content = blobs.get(entry.sha);
    try {
      if (entry.mode === "120000") {
        const target = door.writable(entry.file);
        if (!target.ok) throw new Error(target.problem.message);
        await mkdir(path.dirname(target.value), { recursive: true });
        await symlink(content.toString("utf8"), target.value);
      } else {
        await door.writeFile(entry.file, content, { exclusive: true });
      }
      files++;
    } catch (error) {
      refused.push({ file: entry.file, rule: "bad-path", message: `the tree entry ${entry.file} was not written: ${error.message}` });
    }
  }
  return { files, refused };
}
function throughLink(file, links) {
  const segments = file.split("/");
  for (let i = 1; i < segments.length; i++) {
    const folder = segments.slice(0, i).join("/");
    if (links.has(folder)) return `it lies below ${folder}, which the same tree makes a link`;
  }
  return void 0;
}
function readBlobs(top, shas) {
  const wanted = [...new Set(shas)];
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: top, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let errors = "";
    child.stdout.on("data", (d) => chunks.push(d));
    child.stderr.on("data", (d) => errors += d);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new GitError(["cat-file", "--batch"], code, errors));
      const out = Buffer.concat(chunks);
      const blobs = /* @__PURE__ */ new Map();
      let at = 0;
      for (const sha of wanted) {
        const headerEnd = out.indexOf(10, at);
        const [, type, size] = out.subarray(at, headerEnd).toString("utf8").split(" ");
        if (type !== "blob") return reject(new GitError(["cat-file", "--batch"], code, `${sha} is not a blob`));
        const start = headerEnd + 1;
        blobs.set(sha, out.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(wanted.map((s) => `${s}
`).join(""));
  });
}

// src/review/review.ts
var ISO2 = { suppressMilliseconds: true };
var SOON_MS = 24 * 36e5;
async function buildReview(options) {
  const root = path2.resolve(options.root);
  const top = (await git(root, ["rev-parse", "--show-toplevel"]).catch(() => {
    throw new UsageError(`${root} is not inside a git repository; herald review compares git refs, so run it in a clone`);
  })).trim();
  const rootInRepo = path2.relative(top, root).split(path2.sep).join("/");
  await requireRef(top, options.base, "--base");
  if (options.head) await requireRef(top, options.head, "--head");
  const mergeBase = await mergeBaseOf(top, options.base, options.head ?? "HEAD");
  const scratch = await mkdtemp(path2.join(os.tmpdir(), "herald-review-"));
  try {
    const folders = ["posts", "schedules"].map((f) => path2.posix.join(rootInRepo, f));
    const baseDir = path2.join(scratch, "base");
    await extractFolders(top, options.base, folders, baseDir);
    let headRoot = root;
    let refused = [];
    if (options.head) {
      const headDir = path2.join(scratch, "head");
      ({ refused } = await extractFolders(top, options.head, folders, headDir));
      headRoot = path2.join(headDir, rootInRepo);
    }
    const baseRoot = path2.join(baseDir, rootInRepo);
    const { changes, attributes } = await changedFiles(top, rootInRepo, mergeBase, options.head);
    const changed = [...changes.keys()];
    const log = await readLog(baseRoot);
    const [base, head] = await Promise.all([
      openRepository(baseRoot, { now: options.now, log }),
      // Tree entries the pull request could not have checked out safely are errors of the head side.
      openRepository(headRoot, { now: options.now, log, problems: refused.map(doorDiagnostic) })
    ]);
    const [baseContent, headContent] = [base.content, head.content];
    const [basePlan, headPlan] = [base.shownPlan(), head.shownPlan()];
    const changedSet = new Set(changed);
    const key = (d) => `${d.file}\0${d.rule}\0${d.message}`;
    const before = new Set(mergeDiagnostics(baseContent.diagnostics, [], basePlan.diagnostics).map(key));
    const diagnostics = mergeDiagnostics(headContent.diagnostics, [], headPlan.diagnostics).filter((d) => changedSet.has(d.file) || !before.has(key(d)));
    const logChange = changes.get(LOG_FILE);
    if (logChange) {
      const repoLog = path2.posix.join(rootInRepo, LOG_FILE);
      diagnostics.push(logChanged(logChange, await firstChangedLine(top, mergeBase, options.head, repoLog), options.base, repoLog));
    }
    for (const [name, kind] of attributes) diagnostics.push(attributesChanged(name, kind));
    diagnostics.push(...neverSentFindings(headPlan, headContent, changedSet, options.now, diagnostics));
    sortDiagnostics(diagnostics);
    const headPosts = new Map(headContent.posts.map((p) => [p.file, p]));
    const changedPosts = changed.filter((f) => isPostFile(f) && changes.get(f) !== "deleted");
    const unreadableFiles = new Set(changedPosts.filter((f) => !headPosts.has(f) || !headContent.accounts.has(headPosts.get(f).account)));
    const unpreviewable2 = [...unreadableFiles].map((file) => ({
      file,
      errors: diagnostics.filter((d) => d.file === file && d.severity === "error")
    }));
    const cards = changedPosts.filter((f) => !unreadableFiles.has(f) && headPosts.has(f)).map((f) => previewCard2(headPosts.get(f), headContent, headPlan));
    const removedPosts = changed.filter((f) => isPostFile(f) && changes.get(f) === "deleted");
    const gone = (file) => changes.get(file) === "deleted" || headPosts.has(file) && !unreadableFiles.has(file);
    return {
      base: options.base,
      head: options.head ?? "work tree",
      now: options.now.toUTC().toISO(ISO2),
      changed,
      diagnostics,
      cards,
      unpreviewable: unpreviewable2,
      removedPosts,
      calendar: diffCalendars(basePlan, baseContent.accounts, headPlan, headContent.accounts, options.now, changedSet, { gone, unreadable: unreadableFiles })
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
async function requireRef(top, ref, flag) {
  try {
    await git(top, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    const shallow = await isShallow(top) ? " This clone is shallow, so it may hold no other branch or history." : "";
    throw new UsageError(
      `${flag} ${ref} is not a commit in this repository; fetch it first (git fetch origin main) or name an existing branch, tag or commit.${shallow} In GitHub Actions, give actions/checkout \`fetch-depth: 0\` so the base branch and its history are there.`
    );
  }
}
async function mergeBaseOf(top, base, head) {
  try {
    return (await git(top, ["merge-base", base, head])).trim();
  } catch {
    const advice = await isShallow(top) ? "This clone is shallow (actions/checkout fetches one commit unless told otherwise): give actions/checkout `fetch-depth: 0`, or run `git fetch --unshallow`, and run review again." : `The two share no history; name the branch the change was made from with --base (in the action: the input base).`;
    throw new UsageError(`${base} and ${head} have no common commit (no merge base), so review cannot tell what the change is. ${advice}`);
  }
}
var DIFF = ["--no-renames", "--no-ext-diff", "--no-textconv", "--no-color", "--no-relative"];
async function changedFiles(top, rootInRepo, mergeBase, head) {
  const found = /* @__PURE__ */ new Map();
  const status2 = pathList(await git(top, ["diff", "--name-status", "-z", ...DIFF, mergeBase, ...head ? [head] : []]));
  for (let i = 0; i + 1 < status2.length; i += 2) {
    const letter = status2[i][0];
    if (letter === "R" || letter === "C") i++;
    found.set(status2[i + 1], letter === "A" ? "added" : letter === "D" ? "deleted" : letter === "T" ? "type-changed" : "modified");
  }
  if (!head) {
    for (const name of pathList(await git(top, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name"]))) found.set(name, "added");
  }
  const prefix = rootInRepo ? `${rootInRepo}/` : "";
  const changes = /* @__PURE__ */ new Map();
  const attributes = [];
  for (const [name, kind] of [...found].sort(([a], [b]) => cmp2(a, b))) {
    if (name === ".gitattributes" || name.endsWith("/.gitattributes")) attributes.push([name, kind]);
    if (!name.startsWith(prefix)) continue;
    const file = name.slice(prefix.length);
    if (isPostFile(file) || accountOfPath(file) !== void 0 || file === LOG_FILE) changes.set(file, kind);
  }
  return { changes, attributes };
}
function isPostFile(file) {
  const lower = file.toLowerCase();
  return lower.startsWith("posts/") && lower.endsWith(".md") && !/(^|\/)readme\.md$/.test(lower);
}
async function firstChangedLine(top, mergeBase, head, repoPath) {
  const diff = await git(top, ["diff", "-U0", ...DIFF, mergeBase, ...head ? [head] : [], "--", `:(literal)${repoPath}`]).catch(() => "");
  const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/m.exec(diff);
  return Math.max(1, Number(hunk?.[1] ?? 1));
}
function neverSentFindings(plan, content, changed, now, diagnostics) {
  const found = [];
  for (const entry of plan.entries) {
    if (!changed.has(entry.post.file)) continue;
    const never = neverSent(entry, content.accounts.get(entry.post.account), now);
    if (never) found.push(never);
  }
  const superseded = new Set(found.map((d) => d.file));
  const kept = diagnostics.filter((d) => !(superseded.has(d.file) && (d.rule === "window-closed" || d.rule === "blackout")));
  diagnostics.splice(0, diagnostics.length, ...kept);
  return found;
}
function previewCard2(post, content, plan) {
  const account = content.accounts.get(post.account);
  const entry = plan.entries.find((e) => e.post.file === post.file);
  const zones = account ? [.../* @__PURE__ */ new Set([account.zone, ...account.audience])] : [];
  const start = entry?.at;
  const end = entry?.windowEnd;
  return {
    post: post.id,
    file: post.file,
    account: post.account,
    handle: account?.handle ?? null,
    status: entry?.status ?? null,
    ...entry?.reason ? { reason: entry.reason } : {},
    windows: start ? zones.map((zone) => ({ zone, start: localIso(start, zone), end: end ? localIso(end, zone) : null })) : [],
    parts: post.parts.map((text, i) => {
      const part = { text, weighted: weightedLength(text), max: MAX_WEIGHTED_LENGTH };
      const timed = post.partTimes?.[i];
      const at = entry?.partsAt?.[i];
      const zone = zones[0] ?? entry?.zone ?? "UTC";
      if (timed) part.timed = { written: timed.written, at: at ? localIso(at, zone) : null, zone };
      return part;
    }),
    media: post.media.map((m) => ({ file: m.file, alt: m.alt ?? null })),
    ...post.poll ? { poll: { options: [...post.poll.options], duration_minutes: post.poll.durationMinutes } } : {},
    ...post.replyTo ? { reply_to: post.replyTo.kind === "post" ? `post:${post.replyTo.id}` : post.replyTo.id } : {},
    draft: post.draft,
    ...entry?.retractPending?.length ? { deletes: entry.retractPending.map((p) => ({ part: p.part, tweetId: p.tweetId, url: statusUrl(account?.handle, p.tweetId) })) } : {}
  };
}
function everything(plan, accounts, now) {
  const model = buildCalendar(plan, accounts, { from: now.minus({ years: 1 }), to: now.plus({ years: 5 }), zone: "UTC" });
  return new Map(model.entries.map((e) => [`${e.account}\0${e.post}`, e]));
}
function diffCalendars(basePlan, baseAccounts, headPlan, headAccounts, now, changedFiles2, files = { gone: () => true, unreadable: /* @__PURE__ */ new Set() }) {
  const before = everything(basePlan, baseAccounts, now);
  const after = everything(headPlan, headAccounts, now);
  const zoneOf = (account) => headAccounts.get(account)?.zone ?? baseAccounts.get(account)?.zone ?? "UTC";
  const change = (b, a) => {
    const e = a ?? b;
    return {
      post: e.post,
      account: e.account,
      file: e.file,
      from: b?.at ?? null,
      to: a?.at ?? null,
      fromStatus: b?.status ?? null,
      toStatus: a?.status ?? null,
      zone: zoneOf(e.account),
      ...a?.reason ?? b?.reason ? { reason: a?.reason ?? b?.reason } : {}
    };
  };
  const diff = { added: [], moved: [], removed: [], unreadable: [], expiring: [], statusChanged: [] };
  for (const [key, a] of after) if (files.unreadable.has(a.file)) after.delete(key);
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) diff.added.push(change(void 0, a));
    else if (b.at !== a.at) diff.moved.push(change(b, a));
    else if (b.status !== a.status) diff.statusChanged.push(change(b, a));
    const closesSoon = changedFiles2.has(a.file) && (a.status === "due" || a.status === "scheduled" || a.status === "queued") && a.window_end !== null && parseInstant(a.window_end) - now.toMillis() < SOON_MS;
    if (a.status === "expired" && b?.status !== "expired" || closesSoon) diff.expiring.push(change(b, a));
  }
  for (const [key, b] of before) {
    if (after.has(key)) continue;
    (files.gone(b.file) ? diff.removed : diff.unreadable).push(change(b, void 0));
  }
  const order = (x, y) => cmp2(x.to ?? x.from ?? "~", y.to ?? y.from ?? "~") || cmp2(x.account, y.account) || cmp2(x.post, y.post);
  for (const list of Object.values(diff)) list.sort(order);
  return diff;
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/action/review-mode.ts
async function reviewMode(inputs, env) {
  if (!inputs.base) {
    throw new UsageError("review needs a base to compare with: run it on pull_request (GITHUB_BASE_REF is set) or give the input base: origin/main");
  }
  const review = await buildReview({ root: inputs.root, base: inputs.base, head: input(env, "head") || "HEAD", now: inputs.now });
  annotate(review.diagnostics, core_exports, inputs.rootInRepo);
  await writeSummary(fitSummary(reviewMarkdown(review)), env);
  const errors = review.diagnostics.filter((d) => d.severity === "error").length;
  setOutput("errors", errors);
  setOutput("warnings", review.diagnostics.length - errors);
  if (hasErrors(review.diagnostics))
    setFailed(`herald: ${errors} error${errors === 1 ? "" : "s"} in the changed posts; see the annotations and the job summary`);
}
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function fitSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n_The previews do not fit in one job summary; run `npx herald review --base origin/main` locally to see them all._\n";
  const cut = markdown.indexOf("\n### Previews");
  const head = cut >= 0 ? markdown.slice(0, cut) : markdown;
  const room = limit - Buffer.byteLength(note);
  return (Buffer.byteLength(head) <= room ? head : Buffer.from(head).subarray(0, room).toString("utf8").replace(/\uFFFD+$/, "")) + note;
}
export {
  fitSummary,
  reviewMode
};
