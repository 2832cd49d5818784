/** `herald report --format text`: for a terminal. Every piece of content goes through terminalLine. */
import { terminalLine } from '../model/escape.js';
import { utcMinuteText } from '../time/format.js';
import type { AccountReport, Report } from './model.js';
import {
  excerpt,
  filledHours,
  hourLabel,
  localText,
  medianText,
  notSentKind,
  percent,
  plural,
  spendText,
  supportLines,
  unansweredRows,
  weekdayLabel,
} from './shared.js';

export function renderText(report: Report): string {
  const out: string[] = [`herald report ${utcMinuteText(report.from)} – ${utcMinuteText(report.to)}`, ''];
  if (report.accounts.length === 0) out.push('No accounts.', '');
  for (const account of report.accounts) out.push(...accountLines(account), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function accountLines(a: AccountReport): string[] {
  const t = terminalLine;
  const lines = [`== ${t(a.account)} (${t(a.handle)}, ${t(a.zone)}) ==`];
  const totals = a.totals;
  lines.push(
    `Published: ${plural(totals.posts, 'post')} (${plural(totals.parts, 'part')}); measured: ${totals.measured_posts}; engagements: ${totals.engagements}; impressions: ${totals.impressions ?? '–'}; engagement rate: ${percent(totals.engagement_rate)}`,
  );
  if (a.spend) lines.push(`X spend: ${a.spend.months.map(spendText).join('; ')}`);
  lines.push('', 'What went out:');
  if (a.published.length === 0) lines.push('  nothing in this period');
  for (const p of a.published) {
    const status = p.retracted_at ? `  [retracted ${localText(p.retracted_at, a.zone)}]` : '';
    lines.push(`  ${localText(p.published_at, a.zone)}  ${t(p.post)}${status}`);
    lines.push(`    ${t(excerpt(p.text))}`);
    if (p.tags.length > 0) lines.push(`    tags: ${p.tags.map(t).join(', ')}`);
    lines.push(`    engagements ${p.measured ? p.engagements : '–'} · impressions ${p.impressions ?? '–'} · rate ${percent(p.engagement_rate)}`);
    for (const part of p.parts) lines.push(`    part ${part.part + 1}: ${t(part.url)}`);
  }
  lines.push('', 'Not sent:');
  if (a.not_sent.length === 0) lines.push('  nothing');
  for (const n of a.not_sent) lines.push(`  ${localText(n.at, a.zone)}  ${t(n.post)} part ${n.part + 1}: ${t(notSentKind(n))} — ${t(n.reason)}`);
  const mix = a.content_mix;
  lines.push('', `Content mix (${plural(mix.posts, 'post')}):`);
  for (const tag of mix.tags) lines.push(`  ${t(tag.tag)}: ${tag.posts} (${percent(tag.share)})`);
  if (mix.untagged > 0) lines.push(`  (no tags): ${mix.untagged}`);
  const promo = mix.promotion;
  lines.push(
    `  promotion [${promo.tags.map(t).join(', ')}]: ${promo.posts} (${percent(promo.share)}; the content-mix rule allows ${percent(promo.max_share)})${promo.over ? ' — over' : ''}`,
  );
  for (const zone of a.by_zone) {
    lines.push('', `Median engagements by local hour in ${t(zone.zone)}:`);
    const hours = filledHours(zone.hours);
    if (hours.length === 0) lines.push('  no measured posts');
    for (const { hour, bucket } of hours) lines.push(`  ${hourLabel(hour)}  ${medianText(bucket).padStart(6)}  (${plural(bucket.posts, 'post')})`);
    const days = zone.weekdays.map((b, i) => (b.posts > 0 ? `${weekdayLabel(i)} ${medianText(b)} (${b.posts})` : '')).filter(Boolean);
    if (days.length > 0) lines.push(`  by weekday: ${days.join(' · ')}`);
  }
  if (a.support) {
    lines.push('', 'Support:');
    for (const [label, value] of supportLines(a.support, a.zone)) lines.push(`  ${t(label)}: ${t(value)}`);
    for (const u of unansweredRows(a.support, a.zone)) {
      lines.push(`    ${u.written}  waited ${u.waited}${u.late ? `  ${u.late}` : ''}  ${t(u.url)}`);
    }
  }
  return lines;
}
