/**
 * Posts whose files have errors never go out: publishing refuses them at send time (logging the
 * first error as `failed`). The calendar and the review show the same decision ahead of time, so a
 * post with an error is never shown as `scheduled` or `due`: "what the calendar shows is what will
 * happen". Pure: a plan and the content's errors in, a plan out.
 */
import { errorsByFile, type Diagnostic } from '../model/diagnostic.js';
import type { Plan, PlanEntry } from '../model/plan.js';
import { holdRepliesToInvalid } from './replies.js';

const WILL_GO_OUT = new Set<PlanEntry['status']>(['due', 'scheduled', 'queued']);

export function blockInvalidPosts(plan: Plan, contentDiagnostics: readonly Diagnostic[]): Plan {
  const errors = errorsByFile(contentDiagnostics);
  if (errors.size === 0) return plan;
  const entries = plan.entries.map((entry): PlanEntry => {
    const found = errors.get(entry.post.file);
    if (!found || !WILL_GO_OUT.has(entry.status)) return entry;
    const first = found[0]!;
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    return {
      ...entry,
      status: 'blocked',
      blockedBy: 'content-invalid',
      reason: `${first.file}:${first.line}: ${first.message}${more}; it is not sent until the file is fixed (run herald validate ${first.file})`,
    };
  });
  return { ...plan, entries: holdRepliesToInvalid(entries) };
}
