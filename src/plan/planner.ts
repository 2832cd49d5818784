import type { DateTime } from 'luxon';
import type { Account } from '../model/account.js';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { isSentEntry, type LogEntry } from '../model/log.js';
import type { MonthCost, Plan, PlanEntry } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { resolveAccountTime, type AccountTime } from './account-time.js';
import { audienceNight, blackoutParts, blackoutStart, contentMix, windowClosed, type PlacedPost } from './editorial.js';
import { buildLedger, entryMs, ledgerFor } from './ledger.js';
import { isDateInstant, isoFromMs as iso } from '../time/instant.js';
import { localDay } from '../time/local-time.js';
import { timeKeys } from '../time/keys.js';
import { assignQueue, type QueueRequest } from './queue.js';
import { resolveReplies } from './replies.js';
import { applyBudgets, pricesBelowTable } from './budget.js';
import { type ReadRecord, spentByMonth } from './cost.js';
import { capBlock, decideStatus, fullySent, type StatusDecision } from './status.js';
import { pendingDeletes } from './retract.js';
import { when } from '../time/format.js';
import { diagnostic, type Said, wording } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import { PLAN_RULES, ruleSetting } from '../model/rules.js';
import { resolvePostTiming, type PostTiming } from './windows.js';
import { decideTimed, hasTimedParts, scheduleParts, type PartSchedule, type TimedDecision } from './timed-parts.js';

export interface PlanInput {
  posts: readonly Post[];
  accounts: ReadonlyMap<string, Account>;
  log: readonly LogEntry[];
  now: DateTime;
  /** Post reads for spend (`herald stats` snapshots, one read each); none when absent. */
  reads?: readonly ReadRecord[];
}

