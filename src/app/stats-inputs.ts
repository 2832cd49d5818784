/**
 * What `herald stats` needs of the repository besides the log and metrics.jsonl, opened once:
 * - what each account's `budget:` leaves for reads this UTC month: the repository planned as
 *   publish would plan it (spent by the log and metrics.jsonl, plus the month's posts still to go
 *   out), so reads never take the month past its budget nor starve a planned post;
 * - the support accounts (`sla:`), whose replies and mentions it reads;
 * - the log and metrics.jsonl as opened here, so the run reads neither file a second time.
 * Shared by the command and the action's `command: stats`.
 */
import type { DateTime } from 'luxon';
import type { ReadAllowance } from '../model/metrics.js';
import { toMicros } from '../model/prices.js';
import type { SupportAccount } from '../model/support.js';
import { readAllowances } from '../plan/budget.js';
import { pastPricesFor } from '../plan/cost.js';
import type { ReadLog } from '../repository/log.js';
import type { ReadMetrics } from '../repository/metrics.js';
import { openRepository } from './open-repository.js';

export interface StatsInputs {
  readBudgets: Map<string, ReadAllowance>;
  support: SupportAccount[];
  history: ReadLog;
  metrics: ReadMetrics;
}

export async function statsInputsAt(root: string, now: DateTime): Promise<StatsInputs> {
  const repository = await openRepository(root, { now, load: { report: 'errors' } });
  const accounts = [...repository.content.accounts.values()];
  const support = accounts
    .filter((account) => account.sla !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((account) => {
      // At the prices spend counts reads at: never below the table's.
      const prices = pastPricesFor(account);
      return {
        account: account.name,
        handle: account.handle,
        siblings: accounts.filter((other) => other.name !== account.name).map((other) => other.handle),
        ownedReadMicros: toMicros(prices.owned_read),
        postReadMicros: toMicros(prices.post_read),
      };
    });
  // No account with a budget: nothing to plan (a year of posts is most of a plan's time).
  const read = { history: repository.log, metrics: await repository.metrics() };
  if (!accounts.some((account) => account.budget !== undefined)) return { readBudgets: new Map(), support, ...read };
  return { readBudgets: readAllowances(repository.plan.months ?? [], repository.content.accounts, now.toMillis()), support, ...read };
}
