/**
 * The support section of `herald report` with what `herald stats` records (metrics.jsonl's
 * customer-post, support-reply and support-reads lines), against a fixture computed by hand:
 * test/fixtures/report-support-mentions/. Account support: Europe/London, audience London and
 * Tokyo, `sla: 2h` (7200 s); answers en/refund and en/password-reset. Period 2026-12-01T00:00Z –
 * 2026-12-04T00:00Z. In December London is UTC+0 and Tokyo UTC+9 (a London evening is Tokyo's
 * next morning).
 *
 * Customer posts (customer-post lines, all from the mentions; 9101 is read twice, one post):
 *   9101  wrote 12-01 09:00  app reply 7101 10:00, the refund answer filled   → 3600 s  (within)
 *   9102  wrote 12-01 11:00  app reply 7102 14:00, written by hand            → 10800 s (late)
 *   9103  wrote 12-01 15:00  herald reply 7103 15:30 (log, en/password-reset),
 *                            also on the timeline as 7103: one reply          → 1800 s  (within)
 *   9104  wrote 12-02 23:30  app reply 7104 12-03 00:20, the refund answer
 *                            with its spaces and line break changed           → 3000 s  (within)
 *   9105  wrote 12-03 12:00  no reply: waited 12 h at the end (past the sla)
 *   9106  wrote 12-03 23:00  no reply: waited 1 h at the end (open)
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/app/open-repository.js';
import type { SupportRecord } from '../../src/model/support.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { supportLines } from '../../src/report/shared.js';
import { buildReport, type Report } from '../../src/report/model.js';
import type { SupportStats } from '../../src/report/support.js';
import { repoRoot } from '../helpers/cli.js';

const root = path.join(repoRoot, 'test/fixtures/report-support-mentions');
const FROM = Date.parse('2026-12-01T00:00:00Z');
const TO = Date.parse('2026-12-04T00:00:00Z');

async function report(extra: readonly SupportRecord[] = [], now = TO): Promise<Report> {
  const repository = await openRepository(root, { now: DateTime.fromMillis(TO, { zone: 'utc' }), load: { report: 'errors' } });
  const metrics = await repository.metrics();
  expect(metrics.diagnostics).toEqual([]);
  return buildReport({
    posts: repository.content.posts,
    accounts: repository.content.accounts,
    log: repository.log.entries,
    snapshots: metrics.snapshots,
    support: [...metrics.support, ...extra],
    answers: repository.content.answers,
    from: FROM,
    to: TO,
    now,
  });
}

async function reportInput() {
  const repository = await openRepository(root, { now: DateTime.fromMillis(TO, { zone: 'utc' }), load: { report: 'errors' } });
  const metrics = await repository.metrics();
  return {
    posts: repository.content.posts,
    accounts: repository.content.accounts,
    log: repository.log.entries,
    snapshots: metrics.snapshots,
    support: metrics.support,
    answers: repository.content.answers,
    from: FROM,
    to: TO,
    now: TO,
  };
}

async function support(): Promise<SupportStats> {
  return (await report()).accounts.find((a) => a.account === 'support')!.support!;
}

const answered = (stats: SupportStats, to: string) => stats.posts.find((p) => p.to === to);

describe('herald report: support replies sent from X’s apps', () => {
  it('counts an app reply under the answer its text is', async () => {
    const stats = await support();
    // 7101 is en/refund filled with name "Anna", days "5"; 7104 too (name "Kenji Watanabe", days "10").
    expect(answered(stats, '9101')).toEqual({
      to: '9101',
      written_at: '2026-12-01T09:00:00Z',
      first_reply_at: '2026-12-01T10:00:00Z',
      first_reply_s: 3600,
      answer: 'en/refund',
      within_sla: true,
    });
    expect(stats.answers).toEqual([
      { answer: 'en/refund', replies: 2 }, // 7101, 7104
      { answer: 'en/password-reset', replies: 1 }, // 7103, from the log
    ]);
  });

  it('counts a reply that matches no answer as written by hand', async () => {
    const stats = await support();
    expect(stats.unmatched).toBe(1); // 7102
    // The post it answered has no answer; 14:00 − 11:00 = 10800 s > 7200 s.
    expect(answered(stats, '9102')).toEqual({
      to: '9102',
      written_at: '2026-12-01T11:00:00Z',
      first_reply_at: '2026-12-01T14:00:00Z',
      first_reply_s: 10800,
      within_sla: false,
    });
  });

  it('counts a reply seen both in the log and on the timeline once, with the log’s answer', async () => {
    const stats = await support();
    // 7101, 7102, 7103 (log and timeline: one), 7104 = 4.
    expect(stats.replies).toBe(4);
    expect(answered(stats, '9103')).toMatchObject({ first_reply_s: 1800, answer: 'en/password-reset' });
  });

  it('puts a reply after midnight on the account’s new day, and its post at the hour it was written in each zone', async () => {
    const stats = await support();
    // 7104 went out 12-03 00:20 London to a post written 12-02 23:30 London (12-03 08:30 in Tokyo).
    expect(answered(stats, '9104')).toMatchObject({ written_at: '2026-12-02T23:30:00Z', first_reply_s: 3000, answer: 'en/refund' });
    // London days: 12-01 7101, 7102, 7103 = 3; 12-02 none; 12-03 7104 = 1.
    expect(stats.replies_by_day).toEqual([
      { day: '2026-12-01', replies: 3 },
      { day: '2026-12-03', replies: 1 },
    ]);
    const tokyo = stats.by_zone.find((z) => z.zone === 'Asia/Tokyo')!;
    expect(tokyo.hours[8]).toBeGreaterThanOrEqual(1);
    expect(tokyo.hours[23]).toBe(0);
  });

  it('gives the first-reply median and p90 over herald’s and the apps’ replies', async () => {
    // Four answered posts: 1800, 3000, 3600, 10800. Median: rank ⌈0.5 × 4⌉ = 2 → 3000. p90: rank ⌈0.9 × 4⌉ = 4 → 10800.
    const stats = await support();
    expect(stats.customer_posts).toBe(4);
    expect(stats.first_reply).toEqual({ median_s: 3000, p90_s: 10800 });
  });
});

describe('herald report: unanswered customer posts', () => {
  it('lists a customer post never answered, past the sla, and it lowers the share', async () => {
    const stats = await support();
    // 9105: 12-04 00:00 − 12-03 12:00 = 43200 s > 7200 s.
    expect(stats.unanswered[0]).toEqual({
      id: '9105',
      url: 'https://x.com/i/web/status/9105',
      written_at: '2026-12-03T12:00:00Z',
      waited_s: 43200,
      past_sla: true,
    });
    // Within: 9101, 9103, 9104 = 3, over 4 answered + 1 unanswered past the sla = 3 / 5.
    expect(stats.sla).toMatchObject({ within: 3, unanswered_late: 1, share: 0.6 });
  });

  it('names each first reply that came past the sla, with its link and its time rounded up', async () => {
    const stats = await support();
    // 9102: written 11:00, answered by hand at 14:00: 3 h against 2 h.
    expect(supportLines(stats, 'Europe/London')).toContainEqual(['First reply past the sla', 'https://x.com/i/web/status/9102 after 3h']);
  });

  it('lists one still inside the sla as open, counted on neither side of the share', async () => {
    const stats = await support();
    // 9106: 12-04 00:00 − 12-03 23:00 = 3600 s ≤ 7200 s.
    expect(stats.unanswered[1]).toEqual({
      id: '9106',
      url: 'https://x.com/i/web/status/9106',
      written_at: '2026-12-03T23:00:00Z',
      waited_s: 3600,
      past_sla: false,
    });
    expect(stats.unanswered).toHaveLength(2);
    expect(stats.sla).toEqual({ written: '2h', seconds: 7200, answered: 4, within: 3, unanswered_late: 1, open: 1, share: 0.6 });
  });

  it('marks a customer writing back to our reply as a follow-up: listed, but no first reply is due, so never past the sla', async () => {
    // 9107 ("thanks!") replies to our app reply 7101, written 12-03 10:00: 14 h before the end.
    const thanks: SupportRecord = {
      kind: 'customer-post',
      at: '2026-12-04T06:00:00Z',
      account: 'support',
      tweet_id: '9107',
      author_id: '501',
      written_at: '2026-12-03T10:00:00Z',
      in_reply_to: '7101',
      source: 'mentions',
    };
    const stats = (await report([thanks])).accounts.find((a) => a.account === 'support')!.support!;
    expect(stats.unanswered.find((u) => u.id === '9107')).toEqual({
      id: '9107',
      url: 'https://x.com/i/web/status/9107',
      written_at: '2026-12-03T10:00:00Z',
      waited_s: 50400,
      past_sla: false,
      follow_up: true,
    });
    // The share and the open count are as without it: 3 of 5, one open (9106).
    expect(stats.sla).toEqual({ written: '2h', seconds: 7200, answered: 4, within: 3, unanswered_late: 1, open: 1, share: 0.6 });
  });

  it('measures waits up to now when the period ends in the future', async () => {
    // Now 12-03 13:00: 9105 (12:00) has waited 1 h, inside the sla; 9106 (23:00) is not written yet.
    const stats = (await report([], Date.parse('2026-12-03T13:00:00Z'))).accounts.find((a) => a.account === 'support')!.support!;
    expect(stats.as_of).toBe('2026-12-03T13:00:00Z');
    expect(stats.unanswered.map((u) => [u.id, u.waited_s, u.past_sla])).toEqual([['9105', 3600, false]]);
    expect(stats.sla).toMatchObject({ unanswered_late: 0, open: 1 });
  });

  it('says what is not known yet when stats last stopped part-way through the mentions, and never "none"', async () => {
    // A later run stopped after one page: posts below it are a gap, so nothing after 12-04 06:00 is known.
    const stopped: SupportRecord = {
      kind: 'support-reads',
      at: '2026-12-05T06:00:00Z',
      account: 'support',
      source: 'mentions',
      owned_reads: 0,
      post_reads: 5,
      since_id: '9106',
      newest_id: '9199',
      oldest_id: '9150',
      complete: false,
    };
    const late = (await report([stopped], Date.parse('2026-12-06T00:00:00Z'))).accounts.find((a) => a.account === 'support')!;
    expect(late.support).toMatchObject({ read_to: '2026-12-04T06:00:00Z' });
    // The period (to 12-04 00:00) ends before what was read through: all known.
    expect(late.support!.known_until).toBeUndefined();

    const wide = await buildReport({
      ...(await reportInput()),
      support: [...(await reportInput()).support!, stopped],
      to: Date.parse('2026-12-06T00:00:00Z'),
      now: Date.parse('2026-12-06T00:00:00Z'),
    });
    const support = wide.accounts.find((a) => a.account === 'support')!.support!;
    expect(support.known_until).toBe('2026-12-04T06:00:00Z');
    expect(support.as_of).toBe('2026-12-04T06:00:00Z');
    const line = supportLines(support, 'Europe/London').find(([label]) => label === 'Unanswered')![1];
    expect(line).toContain(
      'as of the last herald stats run that read the timeline and the mentions through (2026-12-04 06:00 Europe/London): what came after is not read yet',
    );
  });

  it('gives no share before stats has read the timelines through: answered posts alone would read as 100%', async () => {
    const input = await reportInput();
    // Only what a first run stopped part-way recorded: two posts (one answered), no read through.
    const support: SupportRecord[] = [
      {
        kind: 'customer-post',
        at: '2026-12-02T06:00:00Z',
        account: 'support',
        tweet_id: '9101',
        author_id: '501',
        written_at: '2026-12-01T09:00:00Z',
        source: 'mentions',
      },
      {
        kind: 'customer-post',
        at: '2026-12-02T06:00:00Z',
        account: 'support',
        tweet_id: '9102',
        author_id: '502',
        written_at: '2026-12-01T11:00:00Z',
        source: 'mentions',
      },
      {
        kind: 'support-reads',
        at: '2026-12-02T06:00:00Z',
        account: 'support',
        source: 'mentions',
        owned_reads: 0,
        post_reads: 5,
        start_time: '2026-12-01T00:00:00Z',
        newest_id: '9102',
        oldest_id: '9101',
        complete: false,
      },
      { kind: 'support-reply', at: '2026-12-02T06:00:01Z', account: 'support', tweet_id: '7101', to: '9101', sent_at: '2026-12-01T10:00:00Z', text: 'Fixed.' },
    ];
    const stats = buildReport({ ...input, log: [], support }).accounts.find((a) => a.account === 'support')!.support!;
    expect(stats.read_to).toBeUndefined();
    expect(stats.known_until).toBe('2026-12-01T00:00:00Z');
    expect(stats.sla).toEqual({ written: '2h', seconds: 7200, answered: 0, within: 0, unanswered_late: 0, open: 0 });
    expect(supportLines(stats, 'Europe/London').find(([label]) => label === 'Unanswered')![1]).toContain('so none is known: run it again');
  });

  it('leaves an answered follow-up out of the first-reply times and the share', async () => {
    const thanks: SupportRecord = {
      kind: 'customer-post',
      at: '2026-12-04T06:00:00Z',
      account: 'support',
      tweet_id: '9107',
      author_id: '501',
      written_at: '2026-12-03T10:00:00Z',
      in_reply_to: '7101',
      source: 'mentions',
    };
    const welcome: SupportRecord = {
      kind: 'support-reply',
      at: '2026-12-04T06:00:01Z',
      account: 'support',
      tweet_id: '7107',
      to: '9107',
      sent_at: '2026-12-03T16:00:00Z',
      text: 'You are welcome!',
    };
    const stats = (await report([thanks, welcome])).accounts.find((a) => a.account === 'support')!.support!;
    expect(stats.posts.find((p) => p.to === '9107')).toMatchObject({ follow_up: true, first_reply_s: 21600 });
    expect(stats.posts.find((p) => p.to === '9107')?.within_sla).toBeUndefined();
    // As without it: 4 first replies, 3 of 5 within the sla; the reply itself counts as a reply.
    expect(stats).toMatchObject({ customer_posts: 4, replies: 5, sla: { within: 3, unanswered_late: 1, open: 1, share: 0.6 } });
  });

  it('counts a post answered only after the period as unanswered at its end', async () => {
    // A reply to 9106 at 12-04 00:30 went out after the period: at 12-04 00:00 nobody had answered.
    const late: SupportRecord = {
      kind: 'support-reply',
      at: '2026-12-04T06:00:02Z',
      account: 'support',
      tweet_id: '7106',
      to: '9106',
      sent_at: '2026-12-04T00:30:00Z',
      text: 'On it!',
    };
    const stats = (await report([late])).accounts[0]!.support!;
    expect(stats.unanswered.map((u) => u.id)).toEqual(['9105', '9106']);
    expect(stats.replies).toBe(4);
  });

  it('counts the busiest hours over every customer post written in the period, unanswered ones included', async () => {
    const [london, tokyo] = (await support()).by_zone;
    // Written: 9101 09:00, 9102 11:00, 9103 15:00, 9104 23:30 (12-02), 9105 12:00, 9106 23:00 (London, UTC+0).
    expect(london!.zone).toBe('Europe/London');
    expect(london!.hours.reduce((a, b) => a + b, 0)).toBe(6);
    expect(london!.busiest).toEqual([
      { hour: 23, posts: 2 }, // 9104 answered, 9106 not
      { hour: 9, posts: 1 },
      { hour: 11, posts: 1 },
    ]);
    // Tokyo (UTC+9): 18, 20, 00 (12-02), 08 (12-03), 21, 08 (12-04).
    expect(tokyo!.zone).toBe('Asia/Tokyo');
    expect(tokyo!.busiest).toEqual([
      { hour: 8, posts: 2 },
      { hour: 0, posts: 1 },
      { hour: 18, posts: 1 },
    ]);
  });
});

describe('herald report: the support section’s JSON', () => {
  it('has the documented shape, new fields after the old ones', async () => {
    const json = JSON.parse(renderJson(await report())).accounts[0].support;
    expect(json).toEqual({
      replies: 4,
      customer_posts: 4,
      replies_by_day: [
        { day: '2026-12-01', replies: 3 },
        { day: '2026-12-03', replies: 1 },
      ],
      first_reply: { median_s: 3000, p90_s: 10800 },
      sla: { written: '2h', seconds: 7200, answered: 4, within: 3, unanswered_late: 1, open: 1, share: 0.6 },
      by_zone: [
        { zone: 'Europe/London', hours: expect.any(Array), busiest: expect.any(Array) },
        { zone: 'Asia/Tokyo', hours: expect.any(Array), busiest: expect.any(Array) },
      ],
      answers: [
        { answer: 'en/refund', replies: 2 },
        { answer: 'en/password-reset', replies: 1 },
      ],
      posts: [
        { to: '9101', written_at: '2026-12-01T09:00:00Z', first_reply_at: '2026-12-01T10:00:00Z', first_reply_s: 3600, answer: 'en/refund', within_sla: true },
        { to: '9102', written_at: '2026-12-01T11:00:00Z', first_reply_at: '2026-12-01T14:00:00Z', first_reply_s: 10800, within_sla: false },
        {
          to: '9103',
          written_at: '2026-12-01T15:00:00Z',
          first_reply_at: '2026-12-01T15:30:00Z',
          first_reply_s: 1800,
          answer: 'en/password-reset',
          within_sla: true,
        },
        { to: '9104', written_at: '2026-12-02T23:30:00Z', first_reply_at: '2026-12-03T00:20:00Z', first_reply_s: 3000, answer: 'en/refund', within_sla: true },
      ],
      unmatched: 1,
      unanswered: [
        { id: '9105', url: 'https://x.com/i/web/status/9105', written_at: '2026-12-03T12:00:00Z', waited_s: 43200, past_sla: true },
        { id: '9106', url: 'https://x.com/i/web/status/9106', written_at: '2026-12-03T23:00:00Z', waited_s: 3600, past_sla: false },
      ],
      from_x: true,
      as_of: '2026-12-04T00:00:00Z',
      read_to: '2026-12-04T06:00:00Z',
    });
  });
});

describe('herald report: the unanswered posts in Markdown and HTML', () => {
  // The metrics file's reader refuses an id that is not digits; the model is pure and may be given
  // anything, so the renderers hold on their own.
  const hostile: SupportRecord = {
    kind: 'customer-post',
    at: '2026-12-04T06:00:03Z',
    account: 'support',
    tweet_id: '1|<b>x</b>](javascript:alert(1))',
    author_id: '507',
    written_at: '2026-12-03T20:00:00Z',
    source: 'mentions',
  };

  it('keeps a hostile id inside its table cell and its link text in Markdown', async () => {
    const md = renderMarkdown(await report([hostile]));
    const row = md.split('\n').find((line) => line.includes('javascript'))!;
    expect(row).not.toContain('<b>');
    // Four cells: the pipe inside the id is escaped, so it splits nothing.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    // The destination is percent-encoded: nothing of the id can end it.
    expect(row).toContain('(<https://x.com/i/web/status/1%7C%3Cb%3Ex%3C%2Fb%3E%5D(javascript%3Aalert(1))>)');
    expect(md).toContain('| [9105](<https://x.com/i/web/status/9105>) | 2026-12-03 12:00 | 12h | past the sla |');
  });

  it('escapes it in HTML and names the late post', async () => {
    const html = renderHtml(await report([hostile]));
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('<a href="https://x.com/i/web/status/9105">9105</a>');
    expect(html).toContain('<td class="over">past the sla</td>');
  });
});
