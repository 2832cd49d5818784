/**
 * `herald calendar --format ics`: RFC 5545, so a marketing team can subscribe to the plan. Output
 * is deterministic (DTSTAMP is the plan's clock, UIDs come from account and post id), so a
 * re-generated file only changes where the plan changed.
 */
import { statusUrl } from '../model/account.js';
import type { PostStatus } from '../model/plan.js';
import type { CalendarEntry, CalendarModel } from './model.js';
import { audienceTimes, oneLine, type RenderContext } from './shared.js';
import { isoFromMs, parseInstant } from '../time/instant.js';

const EVENT_STATUS: Record<PostStatus, 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'> = {
  published: 'CONFIRMED',
  due: 'CONFIRMED',
  scheduled: 'CONFIRMED',
  queued: 'TENTATIVE',
  draft: 'TENTATIVE',
  // Neither will go out at this time, but keeping the event shows the team what was planned.
  blocked: 'CANCELLED',
  expired: 'CANCELLED',
  retracted: 'CANCELLED',
};

/** RFC 5545 TEXT escaping: backslash first, then the separators, then line breaks. */
const TEXT_ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', ',': '\\,', '\r\n': '\\n', '\r': '\\n', '\n': '\\n' };

export function escapeText(value: string): string {
  return value.replace(/\r\n|[\\;,\r\n]/g, (c) => TEXT_ESCAPES[c]);
}

/**
 * Fold a content line at 75 octets (RFC 5545 §3.1). Cuts fall between code points, so a UTF-8
 * sequence is never split; each continuation line starts with a space, which counts.
 */
export function foldLine(line: string): string {
  const limit = 75;
  if (line.length <= limit / 3 || Buffer.byteLength(line, 'utf8') <= limit) return line;
  if (/^[\x00-\x7f]*$/.test(line)) {
    // One octet per character: cut by position.
    const out = [line.slice(0, limit)];
    for (let i = limit; i < line.length; i += limit - 1) out.push(` ${line.slice(i, i + limit - 1)}`);
    return out.join('\r\n');
  }
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (size + bytes > limit) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `20261201T140000Z`: the basic format RFC 5545 requires. */
function utcStamp(iso: string): string {
  const utc = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(iso) ? iso : isoFromMs(parseInstant(iso)).replace(/\.\d+/, '');
  return utc.replace(/[-:]/g, '');
}

function description(entry: CalendarEntry): string {
  const lines = [entry.text, ''];
  if (entry.parts > 1) lines.push(`Thread of ${entry.parts} parts; this is the first.`);
  lines.push(`Status: ${entry.status}${entry.reason !== undefined ? ` (${entry.reason})` : ''}`);
  const local = audienceTimes(entry, undefined);
  if (local) lines.push(`Local times: ${local}`);
  lines.push(`File: ${entry.file}`);
  // Every published part, not only part 1 (the event's URL), so each is one click from the calendar.
  if (entry.urls?.length) lines.push(`On X: ${entry.urls.join(' ')}`);
  return lines.join('\n');
}

/**
 * Timed thread parts (`--- +45m`, `--- at …`): one event per part that has its own time, with the
 * thread's window length, so a team sees each step of a live event in its calendar.
 */
function partEvents(entry: CalendarEntry, handle: string, stamp: string): string[] {
  if (!entry.parts_at || entry.at === null) return [];
  const windowMs = entry.window_end === null ? 0 : Math.max(0, parseInstant(entry.window_end) - parseInstant(entry.at));
  return entry.parts_at.flatMap((part) => {
    const status = part.tweet_id ? 'published' : entry.status;
    const about = [
      part.text,
      '',
      `Part ${part.part} of ${entry.parts} of a thread, sent at its own time as a reply to part ${part.part - 1}.`,
      `Status: ${status}${!part.tweet_id && entry.reason !== undefined ? ` (${entry.reason})` : ''}`,
      `File: ${entry.file}`,
    ].join('\n');
    return [
      'BEGIN:VEVENT',
      `UID:${escapeText(`${entry.account}/${entry.post}/part-${part.part}@herald`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(part.at)}`,
      `DTEND:${utcStamp(isoFromMs(parseInstant(part.at) + windowMs))}`,
      `SUMMARY:${escapeText(`[${handle}] ${status}: part ${part.part}/${entry.parts}: ${oneLine(part.text, 50)}`)}`,
      `DESCRIPTION:${escapeText(about)}`,
      `STATUS:${EVENT_STATUS[status]}`,
      `CATEGORIES:${escapeText(entry.account)},${status}`,
      ...(part.tweet_id ? [`URL:${entry.urls?.[part.part - 1] ?? statusUrl(handle, part.tweet_id)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
}

export interface IcsOptions {
  /** X-WR-CALNAME: what calendar apps show as the subscription's name. */
  name?: string;
}

export function renderIcs(model: CalendarModel, ctx: RenderContext, options: IcsOptions = {}): string {
  const stamp = utcStamp(ctx.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//herald//calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? 'herald')}`,
    `X-WR-TIMEZONE:${escapeText(model.zone)}`,
  ];
  for (const entry of model.entries) {
    if (entry.at === null) continue;
    const handle = ctx.accounts.get(entry.account)?.handle ?? entry.account;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${entry.account}/${entry.post}@herald`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(entry.at)}`,
      `DTEND:${utcStamp(entry.window_end ?? entry.at)}`,
      `SUMMARY:${escapeText(`[${handle}] ${entry.status}: ${oneLine(entry.text, 60)}`)}`,
      `DESCRIPTION:${escapeText(description(entry))}`,
      `STATUS:${EVENT_STATUS[entry.status]}`,
      `CATEGORIES:${escapeText(entry.account)},${entry.status}`,
      // A published post links to itself on X, so the calendar entry opens the real thing.
      ...(entry.urls?.length ? [`URL:${entry.urls[0]}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
    lines.push(...partEvents(entry, handle, stamp));
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
