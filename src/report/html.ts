/**
 * `herald report --format html`: one self-contained page (inline CSS and inline SVG, no script, no
 * external URL) that reads on a phone: tables scroll inside their own box, charts scale to the
 * width. Everything from content goes through htmlText; links are x.com URLs built by statusUrl.
 */
import { htmlText } from '../model/escape.js';
import { utcMinuteText } from '../time/format.js';
import type { AccountReport, Report, ZoneBuckets } from './model.js';
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

const h = htmlText;

export function renderHtml(report: Report): string {
  const title = `herald report ${report.from.slice(0, 10)} – ${report.to.slice(0, 10)}`;
  const body = report.accounts.length === 0 ? '<p>No accounts.</p>' : report.accounts.map(accountSection).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>herald report</h1><p class="period">${h(utcMinuteText(report.from))} – ${h(utcMinuteText(report.to))}</p></header>
${body}
</body>
</html>
`;
}

const CSS = `*{box-sizing:border-box}body{margin:0 auto;max-width:1000px;padding:16px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;background:#fff}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.25rem;margin:28px 0 8px;border-bottom:2px solid #0072b2;padding-bottom:4px;overflow-wrap:anywhere}h3{font-size:1.05rem;margin:20px 0 6px}
.period,.muted{color:#555}.totals{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}.totals li{background:#f2f6fa;border-radius:6px;padding:6px 10px}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e3e3e3;vertical-align:top}
td.text{min-width:12em;overflow-wrap:anywhere}td.num,th.num{text-align:right;white-space:nowrap}.retracted{color:#a33}.over{color:#a33;font-weight:600}
figure{margin:8px 0 16px}figcaption{font-size:.9rem;color:#555}svg{width:100%;height:auto;display:block}svg .bar{fill:#0072b2}svg .axis{stroke:#999}svg text{font-size:11px;fill:#444}
@media (max-width:600px){body{padding:10px}th,td{padding:4px 5px}}`;

function accountSection(a: AccountReport): string {
  const t = a.totals;
  const parts: string[] = [];
  parts.push(`<section class="account"><h2>${h(a.account)} <span class="muted">${h(a.handle)}</span></h2>`);
  parts.push(
    `<ul class="totals"><li>${t.posts} posts (${t.parts} parts)</li><li>${t.measured_posts} measured</li><li>${t.engagements} engagements</li><li>impressions ${t.impressions ?? '–'}</li><li>rate ${percent(t.engagement_rate)}</li></ul>`,
  );
  parts.push(`<p class="muted">Times in ${h(a.zone)}.</p>`);
  if (a.spend) parts.push(`<p>X spend: ${a.spend.months.map((m) => h(spendText(m))).join('; ')}</p>`);
  parts.push('<h3>What went out</h3>');
  if (a.published.length === 0) parts.push('<p>Nothing in this period.</p>');
  else {
    const rows = a.published.map((p) => {
      const links = p.parts.map((part) => `<a href="${h(part.url)}">${part.part + 1}</a>`).join(' ');
      const retracted = p.retracted_at ? ` <span class="retracted">retracted ${h(localText(p.retracted_at, a.zone))}</span>` : '';
      return `<tr><td>${h(localText(p.published_at, a.zone))}</td><td><code>${h(p.post)}</code>${retracted}</td><td class="text">${h(excerpt(p.text, 100))}</td><td>${p.tags.map(h).join(', ')}</td><td>${links}</td><td class="num">${p.measured ? p.engagements : '–'}</td><td class="num">${p.impressions ?? '–'}</td><td class="num">${percent(p.engagement_rate)}</td></tr>`;
    });
    parts.push(table(['Published', 'Post', 'Text', 'Tags', 'Parts', 'Engagements', 'Impressions', 'Rate'], rows, [5, 6, 7]));
  }
  parts.push('<h3>Not sent</h3>');
  if (a.not_sent.length === 0) parts.push('<p>Nothing.</p>');
  else {
    const rows = a.not_sent.map(
      (n) =>
        `<tr><td>${h(localText(n.at, a.zone))}</td><td><code>${h(n.post)}</code></td><td class="num">${n.part + 1}</td><td>${h(notSentKind(n))}</td><td class="text">${h(n.reason)}</td></tr>`,
    );
    parts.push(table(['When', 'Post', 'Part', 'What', 'Why'], rows, [2]));
  }
  const mix = a.content_mix;
  parts.push(`<h3>Content mix (${plural(mix.posts, 'post')})</h3>`);
  const mixRows = mix.tags.map((tag) => `<tr><td>${h(tag.tag)}</td><td class="num">${tag.posts}</td><td class="num">${percent(tag.share)}</td></tr>`);
  if (mix.untagged > 0)
    mixRows.push(`<tr><td class="muted">(no tags)</td><td class="num">${mix.untagged}</td><td class="num">${percent(mix.untagged / mix.posts)}</td></tr>`);
  if (mixRows.length > 0) parts.push(table(['Tag', 'Posts', 'Share'], mixRows, [1, 2]));
  const promo = mix.promotion;
  parts.push(
    `<p>Promotion (${promo.tags.map(h).join(', ')}): ${plural(promo.posts, 'post')}, ${percent(promo.share)}; the content-mix rule allows ${percent(promo.max_share)}${promo.over ? ' <span class="over">— over</span>' : ''}.</p>`,
  );
  parts.push('<h3>Median engagements by local hour</h3>');
  for (const zone of a.by_zone) parts.push(zoneFigure(zone));
  if (a.support) {
    parts.push('<h3>Support</h3>');
    const rows = supportLines(a.support, a.zone).map(([label, value]) => `<tr><th scope="row">${h(label)}</th><td class="text">${h(value)}</td></tr>`);
    parts.push(`<div class="scroll"><table><tbody>${rows.join('')}</tbody></table></div>`);
    const unanswered = unansweredRows(a.support, a.zone).map(
      (u) =>
        `<tr><td><a href="${h(u.url)}">${h(u.id)}</a></td><td>${h(u.written)}</td><td class="num">${h(u.waited)}</td><td${u.late === 'past the sla' ? ' class="over"' : ''}>${h(u.late || '–')}</td></tr>`,
    );
    if (unanswered.length > 0) {
      parts.push('<p>Unanswered posts, oldest first (waited: until the end of the period, or the last herald stats run):</p>');
      parts.push(table(['Unanswered post', 'Written', 'Waited', 'Sla'], unanswered, [2]));
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

function table(header: string[], rows: string[], numeric: number[] = []): string {
  const head = header.map((cell, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h(cell)}</th>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

const WIDTH = 480;
const HEIGHT = 170;
const LEFT = 28;
const BOTTOM = 22;
const TOP = 12;

/** A bar per local hour (median engagements), and the weekday medians under it as a line of text. */
function zoneFigure(zone: ZoneBuckets): string {
  const filled = filledHours(zone.hours);
  if (filled.length === 0) return `<figure><figcaption>${h(zone.zone)}: no measured posts.</figcaption></figure>`;
  const max = Math.max(1, ...filled.map(({ bucket }) => bucket.median_engagements ?? 0));
  const slot = (WIDTH - LEFT) / 24;
  const plot = HEIGHT - BOTTOM - TOP;
  const bars = filled
    .map(({ hour, bucket }) => {
      const value = bucket.median_engagements ?? 0;
      const height = Math.max(1, (value / max) * plot);
      const x = LEFT + hour * slot + 2;
      const y = TOP + plot - height;
      return `<rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot - 4).toFixed(1)}" height="${height.toFixed(1)}"><title>${hourLabel(hour)}: median ${medianText(bucket)} (${bucket.posts} posts)</title></rect>`;
    })
    .join('');
  const labels = [0, 3, 6, 9, 12, 15, 18, 21]
    .map((hour) => `<text x="${(LEFT + hour * slot + slot / 2).toFixed(1)}" y="${HEIGHT - 6}" text-anchor="middle">${hourLabel(hour)}</text>`)
    .join('');
  const axis = `<line class="axis" x1="${LEFT}" y1="${TOP + plot}" x2="${WIDTH}" y2="${TOP + plot}"/><text x="${LEFT - 4}" y="${TOP + 8}" text-anchor="end">${max}</text><text x="${LEFT - 4}" y="${TOP + plot}" text-anchor="end">0</text>`;
  const days = zone.weekdays
    .map((b, i) => (b.posts > 0 ? `${weekdayLabel(i)} ${medianText(b)} (${b.posts})` : ''))
    .filter(Boolean)
    .join(' · ');
  const label = `Median engagements by local hour in ${zone.zone}`;
  return `<figure><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${h(label)}">${axis}${bars}${labels}</svg><figcaption>${h(label)}. By weekday: ${h(days)}</figcaption></figure>`;
}
