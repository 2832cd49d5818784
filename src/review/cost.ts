/**
 * What a pull request adds to each account's UTC months of X spend: the head plan's cost minus the
 * base plan's (both plan with the base branch's log, so spend is the same on both sides), with the
 * month's total and the budget. Kept apart from review.ts and markdown.ts so each adds one call.
 */
import { mdText } from '../model/escape.js';
import { table } from '../model/markdown.js';
import type { MonthCost, Plan } from '../model/plan.js';
import { formatUsd, fromMicros } from '../model/prices.js';

export interface MonthCostChange {
  account: string;
  /** `2026-12`: a UTC month. */
  month: string;
  /** What the change adds to the month's planned posts (negative: removes), in US dollars; held-back posts included. */
  addedUsd: number;
  /** Spent by the log plus planned, with the change. */
  totalUsd: number;
  /** Planned posts the budget holds back, with the change. */
  heldUsd: number;
  budgetUsd?: number;
}

const key = (m: MonthCost) => `${m.account}\u0000${m.month}`;
const asked = (m: MonthCost | undefined) => (m ? m.plannedMicros + (m.heldMicros ?? 0) : 0);

/** Months whose planned cost, held-back cost or budget the change moves. */
export function costChanges(base: Pick<Plan, 'months'>, head: Pick<Plan, 'months'>): MonthCostChange[] {
  const before = new Map((base.months ?? []).map((m) => [key(m), m]));
  const after = new Map((head.months ?? []).map((m) => [key(m), m]));
  const changes: MonthCostChange[] = [];
  for (const k of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(k);
    const h = after.get(k);
    const added = asked(h) - asked(b);
    if (added === 0 && (h?.heldMicros ?? 0) === (b?.heldMicros ?? 0) && h?.budgetMicros === b?.budgetMicros) continue;
    const month = (h ?? b)!;
    changes.push({
      account: month.account,
      month: month.month,
      addedUsd: fromMicros(added),
      totalUsd: fromMicros((h?.spentMicros ?? 0) + (h?.plannedMicros ?? 0)),
      heldUsd: fromMicros(h?.heldMicros ?? 0),
      ...(h?.budgetMicros !== undefined ? { budgetUsd: fromMicros(h.budgetMicros) } : {}),
    });
  }
  return changes;
}

/** The review's "Cost" section; empty when the change moves no month's cost. */
export function costSectionMarkdown(changes: readonly MonthCostChange[]): string {
  if (changes.length === 0) return '';
  const signed = (usd: number) => (usd < 0 ? `−${formatUsd(-usd)}` : `+${formatUsd(usd)}`);
  const rows = changes.map((c) => [
    mdText(c.account),
    c.month,
    signed(c.addedUsd),
    formatUsd(c.totalUsd),
    c.budgetUsd === undefined ? '—' : formatUsd(c.budgetUsd),
    c.heldUsd > 0 ? `❌ ${formatUsd(c.heldUsd)} over: not sent` : '',
  ]);
  return `### Cost (X pay-per-use, UTC months)\n\n${table(['account', 'month', 'this change', 'spent + planned', 'budget', 'held back'], rows)}`;
}
