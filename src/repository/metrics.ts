/**
 * `schedules/metrics.jsonl`: snapshots of published parts' public metrics, and (lines with a
 * `kind`) what was read of a support account's conversations. Like the log it is append-only and
 * read tolerantly: a torn or invalid line is reported and skipped, never fatal, because a report
 * must not be lost to one bad line.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { METRIC_COUNTS, type MetricsSnapshot } from '../model/metrics.js';
import { SUPPORT_KINDS, type SupportReadsRecord, type SupportRecord } from '../model/support.js';
import { RepositoryDoor } from './door.js';
import { METRICS_FILE } from './paths.js';

export interface ReadMetrics {
  snapshots: MetricsSnapshot[];
  /** Support accounts' customer posts, replies and reads, in file order. */
  support: SupportRecord[];
  diagnostics: Diagnostic[];
}

/**
 * Every read the file records, for the month's spend: each snapshot (one post read) and each
 * support read line (its owned and post reads). Without support lines, the snapshots themselves.
 */
export function readsOf(metrics: ReadMetrics): ReadonlyArray<MetricsSnapshot | SupportReadsRecord> {
  const supportReads = metrics.support.filter((r): r is SupportReadsRecord => r.kind === 'support-reads');
  return supportReads.length === 0 ? metrics.snapshots : [...metrics.snapshots, ...supportReads];
}

/** Read the metrics file through the repository door; a missing file has no snapshots. */
export async function readMetrics(root: string): Promise<ReadMetrics> {
  const text = await RepositoryDoor.open(root).readOwnFile(METRICS_FILE);
  if (text === undefined) return { snapshots: [], support: [], diagnostics: [] };
  return parseMetrics(text);
}

/** Pure: the file's text to snapshots and diagnostics. */
export function parseMetrics(text: string): ReadMetrics {
  const snapshots: MetricsSnapshot[] = [];
  const support: SupportRecord[] = [];
  const strings = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      diagnostics.push(diag(lineNo, 'the line is not JSON (a stats run may have stopped while writing it); it is ignored'));
      continue;
    }
    const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    const problem = kind === undefined ? checkSnapshot(value) : checkSupportRecord(value);
    if (problem) {
      diagnostics.push(diag(lineNo, `${problem}; the line is ignored. The file is written only by herald stats`));
      continue;
    }
    if (kind === undefined) snapshots.push(interned(value as MetricsSnapshot, strings));
    else support.push(value as SupportRecord);
  }
  return { snapshots, support, diagnostics };
}

function checkSnapshot(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the line is not a JSON object';
  const v = value as Record<string, unknown>;
  for (const key of ['at', 'account', 'post', 'tweet_id'] as const) {
    if (typeof v[key] !== 'string' || v[key] === '') return `"${key}" is missing or not a string`;
  }
  if (!isInstant(v.at)) return `"at" must be an ISO instant, not ${JSON.stringify(v.at)}; write it as ${EXAMPLE_INSTANT}`;
  if (!/^[0-9]{1,19}$/.test(v.tweet_id as string)) return `"tweet_id" must be digits, not ${JSON.stringify(v.tweet_id)}`;
  if (!Number.isInteger(v.part) || (v.part as number) < 0) return '"part" must be a whole number from 0';
  for (const key of [...METRIC_COUNTS, 'impressions'] as const) {
    if (key === 'impressions' && v[key] === undefined) continue;
    if (!Number.isSafeInteger(v[key]) || (v[key] as number) < 0) return `"${key}" must be a whole number from 0`;
  }
  return undefined;
}

/**
 * An instant with its offset, as herald writes them: a date alone or a wall clock would be read in
 * the machine's time zone (Date.parse), moving a read to another UTC day or month, and a
 * `start_time` without an offset is not one X takes. (time/ is not repository/'s to import: the form
 * herald and X write is all this file holds.)
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isInstant = (value: unknown): boolean => typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
const EXAMPLE_INSTANT = '2026-12-01T10:00:00Z';

/** An id as X writes one: digits, no leading zero, at most 2^63 − 1 (X's ids are signed 64-bit). */
const ID = /^[1-9][0-9]{0,18}$/;
const MAX_ID = 9223372036854775807n;
const isXId = (value: unknown): boolean => typeof value === 'string' && ID.test(value) && BigInt(value) <= MAX_ID;
/** A support-reads line is one page or one look-up batch: X gives at most 100 posts in either. */
const MAX_READS_PER_LINE = 100;

