/**
 * The publish job's summary: what went out (with links), what expired and why, what failed, and
 * whether the schedule itself kept time. GitHub delays scheduled runs under load and sometimes
 * drops them, so the summary says when it looks like that happened instead of leaving readers to guess.
 */
import { DateTime } from 'luxon';
import { utcMinuteText } from '../time/format.js';
import type { LogEntry } from '../model/log.js';
import type { PublishReport } from '../publish/report.js';
import { plural } from '../model/words.js';
import { humanDuration, table } from '../model/markdown.js';
import { mdCode, mdText } from '../model/escape.js';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { t } from '../i18n/say.js';

export interface ScheduleCheck {
  /** Minutes between scheduled runs (the workflow's cron). */
  intervalMinutes: number;
  /** Lateness GitHub routinely adds before a run counts as late. */
  toleranceMinutes: number;
}

export const DEFAULT_SCHEDULE: ScheduleCheck = { intervalMinutes: 30, toleranceMinutes: 15 };

export interface PublishSummaryInput {
  report: PublishReport;
  /** The log before this run: its latest `at` is the previous run that left a trace. */
  previousLog: readonly LogEntry[];
  schedule?: ScheduleCheck;
  /** What happened to the log commit, when the action committed. */
  logCommit?: string;
  /** The language of the headings (default English); entries keep the log's words. */
  lang?: Lang;
}

export function publishCounts(report: PublishReport): { published: number; failed: number; expired: number; skipped: number } {
  return {
    published: report.sent.length,
    failed: report.failed.length,
    expired: report.expired.length,
    skipped: report.skipped.length,
  };
}

export function publishSummary({ report, previousLog, schedule = DEFAULT_SCHEDULE, logCommit, lang = DEFAULT_LANG }: PublishSummaryInput): string {
  const now = DateTime.fromISO(report.now, { zone: 'utc' });
  const counts = publishCounts(report);
  const out: string[] = [];
  out.push(`## ${t(lang, report.dry_run ? 'summary.publish.title-dry' : 'summary.publish.title', { at: utcMinuteText(report.now) })}`);
  if (report.dry_run) out.push('Dry run: nothing was sent to X and nothing was written to the log.');
  out.push(table(['published', 'failed', 'expired', 'skipped'], [[counts.published, counts.failed, counts.expired, counts.skipped].map(String)]));

  const retracted = report.retracted ?? [];
  const quiet = [report.sent, report.reconciled, report.failed, report.expired, report.skipped, report.stopped, retracted].every((l) => l.length === 0);
  if (quiet) out.push('Nothing was due at this run.');
  if (retracted.length > 0) {
    out.push(`### ${t(lang, report.dry_run ? 'summary.publish.would-delete' : 'summary.publish.deleted')}`);
    out.push(
      retracted
        .map((r) => `- **${mdText(r.post)}** (${mdText(r.account)}, part ${r.part + 1}) — <${r.url}>${r.how === 'gone' ? ' (already gone)' : ''}`)
        .join('\n'),
    );
  }
  if (report.sent.length > 0) {
    out.push(`### ${t(lang, report.dry_run ? 'summary.publish.would-send' : 'summary.publish.sent')}`);
    out.push(
      report.sent
        .map((s) => {
          const link = s.url ? ` — [${s.url.replace(/^https?:\/\//, '')}](${s.url})` : '';
          const late = s.delay_s >= 60 ? ` · ${humanDuration(s.delay_s * 1000)} after its window opened` : '';
          return `- **${mdText(s.post)}** (${mdText(s.account)}, part ${s.part + 1})${link}${late}: ${mdText(excerpt(s.text))}`;
        })
        .join('\n'),
    );
  }
  if (report.reconciled.length > 0) {
    out.push(`### ${t(lang, 'summary.publish.reconciled')}`);
    out.push(
      report.reconciled
        .map(
          (r) =>
            `- **${mdText(r.post)}** (${mdText(r.account)}, part ${r.part + 1}): ${r.found ? `found on the timeline (${r.tweet_id ? mdCode(r.tweet_id) : 'id unknown'}), not sent again` : 'not on the timeline, safe to send again'}`,
        )
        .join('\n'),
    );
  }
  if (report.expired.length > 0) {
    out.push(`### ${t(lang, 'summary.publish.expired')}`);
    out.push(report.expired.map((e) => `- **${mdText(e.post)}** (${mdText(e.account)}): ${mdText(e.reason)}`).join('\n'));
  }
  if (report.failed.length > 0) {
    out.push(`### ${t(lang, 'summary.publish.failed')}`);
    out.push(
      report.failed
        .map(
          (f) =>
            `- **${mdText(f.post)}** (${mdText(f.account)}, part ${f.part + 1}): ${mdText(f.error)} — ${f.retryable ? 'will be retried at the next run' : 'permanent: edit the post to try again'}`,
        )
        .join('\n'),
    );
  }
  if (report.stopped.length > 0) {
    out.push(`### ${t(lang, 'summary.publish.stopped')}`);
    out.push(report.stopped.map((s) => `- **${mdText(s.account)}** (${s.kind}): ${mdText(s.reason)}`).join('\n'));
  }
  if (report.skipped.length > 0) {
    out.push(`### ${t(lang, 'summary.publish.skipped')}`);
    out.push(report.skipped.map((s) => `- **${mdText(s.post)}** (${mdText(s.account)}): ${mdText(s.reason)}`).join('\n'));
  }
  out.push(`### ${t(lang, 'summary.publish.schedule')}`);
  out.push(scheduleNotes(report, previousLog, now, schedule).join('\n'));
  if (logCommit) out.push(logCommit);
  return `${out.join('\n\n')}\n`;
}

