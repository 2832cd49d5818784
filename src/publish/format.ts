/** The human summary of a publish run (`--format text`). */
import { terminalLine } from '../model/escape.js';
import { formatMinutes } from '../time/duration.js';
import type { PublishReport } from './report.js';

export function formatReport(report: PublishReport): string {
  const lines: string[] = [];
  const dry = report.dry_run;
  const part = (p: { part: number; parts?: number }) => `part ${p.part + 1}${p.parts ? `/${p.parts}` : ''}`;

  if (dry) lines.push(`Dry run at ${report.now}: nothing was sent and nothing was written.`);
  if (report.sent.length > 0) {
    lines.push(dry ? `Would send ${report.sent.length} part(s):` : `Sent ${report.sent.length} part(s):`);
    for (const s of report.sent) {
      const where = s.url ? `  ${s.url}` : '';
      lines.push(`  ${s.account}  ${s.post}  ${part(s)}${where}  (scheduled ${s.scheduled_for}, ${lateness(s.delay_s)})`);
      if (dry) {
        if (s.reply_to) lines.push(`    in reply to: ${s.reply_to}`);
        for (const m of s.media ?? []) lines.push(`    media: ${m.file}${m.alt ? ` (alt: ${m.alt})` : ''}`);
        if (s.poll) lines.push(`    poll: ${s.poll.options.join(' / ')} (${formatMinutes(s.poll.duration_minutes)})`);
        for (const textLine of s.text.split(/\r\n|\r|\n/)) lines.push(`    | ${textLine}`);
      }
    }
  }
  const retracted = report.retracted ?? [];
  if (retracted.length > 0) {
    lines.push(dry ? `Would delete ${retracted.length} part(s) from X (retract), last part first:` : `Retracted ${retracted.length} part(s) from X:`);
    for (const r of retracted) {
      const how = r.how === 'gone' ? '  (already gone)' : '';
      lines.push(`  ${r.account}  ${r.post}  ${part(r)}  ${r.url}${how}`);
    }
  }
  if (report.would_reconcile && report.would_reconcile.length > 0) {
    lines.push(`Would first check the timeline for ${report.would_reconcile.length} part(s) whose earlier attempt has no outcome:`);
    for (const r of report.would_reconcile) lines.push(`  ${r.account}  ${r.post}  ${part(r)}`);
  }
  if (report.reconciled.length > 0) {
    lines.push(`Checked the timeline for ${report.reconciled.length} part(s):`);
    for (const r of report.reconciled) {
      lines.push(`  ${r.account}  ${r.post}  ${part(r)}  ${r.found ? `found (tweet ${r.tweet_id})` : 'not found'}: ${r.reason}`);
    }
  }
  if (report.failed.length > 0) {
    lines.push(`Failed ${report.failed.length}:`);
    for (const f of report.failed) {
      lines.push(`  ${f.account}  ${f.post}  ${part(f)}: ${f.error} (${f.retryable ? 'tried again next run' : 'not retried'})`);
    }
  }
  for (const [title, list] of [
    ['Expired', report.expired],
    ['Skipped', report.skipped],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(`${title} ${list.length}${dry ? ' (would be logged)' : ''}:`);
    for (const d of list) lines.push(`  ${d.account}  ${d.post}: ${d.reason}`);
  }
  if (report.stopped.length > 0) {
    lines.push('Stopped accounts:');
    for (const s of report.stopped) lines.push(`  ${s.account} (${s.kind}): ${s.reason}`);
  }
  const nothing =
    report.sent.length +
    report.reconciled.length +
    report.failed.length +
    report.expired.length +
    report.skipped.length +
    report.stopped.length +
    retracted.length +
    (report.would_reconcile?.length ?? 0);
  if (nothing === 0) lines.push(`Nothing due at ${report.now}.`);
  // Ids, texts, reasons and X's messages are content: each printed line starts with herald's words.
  return `${lines.map(terminalLine).join('\n')}\n`;
}

function lateness(seconds: number): string {
  if (seconds < 60) return `${seconds}s after window start`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m after window start`;
  return `${(seconds / 3600).toFixed(1)}h after window start`;
}
