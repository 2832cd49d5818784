/**
 * What each account's `budget:` leaves for `herald stats` this UTC month: the repository planned as
 * publish would plan it (spent by the log and metrics.jsonl, plus the month's posts still to go
 * out), so reads never take the month past its budget nor starve a planned post. Shared by the
 * command and the action's `command: stats`.
 */
import type { DateTime } from 'luxon';
import type { ReadAllowance } from '../model/metrics.js';
import { readAllowances } from '../plan/budget.js';
import { openRepository } from './open-repository.js';

export async function readBudgetsAt(root: string, now: DateTime): Promise<Map<string, ReadAllowance>> {
  const repository = await openRepository(root, { now, load: { report: 'errors' } });
  // No account with a budget: nothing to plan (a year of posts is most of a plan's time).
  if (![...repository.content.accounts.values()].some((account) => account.budget !== undefined)) return new Map();
  return readAllowances(repository.plan.months ?? [], repository.content.accounts, now.toMillis());
}
