import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/model.js';
import { renderMarkdown } from '../../src/calendar/markdown.js';
import { NOW, RANGE, accounts, samplePlan } from './sample.js';

const md = () => renderMarkdown(buildCalendar(samplePlan(), accounts, RANGE), { accounts, now: NOW });

describe('calendar Markdown', () => {
  it('has a table per day with a heading in the chosen zone', () => {
    const out = md();
    expect(out).toContain('#### Tue 1 Dec 2026\n\n| Time | Account | Status | Audience | Text | Cost | File |\n|---|---|---|---|---|---|---|\n');
    expect(out).toContain(
      '| 09:00 | @\u2060acme | **published** | NY 09:00 · LA 06:00 · LON 14:00 | We just shipped weekly totals 👇 (+1 more)<br>on X: <https://x.com/acme/status/1001> · <https://x.com/acme/status/1002> | $0.03 | `posts/launch.md` |',
    );
  });

  it('shows every status', () => {
    for (const status of ['published', 'due', 'scheduled', 'queued', 'expired', 'draft', 'blocked']) {
      expect(md()).toContain(`**${status}**`);
    }
  });

  it('escapes pipes, newlines and HTML in text so each post stays one row', () => {
    const row = md()
      .split('\n')
      .find((l) => l.includes('Compare'))!;
    expect(row).toContain('Compare \\| pipes and &lt;script&gt;alert("x")&lt;/script&gt; &amp; "quotes" second line');
    expect(row.split(/(?<!\\)\|/).length).toBe(9);
  });

  it('puts the reason for blocked posts in the status cell', () => {
    expect(md()).toContain('**blocked**<br>inside the blackout "Winter break"');
  });

  it('ends with the posts that have no time', () => {
    const tail = md().split('#### Not scheduled')[1];
    expect(tail).toContain('| — | @\u2060acme | **queued**<br>no free slot');
    expect(tail).toContain('`posts/someday.md`');
  });
});
