/**
 * `budget: { monthly_usd }`: a post that would take its account's UTC month past the budget
 * (what the log says was spent, plus the posts planned before it) is blocked (`blocked_by:
 * budget`), and validate says so twice: on the post (where its time is written: move it, or cut
 * its cost) and on the account file's `budget:` line (the month's totals: raise it). Pure.
 */
import type { Account } from '../model/account.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { ReadAllowance } from '../model/metrics.js';
import type { MonthCost, PostStatus } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { formatUsd, fromMicros, PRICES, PRICES_READ_ON, type Prices, toMicros } from '../model/prices.js';
import { PLAN_RULES, ruleSetting } from '../model/rules.js';
import { timeKeys } from '../time/keys.js';
import { isPrice, partCostMicros, pastPricesFor, pricesFor, type SpendByMonth, utcMonth } from './cost.js';
import type { LedgerRecord } from './ledger.js';
import type { StatusDecision } from './status.js';
import type { PartSchedule } from './timed-parts.js';

/** What the budget check reads and writes of the planner's work items. */
export interface BudgetItem {
  post: Post;
  status: PostStatus;
  startMs?: number;
  slotted: boolean;
  record: LedgerRecord;
  decision: StatusDecision;
  /** A thread with timed parts: each part's time, so each part is costed in its own month. */
  parts?: PartSchedule;
}

const ACTIVE = new Set<PostStatus>(['due', 'scheduled', 'queued']);
const usd = (micros: number) => formatUsd(fromMicros(micros));
const add = (months: Map<string, number>, month: string, micros: number) => months.set(month, (months.get(month) ?? 0) + micros);

/**
 * What a post still to send costs, by the UTC month each part goes out in: a part goes out at its
 * own time (a timed thread's later parts, weeks after part 1 perhaps) or now when that is past, and
 * X bills it then. An untimed post's parts all go out with part 1.
 */
function remainingCostByMonth(w: Pick<BudgetItem, 'post' | 'startMs' | 'record' | 'parts'>, prices: Prices, nowMs: number): Map<string, number> {
  const byMonth = new Map<string, number>();
  for (let part = w.record.tweetIds.length; part < w.post.parts.length; part++) {
    const partMs = w.parts?.partMs[part] ?? w.startMs!;
    add(byMonth, utcMonth(Math.max(partMs, nowMs)), partCostMicros(w.post, part, prices));
  }
  return byMonth;
}

/**
 * Walk each account's posts in the order they go out (a due post: now), month by month, and block
 * those that would not fit. A post that does not fit is skipped, not the end of the month: a
 * cheaper one after it may still fit, as publish would send it.
 */
