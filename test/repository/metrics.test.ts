import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MetricsSnapshot } from '../../src/model/metrics.js';
import { appendMetrics, parseMetrics, readMetrics } from '../../src/repository/metrics.js';

const snapshot: MetricsSnapshot = {
  at: '2026-12-01T10:00:00Z',
  account: 'main',
  post: 'launch',
  part: 0,
  tweet_id: '1860000000000000001',
  impressions: 120,
  likes: 3,
  reposts: 1,
  replies: 0,
  quotes: 0,
  bookmarks: 2,
};

describe('the metrics file', () => {
  it('reads valid snapshots and reports a torn or invalid line by its line number', () => {
    const text = `${JSON.stringify(snapshot)}\n{"at":"2026\n${JSON.stringify({ ...snapshot, likes: -1 })}\n${JSON.stringify(snapshot).replace('"impressions":120', '"impressions":1e308')}\n`;
    const read = parseMetrics(text);
    expect(read.snapshots).toEqual([snapshot]);
    expect(read.diagnostics.map((d) => [d.line, d.rule])).toEqual([
      [2, 'metrics-invalid'],
      [3, 'metrics-invalid'],
      [4, 'metrics-invalid'],
    ]);
    expect(read.diagnostics[1]?.message).toContain('"likes" must be a whole number');
  });

  it('reads support lines by their kind beside the snapshots, and reports a bad one by its line number', () => {
    const reply = {
      kind: 'support-reply',
      at: '2026-12-01T10:00:00Z',
      account: 'support',
      tweet_id: '1990000000000000004',
      to: '1985000000000000001',
      sent_at: '2026-12-01T09:10:00Z',
      text: 'Fixed.',
    };
    const reads = { kind: 'support-reads', at: '2026-12-01T10:00:00Z', account: 'support', source: 'mentions', owned_reads: 0, post_reads: 4, complete: true };
    const lines = [
      snapshot,
      reply,
      reads,
      { ...reply, kind: 'support-note' },
      { ...reply, to: 'x.com/acme/status/1' },
      { ...reads, complete: 'yes' },
      { kind: 'customer-post', at: '2026-12-01T10:00:00Z', account: 'support', tweet_id: '1', author_id: '2', written_at: 'yesterday', source: 'mentions' },
      // An id past X's largest (2^63 − 1) would stop every later read at it; one with a leading zero would be a second post.
      { ...reads, newest_id: '9999999999999999999', oldest_id: '1985000000000000001' },
      { ...reply, tweet_id: '01990000000000000004' },
      // A line is one page: X bills at most 100 posts in one.
      { ...reads, post_reads: 9007199254740991 },
      // 100 of each on one mentions page would be 200 reads.
      { ...reads, owned_reads: 100, post_reads: 100 },
    ];
    const read = parseMetrics(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(read.snapshots).toEqual([snapshot]);
    expect(read.support).toEqual([reply, reads]);
    expect(read.diagnostics.map((d) => [d.line, d.message.split(';')[0]])).toEqual([
      [4, '"kind" "support-note" is not one herald writes (customer-post, support-reply, support-reads)'],
      [5, '"to" must be an id as X writes one (digits, no leading zero, at most 19), not "x.com/acme/status/1"'],
      [6, '"complete" must be true or false'],
      [7, '"written_at" must be an ISO instant'],
      [8, '"newest_id" must be an id as X writes one (digits, no leading zero, at most 19), not "9999999999999999999"'],
      [9, '"tweet_id" must be an id as X writes one (digits, no leading zero, at most 19), not "01990000000000000004"'],
      [10, '"post_reads" must be a whole number from 0 to 100 (one page)'],
      [11, '"owned_reads" must be 0 on a mentions read or a look-up'],
    ]);
  });

  it("ignores, by its line number, an instant without an offset: Date.parse would read it in the machine's time zone", () => {
    const reads = { kind: 'support-reads', at: '2026-12-01T10:00:00Z', account: 'support', source: 'timeline', owned_reads: 5, post_reads: 0, complete: false };
    const lines = [
      { ...snapshot, at: '2026-12-01T23:30:00' },
      { ...snapshot, at: '2026-12-01' },
      { ...reads, at: 'December 1, 2026 10:00 UTC' },
      // X is sent start_time as it stands: it takes only RFC 3339 with an offset.
      { ...reads, start_time: '2026-11-01 00:00' },
      { ...reads, start_time: '2026-11-01T00:00:00+01:00' },
    ];
    const read = parseMetrics(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(read.snapshots).toEqual([]);
    expect(read.support).toEqual([{ ...reads, start_time: '2026-11-01T00:00:00+01:00' }]);
    expect(read.diagnostics.map((d) => [d.line, d.message.split(';')[0]])).toEqual([
      [1, '"at" must be an ISO instant, not "2026-12-01T23:30:00"'],
      [2, '"at" must be an ISO instant, not "2026-12-01"'],
      [3, '"at" must be an ISO instant'],
      [4, '"start_time" must be an ISO instant'],
    ]);
    expect(read.diagnostics[0]?.message).toContain('write it as 2026-12-01T10:00:00Z');
  });

  it('appends after a torn last line without joining the new line to it', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-metrics-'));
    fs.mkdirSync(path.join(root, 'schedules'));
    fs.writeFileSync(path.join(root, 'schedules/metrics.jsonl'), '{"at":"20');
    await appendMetrics(root, [snapshot]);
    const read = await readMetrics(root);
    expect(read.snapshots).toEqual([snapshot]);
    expect(read.diagnostics).toHaveLength(1);
  });

  it('treats a missing file as no snapshots', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-metrics-'));
    expect(await readMetrics(root)).toEqual({ snapshots: [], support: [], diagnostics: [] });
  });
});
