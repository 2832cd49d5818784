import type { DateTime } from 'luxon';
import type { Account } from '../model/account.js';
import type { LogEntry } from '../model/log.js';
import type { Plan } from '../model/plan.js';
import type { Post } from '../model/post.js';

export interface PlanInput {
  posts: readonly Post[];
  accounts: ReadonlyMap<string, Account>;
  log: readonly LogEntry[];
  now: DateTime;
}

/** The pure heart of herald: what is due, queued, expired, blocked and why. No I/O, no clock. */
export function assemblePlan(input: PlanInput): Plan {
  // Placeholder: replaced by the planner issue's work.
  return { now: input.now.toUTC().toISO()!, entries: [], diagnostics: [] };
}
