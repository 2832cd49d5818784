/** `herald slots suggest`: the suggestion as text with the evidence, and the `slots:` YAML to paste. */
import type { SlotRule } from '../model/account.js';
import { terminalLine } from '../model/escape.js';
import { hourLabel, plural } from './shared.js';
import { MIN_POSTS_PER_HOUR, type SlotSuggestion } from './slots.js';

export function renderSlotsText(s: SlotSuggestion): string {
  const t = terminalLine;
  if (s.kind === 'too-few') {
    return `${t(s.account)}: ${plural(s.posts, 'published post')} with metrics; at least ${s.min_posts} are needed to suggest slots (--min-posts). No suggestion: keep the current slots, run herald stats, and try again when more posts have gone out.\n`;
  }
  const lines: string[] = [];
  const base = s.baseline;
  lines.push(
    `${t(s.account)}: ${s.posts} published posts with metrics, times in ${t(s.zone)}.`,
    base.of === 'current-slots'
      ? `Current slots: median ${base.median_engagements} engagements over ${plural(base.posts, 'post')} that went out within the hour after a slot time.`
      : `No post went out at a current slot: comparing with the median of all ${base.posts} posts, ${base.median_engagements} engagements.`,
    `An hour is proposed when at least ${MIN_POSTS_PER_HOUR} posts went out in it and their median beats that.`,
    '',
  );
  for (const day of s.days) {
    if (day.evidence.length === 0 && day.current.length === 0) continue;
    lines.push(`${day.day}: now ${day.current.length > 0 ? day.current.join(', ') : '(no slots)'}`);
    for (const e of day.evidence) {
      lines.push(
        `  ${hourLabel(e.hour)}  ${String(e.posts).padStart(3)} post${e.posts === 1 ? ' ' : 's'}  median ${e.median_engagements}${e.beats ? '  ← beats the current slots' : ''}`,
      );
    }
    for (const p of day.proposed) {
      lines.push(
        `  proposed ${p.time} (median ${p.median_engagements} over ${plural(p.posts, 'post')} vs ${base.median_engagements}): ${p.audience.map((a) => `${t(a.zone)} ${a.local}`).join(', ')}`,
      );
    }
    if (day.proposed.length === 0 && day.current.length > 0) lines.push('  keeps its current times');
  }
  lines.push('');
  if (s.slots === undefined) {
    lines.push('No hour beats the current slots: keep them.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Paste into schedules/${t(s.account)}.yaml (replacing its slots:):`, '', slotsYaml(s.slots));
  return `${lines.join('\n')}\n`;
}

/** The account schema's `slots:` shape; days and `HH:MM` times only, so nothing needs quoting beyond the times. */
function slotsYaml(rules: readonly SlotRule[]): string {
  const body = rules.map((r) => `  - days: [${r.days.join(', ')}]\n    times: [${r.times.map((time) => `"${time}"`).join(', ')}]`).join('\n');
  return `slots:\n${body}`;
}
