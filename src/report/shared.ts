/** What the report's renderers print alike: local times, rates, excerpts and bucket labels. */
import { wallClockText } from '../time/local-time.js';
import { hhmm, WEEKDAYS } from '../time/zoned.js';
import { formatUsd } from '../model/prices.js';
import { formatMinutes } from '../time/duration.js';
import type { Bucket, MonthSpend, NotSent } from './model.js';
import { customerPostUrl, type SupportStats } from './support.js';

/** `2026-12-01 09:00`: a report instant on the wall clock of `zone`. */
export function localText(iso: string, zone: string): string {
  return wallClockText(Date.parse(iso), zone);
}

/** `3.25%`, or `–` when the rate is not defined (no impressions). */
export function percent(rate: number | undefined): string {
  return rate === undefined ? '–' : `${(rate * 100).toFixed(2)}%`;
}

/** A median of whole numbers is whole or ends in .5: print it as such. */
export function medianText(bucket: Pick<Bucket, 'median_engagements'>): string {
  const m = bucket.median_engagements;
  return m === undefined ? '–' : String(m);
}

/** The first `max` characters (by code point) of a text on one line, with `…` when cut. */
export function excerpt(text: string | undefined, max = 60): string {
  if (text === undefined) return '(post file not found)';
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

export const hourLabel = (hour: number) => hhmm({ hour, minute: 0 });
export const weekdayLabel = (index: number) => WEEKDAYS[index]!;

/** `expired (window-closed)`, `failed (server, will retry)`: what a not-sent entry was. */
export function notSentKind(entry: NotSent): string {
  const detail =
    entry.event === 'failed' ? [entry.kind, entry.retryable === undefined ? undefined : entry.retryable ? 'retryable' : 'permanent'] : [entry.blocked_by];
  const shown = detail.filter((d): d is string => d !== undefined && d !== '');
  return shown.length > 0 ? `${entry.event} (${shown.join(', ')})` : entry.event;
}

/** The buckets worth printing: those with posts. */
export function filledHours(hours: readonly Bucket[]): Array<{ hour: number; bucket: Bucket }> {
  return hours.flatMap((bucket, hour) => (bucket.posts > 0 ? [{ hour, bucket }] : []));
}

/** `1 post`, `2 posts`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `2026-12 (UTC): $1.23 of a $40.00 budget, $38.77 left` — one month's spend, plain text. */
export function spendText(m: MonthSpend): string {
  const spent = `${m.month} (UTC): ${formatUsd(m.spent_usd)}`;
  if (m.budget_usd === undefined) return `${spent} (no budget set)`;
  const rest = m.over_budget ? 'over budget' : `${formatUsd(m.left_usd ?? 0)} left`;
  return `${spent} of a ${formatUsd(m.budget_usd)} budget, ${rest}`;
}

/** `45s`, `20m`, `1h10m`: a response time, to the minute from a minute up. */
function secondsText(seconds: number): string {
  // Rounded up: a wait of 2h0m5s must not read "2h" beside an sla of 2h it missed.
  return seconds < 60 ? `${seconds}s` : formatMinutes(Math.ceil(seconds / 60));
}

/**
 * The support section as plain lines (`label: value`), each renderer escaping them for where they
 * go: answer ids come from the log and the answers' file names, zones from the account file. The
 * unanswered posts themselves are listed by each renderer (`unansweredRows`), with their links.
 */
export function supportLines(s: SupportStats, zone: string): Array<[label: string, value: string]> {
  const lines: Array<[string, string]> = [
    [
      'Replies',
      `${s.replies === 1 ? '1 reply' : `${s.replies} replies`}; ${plural(s.customer_posts, 'customer post')} got ${s.customer_posts === 1 ? 'its' : 'their'} first reply in this period`,
    ],
  ];
  lines.push(['First reply', s.first_reply ? `median ${secondsText(s.first_reply.median_s)}, p90 ${secondsText(s.first_reply.p90_s)} (nearest rank)` : '–']);
  if (s.sla) lines.push([`Within sla ${s.sla.written}`, slaText(s.sla)]);
  const late = s.posts.filter((p) => p.within_sla === false);
  if (late.length > 0) {
    const SHOWN = 10;
    const named = late.slice(0, SHOWN).map((p) => `${customerPostUrl(p.to)} after ${secondsText(p.first_reply_s)}`);
    if (late.length > SHOWN) named.push(`and ${late.length - SHOWN} more (JSON: posts[].within_sla)`);
    lines.push(['First reply past the sla', named.join(' · ')]);
  }
  lines.push(['Replies by day', s.replies_by_day.map((d) => `${d.day} ${d.replies}`).join(' · ') || '–']);
  for (const zone of s.by_zone) {
    lines.push([`Busiest hours in ${zone.zone}`, zone.busiest.map((b) => `${hourLabel(b.hour)} (${b.posts})`).join(' · ') || '–']);
  }
  const used = s.answers.map((a) => `${a.answer} ${a.replies}`);
  if (s.unmatched > 0) used.push(`written by hand ${s.unmatched}`);
  lines.push(['Answers used', used.join(' · ') || '–']);
  lines.push(['Unanswered', unansweredText(s, zone)]);
  return lines;
}

/** `3 of 5 (60.00%); 1 unanswered past the sla counts as missed; 1 open (unanswered, still inside the sla) counts in neither`. */
function slaText(sla: NonNullable<SupportStats['sla']>): string {
  const counted = sla.answered + sla.unanswered_late;
  if (counted === 0 && sla.open === 0) return '– (no customer post to count yet)';
  const share = sla.share === undefined ? '' : ` (${percent(sla.share)})`;
  const parts = [`${sla.within} of ${counted}${share}`];
  if (sla.unanswered_late > 0) parts.push(`${sla.unanswered_late} unanswered past the sla ${sla.unanswered_late === 1 ? 'counts' : 'count'} as missed`);
  if (sla.open > 0) parts.push(`${sla.open} open (unanswered, still inside the sla) ${sla.open === 1 ? 'counts' : 'count'} in neither`);
  return parts.join('; ');
}

function unansweredText(s: SupportStats, zone: string): string {
  if (!s.from_x) {
    return "not known yet, nor replies sent from X's apps: herald stats reads them (the mentions and the account's timeline) for accounts with sla:";
  }
  const known =
    s.known_until === undefined
      ? ''
      : s.read_to === undefined
        ? '; herald stats has not yet read the timeline and the mentions through (a run stopped part-way), so none is known: run it again'
        : `; as of the last herald stats run that read the timeline and the mentions through (${localText(s.read_to, zone)} ${zone}): what came after is not read yet`;
  if (s.unanswered.length === 0) {
    return known === '' ? 'none: every customer post from the mentions written in this period has a reply' : `none known${known}`;
  }
  const late = s.unanswered.filter((u) => u.past_sla === true).length;
  const followUps = s.unanswered.filter((u) => u.follow_up === true).length;
  const pastSla = s.sla ? `, ${late} past the sla` : '';
  const replies = followUps > 0 ? `, ${followUps} of them ${followUps === 1 ? 'a follow-up' : 'follow-ups'} to our replies (no first reply due)` : '';
  return `${plural(s.unanswered.length, 'customer post')} from the mentions written in this period with no reply by ${localText(s.as_of, zone)}${pastSla}${replies}${known}`;
}

/** One unanswered post for a listing: when it was written (in `zone`), how long it has waited, whether past the sla. */
export function unansweredRows(s: SupportStats, zone: string): Array<{ id: string; url: string; written: string; waited: string; late: string }> {
  return s.unanswered.map((u) => ({
    id: u.id,
    url: u.url,
    written: localText(u.written_at, zone),
    waited: secondsText(u.waited_s),
    late: u.follow_up ? 'follow-up to our reply' : u.past_sla === undefined ? '' : u.past_sla ? 'past the sla' : 'open',
  }));
}
