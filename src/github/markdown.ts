/** Small Markdown helpers for job summaries; text from posts is data, so it is always escaped. */

/** Safe inside a table cell or a list item: no pipes, no line breaks, no HTML, no accidental emphasis. */
export function cell(text: string): string {
  // Backticks stay: messages quote what to write as inline code, which tables render fine.
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_[\]])/g, '\\$1')
    .replace(/\r?\n/g, ' ⏎ ');
}

/** A fenced block that no backticks inside the text can close early. */
export function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
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
