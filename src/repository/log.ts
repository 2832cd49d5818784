/**
 * The publish log, `schedules/log.jsonl`: the only state kept between runs. Reading is tolerant
 * (a crash may have left half a line; that must never stop the next run), writing is durable (each
 * entry is on disk before the step it announces happens).
 */
import type { FileHandle } from 'node:fs/promises';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LogEntry, LogEvent } from '../model/log.js';
import { RepositoryDoor } from './door.js';
import { logEntry } from './log-entry-validator.generated.js';

import { LOG_FILE } from './paths.js';

export interface ReadLog {
  entries: LogEntry[];
  /** Torn or invalid lines: reported, never fatal. */
  diagnostics: Diagnostic[];
}

/**
 * Read `schedules/log.jsonl` under root through the repository door; a missing file is an empty
 * log. A log (or `schedules/`) that is a link is refused: the command stops (RepositoryError).
 */
export async function readLog(root: string): Promise<ReadLog> {
  const text = await RepositoryDoor.open(root).readOwnFile(LOG_FILE);
  if (text === undefined) return { entries: [], diagnostics: [] };
  return parseLog(text, checkEntry);
}

export type EntryCheck = (value: unknown) => string | undefined;

/** Pure: the log's text to entries and diagnostics. `check` returns a problem or undefined. */
export function parseLog(text: string, check: EntryCheck = checkEssentials): ReadLog {
  const entries: LogEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNo = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // A prefix of a JSON object is what a crash mid-write leaves. After the writer's repair
      // newline it is no longer the last line, so recognise it by shape, not position.
      if (line.trimStart().startsWith('{')) {
        diagnostics.push(
          diag(
            lineNo,
            'warning',
            'log-torn-line',
            'this line was cut off (a publish run stopped while writing it); it is ignored. Leave it: the log is append-only and the next run reconciles with X',
          ),
        );
      } else {
        diagnostics.push(
          diag(
            lineNo,
            'error',
            'log-invalid',
            'this line is not JSON; the log is written only by herald publish. Restore the line from git history (git log -p schedules/log.jsonl)',
          ),
        );
      }
      return;
    }
    const problem = check(value);
    if (problem) {
      diagnostics.push(
        diag(
          lineNo,
          'error',
          'log-invalid',
          `${problem}; the line is ignored. The log is written only by herald publish: restore the line from git history (git log -p schedules/log.jsonl)`,
        ),
      );
      return;
    }
    entries.push(value as LogEntry);
  });
  return { entries, diagnostics };
}

function diag(line: number, severity: Diagnostic['severity'], rule: string, message: string): Diagnostic {
  return { file: LOG_FILE, line, column: 1, severity, rule, message };
}

const EVENTS: readonly LogEvent[] = ['attempt', 'published', 'failed', 'expired', 'skipped', 'reconciled', 'retract-attempt', 'retracted'];

/** The fields planning relies on, in plain words: checked before the schema; `parseLog` uses only these by default. */
export function checkEssentials(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the line is not a JSON object';
  const v = value as Record<string, unknown>;
  for (const key of ['at', 'post', 'account', 'event'] as const) {
    if (typeof v[key] !== 'string' || v[key] === '') return `"${key}" is missing or not a string`;
  }
  if (!EVENTS.includes(v.event as LogEvent)) return `"event" must be one of ${EVENTS.join(', ')}, not ${JSON.stringify(v.event)}`;
  if (!Number.isInteger(v.part) || (v.part as number) < 0) return '"part" must be a whole number from 0';
  if (Number.isNaN(Date.parse(v.at as string))) return `"at" must be an ISO instant, not ${JSON.stringify(v.at)}`;
  if (v.event === 'published' && typeof v.tweet_id !== 'string') return 'a "published" entry needs "tweet_id"';
  return undefined;
}

// Compiled ahead of time from schema/log-entry.schema.json (importing ajv and compiling cost ~100 ms a run).
const validateEntry = logEntry as unknown as ValidateFunction;

/** An entry against schema/log-entry.schema.json, after the essentials (whose messages are plainer). */
function checkEntry(value: unknown): string | undefined {
  const essential = checkEssentials(value);
  if (essential) return essential;
  if (validateEntry(value)) return undefined;
  const error = validateEntry.errors?.[0];
  const where = error?.instancePath ? `"${error.instancePath.replace(/^\//, '').replace(/\//g, '.')}" ` : '';
  return `${where}${error?.message ?? 'does not match schema/log-entry.schema.json'}`;
}

/** Appends entries to the log. */
export interface LogWriter {
  /**
   * Durable: writes the entries `note` kept, then this one, and resolves once they are on disk
   * (fsync'd). Every entry that announces or records a send goes through here.
   */
  append(entry: LogEntry): Promise<void>;
  /**
   * For entries that order nothing against a send (`skipped`, `expired`): kept in memory and
   * written with the next `append`, `flush` or `close`, in one write and one fsync. A run killed
   * before then loses only decisions the next run makes again. A first run over 10,000 old posts
   * wrote 10,000 lines with an fsync each (15.5 s); batched, it is one.
   */
  note(entry: LogEntry): void;
  /** Writes what `note` kept, durably. */
  flush(): Promise<void>;
  /** Flushes, then closes the file. */
  close(): Promise<void>;
  /** Entries appended or noted by this writer, in order. */
  readonly appended: readonly LogEntry[];
}

/**
 * Open the log for appending (O_APPEND: never rewritten). When the file does not end with a
 * newline (a torn last line), a newline is written first so the next entry starts its own line.
 */
export async function openLogWriter(root: string): Promise<LogWriter> {
  const door = RepositoryDoor.open(root);
  const handle: FileHandle = await door.openAppend(LOG_FILE);
  const appended: LogEntry[] = [];
  let needsNewline = await endsWithoutNewline(door);
  let pending: string[] = [];
  const write = async (lines: string[]): Promise<void> => {
    if (lines.length === 0) return;
    // One write call for whole lines, so a line never interleaves with another writer's.
    await handle.write(`${needsNewline ? '\n' : ''}${lines.join('')}`);
    await handle.sync();
    needsNewline = false;
  };
  const flush = async (): Promise<void> => {
    const lines = pending;
    pending = [];
    await write(lines);
  };
  return {
    appended,
    async append(entry) {
      const lines = [...pending, `${JSON.stringify(entry)}\n`];
      pending = [];
      await write(lines);
      appended.push(entry);
    },
    note(entry) {
      pending.push(`${JSON.stringify(entry)}\n`);
      appended.push(entry);
    },
    flush,
    async close() {
      try {
        await flush();
      } finally {
        await handle.close();
      }
    },
  };
}

async function endsWithoutNewline(door: RepositoryDoor): Promise<boolean> {
  const reader = await door.openRead(LOG_FILE);
  try {
    const { size } = await reader.stat();
    if (size === 0) return false;
    const buffer = Buffer.alloc(1);
    await reader.read(buffer, 0, 1, size - 1);
    return buffer[0] !== 0x0a;
  } finally {
    await reader.close();
  }
}
