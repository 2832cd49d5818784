import { describe, expect, it } from 'vitest';
import { findPart } from '../../src/publish/reconcile.js';
import type { XTweet } from '../../src/x/port.js';

// Newest first, as the timeline returns them.
const timeline: XTweet[] = [
  { id: '30', text: 'Part two of the launch.', in_reply_to_tweet_id: '20' },
  { id: '25', text: 'Part two of the launch.', in_reply_to_tweet_id: '10' },
  { id: '20', text: 'We  just shipped\nweekly totals: example.com/weekly' },
  { id: '10', text: 'We just shipped weekly totals: https://example.com/weekly' },
];

describe('finding an attempted part on the timeline', () => {
  it('matches text with white space and link schemes normalised, oldest unclaimed first', () => {
    expect(findPart(timeline, 'We just shipped weekly totals: https://example.com/weekly', undefined, new Set())?.id).toBe('10');
    expect(findPart(timeline, 'We just shipped weekly totals: https://example.com/weekly', undefined, new Set(['10']))?.id).toBe('20');
  });

  it('for a later part, only accepts a reply to the previous part', () => {
    expect(findPart(timeline, 'Part two of the launch.', '20', new Set())?.id).toBe('30');
    expect(findPart(timeline, 'Part two of the launch.', '99', new Set())).toBeUndefined();
  });

  it('finds nothing when the text differs', () => {
    expect(findPart(timeline, 'Something we never sent.', undefined, new Set())).toBeUndefined();
  });
});
