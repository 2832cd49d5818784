import { describe, expect, it } from 'vitest';
import { fitSummary } from '../../src/action/review-mode.js';

describe('the review summary size', () => {
  it("drops the previews, keeping findings and calendar, when the summary would pass GitHub's 1 MiB limit", () => {
    const markdown = `## herald review\n\n### Calendar changes\n\nunchanged\n\n### Previews\n\n${'x'.repeat(2000)}\n`;

    const fitted = fitSummary(markdown, 1000);

    expect(fitted).toContain('### Calendar changes');
    expect(fitted).not.toContain('### Previews');
    expect(fitted).toContain('run `npx herald review --base origin/main` locally');
    expect(fitSummary(markdown)).toBe(markdown);
  });
});
