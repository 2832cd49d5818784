/**
 * `herald calendar --format html`: one self-contained page (inline CSS and JS, no external URL)
 * that opens offline. Everything is rendered here, so without JavaScript the page is a readable
 * agenda; the script only switches between week, month and list views and opens a details panel.
 */
import { DateTime } from 'luxon';
import { localDay } from '../time/local-time.js';
import type { CalendarEntry, CalendarModel } from './model.js';
import {
  STATUSES,
  STATUS_MEANING,
  dayHeading,
  groupByDay,
  handleOf,
  hhmm,
  oneLine,
  rangeLabel,
  shortDay,
  windowLabel,
  zoned,
  type RenderContext,
} from './shared.js';
import { parseInstant } from '../time/instant.js';
import { writtenLocal } from '../time/zoned.js';
import { formatMinutes } from '../time/duration.js';
import { htmlText } from '../model/escape.js';
import { timedPartLines } from './timed-parts.js';
import { threadHtml } from './html-thread.js';
import { costLabel, costSectionHtml } from './cost.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Distinguishable on white and for the common colour-vision deficiencies (Okabe–Ito, darkened). */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#6a3d9a', '#444444'];

/** Everything from content (texts, handles, account names, files, reasons, zones) goes through this. */
const escapeHtml = htmlText;

interface Indexed {
  entry: CalendarEntry;
  id: number;
}

export interface HtmlOptions {
  /** The page title's prefix. */
  name?: string;
}