export function applyBudgets(
  byAccount: ReadonlyMap<string, BudgetItem[]>,
  accounts: ReadonlyMap<string, Account>,
  spend: SpendByMonth,
  nowMs: number,
  diagnostics: Diagnostic[],
): MonthCost[] {
  const months: MonthCost[] = [];
  for (const [name, items] of [...byAccount].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const account = accounts.get(name);
    const prices = pricesFor(account);
    const budget = account?.budget === undefined ? undefined : toMicros(account.budget.monthlyUsd);
    const spent = spend.get(name) ?? new Map<string, number>();
    const planned = new Map<string, number>();
    const held = new Map<string, { micros: number; files: string[] }>();
    const outMs = (w: BudgetItem) => Math.max(w.startMs!, nowMs);
    const candidates = items
      .filter((w) => ACTIVE.has(w.status) && w.startMs !== undefined)
      .sort((a, b) => outMs(a) - outMs(b) || a.startMs! - b.startMs! || (a.post.file < b.post.file ? -1 : a.post.file > b.post.file ? 1 : 0));
    const setting = ruleSetting(account, PLAN_RULES.budget);
    for (const w of candidates) {
      const costs = remainingCostByMonth(w, prices, nowMs);
      const before = (month: string) => (spent.get(month) ?? 0) + (planned.get(month) ?? 0);
      // The post goes out whole or not at all: held when any month its parts fall in would overflow.
      const over = budget === undefined ? undefined : [...costs].find(([month, cost]) => before(month) + cost > budget);
      if (over === undefined) {
        for (const [month, cost] of costs) add(planned, month, cost);
        continue;
      }
      const [month, cost] = over;
      const whole = [...costs.values()].reduce((sum, micros) => sum + micros, 0);
      const partOf = costs.size > 1 ? ` (its parts in ${month}; ${usd(whole)} in all)` : '';
      const reason = `budget of ${usd(budget!)} for ${month} (UTC) reached: ${usd(spent.get(month) ?? 0)} spent and ${usd(planned.get(month) ?? 0)} planned before this post, which costs ${usd(cost)}${partOf}`;
      w.decision = { status: 'blocked', blockedBy: 'budget', reason, alreadyLogged: w.record.skippedCategories.has('budget') };
      w.status = 'blocked';
      const heldHere = held.get(month) ?? { micros: 0, files: [] };
      heldHere.micros += cost;
      heldHere.files.push(w.post.file);
      held.set(month, heldHere);
      if (setting.level !== 'off')
        diagnostics.push(
          diagnostic(
            w.post.file,
            w.post.positions,
            timeKeys(w),
            setting.level,
            'budget',
            `this post costs ${usd(cost)}${partOf} and would take account ${name}'s spend for ${month} (UTC) to ${usd(before(month) + cost)}, past its budget of ${usd(budget!)} ` +
              `(${usd(spent.get(month) ?? 0)} spent by the log, ${usd(planned.get(month) ?? 0)} planned before it), so it is not sent. ` +
              `Move it to another month, make it cheaper (a part with a link costs ${formatUsd(prices.post_with_url)}, without ${formatUsd(prices.post)}), ` +
              `or raise budget.monthly_usd in ${account?.file ?? `schedules/${name}.yaml`}.`,
          ),
        );
    }
    if (account && budget !== undefined && setting.level !== 'off')
      for (const [month, over] of [...held].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const total = (spent.get(month) ?? 0) + (planned.get(month) ?? 0) + over.micros;
        diagnostics.push(
          diagnostic(
            account.file,
            account.positions,
            ['budget.monthly_usd', 'budget'],
            setting.level,
            'budget',
            `${month} (UTC) would cost ${usd(total)} (${usd(spent.get(month) ?? 0)} spent by the log, ${usd(total - (spent.get(month) ?? 0))} planned), ` +
              `more than budget.monthly_usd ${usd(budget)}, so ${over.files.length === 1 ? 'this post is' : `these ${over.files.length} posts are`} not sent: ${over.files.join(', ')}. ` +
              `Write monthly_usd: ${formatUsd(fromMicros(total)).slice(1)} or more, or move posts to another month.`,
          ),
        );
      }
    for (const month of new Set([...spent.keys(), ...planned.keys(), ...held.keys()])) {
      months.push({
        account: name,
        month,
        spentMicros: spent.get(month) ?? 0,
        plannedMicros: planned.get(month) ?? 0,
        ...(held.has(month) ? { heldMicros: held.get(month)!.micros } : {}),
        ...(budget !== undefined ? { budgetMicros: budget } : {}),
      });
    }
  }
  // Accounts with spend but no posts in the repository still spent it.
  for (const [name, spent] of spend) {
    if (byAccount.has(name)) continue;
    const account = accounts.get(name);
    for (const [month, micros] of spent)
      months.push({
        account: name,
        month,
        spentMicros: micros,
        plannedMicros: 0,
        ...(account?.budget !== undefined ? { budgetMicros: toMicros(account.budget.monthlyUsd) } : {}),
      });
  }
  return months.sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/**
 * `prices-below-table`: a price in `prices:` under herald's table (0 included) makes every planned
 * post look cheaper, so a budget lets more through than X may bill. Said on the price's own line;
 * an account whose plan really is cheaper turns the rule off. (Past spend the log has no cost for is
 * counted at the dearer of the two either way: see pastPricesFor.)
 */
export function pricesBelowTable(accounts: ReadonlyMap<string, Account>, diagnostics: Diagnostic[]): void {
  for (const account of accounts.values()) {
    const setting = ruleSetting(account, PLAN_RULES['prices-below-table']);
    if (setting.level === 'off' || !account.prices) continue;
    for (const key of Object.keys(PRICES) as (keyof Prices)[]) {
      const price = account.prices[key];
      if (!isPrice(price) || price >= PRICES[key]) continue;
      diagnostics.push(
        diagnostic(
          account.file,
          account.positions,
          [`prices.${key}`, 'prices'],
          setting.level,
          'prices-below-table',
          `prices.${key} is ${formatUsd(price)}, below herald's table price of ${formatUsd(PRICES[key])} (X's pricing page, ${PRICES_READ_ON}): ` +
            `planned posts are costed at it, so ${account.budget ? 'budget.monthly_usd lets more through than X may bill' : 'the calendar shows less than X may bill'}. ` +
            `Write the price your X plan charges (${key}: ${PRICES[key]}), delete the line to use the table's, or, if your plan really costs ${formatUsd(price)}, write rules: { prices-below-table: off }.`,
        ),
      );
    }
  }
}

/**
 * Reads never take the month past its budget counting spent + planned: reads are optional, posts
 * are the point, so they get only what the month's planned posts leave. Accounts without a budget
 * are absent (no limit but `--max-reads`). Pure: from the plan's month totals.
 */
export function readAllowances(months: readonly MonthCost[], accounts: ReadonlyMap<string, Account>, nowMs: number): Map<string, ReadAllowance> {
  const month = utcMonth(nowMs);
  const allowances = new Map<string, ReadAllowance>();
  for (const [name, account] of accounts) {
    if (account.budget === undefined) continue;
    const budgetMicros = toMicros(account.budget.monthlyUsd);
    const totals = months.find((m) => m.account === name && m.month === month);
    const spentMicros = totals?.spentMicros ?? 0;
    const plannedMicros = totals?.plannedMicros ?? 0;
    // At the price spend will count the read at: never below the table's, so never 0.
    const readMicros = toMicros(pastPricesFor(account).post_read);
    const reads = Math.max(0, Math.floor((budgetMicros - spentMicros - plannedMicros) / readMicros));
    allowances.set(name, { month, budgetMicros, spentMicros, plannedMicros, readMicros, reads });
  }
  return allowances;
}
