import type { Diagnostic } from './diagnostic.js';
import type { PositionMap } from './post.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface SlotRule {
  days: Weekday[];
  /** `HH:MM` wall-clock times in the account's zone. */
  times: string[];
}

export interface Blackout {
  /** Inclusive date (`2026-12-24`) or date-time in the account's zone. */
  from: string;
  to: string;
  reason?: string;
}

/**
 * `false`: not paused. An object: paused; `since` (an ISO instant with offset) when the stop began,
 * absent for "since forever" (`paused: true`, or a value that cannot be read: fail closed).
 */
export type Pause = false | { since?: string; reason?: string };

/** A rule's setting: a level alone, or a level with options. */
export type RuleLevel = 'off' | 'warning' | 'error';
export type RuleSetting = RuleLevel | ({ level?: RuleLevel } & Record<string, unknown>);

export interface Account {
  /** The file name without `.yaml`: `main`, `support`. */
  name: string;
  /** Path relative to the root: `schedules/main.yaml`. */
  file: string;
  handle: string;
  zone: string;
  audience: string[];
  /** Duration string (`1h`, `90m`, `1d`). */
  window: string;
  slots: SlotRule[];
  blackout: Blackout[];
  paused: Pause;
  dailyCap?: number;
  rules: Record<string, RuleSetting>;
  positions: PositionMap;
  /**
   * Errors in the account file (unreadable YAML, a setting that cannot be read, a name that cannot
   * name its credentials). Any of them blocks the account's publishing: a setting herald cannot
   * read is never silently ignored.
   */
  problems?: Diagnostic[];
}

/** Resolve a rule's effective level and options from an account's `rules:` map. */
export function ruleSetting<O extends Record<string, unknown>>(
  account: Pick<Account, 'rules'> | undefined,
  rule: string,
  defaults: { level: RuleLevel } & O,
): { level: RuleLevel } & O {
  const raw = account?.rules[rule];
  if (raw === undefined) return defaults;
  if (typeof raw === 'string') return { ...defaults, level: raw };
  return { ...defaults, ...(raw as Partial<O>), level: raw.level ?? defaults.level };
}