export function renderHtml(model: CalendarModel, ctx: RenderContext, options: HtmlOptions = {}): string {
  const zone = model.zone;
  const indexed: Indexed[] = model.entries.map((entry, id) => ({ entry, id }));
  const accountNames = [...new Set([...ctx.accounts.keys(), ...model.entries.map((e) => e.account)])].sort();
  const accountClass = new Map(accountNames.map((name, i) => [name, `a${i % PALETTE.length}`]));
  // Grid days step with luxon, so weeks and months stay whole across DST changes.
  const day = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  const from = day(model.from);
  const lastDay = day(model.to).minus({ milliseconds: 1 }).startOf('day');
  const todayKey = localDay(zone, parseInstant(ctx.now));

  // Local day key → its timed entries, for the grids.
  const byDay = new Map<string, Indexed[]>();
  for (const item of indexed) {
    if (item.entry.at === null) continue;
    const key = localDay(zone, parseInstant(item.entry.at));
    const list = byDay.get(key);
    if (list) list.push(item);
    else byDay.set(key, [item]);
  }

  const classes = (e: CalendarEntry): string => `${accountClass.get(e.account)} st-${e.status}`;

  const chip = ({ entry: e, id }: Indexed, withText: boolean): string =>
    `<li><button type="button" class="chip ${classes(e)}" data-e="${id}">` +
    `<time>${hhmm(zoned(e.at!, zone))}</time> <span class="handle">${escapeHtml(handleOf(e, ctx.accounts))}</span>` +
    (withText ? ` <span class="txt">${escapeHtml(oneLine(e.text, 48))}</span>` : '') +
    `</button></li>`;

  const firstDay = from.startOf('day');
  const dayClasses = (d: DateTime, extra = ''): string => {
    const c = [extra];
    if (d < firstDay || d > lastDay) c.push('out');
    if (d.toISODate() === todayKey) c.push('today');
    return c.filter(Boolean).join(' ');
  };

  // Week grid: Monday-based weeks covering the range.
  let week = '';
  for (let start = from.startOf('week'); start <= lastDay; start = start.plus({ weeks: 1 })) {
    week += `<div class="week"><h3>Week of ${escapeHtml(dayHeading(start))}</h3><div class="days">`;
    for (let d = 0; d < 7; d++) {
      const date = start.plus({ days: d });
      const items = byDay.get(date.toISODate()!) ?? [];
      week += `<div class="day ${dayClasses(date)}"><h4>${shortDay(date)}</h4>` + `<ol>${items.map((i) => chip(i, true)).join('')}</ol></div>`;
    }
    week += '</div></div>';
  }

  // Month grid: a table per month, Monday first.
  let month = '';
  for (let m = from.startOf('month'); m <= lastDay; m = m.plus({ months: 1 })) {
    month += `<table class="month"><caption>${MONTH_NAMES[m.month - 1]} ${m.year}</caption><thead><tr>`;
    month += ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => `<th scope="col">${d}</th>`).join('');
    month += '</tr></thead><tbody>';
    const monthEnd = m.endOf('month');
    for (let row = m.startOf('week'); row <= monthEnd; row = row.plus({ weeks: 1 })) {
      // Weeks wholly outside the period would only be empty boxes.
      if (row.plus({ days: 6 }) < firstDay || row > lastDay) continue;
      month += '<tr>';
      for (let d = 0; d < 7; d++) {
        const date = row.plus({ days: d });
        const items = byDay.get(date.toISODate()!) ?? [];
        const other = date.month !== m.month ? 'other' : '';
        month +=
          `<td class="${dayClasses(date, other)}"><span class="num">${date.day}</span>` +
          (items.length && !other ? `<ol>${items.map((i) => chip(i, false)).join('')}</ol>` : '') +
          '</td>';
      }
      month += '</tr>';
    }
    month += '</tbody></table>';
  }

  // The agenda: the page's content without JavaScript, and the source of the details panel.
  const entryHtml = ({ entry: e, id }: Indexed): string => {
    const when = e.at === null ? '—' : hhmm(zoned(e.at, zone));
    const rows: [string, string][] = [['Window', windowLabel(e, zone)]];
    const local = Object.entries(e.local)
      .map(([z, iso]) => {
        const there = writtenLocal(iso);
        return `${z}: ${shortDay(there)} ${hhmm(there)}`;
      })
      .join('\n');
    if (local) rows.push(['Local times', local]);
    if (e.reason !== undefined) rows.push(['Why', e.reason]);
    if (e.reply_to !== undefined) rows.push(['Reply to', e.reply_to]);
    if (e.poll) rows.push(['Poll', `${e.poll.options.join('\n')}\nruns ${formatMinutes(e.poll.duration_minutes)}`]);
    if (e.parts > 1) rows.push(['Thread', `${e.parts} parts`]);
    if (e.parts_at) rows.push(['Timed parts', timedPartLines(e, zone, e.at === null ? undefined : zoned(e.at, zone).dayKey, (t) => t).join('\n')]);
    if (e.tweet_ids?.length) rows.push(['Tweet ids', e.tweet_ids.join(', ')]);
    rows.push(['Cost', costLabel(e.cost_usd)]);
    rows.push(['File', e.file]);
    return (
      `<li id="e-${id}" class="entry ${classes(e)}"><div class="head"><time>${when}</time> ` +
      `<span class="handle">${escapeHtml(handleOf(e, ctx.accounts))}</span> <span class="badge">${e.status}</span></div>` +
      threadHtml(e, zone) +
      '<dl>' +
      rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('') +
      '</dl></li>'
    );
  };
  const { days, untimed } = groupByDay(model);
  const idOf = new Map(indexed.map((item) => [item.entry, item]));
  let list = '';
  for (const { day, entries } of days) {
    list += `<h3>${escapeHtml(dayHeading(day))}</h3><ol class="entries">`;
    for (const e of entries) list += entryHtml(idOf.get(e)!);
    list += '</ol>';
  }
  if (days.length === 0) list += '<p class="empty">No posts in this period.</p>';
  let unscheduled = '';
  if (untimed.length > 0) {
    unscheduled = `<section id="unscheduled"><h2>Not scheduled</h2><ol class="entries">`;
    for (const e of untimed) unscheduled += entryHtml(idOf.get(e)!);
    unscheduled += '</ol></section>';
  }

  // Colours are assigned over every account (stable between filtered and full calendars), but the
  // legend names only the accounts this calendar shows.
  const shownAccounts = new Set(model.entries.map((e) => e.account));
  const legend =
    '<section class="legend" aria-label="Legend"><ul class="accounts">' +
    accountNames
      .filter((a) => shownAccounts.size === 0 || shownAccounts.has(a))
      .map((a) => {
        const handle = ctx.accounts.get(a)?.handle ?? a;
        return `<li class="${accountClass.get(a)}"><span class="swatch"></span>${escapeHtml(handle)} <small>${escapeHtml(a)}</small></li>`;
      })
      .join('') +
    '</ul><ul class="statuses">' +
    STATUSES.map((s) => `<li><span class="chip st-${s}"><span class="badge">${s}</span></span> ${escapeHtml(STATUS_MEANING[s])}</li>`).join('') +
    '</ul></section>';

  const initialView = parseInstant(model.to) - parseInstant(model.from) > 21 * 86_400_000 ? 'month' : 'week';
  const now = zoned(ctx.now, zone);
  const title = `${options.name ?? 'herald'} calendar ${rangeLabel(model)}`;
  const timed = model.entries.length - untimed.length;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="herald">
