import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  input
} from "./chunk-W4NC2QIZ.js";
import {
  MAX_WEIGHTED_LENGTH,
  weightedLength
} from "./chunk-G2FSC3ZP.js";
import {
  GitError,
  git
} from "./chunk-VEQTNYRC.js";
import {
  annotate,
  assemblePlan,
  cell,
  diagnosticsTable,
  fenced,
  hasErrors,
  isValidZone,
  isoFromMs,
  loadContent,
  mergeDiagnostics,
  offsetAt,
  readLog,
  table,
  writeSummary
} from "./chunk-U5MTI5FF.js";
import {
  DateTime,
  core_exports,
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

// src/github/review-markdown.ts
function reviewMarkdown(review) {
  const errors = review.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = review.diagnostics.length - errors;
  const now = DateTime.fromISO(review.now, { zone: "utc" });
  const out = [];
  out.push("## herald review");
  out.push(
    `Compared \`${review.head}\` with \`${review.base}\`, planned at ${now.toFormat("yyyy-MM-dd HH:mm 'UTC'")}: ${plural(review.changed.length, "changed file")} · ${errors ? `❌ ${plural(errors, "error")}` : "✅ no errors"} · ${warnings ? `⚠️ ${plural(warnings, "warning")}` : "no warnings"}`
  );
  if (review.changed.length === 0) {
    out.push("This change touches no posts or account files.");
    return out.join("\n\n") + "\n";
  }
  out.push("### Validation");
  out.push(review.diagnostics.length ? diagnosticsTable(review.diagnostics) : "No errors or warnings in the changed files.");
  out.push("### Calendar changes");
  out.push(calendarSection(review));
  out.push("### Previews");
  if (review.cards.length === 0) out.push("No post files changed.");
  for (const card of review.cards) out.push(previewCard(card));
  if (review.removedPosts.length > 0) out.push(`Deleted post files: ${review.removedPosts.map((f) => `\`${f}\``).join(", ")}`);
  return out.join("\n\n") + "\n";
}
function calendarSection(review) {
  const { added, moved, removed, expiring, statusChanged } = review.calendar;
  const parts = [];
  const section = (title, rows, render, header) => {
    if (rows.length === 0) return;
    parts.push(`**${title}**

${table(header, rows.map(render))}`);
  };
  const who = (c) => [`\`${c.post}\``, cell(c.account)];
  section("Added", added, (c) => [...who(c), when(c.to, c.zone), status(c.toStatus)], ["post", "account", "when", "status"]);
  section("Moved", moved, (c) => [...who(c), `${when(c.from, c.zone)} → ${when(c.to, c.zone)}`, status(c.toStatus)], ["post", "account", "from → to", "status"]);
  section("Removed", removed, (c) => [...who(c), when(c.from, c.zone), status(c.fromStatus)], ["post", "account", "was", "status"]);
  section(
    "Expired or expiring",
    expiring,
    (c) => [...who(c), when(c.to, c.zone), c.toStatus === "expired" ? cell(c.reason ?? "the window has closed; it will never be sent") : "window closes within a day: merge in time or it expires"],
    ["post", "account", "when", "why"]
  );
  section(
    "Status changed",
    statusChanged,
    (c) => [...who(c), when(c.to, c.zone), `${status(c.fromStatus)} → ${status(c.toStatus)}${c.reason ? `: ${cell(c.reason)}` : ""}`],
    ["post", "account", "when", "status"]
  );
  return parts.length ? parts.join("\n\n") : "The calendar is unchanged.";
}
function previewCard(card) {
  const lines2 = [];
  const handle = card.handle ? `${cell(card.handle)} (${cell(card.account)})` : `${cell(card.account)} (no such account)`;
  lines2.push(`#### \`${card.file}\` — ${handle}`);
  const state = card.draft ? "draft: not published until `draft: true` is removed" : status(card.status);
  lines2.push(`${plural(card.parts.length, "part")} · ${state}${card.reason ? ` — ${cell(card.reason)}` : ""}`);
  if (card.windows.length > 0) {
    lines2.push(table(["audience zone", "window"], card.windows.map((w) => [cell(w.zone), windowText(w.start, w.end, w.zone)])));
  } else {
    lines2.push("Not scheduled yet: no time or free slot.");
  }
  card.parts.forEach((part, i) => {
    const over = part.weighted > part.max ? " ❌ too long" : "";
    lines2.push(`**Part ${i + 1}** · ${part.weighted}/${part.max}${over}

${fenced(part.text)}`);
  });
  if (card.media.length > 0) {
    lines2.push(
      `**Media**

${card.media.map((m) => `- \`${m.file}\` — ${m.alt ? `alt: ${cell(m.alt)}` : "❌ no alt text"}`).join("\n")}`
    );
  }
  return lines2.join("\n\n");
}
function status(s) {
  return s ?? "—";
}
function when(iso, zone) {
  if (!iso) return "unscheduled";
  return DateTime.fromISO(iso, { zone }).toFormat("ccc d LLL yyyy, HH:mm ZZZZ");
}
function windowText(start, end, zone) {
  const s = DateTime.fromISO(start, { zone });
  if (!end) return s.toFormat("ccc d LLL yyyy, HH:mm ZZZZ");
  const e = DateTime.fromISO(end, { zone });
  return s.hasSame(e, "day") ? `${s.toFormat("ccc d LLL yyyy, HH:mm")}–${e.toFormat("HH:mm ZZZZ")}` : `${s.toFormat("ccc d LLL yyyy, HH:mm")} – ${e.toFormat("ccc d LLL, HH:mm ZZZZ")}`;
}

// src/github/review.ts
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/calendar/zoned.ts
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
function parseInstant(iso) {
  return /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(iso) ? Date.parse(iso) : NaN;
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
    if (entry.at === void 0) {
      untimed.push(toCalendarEntry(entry, zonesFor(entry.post.account)));
      continue;
    }
    const ms = parseInstant(entry.at);
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
function toCalendarEntry(entry, zones) {
  const { post } = entry;
  const at = entry.at === void 0 ? NaN : parseInstant(entry.at);
  const windowEnd = entry.windowEnd === void 0 ? NaN : parseInstant(entry.windowEnd);
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
  if (entry.reason !== void 0) result.reason = entry.reason;
  if (entry.tweetIds.length > 0) result.tweet_ids = [...entry.tweetIds];
  return result;
}

// src/github/tree.ts
import { spawn } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
async function extractFolders(top, ref, folders, dir) {
  const listing = await git(top, ["ls-tree", "-r", "-z", "--full-tree", ref, "--", ...folders]);
  const entries = listing.split("\0").filter(Boolean).map((line) => {
    const tab = line.indexOf("	");
    const [mode, , sha] = line.slice(0, tab).split(" ");
    return { mode, sha, file: line.slice(tab + 1) };
  }).filter((e) => e.mode === "100644" || e.mode === "100755" || e.mode === "120000");
  await mkdir(dir, { recursive: true });
  if (entries.length === 0) return 0;
  const blobs = await readBlobs(top, entries.map((e) => e.sha));
  for (const entry of entries) {
    const target = path.join(dir, ...entry.file.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    const content = blobs.get(entry.sha);
    if (entry.mode === "120000") await symlink(content.toString("utf8"), target);
    else await writeFile(target, content);
  }
  return entries.length;
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

// src/github/review.ts
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
  const scratch = await mkdtemp(path2.join(os.tmpdir(), "herald-review-"));
  try {
    const folders = ["posts", "schedules"].map((f) => path2.posix.join(rootInRepo, f));
    const baseDir = path2.join(scratch, "base");
    await extractFolders(top, options.base, folders, baseDir);
    let headRoot = root;
    if (options.head) {
      const headDir = path2.join(scratch, "head");
      await extractFolders(top, options.head, folders, headDir);
      headRoot = path2.join(headDir, rootInRepo);
    }
    const baseRoot = path2.join(baseDir, rootInRepo);
    const changed = await changedFiles(top, rootInRepo, options.base, options.head);
    const [baseContent, headContent] = await Promise.all([loadContent(baseRoot), loadContent(headRoot)]);
    const log = await readLog(baseRoot);
    const basePlan = assemblePlan({ posts: baseContent.posts, accounts: baseContent.accounts, log: log.entries, now: options.now });
    const headPlan = assemblePlan({ posts: headContent.posts, accounts: headContent.accounts, log: log.entries, now: options.now });
    const changedSet = new Set(changed);
    const key = (d) => `${d.file}\0${d.rule}\0${d.message}`;
    const before = new Set(mergeDiagnostics(baseContent.diagnostics, [], basePlan.diagnostics).map(key));
    const diagnostics = mergeDiagnostics(headContent.diagnostics, [], headPlan.diagnostics).filter(
      (d) => changedSet.has(d.file) || !before.has(key(d))
    );
    const cards = headContent.posts.filter((p) => changedSet.has(p.file)).sort((a, b) => cmp2(a.file, b.file)).map((post) => previewCard2(post, headContent, headPlan));
    const headFiles = new Set(headContent.posts.map((p) => p.file));
    const removedPosts = changed.filter((f) => f.startsWith("posts/") && f.endsWith(".md") && !headFiles.has(f));
    return {
      base: options.base,
      head: options.head ?? "work tree",
      now: options.now.toUTC().toISO(ISO2),
      changed,
      diagnostics,
      cards,
      removedPosts,
      calendar: diffCalendars(basePlan, baseContent.accounts, headPlan, headContent.accounts, options.now, changedSet)
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
async function requireRef(top, ref, flag) {
  try {
    await git(top, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(
      `${flag} ${ref} is not a commit in this repository; fetch it first (git fetch origin main) or name an existing branch, tag or commit`
    );
  }
}
async function changedFiles(top, rootInRepo, base, head) {
  let names;
  if (head) {
    names = lines(await git(top, ["diff", "--name-only", "--no-renames", `${base}...${head}`]));
  } else {
    const mergeBase = (await git(top, ["merge-base", base, "HEAD"])).trim();
    names = [
      ...lines(await git(top, ["diff", "--name-only", "--no-renames", mergeBase])),
      ...lines(await git(top, ["ls-files", "--others", "--exclude-standard"]))
    ];
  }
  const prefix = rootInRepo ? `${rootInRepo}/` : "";
  return [...new Set(names)].filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)).filter((n) => n.startsWith("posts/") && n.endsWith(".md") && !/(^|\/)readme\.md$/i.test(n) || n.startsWith("schedules/") && n.endsWith(".yaml")).sort(cmp2);
}
function previewCard2(post, content, plan) {
  const account = content.accounts.get(post.account);
  const entry = plan.entries.find((e) => e.post.file === post.file);
  const zones = account ? [.../* @__PURE__ */ new Set([account.zone, ...account.audience])] : [];
  const start = entry?.at ? DateTime.fromISO(entry.at, { zone: "utc" }) : void 0;
  const end = entry?.windowEnd ? DateTime.fromISO(entry.windowEnd, { zone: "utc" }) : void 0;
  return {
    post: post.id,
    file: post.file,
    account: post.account,
    handle: account?.handle ?? null,
    status: entry?.status ?? null,
    ...entry?.reason ? { reason: entry.reason } : {},
    windows: start ? zones.map((zone) => ({ zone, start: start.setZone(zone).toISO(ISO2), end: end ? end.setZone(zone).toISO(ISO2) : null })) : [],
    parts: post.parts.map((text) => ({ text, weighted: weightedLength(text), max: MAX_WEIGHTED_LENGTH })),
    media: post.media.map((m) => ({ file: m.file, alt: m.alt ?? null })),
    draft: post.draft
  };
}
function everything(plan, accounts, now) {
  const model = buildCalendar(plan, accounts, { from: now.minus({ years: 1 }), to: now.plus({ years: 5 }), zone: "UTC" });
  return new Map(model.entries.map((e) => [`${e.account}\0${e.post}`, e]));
}
function diffCalendars(basePlan, baseAccounts, headPlan, headAccounts, now, changedFiles2) {
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
  const diff = { added: [], moved: [], removed: [], expiring: [], statusChanged: [] };
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) diff.added.push(change(void 0, a));
    else if (b.at !== a.at) diff.moved.push(change(b, a));
    else if (b.status !== a.status) diff.statusChanged.push(change(b, a));
    const closesSoon = changedFiles2.has(a.file) && (a.status === "due" || a.status === "scheduled" || a.status === "queued") && a.window_end !== null && DateTime.fromISO(a.window_end).toMillis() - now.toMillis() < SOON_MS;
    if (a.status === "expired" && b?.status !== "expired" || closesSoon) diff.expiring.push(change(b, a));
  }
  for (const [key, b] of before) if (!after.has(key)) diff.removed.push(change(b, void 0));
  const order = (x, y) => cmp2(x.to ?? x.from ?? "~", y.to ?? y.from ?? "~") || cmp2(x.account, y.account) || cmp2(x.post, y.post);
  for (const list of Object.values(diff)) list.sort(order);
  return diff;
}
function lines(text) {
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/github/review-mode.ts
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
  if (hasErrors(review.diagnostics)) setFailed(`herald: ${errors} error${errors === 1 ? "" : "s"} in the changed posts; see the annotations and the job summary`);
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
