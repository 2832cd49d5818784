/** `herald calendar` for a terminal: an agenda grouped by day in the chosen zone. */
import type { PostStatus } from '../model/plan.js';
import { terminalLine } from '../model/escape.js';
import type { CalendarEntry, CalendarModel } from './model.js';
import {
  audienceTimes,
  dayHeading,
  extrasOf,
  groupByDay,
  handleOf as rawHandleOf,
  hhmm,
  oneLine as rawOneLine,
  rangeLabel,
  zoned,
  type RenderContext,
} from './shared.js';
import { timedPartLines } from './timed-parts.js';
import { costLabel, costSectionText } from './cost.js';

// Handles, texts and reasons are content: escape sequences and line breaks in them are shown, not obeyed.
const handleOf: typeof rawHandleOf = (entry, accounts) => terminalLine(rawHandleOf(entry, accounts));
const oneLine = (text: string, max: number): string => terminalLine(rawOneLine(text, max));

const ANSI: Record<PostStatus, string> = {
  published: '\u001b[32m',
  due: '\u001b[1;33m',
  scheduled: '\u001b[36m',
  queued: '\u001b[34m',
  expired: '\u001b[2;31m',
  draft: '\u001b[2m',
  blocked: '\u001b[31m',
  retracted: '\u001b[2;35m',
};
const RESET = '\u001b[0m';
const TEXT_WIDTH = 60;

export function renderText(model: CalendarModel, ctx: RenderContext): string {
  const { days, untimed } = groupByDay(model);
  const all = [...days.flatMap((d) => d.entries), ...untimed];
  let handleWidth = 0;
  let statusWidth = 0;
  for (const e of all) {
    handleWidth = Math.max(handleWidth, handleOf(e, ctx.accounts).length);
    statusWidth = Math.max(statusWidth, e.status.length);
  }
  const audience = new Map<CalendarEntry, string>();
  for (const { day, entries } of days) for (const e of entries) audience.set(e, audienceTimes(e, day.dayKey));
  const costWidth = Math.max(0, ...all.map((e) => costLabel(e.cost_usd).length));
  let audienceWidth = 0;
  for (const a of audience.values()) audienceWidth = Math.max(audienceWidth, a.length);

  const line = (time: string, entry: CalendarEntry, audience: string, listedDay?: string): string => {
    const status = entry.status.padEnd(statusWidth);
    const shownStatus = ctx.color ? `${ANSI[entry.status]}${status}${RESET}` : status;
    const cells = [time, handleOf(entry, ctx.accounts).padEnd(handleWidth), shownStatus];
    if (audienceWidth > 0) cells.push(audience.padEnd(audienceWidth));
    cells.push(costLabel(entry.cost_usd).padEnd(costWidth), oneLine(entry.text, TEXT_WIDTH) + (entry.parts > 1 ? ` (+${entry.parts - 1} more)` : ''));
    let out = `  ${cells.join('  ').trimEnd()}\n`;
    for (const extra of extrasOf(entry)) out += `${' '.repeat(9)}${oneLine(extra, 160)}\n`;
    for (const part of timedPartLines(entry, model.zone, listedDay, (t) => oneLine(t, TEXT_WIDTH))) out += `${' '.repeat(9)}${part}\n`;
    if (
      entry.reason !== undefined &&
      (entry.status === 'blocked' ||
        entry.status === 'expired' ||
        entry.status === 'retracted' ||
        entry.at === null ||
        entry.reply_to !== undefined ||
        // A timed thread between its parts: which parts went out and when the next one goes.
        entry.parts_at !== undefined)
    ) {
      out += `${' '.repeat(9)}${oneLine(entry.reason, 160)}\n`;
    }
    if (entry.urls?.length) out += `${' '.repeat(9)}on X: ${terminalLine(entry.urls.join(' '))}\n`;
    return out;
  };

  let out = `Calendar ${rangeLabel(model)} (${model.zone})\n`;
  if (all.length === 0) return `${out}\n  No posts in this period.\n`;
  // A "now" line on the plan's day shows at a glance what is past and what is still to come.
  const now = zoned(ctx.now, model.zone);
  const nowLine = `  ${hhmm(now)}  ── now ──\n`;
  for (const { day, entries } of days) {
    out += `\n${dayHeading(day)}\n`;
    let nowShown = day.dayKey !== now.dayKey;
    for (const entry of entries) {
      const at = zoned(entry.at!, model.zone);
      if (!nowShown && at.ms > now.ms) {
        out += nowLine;
        nowShown = true;
      }
      out += line(hhmm(at), entry, audience.get(entry)!, day.dayKey);
    }
    if (!nowShown) out += nowLine;
  }
  if (untimed.length > 0) {
    out += '\nNot scheduled\n';
    for (const entry of untimed) out += line('--:--', entry, '');
  }
  return out + costSectionText(ctx.months ?? [], ctx.accounts);
}
