import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  localizeDiagnostics
} from "./chunk-HORHTBXV.js";
import {
  statusUrl
} from "./chunk-OMWYTTSV.js";
import {
  annotate,
  isoFromMs,
  localIso,
  openRepository,
  parseInstant,
  postCostMicros,
  pricesFor,
  readLog,
  readableIn,
  readableWindow,
  resolveAccountTime,
  utcMinuteText,
  when
} from "./chunk-6SKWMAVC.js";
import {
  GitError,
  git,
  isShallow,
  pathList
} from "./chunk-UAG7Q4J7.js";
import {
  diagnosticsTable,
  table
} from "./chunk-BC6YM3VD.js";
import {
  field,
  readEvent,
  writeReviewArtifact
} from "./chunk-376XY3YS.js";
import {
  writeSummary
} from "./chunk-2JCI7ESD.js";
import {
  input
} from "./chunk-3UGTOT5A.js";
import {
  DEFAULT_LANG
} from "./chunk-6H5MY5Y6.js";
import {
  core_exports,
  setFailed,
  setOutput
} from "./chunk-2GGXMUD4.js";
import {
  formatUsd,
  fromMicros
} from "./chunk-OFJ7IQ7R.js";
import {
  exampleText,
  longestText
} from "./chunk-SPSPUPNQ.js";
import "./chunk-AQ37INCW.js";
import {
  ANSWERS_DIR,
  LOG_FILE,
  METRICS_FILE,
  POSTS_DIR,
  SCHEDULES_DIR,
  accountOfPath
} from "./chunk-OS3CCXPJ.js";
import {
  fixedOffsetZoneOf,
  isShownZone,
  isValidZone,
  offsetAt
} from "./chunk-5YZ3TXRF.js";
import {
  mdCode,
  mdFenced,
  mdImage,
  mdMessage,
  mdText,
  urlPath
} from "./chunk-EUZCFI45.js";
import {
  DateTime,
  formatMinutes
} from "./chunk-JZO4KPLM.js";
import {
  MAX_WEIGHTED_LENGTH,
  weightedLength
} from "./chunk-PL7YSBWE.js";
import {
  RepositoryDoor,
  checkRepositoryPath,
  diagnostic,
  doorDiagnostic,
  hasErrors,
  mergeDiagnostics,
  plural,
  sortDiagnostics,
  t
} from "./chunk-GLT5U4BZ.js";
import {
  UsageError
} from "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/review/text-diff.ts
var MAX_CELLS = 2e6;
function diffTokens(before, after) {
  const n = before.length;
  const m = after.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return void 0;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      lcs[i2][j2] = before[i2] === after[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      ops.push({ kind: "same", text: before[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) ops.push({ kind: "removed", text: before[i++] });
    else ops.push({ kind: "added", text: after[j++] });
  }
  while (i < n) ops.push({ kind: "removed", text: before[i++] });
  while (j < m) ops.push({ kind: "added", text: after[j++] });
  return ops;
}
function mergeRuns(ops, separator) {
  const merged = [];
  for (const op of ops) {
    const last = merged[merged.length - 1];
    if (last && last.kind === op.kind) last.text += `${separator}${op.text}`;
    else merged.push({ ...op });
  }
  return merged;
}
function words(text) {
  return text.split(/\r?\n/).map((line) => line.split(/\s+/).filter(Boolean)).flatMap((line, i) => i === 0 ? line : ["⏎", ...line]);
}
function lines(text) {
  return text.replace(/\r\n?/g, "\n").split("\n");
}

// src/review/edit-markdown.ts
function editedParts(before, after) {
  const out = [];
  const count = Math.max(before.length, after.length);
  for (let i = 0; i < count; i++) {
    const old = before[i];
    const now = after[i];
    if (old === now) continue;
    const title = old === void 0 ? `**Part ${i + 1} added**` : now === void 0 ? `**Part ${i + 1} removed**` : `**Part ${i + 1} edited**`;
    const inline = old !== void 0 && now !== void 0 ? wordChanges(old, now) : void 0;
    out.push(`${title}${inline ? ` · ${inline}` : ""}

${lineBlock(old ?? "", now ?? "", old === void 0, now === void 0)}`);
  }
  return out;
}
function wordChanges(old, now) {
  const ops = diffTokens(words(old), words(now));
  if (!ops) return void 0;
  return mergeRuns(ops, " ").map((op) => {
    const text = mdText(op.text);
    return op.kind === "removed" ? `~~${text}~~` : op.kind === "added" ? `**${text}**` : text;
  }).join(" ");
}
function lineBlock(old, now, added, removed) {
  const before = added ? [] : lines(old);
  const after = removed ? [] : lines(now);
  const ops = diffTokens(before, after) ?? [
    ...before.map((text) => ({ kind: "removed", text })),
    ...after.map((text) => ({ kind: "added", text }))
  ];
  const mark = { same: " ", removed: "-", added: "+" };
  return mdFenced(ops.map((op) => `${mark[op.kind]} ${op.text}`).join("\n"), "diff");
}

// src/review/answers.ts
function isAnswerFile(file) {
  const lower = file.toLowerCase();
  return lower.startsWith(`${ANSWERS_DIR}/`) && lower.endsWith(".md") && !/(^|\/)readme\.md$/.test(lower);
}
function answerPreviews(changed, answers) {
  const byFile = new Map(answers.map((a) => [a.file, a]));
  return changed.flatMap((file) => {
    const answer = byFile.get(file);
    if (!answer) return [];
    const example = exampleText(answer);
    return [
      {
        id: answer.id,
        file,
        title: answer.title,
        lang: answer.lang,
        account: answer.account,
        tags: answer.tags,
        example,
        weighted: weightedLength(example),
        longest: weightedLength(longestText(answer.text, answer.placeholders)),
        max: MAX_WEIGHTED_LENGTH
      }
    ];
  });
}
function answersMarkdown(previews, unreadable, removed) {
  if (previews.length === 0 && unreadable.length === 0 && removed.length === 0) return "";
  const out = ["### Answers"];
  for (const p of previews) {
    const over = p.longest > p.max ? " ❌ too long at the longest values" : "";
    out.push(
      `#### ${mdCode(p.file)} — ${mdText(p.title)} (${mdText(p.lang)}, ${mdText(p.account)})

With the examples · ${p.weighted}/${p.max} · at every placeholder's max ${p.longest}/${p.max}${over}

${mdFenced(p.example)}`
    );
  }
  if (unreadable.length > 0) out.push(`Answer files that cannot be read as answers (see Validation): ${unreadable.map((f) => mdCode(f)).join(", ")}`);
  if (removed.length > 0) out.push(`Deleted answer files: ${removed.map((f) => mdCode(f)).join(", ")}`);
  return out.join("\n\n");
}

// src/review/cost.ts
var key = (m) => `${m.account}\0${m.month}`;
var asked = (m) => m ? m.plannedMicros + (m.heldMicros ?? 0) : 0;
function costChanges(base, head) {
  const before = new Map((base.months ?? []).map((m) => [key(m), m]));
  const after = new Map((head.months ?? []).map((m) => [key(m), m]));
  const changes = [];
  for (const k of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(k);
    const h = after.get(k);
    const added = asked(h) - asked(b);
    if (added === 0 && (h?.heldMicros ?? 0) === (b?.heldMicros ?? 0) && h?.budgetMicros === b?.budgetMicros) continue;
    const month = h ?? b;
    changes.push({
      account: month.account,
      month: month.month,
      addedUsd: fromMicros(added),
      totalUsd: fromMicros((h?.spentMicros ?? 0) + (h?.plannedMicros ?? 0)),
      heldUsd: fromMicros(h?.heldMicros ?? 0),
      ...h?.budgetMicros !== void 0 ? { budgetUsd: fromMicros(h.budgetMicros) } : {}
    });
  }
  return changes;
}
function costSectionMarkdown(changes) {
  if (changes.length === 0) return "";
  const signed = (usd) => usd < 0 ? `−${formatUsd(-usd)}` : `+${formatUsd(usd)}`;
  const rows = changes.map((c) => [
    mdText(c.account),
    c.month,
    signed(c.addedUsd),
    formatUsd(c.totalUsd),
    c.budgetUsd === void 0 ? "—" : formatUsd(c.budgetUsd),
    c.heldUsd > 0 ? `❌ ${formatUsd(c.heldUsd)} over: not sent` : ""
  ]);
  return `### Cost (X pay-per-use, UTC months)

${table(["account", "month", "this change", "spent + planned", "budget", "held back"], rows)}`;
}

// src/review/markdown.ts
function reviewMarkdown(review, lang = DEFAULT_LANG) {
  const diagnostics = localizeDiagnostics(review.diagnostics, lang);
  const errors = review.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = review.diagnostics.length - errors;
  const out = [];
  out.push(`## ${t(lang, "review.title")}`);
  out.push(
    t(lang, "review.compared", {
      head: mdCode(review.head),
      base: mdCode(review.base),
      at: utcMinuteText(review.now),
      changed: t(lang, "count.changed-file", { n: review.changed.length }),
      errors: errors ? t(lang, "review.errors", { errors: t(lang, "count.error", { n: errors }) }) : t(lang, "review.no-errors"),
      warnings: warnings ? t(lang, "review.warnings", { warnings: t(lang, "count.warning", { n: warnings }) }) : t(lang, "review.no-warnings")
    })
  );
  if (review.changed.length === 0) {
    out.push(t(lang, "review.no-changes"));
    return `${out.join("\n\n")}
`;
  }
  out.push(`### ${t(lang, "review.validation")}`);
  out.push(diagnostics.length ? diagnosticsTable(diagnostics) : t(lang, "review.no-findings"));
  out.push(`### ${t(lang, "review.calendar")}`);
  out.push(calendarSection(review, lang));
  const cost = costSectionMarkdown(review.cost ?? []);
  if (cost) out.push(cost);
  out.push(`### ${t(lang, "review.previews")}`);
  if (review.cards.length === 0 && review.unpreviewable.length === 0) out.push(t(lang, "review.no-post-files"));
  for (const item of review.unpreviewable) out.push(unpreviewable(item.file, localizeDiagnostics(item.errors, lang)));
  for (const card of review.cards) out.push(previewCard(card));
  if (review.removedPosts.length > 0) out.push(t(lang, "review.deleted-files", { files: review.removedPosts.map((f) => mdCode(f)).join(", ") }));
  const answers = answersMarkdown(review.answers ?? [], review.unreadableAnswers ?? [], review.removedAnswers ?? []);
  if (answers) out.push(answers);
  return `${out.join("\n\n")}
`;
}
function calendarSection(review, lang) {
  const { added, moved, removed, unreadable, expiring, statusChanged } = review.calendar;
  const parts = [];
  const section = (title, rows, render, header) => {
    if (rows.length === 0) return;
    parts.push(`**${title}**

${table(header, rows.map(render))}`);
  };
  const who = (c) => [mdCode(c.post), mdText(c.account)];
  section(t(lang, "review.calendar.added"), added, (c) => [...who(c), when2(c.to, c.zone), status(c.toStatus)], ["post", "account", "when", "status"]);
  section(t(lang, "review.calendar.moved"), moved, (c) => [...who(c), `${when2(c.from, c.zone)} → ${when2(c.to, c.zone)}`, status(c.toStatus)], [
    "post",
    "account",
    "from → to",
    "status"
  ]);
  section(t(lang, "review.calendar.removed"), removed, (c) => [...who(c), when2(c.from, c.zone), status(c.fromStatus)], ["post", "account", "was", "status"]);
  section(
    t(lang, "review.calendar.unreadable"),
    unreadable,
    (c) => [...who(c), when2(c.from, c.zone), `${mdCode(c.file)} has errors: fix them to see where it goes`],
    ["post", "account", "was", "why"]
  );
  section(
    t(lang, "review.calendar.expiring"),
    expiring,
    (c) => [
      ...who(c),
      when2(c.to, c.zone),
      c.toStatus === "expired" ? mdText(c.reason ?? "the window has closed; it will never be sent") : "window closes within a day: merge in time or it expires"
    ],
    ["post", "account", "when", "why"]
  );
  section(
    t(lang, "review.calendar.status"),
    statusChanged,
    (c) => [...who(c), when2(c.to, c.zone), `${status(c.fromStatus)} → ${status(c.toStatus)}${c.reason ? `: ${mdMessage(c.reason)}` : ""}`],
    ["post", "account", "when", "status"]
  );
  return parts.length ? parts.join("\n\n") : t(lang, "review.calendar.unchanged");
}
function previewCard(card) {
  const lines2 = [];
  const handle = card.handle ? `${mdText(card.handle)} (${mdText(card.account)})` : `${mdText(card.account)} (no such account)`;
  lines2.push(`#### ${mdCode(card.file)} — ${handle}`);
  const state = card.draft ? "draft: not published until `draft: true` is removed" : status(card.status);
  lines2.push(`${plural(card.parts.length, "part")} · ${state}${card.reason ? ` — ${mdMessage(card.reason)}` : ""}`);
  if (card.windows.length > 0) {
    lines2.push(
      table(
        ["audience zone", "window"],
        card.windows.map((w) => [mdText(w.zone), readableWindow(w.start, w.end, w.zone)])
      )
    );
  } else {
    lines2.push("Not scheduled yet: no time or free slot.");
  }
  if (card.reply_to !== void 0) lines2.push(`**Replies to** ${mdCode(card.reply_to)}`);
  if (card.deletes?.length) {
    const links = card.deletes.map((d) => `- part ${d.part + 1}: <${d.url}>`).join("\n");
    lines2.push(`🗑️ **Retract: once merged, the next publish run deletes ${plural(card.deletes.length, "part")} from X**, last part first:

${links}`);
  }
  card.parts.forEach((part, i) => {
    const over = part.weighted > part.max ? " ❌ too long" : "";
    const timed = part.timed ? ` · ${part.timed.at ? `at ${readableIn(part.timed.at, part.timed.zone)}` : "time not valid"} (${mdCode(`--- ${part.timed.written}`)}), as a reply to part ${i}` : "";
    lines2.push(`**Part ${i + 1}**${timed} · ${part.weighted}/${part.max}${over}

${mdFenced(part.text)}${partMedia(part)}`);
  });
  if (card.before) {
    const edits = editedParts(
      card.before,
      card.parts.map((p) => p.text)
    );
    if (edits.length > 0) lines2.push(`**Before → after** (the text on the base branch, then this change)

${edits.join("\n\n")}`);
  }
  if (card.poll) {
    const options = card.poll.options.map((o) => `- ${mdText(o)}`).join("\n");
    lines2.push(`**Poll** · runs ${formatMinutes(card.poll.duration_minutes)}

${options}`);
  }
  return lines2.join("\n\n");
}
function partMedia(part) {
  if (part.media.length === 0) return "";
  const items = part.media.map((m) => `- ${mdImage(m.alt ?? m.file, m.url)} ${mdCode(m.file)} — ${m.alt ? `alt: ${mdText(m.alt)}` : "❌ no alt text"}`);
  return `

Media:

${items.join("\n")}`;
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

// src/calendar/post-view.ts
function postZone(post, account) {
  if (post.publish.zone !== void 0) return post.publish.zone;
  if (post.publish.kind === "at") {
    const fixed = fixedOffsetZoneOf(post.publish.at);
    if (fixed !== void 0) return fixed;
  }
  return account?.zone;
}
function previewZones(post, account) {
  const audience = post.audience ?? (account ? [account.zone, ...account.audience] : []);
  const own = postZone(post, account);
  return [.../* @__PURE__ */ new Set([...own === void 0 ? [] : [own], ...audience])].filter(isShownZone);
}
function partMedia2(post) {
  return post.media.map((m) => ({ part: 1, file: mediaPath(post.file, m.file), ...m.alt !== void 0 ? { alt: m.alt } : {} }));
}
function mediaPath(postFile, written) {
  const segments = postFile.split("/").slice(0, -1);
  for (const segment of written.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}
function partUrls(tweetIds, handle) {
  return tweetIds.filter((id) => id !== void 0 && id !== "").map((id) => statusUrl(handle, id));
}

// src/calendar/cost.ts
function entryCostUsd(post, account) {
  return fromMicros(postCostMicros(post, pricesFor(account)));
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
  const zonesFor = (post) => {
    const account = accounts.get(post.account);
    if (post.publish.zone !== void 0 || post.audience !== void 0 || post.publish.kind === "at") {
      const own = previewZones(post, account);
      if (own[0] !== account?.zone || post.audience !== void 0) return own;
    }
    let zones = zonesOf.get(post.account);
    if (!zones) zonesOf.set(post.account, zones = audienceZones(account).filter(isValidZone));
    return zones;
  };
  const timed = [];
  const untimed = [];
  for (const entry of plan.entries) {
    if (range.account !== void 0 && entry.post.account !== range.account) continue;
    const at = shownAt(entry);
    if (at === void 0) {
      untimed.push(toCalendarEntry(entry, zonesFor(entry.post), accounts.get(entry.post.account)));
      continue;
    }
    const ms = parseInstant(at);
    if (Number.isNaN(ms)) continue;
    if (ms >= fromMs && ms < toMs) timed.push({ ms, entry: toCalendarEntry(entry, zonesFor(entry.post), accounts.get(entry.post.account)) });
  }
  timed.sort((a, b) => a.ms - b.ms || cmp(a.entry.account, b.entry.account) || cmp(a.entry.post, b.entry.post));
  untimed.sort((a, b) => cmp(a.account, b.account) || cmp(a.post, b.post));
  return {
    from: from.toISO(ISO),
    to: to.toISO(ISO),
    zone: range.zone,
    entries: [...timed.map((t2) => t2.entry), ...untimed]
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
function toCalendarEntry(entry, zones, account) {
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
  if (post.parts.length > 1) result.thread = [...post.parts];
  const media = partMedia2(post);
  if (media.length > 0) result.media = media;
  const partsAt = partsAtOf(entry);
  if (partsAt) result.parts_at = partsAt;
  if (entry.reason !== void 0) result.reason = entry.reason;
  if (entry.tweetIds.length > 0) {
    result.tweet_ids = [...entry.tweetIds];
    result.urls = partUrls(entry.tweetIds, account?.handle);
  }
  if (post.poll) result.poll = { options: [...post.poll.options], duration_minutes: post.poll.durationMinutes };
  if (post.replyTo) result.reply_to = post.replyTo.kind === "post" ? `post:${post.replyTo.id}` : post.replyTo.id;
  return { ...result, cost_usd: entryCostUsd(post, account) };
}

// src/review/checks.ts
function logChanged(kind, line, base, repoPath, file = LOG_FILE) {
  const undo = kind === "added" ? `leave it out of the change (\`git rm --cached ${repoPath}\`); ${file === LOG_FILE ? "the publish job" : "herald stats"} creates it on its first run` : `restore the base's copy (\`git checkout ${base} -- ${repoPath}\`) and commit that`;
  const does = { added: "adds", modified: "edits", deleted: "deletes", "type-changed": "replaces (with a link or another kind of file)" }[kind];
  const why = file === LOG_FILE ? `only the publish job writes the log: it is the record of what went out, and an edited copy could mark a post as sent that never was, or make herald send one twice` : `only herald stats writes it: each line is a read X billed, which budgets count as spent, so an edited copy could let posts go over budget or block them`;
  return {
    file,
    line,
    column: 1,
    severity: "error",
    rule: "log-changed",
    message: `this change ${does} ${file}, but ${why}. Undo it: ${undo}.`
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

// src/review/media-links.ts
function mediaLink(file, base) {
  if (!base) return urlPath(file);
  const inRepo = base.rootInRepo ? `${base.rootInRepo}/${file}` : file;
  return `https://github.com/${urlPath(base.repository)}/blob/${urlPath(base.sha)}/${urlPath(inRepo)}?raw=true`;
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
    const folders = [POSTS_DIR, SCHEDULES_DIR, ANSWERS_DIR].map((f) => path2.posix.join(rootInRepo, f));
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
    const key2 = (d) => `${d.file}\0${d.rule}\0${d.message}`;
    const before = new Set(mergeDiagnostics(baseContent.diagnostics, [], basePlan.diagnostics).map(key2));
    const diagnostics = mergeDiagnostics(headContent.diagnostics, [], headPlan.diagnostics).filter((d) => changedSet.has(d.file) || !before.has(key2(d)));
    for (const file of [LOG_FILE, METRICS_FILE]) {
      const change = changes.get(file);
      if (!change) continue;
      const repoPath = path2.posix.join(rootInRepo, file);
      diagnostics.push(logChanged(change, await firstChangedLine(top, mergeBase, options.head, repoPath), options.base, repoPath, file));
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
    const links = options.repository && options.head ? { repository: options.repository, sha: (await git(top, ["rev-parse", `${options.head}^{commit}`])).trim(), rootInRepo } : void 0;
    const basePosts = new Map(baseContent.posts.map((p) => [p.file, p]));
    const cards = changedPosts.filter((f) => !unreadableFiles.has(f) && headPosts.has(f)).map((f) => previewCard2(headPosts.get(f), headContent, headPlan, basePosts.get(f), links));
    const removedPosts = changed.filter((f) => isPostFile(f) && changes.get(f) === "deleted");
    const gone = (file) => changes.get(file) === "deleted" || headPosts.has(file) && !unreadableFiles.has(file);
    const changedAnswers = changed.filter((f) => isAnswerFile(f) && changes.get(f) !== "deleted");
    const answers = answerPreviews(changedAnswers, headContent.answers);
    return {
      base: options.base,
      head: options.head ?? "work tree",
      now: options.now.toUTC().toISO(ISO2),
      changed,
      diagnostics,
      cards,
      unpreviewable: unpreviewable2,
      removedPosts,
      answers,
      unreadableAnswers: changedAnswers.filter((f) => !answers.some((a) => a.file === f)),
      removedAnswers: changed.filter((f) => isAnswerFile(f) && changes.get(f) === "deleted"),
      calendar: diffCalendars(basePlan, baseContent.accounts, headPlan, headContent.accounts, options.now, changedSet, { gone, unreadable: unreadableFiles }),
      cost: costChanges(basePlan, headPlan)
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
    if (isPostFile(file) || isAnswerFile(file) || accountOfPath(file) !== void 0 || file === LOG_FILE || file === METRICS_FILE) changes.set(file, kind);
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
function previewCard2(post, content, plan, base, links) {
  const account = content.accounts.get(post.account);
  const entry = plan.entries.find((e) => e.post.file === post.file);
  const zones = previewZones(post, account);
  const media = partMedia2(post);
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
      const part = {
        text,
        media: media.filter((m) => m.part === i + 1).map((m) => ({ file: m.file, alt: m.alt ?? null, url: mediaLink(m.file, links) })),
        weighted: weightedLength(text),
        max: MAX_WEIGHTED_LENGTH
      };
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
    ...base && base.parts.join("\0") !== post.parts.join("\0") ? { before: [...base.parts] } : {},
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
  for (const [key2, a] of after) if (files.unreadable.has(a.file)) after.delete(key2);
  for (const [key2, a] of after) {
    const b = before.get(key2);
    if (!b) diff.added.push(change(void 0, a));
    else if (b.at !== a.at) diff.moved.push(change(b, a));
    else if (b.status !== a.status) diff.statusChanged.push(change(b, a));
    const closesSoon = changedFiles2.has(a.file) && (a.status === "due" || a.status === "scheduled" || a.status === "queued") && a.window_end !== null && parseInstant(a.window_end) - now.toMillis() < SOON_MS;
    if (a.status === "expired" && b?.status !== "expired" || closesSoon) diff.expiring.push(change(b, a));
  }
  for (const [key2, b] of before) {
    if (after.has(key2)) continue;
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
  const review = await buildReview({
    root: inputs.root,
    base: inputs.base,
    head: input(env, "head") || "HEAD",
    now: inputs.now,
    // Media previews link to the files of the head commit on GitHub.
    ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}
  });
  annotate(localizeDiagnostics(review.diagnostics, inputs.lang), core_exports, inputs.rootInRepo);
  const markdown = fitSummary(reviewMarkdown(review, inputs.lang), SUMMARY_LIMIT_BYTES, inputs.lang);
  await writeSummary(markdown, env);
  if (inputs.reviewArtifact) {
    const pull = field(await readEvent(env), "pull_request", "number");
    await writeReviewArtifact(inputs.reviewArtifact, markdown, typeof pull === "number" ? pull : void 0);
  }
  const errors = review.diagnostics.filter((d) => d.severity === "error").length;
  setOutput("errors", errors);
  setOutput("warnings", review.diagnostics.length - errors);
  if (hasErrors(review.diagnostics))
    setFailed(`herald: ${errors} error${errors === 1 ? "" : "s"} in the changed posts; see the annotations and the job summary`);
}
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function fitSummary(markdown, limit = SUMMARY_LIMIT_BYTES, lang = DEFAULT_LANG) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n_The previews do not fit in one job summary; run `npx herald review --base origin/main` locally to see them all._\n";
  const cut = markdown.indexOf(`
### ${t(lang, "review.previews")}`);
  const head = cut >= 0 ? markdown.slice(0, cut) : markdown;
  const room = limit - Buffer.byteLength(note);
  return (Buffer.byteLength(head) <= room ? head : Buffer.from(head).subarray(0, room).toString("utf8").replace(/\uFFFD+$/, "")) + note;
}
export {
  fitSummary,
  reviewMode
};
