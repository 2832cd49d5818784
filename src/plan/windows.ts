import type { Duration } from 'luxon';
import type { Account } from '../model/account.js';
import type { Diagnostic, Said } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import type { Post } from '../model/post.js';
import { DEFAULT_WINDOW, zoneAdviceSaid } from './account-time.js';
import { MAX_SPAN_TEXT, overMaxSpan, parseDuration } from '../time/duration.js';
import { isoFromMs } from '../time/instant.js';
import { resolveLocalTime } from '../time/local-time.js';
import { diagnostic } from '../model/diagnostic.js';
import { isValidZone } from '../time/zones.js';

/** A post's time settings resolved against its account; `startMs` only for a fixed-time post. */
export interface PostTiming {
  /** The zone its times are written in: `publish.zone`, else the account's. */
  zone: string;
  /** False when neither zone is usable: the post cannot be placed in time. */
  zoneValid: boolean;
  windowMs: number;
  startMs?: number;
  notBeforeMs?: number;
  /** Exclusive bound on a queue slot's start (the day after an inclusive `not_after` date). */
  notAfterMs?: number;
  /** The first problem that keeps the post from being placed (its diagnostic is in `diagnostics`). */
  unplaceable?: string;
  diagnostics: Diagnostic[];
}

/** Resolve `publish:` of a post: zone, window, and its fixed time or queue bounds. */
export function resolvePostTiming(post: Post, account: Account | undefined, accountWindow?: Duration): PostTiming {
  const diagnostics: Diagnostic[] = [];
  const spec = post.publish;
  const report = (key: string, severity: Diagnostic['severity'], rule: string, message: string | Said) =>
    diagnostics.push(diagnostic(post.file, post.positions, [key, 'publish', 'account'], severity, rule, message));

  const zone = spec.zone ?? account?.zone ?? 'UTC';
  let zoneValid = isValidZone(zone);
  let unplaceable: string | undefined;
  if (!zoneValid) {
    // An invalid account zone is reported once, on the account file.
    if (spec.zone !== undefined) report('publish.zone', 'error', 'invalid-zone', say('invalid-zone', { zone, advice: zoneAdviceSaid(zone) }));
    unplaceable = `its time zone "${zone}" is not valid`;
  }
  if (!account && spec.zone === undefined) {
    zoneValid = false;
    unplaceable = `account "${post.account}" does not exist`;
  }

  let window = spec.window !== undefined ? parseDuration(spec.window) : (accountWindow ?? parseDuration(account?.window ?? DEFAULT_WINDOW));
  if (!window) {
    if (spec.window !== undefined) report('publish.window', 'error', 'invalid-duration', say('invalid-duration', { value: spec.window }));
    window = parseDuration(DEFAULT_WINDOW)!;
  } else if (overMaxSpan(window)) {
    if (spec.window !== undefined)
      report('publish.window', 'error', 'invalid-duration', say('invalid-duration.post-too-long', { value: spec.window, max: MAX_SPAN_TEXT }));
    window = parseDuration(DEFAULT_WINDOW)!;
  }
  const timing: PostTiming = { zone, zoneValid, windowMs: window.toMillis(), diagnostics };
  if (!zoneValid) {
    reportUnreadableTimes(spec, report);
    return { ...timing, unplaceable };
  }

  for (const [key, value, allowDate] of timeFields(spec)) {
    if (value === undefined) continue;
    const resolved = resolveLocalTime(value, zone, { allowDate });
    if (!resolved.ok) {
      report(key, 'error', resolved.rule, timeMessage(key, resolved.said ?? resolved.message));
      if (key === 'publish.at') return { ...timing, unplaceable: `its publish time is not valid: ${resolved.message}` };
      continue;
    }
    if (resolved.ambiguous) report(key, 'warning', 'ambiguous-local-time', timeMessage(key, resolved.ambiguous.said));
    if (key === 'publish.at') timing.startMs = resolved.ms;
    else if (key === 'publish.not_before') timing.notBeforeMs = resolved.ms;
    else timing.notAfterMs = resolved.nextDayMs ?? resolved.ms + 1;
  }
  return timing;
}

type TimeKey = 'publish.at' | 'publish.not_before' | 'publish.not_after';

/** The times a post writes: key, value, and whether a bare date may stand for the start of a day. */
function timeFields(spec: Post['publish']): [TimeKey, string | undefined, boolean][] {
  return spec.kind === 'at'
    ? [['publish.at', spec.at, false]]
    : [
        ['publish.not_before', spec.notBefore, true],
        ['publish.not_after', spec.notAfter, true],
      ];
}

/** How a problem with a time is worded: `publish.at: …`, `not_before: …`. */
function timeMessage(key: TimeKey, message: string | Said): string | Said {
  const label = key === 'publish.at' ? key : key.slice('publish.'.length);
  return typeof message === 'string' ? `${label}: ${message}` : say('time-key', { key: label, detail: message });
}

/**
 * Without a usable zone a time cannot be placed, but a time that could never be read is still worth
 * reporting now, so the writer fixes both in one round. Only `invalid-time`: whether a wall-clock time
 * falls in a DST gap depends on the zone.
 */
function reportUnreadableTimes(spec: Post['publish'], report: (key: string, severity: Diagnostic['severity'], rule: string, message: string | Said) => void) {
  for (const [key, value, allowDate] of timeFields(spec)) {
    if (value === undefined) continue;
    const resolved = resolveLocalTime(value, 'UTC', { allowDate });
    if (!resolved.ok && resolved.rule === 'invalid-time') report(key, 'error', 'invalid-time', timeMessage(key, resolved.message));
  }
}

/**
 * A fixed-time post's window as UTC ISO instants, for previews (the GitHub review); undefined for a
 * queued post or one whose time is not valid (validate explains why).
 */
export function resolvePostWindow(post: Post, account: Account | undefined): { at: string; windowEnd: string; zone: string } | undefined {
  const timing = resolvePostTiming(post, account);
  if (timing.startMs === undefined) return undefined;
  return {
    at: isoFromMs(timing.startMs),
    windowEnd: isoFromMs(timing.startMs + timing.windowMs),
    zone: timing.zone,
  };
}
