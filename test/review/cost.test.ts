/** What a pull request adds to each UTC month's X spend (src/review/cost.ts): head plan minus base plan. */
import { describe, expect, it } from 'vitest';
import { costChanges, costSectionMarkdown } from '../../src/review/cost.js';
import { account, plan, post } from '../plan/build.js';

const NOW = '2026-11-30T12:00:00-05:00';
const withBudget = account('main', { budget: { monthlyUsd: 0.3 } });
const link = (id: string, at: string) => post(id, at, { parts: [`News ${id}: https://example.com/${id}`] });

describe('the review: cost by month', () => {
  it('shows what the change adds to each month, the month’s total and the budget, and what the budget holds back', () => {
    const base = plan({ posts: [link('a', '2026-12-01 09:00')], accounts: [withBudget], now: NOW });
    const head = plan({
      posts: [link('a', '2026-12-01 09:00'), link('b', '2026-12-02 09:00'), post('c', '2026-12-03 09:00')],
      accounts: [withBudget],
      now: NOW,
    });
    const changes = costChanges(base, head);
    expect(changes).toEqual([{ account: 'main', month: '2026-12', addedUsd: 0.215, totalUsd: 0.215, heldUsd: 0.2, budgetUsd: 0.3 }]);
    expect(costSectionMarkdown(changes)).toBe(
      '### Cost (X pay-per-use, UTC months)\n\n' +
        '| account | month | this change | spent + planned | budget | held back |\n' +
        '|---|---|---|---|---|---|\n' +
        '| main | 2026-12 | +$0.215 | $0.215 | $0.30 | ❌ $0.20 over: not sent |',
    );
  });

  it('a change that moves no month’s cost adds no section', () => {
    const both = plan({ posts: [link('a', '2026-12-01 09:00')], accounts: [withBudget], now: NOW });
    expect(costChanges(both, both)).toEqual([]);
    expect(costSectionMarkdown([])).toBe('');
  });
});