/**
 * The snapshot with its account, post and tweet id shared with earlier snapshots of the same part:
 * a part is read once a day, so 100,000 snapshots name some 10,000 parts, and JSON.parse makes a
 * new string for every occurrence (about 13 MB of duplicates in the report's benchmark).
 */
function interned(snapshot: MetricsSnapshot, strings: Map<string, string>): MetricsSnapshot {
  for (const key of ['account', 'post', 'tweet_id'] as const) {
    const value = snapshot[key];
    const known = strings.get(value);
    if (known === undefined) strings.set(value, value);
    else snapshot[key] = known;
  }
  return snapshot;
}

/** A support line: its kind's fields, ids as X writes them, instants that parse. */
function checkSupportRecord(value: unknown): string | undefined {
  const v = value as Record<string, unknown>;
  if (typeof v.kind !== 'string' || !SUPPORT_KINDS.has(v.kind as SupportRecord['kind'])) {
    return `"kind" ${JSON.stringify(v.kind)} is not one herald writes (${[...SUPPORT_KINDS].join(', ')})`;
  }
  const strings: Record<SupportRecord['kind'], readonly string[]> = {
    'customer-post': ['at', 'account', 'tweet_id', 'author_id', 'written_at', 'source'],
    'support-reply': ['at', 'account', 'tweet_id', 'to', 'sent_at', 'text'],
    'support-reads': ['at', 'account', 'source'],
  };
  const kind = v.kind as SupportRecord['kind'];
  for (const key of strings[kind]) {
    if (typeof v[key] !== 'string' || (v[key] === '' && key !== 'text')) return `"${key}" is missing or not a string`;
  }
  for (const key of ['at', 'written_at', 'sent_at', 'start_time'] as const) {
    if (v[key] !== undefined && !isInstant(v[key])) return `"${key}" must be an ISO instant; write it as ${EXAMPLE_INSTANT}`;
  }
  for (const key of ['tweet_id', 'author_id', 'to', 'in_reply_to', 'since_id', 'until_id', 'newest_id', 'oldest_id'] as const) {
    if (v[key] !== undefined && !isXId(v[key]))
      return `"${key}" must be an id as X writes one (digits, no leading zero, at most 19), not ${JSON.stringify(v[key])}`;
  }
  if (kind === 'customer-post' && v.source !== 'mentions' && v.source !== 'lookup') return '"source" must be mentions or lookup';
  if (kind === 'support-reads') {
    if (v.source !== 'timeline' && v.source !== 'mentions' && v.source !== 'lookup') return '"source" must be timeline, mentions or lookup';
    for (const key of ['owned_reads', 'post_reads'] as const) {
      if (!Number.isSafeInteger(v[key]) || (v[key] as number) < 0 || (v[key] as number) > MAX_READS_PER_LINE) {
        return `"${key}" must be a whole number from 0 to ${MAX_READS_PER_LINE} (one page)`;
      }
    }
    // Own posts are read only from the account's timeline; mentions and look-ups are post reads.
    if (v.source === 'timeline' ? v.post_reads !== 0 : v.owned_reads !== 0) {
      return v.source === 'timeline'
        ? '"post_reads" must be 0 on a timeline read (its posts are owned reads)'
        : '"owned_reads" must be 0 on a mentions read or a look-up';
    }
    if (v.newest_id !== undefined && v.oldest_id !== undefined && BigInt(v.newest_id as string) < BigInt(v.oldest_id as string)) {
      return '"newest_id" must not be below "oldest_id"';
    }
    if (typeof v.complete !== 'boolean') return '"complete" must be true or false';
  }
  return undefined;
}

function diag(line: number, message: string): Diagnostic {
  return { file: METRICS_FILE, line, column: 1, severity: 'warning', rule: 'metrics-invalid', message };
}

/**
 * Append snapshots in one write and one fsync (O_APPEND: never rewritten). A file that does not end
 * with a newline (a torn last line) gets one first so the new lines start clean.
 */
export async function appendMetrics(root: string, snapshots: readonly (MetricsSnapshot | SupportRecord)[]): Promise<void> {
  if (snapshots.length === 0) return;
  const door = RepositoryDoor.open(root);
  const handle = await door.openAppend(METRICS_FILE);
  try {
    const { size } = await handle.stat();
    let lead = '';
    if (size > 0) {
      const reader = await door.openRead(METRICS_FILE);
      try {
        const last = Buffer.alloc(1);
        await reader.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) lead = '\n';
      } finally {
        await reader.close();
      }
    }
    await handle.write(`${lead}${snapshots.map((s) => `${JSON.stringify(s)}\n`).join('')}`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
