/**
 * Small Markdown helpers for job summaries and PR comments. Text from posts is data, so it is
 * always escaped; the escaping itself lives in src/model/escape.ts (one function per target), and
 * these names are what the summary renderers call.
 */
import { mdCode, mdFenced, mdMessage, mdText } from '../model/escape.js';

/** Safe inside a table cell, a list item or a heading: see `mdText`. */
export const cell = mdText;
/** Inline code (ids, file names) that content cannot close; safe in a table cell. */
export const code = mdCode;
/** A herald message whose `quoted` parts become code spans, the rest escaped text. */
export const message = mdMessage;
/** A fenced block that no backticks inside the text can close early. */
export const fenced = (text: string): string => mdFenced(text);

export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** `3 h 12 min`, `45 min`, `2 d 4 h`: durations a reader takes in at a glance. */
export function humanDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
