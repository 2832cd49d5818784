import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/model/log.js';
import { openLogWriter, parseLog, readLog } from '../../src/repository/log.js';
import { tempDir } from '../helpers/tmp.js';

const HASH = 'a'.repeat(64);
const attempt: LogEntry = {
  at: '2026-12-01T14:10:00.000Z',
  post: 'launch',
  account: 'main',
  event: 'attempt',
  part: 0,
  hash: HASH,
  scheduled_for: '2026-12-01T14:00:00Z',
};
const published: LogEntry = {
  ...attempt,
  event: 'published',
  tweet_id: '1860000000000000001',
  url: 'https://x.com/acme/status/1860000000000000001',
  delay_s: 600,
};

async function rootWithLog(text: string): Promise<string> {
  const root = await tempDir('herald-publish-log-');
  await mkdir(path.join(root, 'schedules'), { recursive: true });
  await writeFile(path.join(root, 'schedules/log.jsonl'), text);
  return root;
}

describe('reading the publish log', () => {
  it('treats a missing log as empty', async () => {
    expect(await readLog(await tempDir())).toEqual({ entries: [], diagnostics: [] });
  });

  it('reads one entry a line and checks each against the log-entry schema', async () => {
    const root = await rootWithLog(`${JSON.stringify(attempt)}\n${JSON.stringify(published)}\n`);
    const log = await readLog(root);
    expect(log.diagnostics).toEqual([]);
    expect(log.entries.map((e) => e.event)).toEqual(['attempt', 'published']);
  });

  it('reports a torn last line (a crash mid-write) as a warning and ignores it', async () => {
    const torn = JSON.stringify(published).slice(0, 40);
    const log = await readLog(await rootWithLog(`${JSON.stringify(attempt)}\n${torn}`));
    expect(log.entries).toEqual([attempt]);
    expect(log.diagnostics).toEqual([expect.objectContaining({ file: 'schedules/log.jsonl', line: 2, severity: 'warning', rule: 'log-torn-line' })]);
  });

  it('reports an entry that breaks the schema as an error naming the line, and plans without it', async () => {
    const { url: _url, ...noUrl } = published;
    const log = await readLog(await rootWithLog(`${JSON.stringify(attempt)}\n${JSON.stringify(noUrl)}\n${JSON.stringify(attempt)}\n`));
    expect(log.entries).toHaveLength(2);
    expect(log.diagnostics).toEqual([expect.objectContaining({ line: 2, severity: 'error', rule: 'log-invalid' })]);
    expect(log.diagnostics[0].message).toMatch(/url/);
  });

  it('checks the essentials even without the schema', () => {
    const parsed = parseLog('{"at":"2026-12-01T14:10:00Z","post":"p","account":"main","event":"sent","part":0}\nnot json\n');
    expect(parsed.diagnostics.map((d) => [d.line, d.rule])).toEqual([
      [1, 'log-invalid'],
      [2, 'log-invalid'],
    ]);
    expect(parsed.diagnostics[0].message).toContain('"event" must be one of');
  });
});

describe('writing the publish log', () => {
  it('appends one JSON line per entry and never rewrites what is there', async () => {
    const root = await rootWithLog(`${JSON.stringify(attempt)}\n`);
    const writer = await openLogWriter(root);
    await writer.append(published);
    await writer.close();
    const text = await readFile(path.join(root, 'schedules/log.jsonl'), 'utf8');
    expect(text).toBe(`${JSON.stringify(attempt)}\n${JSON.stringify(published)}\n`);
  });

  it('starts a new line after a torn last line, so the next entry reads cleanly', async () => {
    const root = await rootWithLog(`${JSON.stringify(attempt)}\n{"at":"2026-12-01T14:1`);
    const writer = await openLogWriter(root);
    await writer.append(published);
    await writer.close();
    const log = await readLog(root);
    expect(log.entries).toEqual([attempt, published]);
    expect(log.diagnostics.map((d) => [d.line, d.rule])).toEqual([[2, 'log-torn-line']]);
  });

  it('creates schedules/log.jsonl when the first entry is written', async () => {
    const root = await tempDir();
    const writer = await openLogWriter(root);
    await writer.append(attempt);
    await writer.close();
    expect(await readFile(path.join(root, 'schedules/log.jsonl'), 'utf8')).toBe(`${JSON.stringify(attempt)}\n`);
    expect((await readLog(root)).entries).toEqual([attempt]);
  });
});
