/** Previews show what part 1 carries beside its text: the poll's options and what it replies to (calendar text/md/html/json, review). */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/model.js';
import { renderHtml } from '../../src/calendar/html.js';
import { renderJson } from '../../src/calendar/json.js';
import { renderMarkdown } from '../../src/calendar/markdown.js';
import { renderText } from '../../src/calendar/text.js';
import type { Plan } from '../../src/model/plan.js';
import { reviewMarkdown } from '../../src/review/markdown.js';
import type { Review } from '../../src/review/review.js';
import { accounts, entry, NOW, post } from './sample.js';

const RANGE = { from: '2026-11-30T00:00:00Z', to: '2026-12-07T00:00:00Z', zone: 'UTC' };
const vote = post('vote', 'main', ['Which should we build next?'], { poll: { options: ['Dark mode', 'Offline sync'], durationMinutes: 1440 } });
const answer = post('answer', 'main', ['And exports come next week.'], { replyTo: { kind: 'post', id: 'vote' } });
const plan: Plan = {
  now: NOW,
  diagnostics: [],
  entries: [
    entry(vote, { status: 'scheduled', at: '2026-12-02T14:00:00Z', windowEnd: '2026-12-02T16:00:00Z' }),
    entry(answer, {
      status: 'scheduled',
      at: '2026-12-02T15:00:00Z',
      windowEnd: '2026-12-02T17:00:00Z',
      reason: "waits for post:vote to be published; then it replies to that post's last part",
    }),
  ],
};
const model = () => buildCalendar(plan, accounts, RANGE);
const ctx = { accounts, now: NOW };

describe('calendar and review previews: polls and replies', () => {
  it('json: poll and reply_to on the entry', () => {
    const entries = JSON.parse(renderJson(model())).entries;
    expect(entries[0].poll).toEqual({ options: ['Dark mode', 'Offline sync'], duration_minutes: 1440 });
    expect(entries[1].reply_to).toBe('post:vote');
  });

  it('text: the options, the target and why it waits', () => {
    const text = renderText(model(), ctx);
    expect(text).toContain('poll: Dark mode / Offline sync (1d)');
    expect(text).toContain('reply to post:vote');
    expect(text).toContain('waits for post:vote to be published');
  });

  it('markdown: the options beside the text', () => {
    expect(renderMarkdown(model(), ctx)).toContain('<br>poll: Dark mode / Offline sync (1d)');
  });

  it('html: a Poll and a Reply to row', () => {
    const html = renderHtml(model(), ctx, { name: 'herald' });
    expect(html).toContain('<dt>Poll</dt><dd>Dark mode\nOffline sync\nruns 1d</dd>');
    expect(html).toContain('<dt>Reply to</dt><dd>post:vote</dd>');
  });

  it('review: the poll options and the reply target on the preview card', () => {
    const review: Review = {
      base: 'main',
      head: 'HEAD',
      now: NOW,
      changed: ['posts/vote.md'],
      diagnostics: [],
      unpreviewable: [],
      removedPosts: [],
      calendar: { added: [], removed: [], moved: [], unreadable: [], statusChanged: [], expiring: [] },
      cards: [
        {
          post: 'vote',
          file: 'posts/vote.md',
          account: 'main',
          handle: '@acme',
          status: 'scheduled',
          windows: [],
          parts: [{ text: 'Which should we build next?', media: [], weighted: 27, max: 280 }],
          media: [],
          poll: { options: ['Dark mode', 'Offline sync'], duration_minutes: 1440 },
          reply_to: '1870000000000000000',
          draft: false,
        },
      ],
    };
    const markdown = reviewMarkdown(review);
    expect(markdown).toContain('**Poll** · runs 1d\n\n- Dark mode\n- Offline sync');
    expect(markdown).toContain('**Replies to** `1870000000000000000`');
  });
});