<title>${escapeHtml(title)}</title>
<style>${css()}</style>
</head>
<body data-default-view="${initialView}">
<header>
<h1>${escapeHtml(title)} <small>${escapeHtml(zone)}</small></h1>
<p class="meta">Plan as of ${dayHeading(now)} ${hhmm(now)} · ${timed} post${timed === 1 ? '' : 's'} in this period${untimed.length ? `, ${untimed.length} not scheduled` : ''}. Times are in ${escapeHtml(zone)}; hover or click a post for its window and audience times.</p>
<nav class="views" aria-label="View"><button type="button" data-view="week">Week</button><button type="button" data-view="month">Month</button><button type="button" data-view="list">List</button></nav>
${legend}
</header>
<main>
<section id="week" class="view" aria-label="Week view">${week}</section>
<section id="month" class="view" aria-label="Month view">${month}</section>
<section id="list" class="view" aria-label="List">${list}</section>
${unscheduled}
${costSectionHtml(ctx.months ?? [], ctx.accounts)}
</main>
<aside id="details" hidden aria-live="polite"><button type="button" class="close" aria-label="Close">×</button><ol class="entries"></ol></aside>
<script>${script()}</script>
</body>
</html>
`;
}

function css(): string {
  const accounts = PALETTE.map((c, i) => `.a${i}{--acc:${c}}`).join('');
  return `
