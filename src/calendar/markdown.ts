/** `herald calendar --format md`: one GitHub-flavoured table per day, for job summaries and PR comments. */
import { mdCode, mdText } from '../model/escape.js';
import type { CalendarEntry, CalendarModel } from './model.js';
import { timedPartLines } from './timed-parts.js';
import { mdMedia, mdUrls, mediaOfPart } from './part-links.js';
import { costLabel, costSectionMarkdown } from './cost.js';
import { audienceTimes, dayHeading, extrasOf, groupByDay, handleOf, hhmm, oneLine, rangeLabel, zoned, type RenderContext } from './shared.js';

const TEXT_WIDTH = 100;

/**
 * Every cell from content goes through `mdText` (or `mdCode` for the file): pipes would end the
 * cell, newlines the row, `<` open HTML or a comment, `[`/`![` a link or an image, `@` a mention.
 */

export function renderMarkdown(model: CalendarModel, ctx: RenderContext): string {
  const { days, untimed } = groupByDay(model);
  const row = (time: string, entry: CalendarEntry, audience: string, listedDay?: string): string => {
    let status = `**${entry.status}**`;
    if (entry.reason !== undefined) status += `<br>${mdText(oneLine(entry.reason, TEXT_WIDTH))}`;
    const text = oneLine(entry.text, TEXT_WIDTH) + (entry.parts > 1 ? ` (+${entry.parts - 1} more)` : '');
    const extras = extrasOf(entry).map((extra) => `<br>${mdText(oneLine(extra, TEXT_WIDTH))}`);
    const parts = timedPartLines(entry, model.zone, listedDay, (t) => oneLine(t, TEXT_WIDTH)).map((line) => `<br>${mdText(line)}`);
    const more = threadMedia(entry).map((line) => `<br>${line}`);
    const urls = mdUrls(entry);
    const cells = [
      time,
      mdText(handleOf(entry, ctx.accounts)),
      status,
      mdText(audience),
      mdText(text) + extras.join('') + parts.join('') + more.join('') + (urls ? `<br>${urls}` : ''),
      costLabel(entry.cost_usd),
      mdCode(entry.file),
    ];
    return `| ${cells.join(' | ')} |\n`;
  };
  const header = '| Time | Account | Status | Audience | Text | Cost | File |\n|---|---|---|---|---|---|---|\n';

  let out = `### Calendar ${rangeLabel(model)} (${model.zone})\n`;
  if (days.length === 0 && untimed.length === 0) return `${out}\nNo posts in this period.\n`;
  for (const { day, entries } of days) {
    out += `\n#### ${dayHeading(day)}\n\n${header}`;
    for (const entry of entries) out += row(hhmm(zoned(entry.at!, model.zone)), entry, audienceTimes(entry, day.dayKey), day.dayKey);
  }
  if (untimed.length > 0) {
    out += `\n#### Not scheduled\n\n${header}`;
    for (const entry of untimed) out += row('—', entry, '');
  }
  return out + costSectionMarkdown(ctx.months ?? [], ctx.accounts);
}

/** Each part's media as images, `part 2: ![alt](…)` for parts after the first. */
function threadMedia(entry: CalendarEntry): string[] {
  const lines: string[] = [];
  for (let part = 1; part <= entry.parts; part++) {
    const images = mdMedia(mediaOfPart(entry, part));
    if (images.length > 0) lines.push(`${part > 1 ? `part ${part}: ` : ''}${images.join(' ')}`);
  }
  return lines;
}