interface Work extends PlacedPost {
  index: number;
  timing: PostTiming;
  time?: AccountTime;
  unplacedReason?: string;
  /** The queue's reason in the catalogue, for the `queue-unschedulable` message (unplacedReason stays English for the log and status). */
  unplacedSaid?: Said;
  /** No slot found: reported as `queue-unschedulable`. */
  unschedulable?: boolean;
  /** Another post of the account has the same id: blocked, never sent, until one is renamed. */
  duplicateId?: string;
  decision: StatusDecision;
  /** The tweet id part 1 replies to (`reply_to`), once known. */
  replyTo?: string;
  /** A thread with timed parts: each part's time (src/plan/timed-parts.ts). */
  parts?: PartSchedule;
  /** A due thread with timed parts: the parts below this index go out now. */
  dueUntil?: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ACTIVE = new Set(['due', 'scheduled', 'queued']);

/** Posts already out per account and local day, counted once per post, from the log alone. */
function publishedPerDay(log: readonly LogEntry[], times: ReadonlyMap<string, AccountTime>): Map<string, Map<string, number>> {
  const first = new Map<string, { account: string; ms: number }>();
  for (const entry of log) {
    if (!isSentEntry(entry)) continue;
    const key = `${entry.account}\u0000${entry.post}`;
    const seen = first.get(key);
    const ms = entryMs(entry);
    if (!seen || ms < seen.ms) first.set(key, { account: entry.account, ms });
  }
  const counts = new Map<string, Map<string, number>>();
  for (const { account, ms } of first.values()) {
    const time = times.get(account);
    if (ms === Infinity) continue;
    const day = localDay(time?.zoneValid ? time.account.zone : 'UTC', ms);
    const perDay = counts.get(account) ?? new Map<string, number>();
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    counts.set(account, perDay);
  }
  return counts;
}

/** The pure heart of herald: what is due, queued, expired, blocked and why. No I/O, no clock. */
export function assemblePlan(input: PlanInput): Plan {
  const nowMs = input.now.toMillis();
  const diagnostics: Diagnostic[] = [];

  const times = new Map<string, AccountTime>();
  for (const name of [...input.accounts.keys()].sort(byText)) {
    const time = resolveAccountTime(input.accounts.get(name)!);
    times.set(name, time);
    diagnostics.push(...time.diagnostics);
  }
  const ledger = buildLedger(input.log);
  const posts = [...input.posts].sort((a, b) => byText(a.account, b.account) || byText(a.file, b.file) || byText(a.id, b.id));
  const existing = new Set(posts.map((p) => `${p.account}\u0000${p.id}`));

  // 1. Each post's zone, window, fixed time or queue bounds, and history.
  const work: Work[] = posts.map((post, index) => {
    const account = input.accounts.get(post.account);
    const time = times.get(post.account);
    const timing = resolvePostTiming(post, account, time?.window);
    const slotted = post.publish.kind === 'slot';
    // A queued post's scheduled time is whichever slot it got: any instant its bounds allow.
    const sameTime = slotted
      ? (ms: number) => ms >= (timing.notBeforeMs ?? -Infinity) && ms < (timing.notAfterMs ?? Infinity)
      : (ms: number) => ms === timing.startMs;
    const record = ledgerFor(ledger, post, { existing, sameTime });
    // History is history: a post that went out is not second-guessed for how its time was written.
    const sent = fullySent(post, record);
    const ambiguity = ruleSetting(account, PLAN_RULES['ambiguous-local-time']).level;
    for (const found of sent ? [] : timing.diagnostics) {
      if (found.rule !== 'ambiguous-local-time') diagnostics.push(found);
      else if (ambiguity !== 'off') diagnostics.push({ ...found, severity: ambiguity });
    }
    let startMs = slotted ? undefined : timing.startMs;
    // What went out (or may have) keeps the time it was sent for: history does not move.
    if ((slotted || startMs === undefined) && (record.tweetIds.length > 0 || record.unresolvedAttempt !== undefined)) {
      const pinned = Date.parse(record.scheduledFor ?? record.firstPublishedAt ?? '');
      if (!Number.isNaN(pinned)) startMs = pinned;
    }
    let unplacedReason = !account ? `account "${post.account}" has no file schedules/${post.account}.yaml` : timing.unplaceable;
    // Durations are bounded when read; this only keeps an instant no Date can hold from throwing.
    if (startMs !== undefined && !(isDateInstant(startMs) && isDateInstant(startMs + timing.windowMs))) {
      startMs = undefined;
      unplacedReason ??= 'its time or window end is too far in the future to be placed';
    }
    return {
      index,
      post,
      record,
      time,
      timing,
      startMs,
      slotted,
      unplacedReason,
      windowMs: timing.windowMs,
      zone: timing.zone,
      status: 'scheduled',
      decision: { status: 'scheduled' },
    };
  });

  markDuplicateIds(work);

  // 2. The queue, per account, around the fixed-time posts and what the log says went out.
  const logCounts = publishedPerDay(input.log, times);
  const byAccount = new Map<string, Work[]>();
  for (const item of work) {
    const list = byAccount.get(item.post.account);
    if (list) list.push(item);
    else byAccount.set(item.post.account, [item]);
  }
  for (const [name, items] of byAccount) {
    const time = times.get(name);
    // A queued post that is retracted before it went out takes no slot: it is never sent.
    const waiting = items.filter(
      (w) => w.slotted && w.startMs === undefined && w.unplacedReason === undefined && w.duplicateId === undefined && !neverSentRetract(w),
    );
    if (!time || waiting.length === 0) continue;
    if (!time.zoneValid) {
      for (const w of waiting) w.unplacedReason = `no slot: the zone of ${time.account.file} is not valid`;
      continue;
    }
    const taken: Array<[number, number]> = [];
    const dayCounts = new Map(logCounts.get(name) ?? []);
    for (const w of items) {
      if (w.startMs === undefined || w.post.draft || w.duplicateId !== undefined || neverSentRetract(w)) continue;
      taken.push([w.startMs, w.startMs + w.windowMs]);
      const planned = !w.slotted && w.record.tweetIds.length === 0 && w.record.permanentFailure === undefined && w.startMs + w.windowMs >= nowMs;
      if (planned) {
        // Counted on the day it will go out: now, for a post whose window is already open.
        const day = localDay(time.account.zone, Math.max(w.startMs, nowMs));
        dayCounts.set(day, (dayCounts.get(day) ?? 0) + 1);
      }
    }
    const requests: QueueRequest[] = waiting.map((w) => ({
      key: w.index,
      file: w.post.file,
      draft: w.post.draft,
      windowMs: w.windowMs,
      notBeforeMs: w.timing.notBeforeMs,
      notAfterMs: w.timing.notAfterMs,
    }));
    for (const [key, assignment] of assignQueue({ time, nowMs, requests, taken, dayCounts })) {
      const w = work[key];
      if (assignment.slotMs !== undefined) w.startMs = assignment.slotMs;
      else {
        w.unplacedReason = assignment.reason;
        w.unplacedSaid = assignment.said;
        w.unschedulable = true;
      }
    }
  }

  // 3. Status at `now`, then daily caps in the order posts would go out.
  for (const w of work) {
    const statusInput = {
      post: w.post,
      record: w.record,
      startMs: w.startMs,
      windowMs: w.windowMs,
      nowMs,
      zone: w.zone,
      time: w.time,
      slotted: w.slotted,
      unplacedReason: w.unplacedReason,
    };
    // Timed thread parts: each stage of the thread is decided by its own time and window.
    const timed = w.startMs !== undefined && hasTimedParts(w.post) ? scheduleParts(w.post, w.zone, w.startMs, w.windowMs) : undefined;
    if (timed && !fullySent(w.post, w.record)) diagnostics.push(...timed.diagnostics);
    w.parts = timed?.schedule;
    const decision: TimedDecision =
      w.duplicateId !== undefined
        ? {
            status: 'blocked' as const,
            blockedBy: 'duplicate-id' as const,
            reason: w.duplicateId,
            alreadyLogged: w.record.skippedCategories.has('duplicate-id'),
          }
        : timed?.problem !== undefined && !fullySent(w.post, w.record)
          ? { status: 'blocked' as const, reason: `cannot be placed in time: ${timed.problem}` }
          : w.parts
            ? decideTimed(statusInput, w.parts)
            : decideStatus(statusInput);
    w.decision = decision;
    w.dueUntil = decision.dueUntil;
    w.status = w.decision.status;
  }
  for (const [name, items] of byAccount) {
    const time = times.get(name);
    const cap = time?.account.dailyCap;
    if (!time || cap === undefined) continue;
    const zone = time.zoneValid ? time.account.zone : 'UTC';
    const perDay = logCounts.get(name) ?? new Map<string, number>();
    const planned = new Map<string, number>();
    // A post goes out at its window start, or now when its window is already open: the cap counts
    // it on that day (as the log will: by its `published` instant), not on the day it was planned for.
    const outMs = (w: Work) => Math.max(w.startMs!, nowMs);
    const candidates = items
      .filter((w) => ACTIVE.has(w.status) && w.startMs !== undefined && w.record.tweetIds.length === 0)
      .sort((a, b) => outMs(a) - outMs(b) || a.startMs! - b.startMs! || byText(a.post.file, b.post.file));
    const setting = ruleSetting(time.account, PLAN_RULES['daily-cap']);
    for (const w of candidates) {
      const day = localDay(zone, outMs(w));
      const count = (perDay.get(day) ?? 0) + (planned.get(day) ?? 0);
      if (count < cap) {
        planned.set(day, (planned.get(day) ?? 0) + 1);
        continue;
      }
      w.decision = capBlock(w.record, cap, day, zone);
      w.status = w.decision.status;
      if (setting.level !== 'off')
        diagnostics.push(
          diagnostic(
            w.post.file,
            w.post.positions,
            timeKeys(w),
            setting.level,
            'daily-cap',
            say('daily-cap', { account: name, cap, day, zone, file: time.account.file }),
          ),
        );
    }
  }

  // 3a. Budgets: after the caps (a post held by its cap spends nothing), in the order posts go out.
  // With no budget anywhere nothing can be blocked: the month totals (only the calendars and the
  // review show them) are worked out on first ask, so validate and publish never cost 10,000 posts.
  const spend = () => spentByMonth({ log: input.log, posts: input.posts, accounts: input.accounts, reads: input.reads });
  const anyBudget = [...input.accounts.values()].some((a) => a.budget !== undefined);
  const months = anyBudget ? applyBudgets(byAccount, input.accounts, spend(), nowMs, diagnostics) : undefined;
  pricesBelowTable(input.accounts, diagnostics);

  // 3b. Replies: a `reply_to: post:<id>` waits for its target, and is blocked by one that will not go out.
  resolveReplies(work, diagnostics);

  // 4. Editorial findings, computed from the plan.
  for (const w of work) {
    for (const found of [
      windowClosed(w, w.time, nowMs),
      audienceNight(w, w.time),
      blackoutStart(w, w.time),
      duplicateText(w),
      editedAfterPublish(w),
      queuedRename(w),
    ])
      if (found) diagnostics.push(found);
    diagnostics.push(...blackoutParts(w, w.time, w.parts));
    if (w.unschedulable) {
      const level = ruleSetting(w.time?.account, PLAN_RULES['queue-unschedulable']).level;
      if (level !== 'off')
        diagnostics.push(
          diagnostic(
            w.post.file,
            w.post.positions,
            timeKeys(w),
            level,
            'queue-unschedulable',
            say('queue-unschedulable', { reason: w.unplacedSaid ?? w.unplacedReason ?? '', file: w.time?.account.file ?? say('where.its-account-file') }),
          ),
        );
    }
  }
  for (const [name, items] of byAccount) diagnostics.push(...contentMix(items, times.get(name)));

  const entries = work
    .map(toEntry)
    .sort(
      (a, b) =>
        (a.at === undefined ? 1 : 0) - (b.at === undefined ? 1 : 0) ||
        byText(a.at ?? '', b.at ?? '') ||
        byText(a.post.account, b.post.account) ||
        byText(a.post.file, b.post.file) ||
        byText(a.post.id, b.post.id),
    );
  const plan: Plan = { now: iso(nowMs), entries, diagnostics: sortDiagnostics(diagnostics), months };
  if (!anyBudget) {
    let totals: MonthCost[] | undefined;
    Object.defineProperty(plan, 'months', { enumerable: true, get: () => (totals ??= applyBudgets(byAccount, input.accounts, spend(), nowMs, [])) });
  }
  return plan;
}

/**
 * Posts of one account with the same id share one history in the log, so which of them went out
 * cannot be told: all are blocked, except one whose text is what the log says went out under that
 * id (history stays history). Ids that differ only in case or Unicode form count as the same: a
 * checkout on macOS or Windows would merge their files. `duplicate-id` (content checks) says where.
 */
function markDuplicateIds(work: Work[]): void {
  const groups = new Map<string, Work[]>();
  for (const w of work) {
    const key = `${w.post.account}\u0000${w.post.id.normalize('NFC').toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const files = group.map((w) => w.post.file).sort(byText);
    for (const w of group) {
      const owns = w.record.sentHashes.has(w.post.hash);
      if (owns && fullySent(w.post, w.record)) continue;
      // What went out under the id is another file's text: none of it is this post's.
      if (!owns) w.record = { ...w.record, tweetIds: [] };
      const others = files.filter((f) => f !== w.post.file).join(', ');
      w.duplicateId =
        `duplicate id "${w.post.id}": ${others} ${files.length > 2 ? 'have' : 'has'} the same id on account ${w.post.account}, ` +
        `so ${files.length > 2 ? 'none of them' : 'neither'} is sent; give one of them another id: or file name`;
    }
  }
}

/** A finding about a post's text, at the line where its text starts. */
function atText(post: Post, severity: Diagnostic['severity'], rule: string, message: string | Said): Diagnostic {
  return { file: post.file, line: post.partLines[0] ?? 1, column: 1, severity, rule, ...wording(message) };
}

/**
 * `edited-after-publish`: the log says this id went out with other text. X keeps what it received,
 * so the edit changes nothing there, while the calendar and review would show the new text as
 * published: say so, and what to do instead.
 */
function editedAfterPublish(w: Work): Diagnostic | undefined {
  const { record, post } = w;
  if (record.tweetIds.length === 0 || record.sentHashes.size === 0 || record.sentHashes.has(post.hash)) return undefined;
  // Retracted: what went out is being (or was) deleted, so the text in the file no longer claims to be on X.
  if (w.status === 'retracted') return undefined;
  return atText(post, 'warning', 'edited-after-publish', say('edited-after-publish', { sent: sentOn(w), id: post.id }));
}

/** A post that asks to be retracted and has nothing on X: it takes no slot and counts toward no cap. */
const neverSentRetract = (w: Work) => w.post.retract !== undefined && w.record.tweetIds.length === 0 && w.record.unresolvedAttempt === undefined;

const sentOn = (w: Work) => (w.record.firstPublishedAt ? say('sent-on', { when: when(Date.parse(w.record.firstPublishedAt), w.zone) }) : '');

/**
 * A queued post without `not_before`/`not_after` whose text the log has under an id that is gone
 * counts as that post renamed (any slot is "its time"), so it is not sent twice. That choice must
 * not be silent: if the post is new, the writer needs to know it will not go out.
 */
function queuedRename(w: Work): Diagnostic | undefined {
  const { post, record } = w;
  if (post.publish.kind !== 'slot' || post.publish.notBefore !== undefined || post.publish.notAfter !== undefined) return undefined;
  if (record.renamedFrom.length === 0) return undefined;
  return atText(post, 'warning', 'duplicate-text', say('duplicate-text.queued-rename', { sent: sentOn(w), post: record.renamedFrom[0]! }));
}

/** `duplicate-text`: a new post with the text of a deleted post that went out for another time. */
function duplicateText(w: Work): Diagnostic | undefined {
  const sent = w.record.sameTextSent;
  if (!sent || w.post.draft || w.record.tweetIds.length > 0 || !ACTIVE.has(w.status)) return undefined;
  const level = ruleSetting(w.time?.account, PLAN_RULES['duplicate-text']).level;
  if (level === 'off') return undefined;
  const zone = w.zone;
  const planned = sent.scheduledFor ? say('duplicate-text.planned', { when: when(Date.parse(sent.scheduledFor), zone) }) : '';
  return atText(w.post, level, 'duplicate-text', say('duplicate-text.sent', { when: when(Date.parse(sent.at), zone), post: sent.post, planned }));
}

function toEntry(w: Work): PlanEntry {
  const { decision, record, post } = w;
  const entry: PlanEntry = {
    post,
    status: decision.status,
    slotted: w.slotted,
    zone: w.zone,
    tweetIds: record.tweetIds,
    nextPart: Math.min(record.tweetIds.length, post.parts.length),
  };
  if (w.startMs !== undefined) {
    entry.at = iso(w.startMs);
    entry.windowEnd = iso(w.startMs + w.windowMs);
  }
  if (w.parts) entry.partsAt = w.parts.partMs.map((ms) => iso(ms));
  if (w.dueUntil !== undefined && decision.status === 'due') entry.dueUntil = w.dueUntil;
  if (decision.reason !== undefined) entry.reason = decision.reason;
  if (decision.blockedBy !== undefined) entry.blockedBy = decision.blockedBy;
  if (decision.status === 'expired' || decision.status === 'blocked') entry.alreadyLogged = decision.alreadyLogged ?? false;
  if (record.unresolvedAttempt !== undefined) entry.unresolvedAttempt = record.unresolvedAttempt;
  if (w.replyTo !== undefined) entry.replyTo = w.replyTo;
  if (record.lastPublishedAt !== undefined) entry.publishedAt = record.lastPublishedAt;
  if (record.firstPublishedAt !== undefined) entry.firstPublishedAt = record.firstPublishedAt;
  if (decision.status === 'retracted') entry.retractPending = post.retract ? pendingDeletes(record) : [];
  return entry;
}
