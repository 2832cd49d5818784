/**
 * `schedules/metrics.jsonl`: snapshots of published parts' public metrics. Like the log it is
 * append-only and read tolerantly: a torn or invalid line is reported and skipped, never fatal,
 * because a report must not be lost to one bad line.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { METRIC_COUNTS, type MetricsSnapshot } from '../model/metrics.js';
import { RepositoryDoor } from './door.js';
import { METRICS_FILE } from './paths.js';

export interface ReadMetrics {
  snapshots: MetricsSnapshot[];
  diagnostics: Diagnostic[];
}

/** Read the metrics file through the repository door; a missing file has no snapshots. */
export async function readMetrics(root: string): Promise<ReadMetrics> {
  const text = await RepositoryDoor.open(root).readOwnFile(METRICS_FILE);
  if (text === undefined) return { snapshots: [], diagnostics: [] };
  return parseMetrics(text);
}

/** Pure: the file's text to snapshots and diagnostics. */
export function parseMetrics(text: string): ReadMetrics {
  const snapshots: MetricsSnapshot[] = [];
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
    const problem = checkSnapshot(value);
    if (problem) {
      diagnostics.push(diag(lineNo, `${problem}; the line is ignored. The file is written only by herald stats`));
      continue;
    }
    snapshots.push(value as MetricsSnapshot);
  }
  return { snapshots, diagnostics };
}

export function checkSnapshot(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the line is not a JSON object';
  const v = value as Record<string, unknown>;
  for (const key of ['at', 'account', 'post', 'tweet_id'] as const) {
    if (typeof v[key] !== 'string' || v[key] === '') return `"${key}" is missing or not a string`;
  }
  if (Number.isNaN(Date.parse(v.at as string))) return `"at" must be an ISO instant, not ${JSON.stringify(v.at)}`;
  if (!/^[0-9]{1,19}$/.test(v.tweet_id as string)) return `"tweet_id" must be digits, not ${JSON.stringify(v.tweet_id)}`;
  if (!Number.isInteger(v.part) || (v.part as number) < 0) return '"part" must be a whole number from 0';
  for (const key of [...METRIC_COUNTS, 'impressions'] as const) {
    if (key === 'impressions' && v[key] === undefined) continue;
    if (!Number.isSafeInteger(v[key]) || (v[key] as number) < 0) return `"${key}" must be a whole number from 0`;
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
export async function appendMetrics(root: string, snapshots: readonly MetricsSnapshot[]): Promise<void> {
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
