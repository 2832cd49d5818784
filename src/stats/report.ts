/**
 * What one `herald stats` run did: the `--format json` shape (stable; README "herald stats") and
 * what the text summary prints.
 */

import type { SupportReadReport } from './support-read.js';

/** A part named in the report. */
export interface StatsPartRef {
  account: string;
  post: string;
  part: number;
  tweet_id: string;
}

export interface StatsAccountReport {
  account: string;
  /** Parts chosen to read for this account this run. */
  due: number;
  /** Snapshots written (each one a post read X bills). */
  read: number;
  /** Why the account stopped before reading all it was due; absent when it did not. */
  stopped?: { kind: 'rate-limit'; resets_at?: string; message: string } | { kind: 'error'; message: string };
}

/** What an account's `budget:` left for this run's reads. */
export interface StatsBudgetReport {
  account: string;
  /** The UTC month of the run. */
  month: string;
  budget_usd: number;
  /** Spent this month by the log and metrics.jsonl. */
  spent_usd: number;
  /** What the month's posts still to go out will cost: reads come after them. */
  planned_usd: number;
  /** Reads the budget leaves: floor((budget − spent − planned) / post_read). */
  reads_left: number;
  /** Parts due that the budget held back this run. */
  held_back: number;
}

export interface StatsReport {
  /** The run's clock (UTC): every snapshot of this run carries it as `at`. */
  now: string;
  /** Parts published at or after this instant were considered. */
  since: string;
  dry_run: boolean;
  max_reads: number;
  /** Reads done: metrics (post reads) and support (owned and post reads); a dry run counts the metrics it would read. */
  reads: number;
  /** What those reads cost at X's prices (the table's), in US dollars. */
  cost_usd: number;
  /** The parts chosen to read this run, in the order they were read (or would be, in a dry run). */
  to_read: StatsPartRef[];
  /** Per account, in name order. */
  accounts: StatsAccountReport[];
  /** Parts not read because they were read earlier on this UTC day. */
  already_read_today: number;
  /** Parts due but over `--max-reads`: read at a later run. */
  over_max_reads: StatsPartRef[];
  /** Parts due but held back by their account's `budget:` (what is left of the UTC month after spent + planned posts). */
  over_budget: StatsPartRef[];
  /** Per account with a budget that had parts due: what its month leaves for reads. */
  budgets: StatsBudgetReport[];
  /** Per support account (`sla:`), read before the metrics: its replies, mentions and look-ups. */
  support: SupportReadReport[];
  /** Parts due but not read because their account stopped (rate limit, error). */
  not_read: StatsPartRef[];
  /** Parts X no longer has (deleted outside herald): nothing recorded for them, and not billed. */
  deleted: StatsPartRef[];
  /** 0: all done or a rate limit postponed some (read next run); 1: an account failed. */
  exit_code: number;
}
