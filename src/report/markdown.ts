/**
 * `herald report --format md`: for a job summary or an issue. Every piece of content (ids, texts,
 * tags, handles, reasons, zones) is escaped with model/escape.ts; links are x.com URLs built by
 * statusUrl (encoded), written as `<…>` destinations so no character of theirs can end the link.
 */
import { mdCode, mdText } from '../model/escape.js';
import { table } from '../model/markdown.js';
import { utcMinuteText } from '../time/format.js';
import type { AccountReport, Report } from './model.js';
import {
  plural,
  excerpt,
  filledHours,
  hourLabel,
  localText,
  medianText,
  notSentKind,
  percent,
  spendText,
  supportLines,
  unansweredRows,
  weekdayLabel,
} from './shared.js';

export function renderMarkdown(report: Report): string {
  const out: string[] = [`# herald report`, '', `${mdText(utcMinuteText(report.from))} – ${mdText(utcMinuteText(report.to))}`, ''];
  if (report.accounts.length === 0) out.push('No accounts.', '');
  for (const account of report.accounts) out.push(...accountSection(account), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function accountSection(a: AccountReport): string[] {
  const lines = [`## ${mdText(a.account)} (${mdText(a.handle)})`, ''];
  const totals = a.totals;
  lines.push(
    `**${totals.posts}** posts (${totals.parts} parts) published; ${totals.measured_posts} measured; ${totals.engagements} engagements; impressions ${totals.impressions ?? '–'}; engagement rate ${percent(totals.engagement_rate)}. Times in ${mdText(a.zone)}.`,
    '',
  );
  if (a.spend) lines.push(`X spend: ${a.spend.months.map((m) => mdText(spendText(m))).join('; ')}.`, '');
  lines.push('### What went out', '');
  if (a.published.length === 0) lines.push('Nothing in this period.', '');
  else {
    const rows = a.published.map((p) => [
      mdText(localText(p.published_at, a.zone)),
      `${mdCode(p.post)}${p.retracted_at ? ` (retracted ${mdText(localText(p.retracted_at, a.zone))})` : ''}`,
      mdText(excerpt(p.text, 100)),
      p.tags.map(mdText).join(', '),
      p.parts.map((part) => `[${part.part + 1}](<${part.url}>)`).join(' '),
      p.measured ? String(p.engagements) : '–',
      p.impressions === undefined ? '–' : String(p.impressions),
      percent(p.engagement_rate),
    ]);
    lines.push(table(['Published', 'Post', 'Text', 'Tags', 'Parts', 'Engagements', 'Impressions', 'Rate'], rows), '');
  }
  lines.push('### Not sent', '');
  if (a.not_sent.length === 0) lines.push('Nothing.', '');
  else {
    const rows = a.not_sent.map((n) => [mdText(localText(n.at, a.zone)), mdCode(n.post), String(n.part + 1), mdText(notSentKind(n)), mdText(n.reason)]);
    lines.push(table(['When', 'Post', 'Part', 'What', 'Why'], rows), '');
  }
  const mix = a.content_mix;
  lines.push(`### Content mix (${plural(mix.posts, 'post')})`, '');
  const mixRows = mix.tags.map((tag) => [mdText(tag.tag), String(tag.posts), percent(tag.share)]);
  if (mix.untagged > 0) mixRows.push(['(no tags)', String(mix.untagged), percent(mix.posts === 0 ? 0 : mix.untagged / mix.posts)]);
  if (mixRows.length > 0) lines.push(table(['Tag', 'Posts', 'Share'], mixRows), '');
  const promo = mix.promotion;
  lines.push(
    `Promotion (${promo.tags.map(mdCode).join(', ')}): ${plural(promo.posts, 'post')}, ${percent(promo.share)}; the content-mix rule allows ${percent(promo.max_share)}${promo.over ? ' — **over**' : ''}.`,
    '',
  );
  lines.push('### Median engagements by local hour and weekday', '');
  for (const zone of a.by_zone) {
    const hours = filledHours(zone.hours);
    lines.push(`**${mdText(zone.zone)}**`, '');
    if (hours.length === 0) {
      lines.push('No measured posts.', '');
      continue;
    }
    lines.push(
      table(
        ['Hour', 'Posts', 'Median'],
        hours.map(({ hour, bucket }) => [hourLabel(hour), String(bucket.posts), medianText(bucket)]),
      ),
      '',
    );
    const days = zone.weekdays.map((b, i) => [weekdayLabel(i), String(b.posts), medianText(b)]).filter((row) => row[1] !== '0');
    lines.push(table(['Weekday', 'Posts', 'Median'], days), '');
  }
  if (a.support) {
    lines.push('### Support', '');
    lines.push(
      table(
        ['Measure', 'Value'],
        supportLines(a.support, a.zone).map(([label, value]) => [mdText(label), mdText(value)]),
      ),
      '',
    );
    const unanswered = unansweredRows(a.support, a.zone);
    if (unanswered.length > 0) {
      lines.push('Unanswered posts, oldest first (waited: until the end of the period, or the last herald stats run):', '');
      lines.push(
        table(
          ['Unanswered post', 'Written', 'Waited', 'Sla'],
          // The link text is escaped like any cell (no `|` or `]` of it can end the cell or the link);
          // the URL is percent-encoded and written as a `<…>` destination.
          unanswered.map((u) => [`[${mdText(u.id)}](<${u.url}>)`, mdText(u.written), mdText(u.waited), mdText(u.late || '–')]),
        ),
        '',
      );
    }
  }
  return lines;
}
