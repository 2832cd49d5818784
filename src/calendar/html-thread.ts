/**
 * The whole thread of a calendar entry as HTML: every part with its text, its media and, for a
 * timed part, its time; a published part links to itself on x.com. The first `.text` is part 1's,
 * which the page's tooltips read.
 */
import { htmlText } from '../model/escape.js';
import type { CalendarEntry } from './model.js';
import { htmlMedia, htmlUrl, mediaOfPart } from './part-links.js';
import { zoned } from './shared.js';
import { partTimeLabel } from './timed-parts.js';

export function threadHtml(entry: CalendarEntry, zone: string): string {
  const texts = entry.thread ?? [entry.text];
  const listedDay = entry.at === null ? undefined : zoned(entry.at, zone).dayKey;
  const home = Object.keys(entry.local)[0];
  const part = (text: string, i: number): string => {
    const number = i + 1;
    const timed = entry.parts_at?.find((p) => p.part === number);
    const url = entry.urls?.[i];
    const label = texts.length > 1 ? `<span class="part">${htmlText(timed ? partTimeLabel(timed, zone, listedDay, home) : `part ${number}`)}</span>` : '';
    const link = url ? ` ${htmlUrl(url, 'on X')}` : '';
    return `${label}${link}<p class="text">${htmlText(text)}</p>${htmlMedia(mediaOfPart(entry, number))}`;
  };
  if (texts.length === 1) return part(texts[0] ?? '', 0);
  return `<ol class="thread">${texts.map((text, i) => `<li>${part(text, i)}</li>`).join('')}</ol>`;
}
