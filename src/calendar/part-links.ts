/**
 * Media and x.com links of an entry's parts, for the human-readable calendars. Media links are
 * relative to the content root (where `herald calendar` ran): the calendar is a local file.
 * Every path is encoded with `urlPath` and every alt text escaped for its target.
 */
import { htmlText, mdImage, urlPath } from '../model/escape.js';
import type { CalendarEntry } from './model.js';
import type { PartMedia } from './post-view.js';

/** The media that goes out with part `part` (1-based). */
export function mediaOfPart(entry: Pick<CalendarEntry, 'media'>, part: number): PartMedia[] {
  return (entry.media ?? []).filter((m) => m.part === part);
}

/** `![alt](posts/img/a.png)` for each attachment of a part; the file name when there is no alt text. */
export function mdMedia(media: readonly PartMedia[]): string[] {
  return media.map((m) => mdImage(m.alt ?? m.file, urlPath(m.file)));
}

/** `<img>` elements; the alt attribute is the writer's alt text, escaped. */
export function htmlMedia(media: readonly PartMedia[]): string {
  if (media.length === 0) return '';
  const images = media.map((m) => `<a href="${urlPath(m.file)}"><img src="${urlPath(m.file)}" alt="${htmlText(m.alt ?? '')}" loading="lazy"></a>`);
  return `<div class="media">${images.join('')}</div>`;
}

/** `on X: <url> · <url>` for Markdown (autolinks: nothing inside `<…>` is read as Markdown). */
export function mdUrls(entry: Pick<CalendarEntry, 'urls'>): string | undefined {
  if (!entry.urls?.length) return undefined;
  return `on X: ${entry.urls.map((url) => `<${url}>`).join(' · ')}`;
}

/** An `<a>` to a published part on x.com; `statusUrl` encoded the address, the attribute is escaped again. */
export function htmlUrl(url: string, label: string): string {
  return `<a class="on-x" href="${htmlText(url)}" rel="noopener noreferrer">${htmlText(label)}</a>`;
}
