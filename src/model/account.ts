import type { Diagnostic } from './diagnostic.js';
import type { PositionMap } from './post.js';
import type { Prices } from './prices.js';
import type { RuleSetting } from './rules.js';

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
  /**
   * `sla:` (support accounts): how soon a customer's post should have its first reply, as written
   * (`2h`) and in minutes. herald report counts the share answered within it.
   */
  sla?: { written: string; minutes: number };
  slots: SlotRule[];
  blackout: Blackout[];
  paused: Pause;
  dailyCap?: number;
  /** GitHub users and teams (`@octocat`, `@acme/social`) the action's failure issues mention. */
  notify?: string[];
  /** `budget: { monthly_usd }`: the most this account may spend on X's API in a UTC calendar month. */
  budget?: { monthlyUsd: number };
  /** `prices:`: the keys of X's price table (model/prices.ts) this account pays differently. */
  prices?: Partial<Prices>;
  /** Settings by rule id, as written (read them with `ruleSetting` from ./rules.ts). */
  rules: Record<string, RuleSetting>;
  positions: PositionMap;
  /**
   * Errors in the account file (unreadable YAML, a setting that cannot be read, a name that cannot
   * name its credentials). Any of them blocks the account's publishing: a setting herald cannot
   * read is never silently ignored.
   */
  problems?: Diagnostic[];
}

/**
 * A post's address on x.com. The handle and id are encoded: a handle the schema refused still
 * reaches a URL (and the Markdown autolink around it) as data, never as markup.
 */
export function statusUrl(handle: string | undefined, tweetId: string): string {
  const name = handle?.replace(/^@/, '').trim();
  return `https://x.com/${encodeURIComponent(name || 'i')}/status/${encodeURIComponent(tweetId)}`;
}

/** `@Acme`, `acme` and `@acme ` name one X account: handles are case-insensitive, the `@` optional. */
export function sameHandle(a: string, b: string): boolean {
  const norm = (h: string) => h.trim().replace(/^@/, '').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
