import { DateTime, type Duration } from 'luxon';
import type { Account, Weekday } from '../model/account.js';
import type { Diagnostic, Said } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import { MAX_SPAN_TEXT, overMaxSpan, parseDuration } from '../time/duration.js';
import { resolveLocalTime, wallClockText } from '../time/local-time.js';
import { diagnostic } from '../model/diagnostic.js';
import { isValidZone, suggestZone } from '../time/zones.js';

export const DEFAULT_WINDOW = '1h';

export interface ResolvedBlackout {
  fromMs: number;
  /** Exclusive: the start of the day after an inclusive `to` date, or a `to` date-time itself. */
  endMs: number;
  /** `Holidays (2026-12-24 – 2026-12-26)` */
  label: string;
}

/** An account's time settings, parsed once and checked, so the planner works with instants. */
export interface AccountTime {
  account: Account;
  /** False when `zone:` is not an IANA name: this account's posts cannot be placed in time. */
  zoneValid: boolean;
  window: Duration;
  /** Minutes after local midnight for each ISO weekday (1 = Monday), sorted, without repeats. */
  slotMinutes: Map<number, number[]>;
  blackouts: ResolvedBlackout[];
  /** Undefined: not paused. -Infinity: paused with no `since`. */
  pausedFromMs?: number;
  pauseReason?: string;
  /**
   * Set when the account file has errors (its own, or its time settings here): nothing of this
   * account is sent. The reason names the file, the line and the first problem.
   */
  blockedReason?: string;
  diagnostics: Diagnostic[];
}

const WEEKDAYS: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** time/zones.ts `zoneAdvice` as a catalogue message: the likely zone meant, or how zones are named. */
export function zoneAdviceSaid(zone: string): Said {
  const suggestion = suggestZone(zone);
  return suggestion ? say('zone-advice.suggest', { zone: suggestion }) : say('zone-advice.generic');
}

export function resolveAccountTime(account: Account): AccountTime {
  const diagnostics: Diagnostic[] = [];
  const problem = (keys: string[], rule: string, message: string | Said) =>
    diagnostics.push(diagnostic(account.file, account.positions, [...keys, 'zone'], 'error', rule, message));

  const zoneValid = isValidZone(account.zone);
  if (!zoneValid) problem(['zone'], 'invalid-zone', say('invalid-zone', { zone: account.zone, advice: zoneAdviceSaid(account.zone) }));
  (account.audience ?? []).forEach((zone, i) => {
    if (!isValidZone(zone)) problem([`audience.${i}`, 'audience'], 'invalid-zone', say('invalid-zone.audience', { zone, advice: zoneAdviceSaid(zone) }));
  });

  let window = parseDuration(account.window ?? DEFAULT_WINDOW);
  if (!window) {
    problem(['window'], 'invalid-duration', say('invalid-duration', { value: String(account.window) }));
    window = parseDuration(DEFAULT_WINDOW)!;
  } else if (overMaxSpan(window)) {
    problem(['window'], 'invalid-duration', say('invalid-duration.account-too-long', { value: String(account.window), max: MAX_SPAN_TEXT }));
    window = parseDuration(DEFAULT_WINDOW)!;
  }

  const slotMinutes = new Map<number, number[]>();
  (account.slots ?? []).forEach((rule, r) => {
    const minutes: number[] = [];
    (rule.times ?? []).forEach((time, t) => {
      const match = CLOCK.exec(String(time).trim());
      if (!match) {
        problem(
          [`slots.${r}.times.${t}`, `slots.${r}`],
          'invalid-time',
          `slot time "${time}" is not a time of day. Write HH:MM between 00:00 and 23:59, like "09:00".`,
        );
        return;
      }
      minutes.push(Number(match[1]) * 60 + Number(match[2]));
    });
    for (const day of rule.days ?? []) {
      const weekday = WEEKDAYS[String(day).toLowerCase() as Weekday];
      if (!weekday) continue; // the account schema reports unknown day names
      slotMinutes.set(
        weekday,
        [...new Set([...(slotMinutes.get(weekday) ?? []), ...minutes])].sort((a, b) => a - b),
      );
    }
  });

  const zone = zoneValid ? account.zone : 'UTC';
  const blackouts: ResolvedBlackout[] = [];
  (account.blackout ?? []).forEach((blackout, i) => {
    const from = resolveLocalTime(blackout.from, zone, { allowDate: true });
    const to = resolveLocalTime(blackout.to, zone, { allowDate: true });
    if (!from.ok) problem([`blackout.${i}.from`, `blackout.${i}`], from.rule, `blackout from: ${from.message}`);
    if (!to.ok) problem([`blackout.${i}.to`, `blackout.${i}`], to.rule, `blackout to: ${to.message}`);
    if (!from.ok || !to.ok) return;
    const endMs = to.nextDayMs ?? to.ms;
    if (endMs <= from.ms) {
      problem(
        [`blackout.${i}.to`, `blackout.${i}`],
        'invalid-time',
        `blackout ends (${blackout.to}) before it starts (${blackout.from}). Write a "to" on or after "from".`,
      );
      return;
    }
    const span = `${String(blackout.from)} – ${String(blackout.to)}`;
    blackouts.push({ fromMs: from.ms, endMs, label: blackout.reason ? `${blackout.reason} (${span})` : `(${span})` });
  });
  blackouts.sort((a, b) => a.fromMs - b.fromMs || a.endMs - b.endMs);

  let pausedFromMs: number | undefined;
  let pauseReason: string | undefined;
  const paused = account.paused as Account['paused'] | true | undefined;
  // A pause that cannot be read is not a pause in effect but an account error: blockedReason below
  // stops the account and the run fails, so somebody fixes the file.
  const unreadable = (account.problems ?? []).some((p) => p.rule === 'pause-invalid');
  if (paused && !unreadable) {
    // The account file checked `since` (an instant with offset); anything unreadable is "since forever".
    const details = typeof paused === 'object' ? paused : {};
    const since = details.since === undefined ? undefined : DateTime.fromISO(details.since, { setZone: true });
    pausedFromMs = since?.isValid ? since.toMillis() : -Infinity;
    const from = pausedFromMs === -Infinity ? '' : ` since ${wallClockText(pausedFromMs, 'UTC')} UTC`;
    pauseReason = `account paused${from}${details.reason ? `: ${details.reason}` : ''}`;
  }

  const problems = [...(account.problems ?? []), ...diagnostics].filter((d) => d.severity === 'error');
  const blockedReason = problems.length === 0 ? undefined : accountBlockedReason(account, problems);

  return { account, zoneValid, window, slotMinutes, blackouts, pausedFromMs, pauseReason, blockedReason, diagnostics };
}

/**
 * `account file schedules/main.yaml has errors: ...` (the log's `blocked_by` says `account-invalid`;
 * the wording also lets the ledger read skips logged before that field existed).
 */
function accountBlockedReason(account: Account, problems: readonly Diagnostic[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more; run herald validate ${account.file})` : '';
  return `account file ${account.file} has errors, so nothing is sent for ${account.name}: ${first.file}:${first.line}: ${first.message}${more}`;
}

/** The blackout containing the instant, if any. */
export function blackoutAt(time: AccountTime, ms: number): ResolvedBlackout | undefined {
  for (const blackout of time.blackouts) {
    if (blackout.fromMs > ms) return undefined;
    if (ms < blackout.endMs) return blackout;
  }
  return undefined;
}
