/**
 * `prices:` in an account file, as `herald validate` (a process) reports it: a price must be a
 * finite number of dollars from 0 to 100, and one below herald's table warns on its own line,
 * because the budget would count less than X may bill.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/tmp.js';
import { validate } from './helpers.js';

describe('prices: in an account file', () => {
  it('1e308, .inf and a negative price are errors on their lines, saying what to write', async () => {
    const result = await validate(await fixtureCopy('validate-prices-out-of-range'));
    const findings = result.findings.filter((d) => d.file === 'schedules/main.yaml');
    expect(findings.map((d) => [d.line, d.severity, d.rule])).toEqual([
      [5, 'error', 'schema'],
      [6, 'error', 'schema'],
      [7, 'error', 'schema'],
    ]);
    expect(findings[0].message).toBe(
      '`prices.post_with_url` must be a price in US dollars from 0 to 100 like 0.015 — you wrote `1e+308`. For example: `post_with_url: 0.015`.',
    );
    // YAML's .inf reaches the schema as JSON does not know it (null): still an error on its line.
    expect(findings[1].message).toContain('`prices.delete` must be an amount of US dollars like 0.015');
    expect(findings[2].message).toContain('`prices.post_read` must be an amount of US dollars like 0.015 — you wrote `-0.005`');
    expect(result.code).toBe(1);
  });

  it('a price below the table (0 included) is a prices-below-table warning on its line; one above it is not', async () => {
    const result = await validate(await fixtureCopy('validate-prices-below-table'));
    const findings = result.findings.filter((d) => d.file === 'schedules/main.yaml');
    expect(findings.map((d) => [d.line, d.column, d.severity, d.rule])).toEqual([
      [5, 9, 'warning', 'prices-below-table'],
      [7, 14, 'warning', 'prices-below-table'],
    ]);
    expect(findings[0].message).toBe(
      "prices.post is $0.00, below herald's table price of $0.015 (X's pricing page, 2026-08): planned posts are costed at it, so budget.monthly_usd lets more through than X may bill. " +
        "Write the price your X plan charges (post: 0.015), delete the line to use the table's, or, if your plan really costs $0.00, write rules: { prices-below-table: off }.",
    );
    expect(result.code).toBe(0);
  });
});
