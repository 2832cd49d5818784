/**
 * What the calendars show of cost: each post's cost (`cost_usd` in the JSON) and, in text, md and
 * html, each account's UTC months (spent by the log + planned, against its budget). Kept apart from
 * the renderers so each adds one call.
 */
import type { Account } from '../model/account.js';
import { htmlText, mdText, terminalLine } from '../model/escape.js';
import type { MonthCost } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { formatUsd, fromMicros } from '../model/prices.js';
import { postCostMicros, pricesFor } from '../plan/cost.js';
import { isoFromMs, parseInstant } from '../time/instant.js';
import type { CalendarModel } from './model.js';

/** Every part at the account's prices, plus media metadata for part 1's described media. */
export function entryCostUsd(post: Pick<Post, 'parts' | 'media'>, account: Pick<Account, 'prices'> | undefined): number {
  return fromMicros(postCostMicros(post, pricesFor(account)));
}

/** `$0.215` for a post's line in the text, md and html calendars. */
export function costLabel(costUsd: number): string {
  return formatUsd(costUsd);
}

/** One line per account and UTC month the calendar's range touches. */
export interface MonthTotal {
  account: string;
  month: string;
  spentUsd: number;
  plannedUsd: number;
  heldUsd: number;
  budgetUsd?: number;
}

/** The months (UTC) the calendar's range touches, of the accounts it shows. */
export function monthTotals(model: Pick<CalendarModel, 'from' | 'to'>, months: readonly MonthCost[] | undefined, account?: string): MonthTotal[] {
  const first = isoFromMs(parseInstant(model.from)).slice(0, 7);
  const last = isoFromMs(parseInstant(model.to) - 1).slice(0, 7);
  return (months ?? [])
    .filter((m) => m.month >= first && m.month <= last && (account === undefined || m.account === account))
    .map((m) => ({
      account: m.account,
      month: m.month,
      spentUsd: fromMicros(m.spentMicros),
      plannedUsd: fromMicros(m.plannedMicros),
      heldUsd: fromMicros(m.heldMicros ?? 0),
      ...(m.budgetMicros !== undefined ? { budgetUsd: fromMicros(m.budgetMicros) } : {}),
    }));
}

/** `2026-12 (UTC): $0.43 spent + $1.20 planned = $1.63 of $40.00 budget; $0.20 held back by the budget`. */
export function monthTotalLine(total: MonthTotal): string {
  const sum = total.spentUsd + total.plannedUsd;
  let line = `${total.month} (UTC): ${formatUsd(total.spentUsd)} spent + ${formatUsd(total.plannedUsd)} planned = ${formatUsd(sum)}`;
  if (total.budgetUsd !== undefined) line += ` of ${formatUsd(total.budgetUsd)} budget`;
  if (total.heldUsd > 0) line += `; ${formatUsd(total.heldUsd)} held back by the budget`;
  return line;
}

type Handles = ReadonlyMap<string, Pick<Account, 'handle'>>;
const handle = (accounts: Handles, name: string) => accounts.get(name)?.handle ?? name;

/** The text calendar's closing section; empty when no month has cost. A handle is content: shown, never obeyed. */
export function costSectionText(totals: readonly MonthTotal[], accounts: Handles): string {
  if (totals.length === 0) return '';
  const width = Math.max(...totals.map((t) => terminalLine(handle(accounts, t.account)).length));
  return `\nCost by month (X pay-per-use)\n${totals.map((t) => `  ${terminalLine(handle(accounts, t.account)).padEnd(width)}  ${monthTotalLine(t)}\n`).join('')}`;
}

/** The Markdown calendar's closing table. */
export function costSectionMarkdown(totals: readonly MonthTotal[], accounts: Handles): string {
  if (totals.length === 0) return '';
  const rows = totals.map((t) => {
    const budget = t.budgetUsd === undefined ? '—' : formatUsd(t.budgetUsd);
    const held = t.heldUsd > 0 ? formatUsd(t.heldUsd) : '—';
    return `| ${mdText(handle(accounts, t.account))} | ${t.month} | ${formatUsd(t.spentUsd)} | ${formatUsd(t.plannedUsd)} | ${formatUsd(t.spentUsd + t.plannedUsd)} | ${budget} | ${held} |\n`;
  });
  return `\n#### Cost by month (UTC, X pay-per-use)\n\n| Account | Month | Spent | Planned | Total | Budget | Held back |\n|---|---|---|---|---|---|---|\n${rows.join('')}`;
}

/** The HTML calendar's cost section. */
export function costSectionHtml(totals: readonly MonthTotal[], accounts: Handles): string {
  if (totals.length === 0) return '';
  const items = totals.map((t) => `<li><span class="handle">${htmlText(handle(accounts, t.account))}</span> ${htmlText(monthTotalLine(t))}</li>`).join('');
  return `<section id="cost" aria-label="Cost by month"><h2>Cost by month (X pay-per-use)</h2><ul>${items}</ul></section>`;
}