:root{color-scheme:light;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
body{margin:0;padding:16px 20px 80px}
h1{font-size:20px;margin:0 0 4px}h1 small{font-weight:400;color:#57606a;font-size:14px}
.meta{margin:0 0 8px;color:#57606a}
${accounts}
.views{margin:8px 0;display:flex;gap:4px}
.views button{border:1px solid #c8ced6;background:#fff;padding:4px 12px;border-radius:6px;cursor:pointer;font:inherit}
body[data-view=week] .views [data-view=week],body[data-view=month] .views [data-view=month],body[data-view=list] .views [data-view=list]{background:#1b1f24;color:#fff}
html:not(.js) .views{display:none}
.legend{display:flex;flex-wrap:wrap;gap:8px 32px;margin:8px 0 16px}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px}
.legend .statuses li{display:flex;align-items:center;gap:6px;color:#57606a}
.legend .statuses .chip{width:auto;flex:none;white-space:nowrap;margin:0;--acc:#6e7781}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--acc);margin-right:5px;vertical-align:-1px}
.legend small{color:#57606a}
.view{display:none}
body[data-view=week] #week,body[data-view=month] #month,body[data-view=list] #list{display:block}
html:not(.js) .view{display:none}html:not(.js) #list{display:block}
ol{list-style:none;margin:0;padding:0}
.week{margin-bottom:18px}.week h3{font-size:13px;margin:0 0 4px;color:#57606a;font-weight:600}
.days{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:4px}
.day{background:#fff;border:1px solid #d8dee4;border-radius:6px;min-height:90px;padding:4px}
.day h4{margin:0 0 4px;font-size:12px;color:#57606a;font-weight:600}
.out{background:#eef0f3;opacity:.55}.today{outline:2px solid #bf8700;outline-offset:-1px}
.chip{display:block;width:100%;text-align:left;font:inherit;font-size:12px;line-height:1.3;margin:0 0 3px;padding:3px 5px;border:1px solid color-mix(in srgb,var(--acc) 45%,transparent);border-left:4px solid var(--acc);border-radius:4px;background:color-mix(in srgb,var(--acc) 10%,#fff);color:#1b1f24;cursor:pointer;overflow:hidden;text-overflow:ellipsis}
.chip time{font-variant-numeric:tabular-nums;font-weight:600}.chip .handle{color:var(--acc);font-weight:600}
.chip .txt{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#424a53}
.chip:hover,.chip:focus-visible{background:color-mix(in srgb,var(--acc) 22%,#fff);outline:none}
.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:9px;background:#e6e9ed;color:#1b1f24;font-weight:600}
.st-published{background:color-mix(in srgb,var(--acc) 28%,#fff)}.st-published .badge{background:#1a7f37;color:#fff}.st-published .badge::before{content:"✓ "}
.st-due{box-shadow:0 0 0 2px #bf8700 inset}.chip.st-due{font-weight:600}.st-due .badge{background:#bf8700;color:#fff}
.st-scheduled .badge{background:#0969da;color:#fff}
.st-queued{border-style:dashed}.st-queued .badge{background:#ddf4ff;color:#0550ae;border:1px dashed #0550ae}
.st-expired{opacity:.6}.st-expired .txt,.st-expired .text{text-decoration:line-through}.st-expired .badge{background:#6e7781;color:#fff}
.st-retracted{opacity:.6}.st-retracted .txt,.st-retracted .text{text-decoration:line-through}.st-retracted .badge{background:#8250df;color:#fff}
.st-draft{border-style:dotted;font-style:italic}.st-draft .badge{background:#fff;color:#57606a;border:1px dotted #57606a}
.st-blocked{background:repeating-linear-gradient(135deg,#fff 0 6px,#ffebe9 6px 12px)}.st-blocked .badge{background:#cf222e;color:#fff}.st-blocked .badge::before{content:"× "}
table.month{width:100%;border-collapse:separate;border-spacing:3px;table-layout:fixed;margin-bottom:18px}
table.month caption{text-align:left;font-weight:600;font-size:15px;padding:4px 0}
table.month th{font-size:12px;color:#57606a;font-weight:600;text-align:left;padding:0 4px}
table.month td{vertical-align:top;background:#fff;border:1px solid #d8dee4;border-radius:6px;height:80px;padding:3px}
table.month td ol{max-height:160px;overflow:auto}
table.month td.other{background:transparent;border-color:transparent}
.num{font-size:12px;color:#57606a;font-weight:600}
#list h3,#unscheduled h2{font-size:15px;margin:16px 0 6px}
.entries .entry{background:#fff;border:1px solid #d8dee4;border-left:5px solid var(--acc);border-radius:6px;padding:8px 10px;margin:0 0 6px}
.entry .head{display:flex;gap:8px;align-items:center}.entry .head time{font-weight:600;font-variant-numeric:tabular-nums}
.entry .handle{color:var(--acc);font-weight:600}
.entry .text{white-space:pre-wrap;margin:6px 0;overflow-wrap:anywhere}
.thread{counter-reset:none;margin:6px 0}.thread>li{border-left:2px solid #d8dee4;padding:0 0 0 8px;margin:0 0 6px}
.thread .part{font-size:12px;color:#57606a;font-weight:600}.thread .text{margin:2px 0}
.media{display:flex;flex-wrap:wrap;gap:4px;margin:4px 0}.media img{max-width:160px;max-height:120px;border-radius:4px;border:1px solid #d8dee4}
.on-x{font-size:12px}
.entry dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0;font-size:12px;color:#424a53}
.entry dt{font-weight:600}.entry dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
#details{position:fixed;right:16px;top:16px;max-height:calc(100vh - 32px);box-sizing:border-box;width:min(420px,calc(100vw - 32px));overflow:auto;background:#fff;border:1px solid #c8ced6;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:36px 12px 12px}
#details[hidden]{display:none}
#details .close{position:absolute;right:8px;top:6px;border:0;background:none;font-size:22px;cursor:pointer;line-height:1}
.empty{color:#57606a}
@media (max-width:760px){body{padding:12px}.days{grid-template-columns:minmax(0,1fr)}.day{min-height:0}.day.out{display:none}table.month td{height:auto}table.month .chip .handle{display:none}}
@media print{.views,#details{display:none}}
`;
}

/** Plain ES2015 so it runs in any browser; no network, no storage. */
function script(): string {
  return `
(function(){
  document.documentElement.classList.add('js');
  var body=document.body, panel=document.getElementById('details'), target=panel.querySelector('ol');
  function show(view){ if(['week','month','list'].indexOf(view)>=0){ body.setAttribute('data-view',view); } }
  // The view is chosen here, not in the markup, so without JavaScript only the list shows.
  show(body.getAttribute('data-default-view')); show(location.hash.slice(1));
  document.querySelector('.views').addEventListener('click',function(ev){
    var b=ev.target.closest('button[data-view]'); if(!b) return;
    show(b.getAttribute('data-view')); history.replaceState(null,'','#'+b.getAttribute('data-view'));
  });
  function sourceOf(ev){
    var c=ev.target.closest&&ev.target.closest('.chip[data-e]');
    return c?{chip:c,entry:document.getElementById('e-'+c.getAttribute('data-e'))}:null;
  }
  // Tooltips come from the agenda entry when first needed: a year of posts stays one copy of each text.
  function describe(entry){
    var lines=[entry.querySelector('.head').textContent, entry.querySelector('.text').textContent];
    var terms=entry.querySelectorAll('dt');
    for(var i=0;i<terms.length;i++){ lines.push(terms[i].textContent+': '+terms[i].nextElementSibling.textContent); }
    return lines.join('\\n');
  }
  function tip(ev){ var s=sourceOf(ev); if(s&&s.entry&&!s.chip.title){ s.chip.title=describe(s.entry); } }
  document.addEventListener('mouseover',tip); document.addEventListener('focusin',tip);
  document.addEventListener('click',function(ev){
    var s=sourceOf(ev); if(!s||!s.entry) return; var source=s.entry;
    target.innerHTML=''; var copy=source.cloneNode(true); copy.removeAttribute('id'); target.appendChild(copy);
    panel.hidden=false; panel.querySelector('.close').focus();
  });
  panel.querySelector('.close').addEventListener('click',function(){ panel.hidden=true; });
  document.addEventListener('keydown',function(ev){ if(ev.key==='Escape'){ panel.hidden=true; } });
})();
`;
}