/**
 * The log only records runs that did something, so a long silence proves nothing by itself; a post
 * sent or expired well after its window opened does prove that earlier runs did not happen in time,
 * unless the log says why it did not go out earlier (it failed, or was held back): then blaming the
 * schedule would hide the real cause, and the note names that cause instead.
 */
export function scheduleNotes(report: PublishReport, previousLog: readonly LogEntry[], now: DateTime, schedule: ScheduleCheck): string[] {
  const notes: string[] = [];
  const allowedMs = (schedule.intervalMinutes + schedule.toleranceMinutes) * 60_000;
  const previous = latestInstant(previousLog);
  const gap = previous === undefined ? undefined : now.toMillis() - previous.toMillis();
  const silent = gap !== undefined && gap > allowedMs;
  if (previous === undefined || gap === undefined) {
    notes.push('- No earlier run has written to the log yet.');
  } else {
    notes.push(`- Previous log entry: ${humanDuration(gap)} ago (${previous.toISO({ suppressMilliseconds: true })}).`);
  }
  const explained = explainedPosts(previousLog);
  const lateSends = report.sent.filter((s) => s.part === 0 && s.delay_s * 1000 > allowedMs && !explained.has(key(s.account, s.post)));
  const failedExpired = report.expired.filter((e) => (e.failed_attempts ?? 0) > 0);
  const quietExpired = report.expired.filter((e) => !(e.failed_attempts ?? 0) && !explained.has(key(e.account, e.post)));
  // An expired post with no attempt only shows a missed schedule when the log has been silent too long.
  const missedExpired = silent ? quietExpired : [];

  if (lateSends.length > 0 || missedExpired.length > 0) {
    const worst = Math.max(0, ...lateSends.map((s) => s.delay_s));
    notes.push(
      `- ⚠️ The schedule ran late or was dropped: ${
        lateSends.length > 0 ? `${plural(lateSends.length, 'post')} went out up to ${humanDuration(worst * 1000)} after the window opened` : ''
      }${lateSends.length > 0 && missedExpired.length > 0 ? ' and ' : ''}${
        missedExpired.length > 0 ? `${plural(missedExpired.length, 'post')} expired with no run in its window` : ''
      }. Scheduled runs are best effort on GitHub; give time-sensitive posts a wider \`window\`, or trigger the workflow by hand (workflow_dispatch).`,
    );
  } else if (silent) {
    notes.push(
      `- ⚠️ That is more than one run every ${schedule.intervalMinutes} min plus ${schedule.toleranceMinutes} min tolerance: either nothing was due since (runs with nothing to do leave no entry), or scheduled runs were late or dropped — GitHub delays and drops scheduled runs under load.`,
    );
  }
  if (failedExpired.length > 0) {
    notes.push(
      `- ❌ ${plural(failedExpired.length, 'post')} expired because sending failed, not because of the schedule: ${failedExpired
        .map(
          (e) =>
            `**${mdText(e.post)}** (${mdText(e.account)}) after ${plural(e.failed_attempts ?? 0, 'failed attempt')}${e.last_failure ? ` (${mdText(e.last_failure)})` : ''}`,
        )
        .join('; ')}. Fix the cause named in its failures; the post is never sent late.`,
    );
  }
  if (quietExpired.length > 0 && !silent) {
    notes.push(
      `- ${plural(quietExpired.length, 'post')} expired without any attempt although runs were on time: its window had closed before it reached the default branch, or it could not be placed in time.`,
    );
  }
  if (notes.length === 1 && previous !== undefined) notes.push('- The schedule is keeping time.');
  return notes;
}

/** Posts whose log already explains a delay: they failed, or were held back (pause, blackout, cap). */
function explainedPosts(log: readonly LogEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of log) if (e.event === 'failed' || e.event === 'skipped' || e.event === 'reconciled') out.add(key(e.account, e.post));
  return out;
}

const key = (account: string, post: string) => `${account}\u0000${post}`;

function latestInstant(entries: readonly LogEntry[]): DateTime | undefined {
  let latest: DateTime | undefined;
  for (const e of entries) {
    const at = DateTime.fromISO(e.at, { zone: 'utc' });
    if (at.isValid && (latest === undefined || at > latest)) latest = at;
  }
  return latest;
}

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
