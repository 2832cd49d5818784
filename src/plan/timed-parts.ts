/**
 * Timed thread parts: a part whose separator carries a time (`--- +45m`, `--- at 2026-12-01 14:30`)
 * starts a new *stage* of the thread. Each stage has its own window (the post's window length) from
 * its part's time; a run inside it sends the stage's parts (the timed part and the untimed ones
 * after it) as replies to the previous part; a run before it sends nothing; a run after it finds the
 * stage expired, which stops the rest of the chain. The queue and daily cap see the thread once,
 * at its first part (the planner's `startMs`).
 *
 * Status of a thread whose earlier parts went out and whose next stage is ahead: `scheduled`, with
 * a reason naming the parts sent and when the next part goes out (the plan entry's `partsAt` has
 * every part's time).
 */
import { type Diagnostic, type Said, wording } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import type { PartTime, Post } from '../model/post.js';
import { when } from '../time/format.js';
import { isDateInstant } from '../time/instant.js';
import { resolveLocalTime } from '../time/local-time.js';
import { decideStatus, type StatusDecision, type StatusInput } from './status.js';

export interface PartSchedule {
  /** Per part: the instant it is scheduled for (an untimed part: the previous part's). */
  partMs: number[];
  /** The first part of each stage, in order; always starts with 0. */
  stageStarts: number[];
}

export interface PartScheduleResult {
  schedule?: PartSchedule;
  /** Why the parts have no schedule (a part's time is in a DST gap or not after the previous one). */
  problem?: string;
  diagnostics: Diagnostic[];
}

/** Whether any separator of the post carries a time. */
export function hasTimedParts(post: Post): boolean {
  return post.partTimes?.some((time) => time !== undefined) ?? false;
}

/**
 * Each part's instant from the first part's (`startMs`), in the post's zone. `at` times resolve
 * like `publish.at`: a DST gap is an error naming the next valid time, an overlap means the earlier
 * instant with an `ambiguous-local-time` warning.
 */
export function scheduleParts(post: Post, zone: string, startMs: number, windowMs = 0): PartScheduleResult {
  const diagnostics: Diagnostic[] = [];
  const partMs: number[] = [startMs];
  const stageStarts = [0];
  let problem: string | undefined;
  const report = (time: PartTime, severity: Diagnostic['severity'], rule: string, message: string | Said) =>
    diagnostics.push({
      file: post.file,
      line: time.line,
      column: time.column,
      severity,
      rule,
      ...wording(typeof message === 'string' ? `\`--- ${time.written}\`: ${message}` : say('time-key', { key: `\`--- ${time.written}\``, detail: message })),
    });
  for (let i = 1; i < post.parts.length; i++) {
    const previous = partMs[i - 1];
    const time = post.partTimes?.[i];
    if (time === undefined) {
      partMs.push(previous);
      continue;
    }
    let ms: number;
    if (time.kind === 'after') ms = previous + time.minutes * 60_000;
    else {
      const resolved = resolveLocalTime(time.at, zone);
      if (!resolved.ok) {
        report(time, 'error', resolved.rule, resolved.said ?? resolved.message);
        problem ??= `part ${i + 1}'s time is not valid: ${resolved.message}`;
        partMs.push(previous);
        continue;
      }
      if (resolved.ambiguous) report(time, 'warning', 'ambiguous-local-time', resolved.ambiguous.said);
      ms = resolved.ms;
    }
    if (!isDateInstant(ms) || !isDateInstant(ms + windowMs)) {
      // Durations are bounded when read; this only keeps a time no calendar can hold from throwing.
      const message = `part ${i + 1}'s time is too far in the future to be placed. Write a time like \`--- +45m\` or \`--- at 2026-12-01 14:30\``;
      report(time, 'error', 'timed-part', message);
      problem ??= message;
      partMs.push(previous);
      continue;
    }
    if (ms <= previous) {
      const message =
        `part ${i + 1} would go out at ${when(ms, zone)}, not after part ${i}'s time (${when(previous, zone)}); ` +
        `parts go out in order, each replying to the one before. Write a later time, or \`--- +45m\` to say how long after part ${i}`;
      report(time, 'error', 'timed-part', message);
      problem ??= message;
    }
    partMs.push(ms);
    stageStarts.push(i);
  }
  return problem === undefined ? { schedule: { partMs, stageStarts }, diagnostics } : { problem, diagnostics };
}

export interface TimedDecision extends StatusDecision {
  /** For a due thread: the parts below this index go out in this run (the rest wait for their time). */
  dueUntil?: number;
}

const partList = (from: number, to: number) => (from === to ? `part ${from}` : `parts ${from}–${to}`);

/**
 * The status of a post with timed parts at `now`: the stage its next part belongs to decides, with
 * that stage's window. Stage 0 is the post's own window, so a thread not yet started is decided
 * exactly like any post.
 */
export function decideTimed(input: StatusInput, schedule: PartSchedule): TimedDecision {
  const { post, record } = input;
  const sent = Math.min(record.tweetIds.length, post.parts.length);
  const stage = stageIndex(schedule, sent);
  const stageStart = schedule.stageStarts[stage];
  const stageEnd = schedule.stageStarts[stage + 1] ?? post.parts.length;
  if (stage === 0 || sent >= post.parts.length) {
    const decision: TimedDecision = decideStatus(input);
    if (decision.status === 'due') decision.dueUntil = stageEnd;
    return decision;
  }
  const startMs = schedule.partMs[stageStart];
  const decision: TimedDecision = decideStatus({ ...input, startMs });
  const done = `${partList(1, sent)} of ${post.parts.length} went out (tweet ${record.tweetIds.join(', ')})`;
  const label = `part ${stageStart + 1} (\`--- ${post.partTimes?.[stageStart]?.written ?? ''}\`, ${when(startMs, input.zone)})`;
  switch (decision.status) {
    case 'due':
      return { ...decision, dueUntil: stageEnd };
    case 'scheduled':
    case 'queued':
      return { status: 'scheduled', reason: `${done}; ${label} is scheduled, as a reply to part ${stageStart}` };
    case 'expired':
      return {
        ...decision,
        reason:
          `${label} expired: its window closed at ${when(startMs + input.windowMs, input.zone)} before it was sent; ` +
          `${done}, and ${partList(sent + 1, post.parts.length)} ${post.parts.length - sent === 1 ? 'is' : 'are'} never sent`,
      };
    default:
      return decision;
  }
}

function stageIndex(schedule: PartSchedule, part: number): number {
  let stage = 0;
  for (let s = 0; s < schedule.stageStarts.length; s++) if (schedule.stageStarts[s] <= part) stage = s;
  return stage;
}
