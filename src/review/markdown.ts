/** The review as Markdown for the job summary: findings, the calendar difference, then a card per post. */
import { formatMinutes } from '../time/duration.js';
import { readableIn, readableWindow, utcMinuteText } from '../time/format.js';
import { diagnosticsTable } from '../model/markdown.js';
import { plural } from '../model/words.js';
import { table } from '../model/markdown.js';
import { mdCode, mdFenced, mdImage, mdMessage, mdText } from '../model/escape.js';
import { editedParts } from './edit-markdown.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CalendarChange, PreviewCard, PreviewPart, Review } from './review.js';
import { answersMarkdown } from './answers.js';
import { costSectionMarkdown } from './cost.js';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { localizeDiagnostics } from '../i18n/localize.js';
import { t } from '../i18n/say.js';

/** The review as JSON data: the same fields, its findings' messages in `lang` (see i18n/localize.ts). */
export function localizedReview(review: Review, lang: Lang): Review {
  return {
    ...review,
    diagnostics: localizeDiagnostics(review.diagnostics, lang),
    unpreviewable: review.unpreviewable.map((item) => ({ ...item, errors: localizeDiagnostics(item.errors, lang) })),
  };
}

/** Headings, counts and findings in `lang`; post text, names and table columns as they are. */
export function reviewMarkdown(review: Review, lang: Lang = DEFAULT_LANG): string {
  const diagnostics = localizeDiagnostics(review.diagnostics, lang);
  const errors = review.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = review.diagnostics.length - errors;
  const out: string[] = [];
  out.push(`## ${t(lang, 'review.title')}`);
  out.push(
    t(lang, 'review.compared', {
      head: mdCode(review.head),
      base: mdCode(review.base),
      at: utcMinuteText(review.now),
      changed: t(lang, 'count.changed-file', { n: review.changed.length }),
      errors: errors ? t(lang, 'review.errors', { errors: t(lang, 'count.error', { n: errors }) }) : t(lang, 'review.no-errors'),
      warnings: warnings ? t(lang, 'review.warnings', { warnings: t(lang, 'count.warning', { n: warnings }) }) : t(lang, 'review.no-warnings'),
    }),
  );
  if (review.changed.length === 0) {
    out.push(t(lang, 'review.no-changes'));
    return `${out.join('\n\n')}\n`;
  }

  out.push(`### ${t(lang, 'review.validation')}`);
  out.push(diagnostics.length ? diagnosticsTable(diagnostics) : t(lang, 'review.no-findings'));

  out.push(`### ${t(lang, 'review.calendar')}`);
  out.push(calendarSection(review, lang));
  const cost = costSectionMarkdown(review.cost ?? []);
  if (cost) out.push(cost);

  out.push(`### ${t(lang, 'review.previews')}`);
  if (review.cards.length === 0 && review.unpreviewable.length === 0) out.push(t(lang, 'review.no-post-files'));
  for (const item of review.unpreviewable) out.push(unpreviewable(item.file, localizeDiagnostics(item.errors, lang)));
  for (const card of review.cards) out.push(previewCard(card));
  if (review.removedPosts.length > 0) out.push(t(lang, 'review.deleted-files', { files: review.removedPosts.map((f) => mdCode(f)).join(', ') }));
  const answers = answersMarkdown(review.answers ?? [], review.unreadableAnswers ?? [], review.removedAnswers ?? []);
  if (answers) out.push(answers);
  return `${out.join('\n\n')}\n`;
}

function calendarSection(review: Review, lang: Lang): string {
  const { added, moved, removed, unreadable, expiring, statusChanged } = review.calendar;
  const parts: string[] = [];
  const section = (title: string, rows: CalendarChange[], render: (c: CalendarChange) => string[], header: string[]) => {
    if (rows.length === 0) return;
    parts.push(`**${title}**\n\n${table(header, rows.map(render))}`);
  };
  const who = (c: CalendarChange) => [mdCode(c.post), mdText(c.account)];
  section(t(lang, 'review.calendar.added'), added, (c) => [...who(c), when(c.to, c.zone), status(c.toStatus)], ['post', 'account', 'when', 'status']);
  section(t(lang, 'review.calendar.moved'), moved, (c) => [...who(c), `${when(c.from, c.zone)} → ${when(c.to, c.zone)}`, status(c.toStatus)], [
    'post',
    'account',
    'from → to',
    'status',
  ]);
  section(t(lang, 'review.calendar.removed'), removed, (c) => [...who(c), when(c.from, c.zone), status(c.fromStatus)], ['post', 'account', 'was', 'status']);
  section(
    t(lang, 'review.calendar.unreadable'),
    unreadable,
    (c) => [...who(c), when(c.from, c.zone), `${mdCode(c.file)} has errors: fix them to see where it goes`],
    ['post', 'account', 'was', 'why'],
  );
  section(
    t(lang, 'review.calendar.expiring'),
    expiring,
    (c) => [
      ...who(c),
      when(c.to, c.zone),
      c.toStatus === 'expired' ? mdText(c.reason ?? 'the window has closed; it will never be sent') : 'window closes within a day: merge in time or it expires',
    ],
    ['post', 'account', 'when', 'why'],
  );
  section(
    t(lang, 'review.calendar.status'),
    statusChanged,
    (c) => [...who(c), when(c.to, c.zone), `${status(c.fromStatus)} → ${status(c.toStatus)}${c.reason ? `: ${mdMessage(c.reason)}` : ''}`],
    ['post', 'account', 'when', 'status'],
  );
  return parts.length ? parts.join('\n\n') : t(lang, 'review.calendar.unchanged');
}

function previewCard(card: PreviewCard): string {
  const lines: string[] = [];
  const handle = card.handle ? `${mdText(card.handle)} (${mdText(card.account)})` : `${mdText(card.account)} (no such account)`;
  lines.push(`#### ${mdCode(card.file)} — ${handle}`);
  const state = card.draft ? 'draft: not published until `draft: true` is removed' : status(card.status);
  lines.push(`${plural(card.parts.length, 'part')} · ${state}${card.reason ? ` — ${mdMessage(card.reason)}` : ''}`);
  if (card.windows.length > 0) {
    lines.push(
      table(
        ['audience zone', 'window'],
        card.windows.map((w) => [mdText(w.zone), readableWindow(w.start, w.end, w.zone)]),
      ),
    );
  } else {
    lines.push('Not scheduled yet: no time or free slot.');
  }
  if (card.reply_to !== undefined) lines.push(`**Replies to** ${mdCode(card.reply_to)}`);
  if (card.deletes?.length) {
    // An autolink: its URL is made of encoded parts (review.ts), and nothing inside `<...>` is read as Markdown.
    const links = card.deletes.map((d) => `- part ${d.part + 1}: <${d.url}>`).join('\n');
    lines.push(`🗑️ **Retract: once merged, the next publish run deletes ${plural(card.deletes.length, 'part')} from X**, last part first:\n\n${links}`);
  }
  card.parts.forEach((part, i) => {
    const over = part.weighted > part.max ? ' ❌ too long' : '';
    const timed = part.timed
      ? ` · ${part.timed.at ? `at ${readableIn(part.timed.at, part.timed.zone)}` : 'time not valid'} (${mdCode(`--- ${part.timed.written}`)}), as a reply to part ${i}`
      : '';
    lines.push(`**Part ${i + 1}**${timed} · ${part.weighted}/${part.max}${over}\n\n${mdFenced(part.text)}${partMedia(part)}`);
  });
  if (card.before) {
    const edits = editedParts(
      card.before,
      card.parts.map((p) => p.text),
    );
    if (edits.length > 0) lines.push(`**Before → after** (the text on the base branch, then this change)\n\n${edits.join('\n\n')}`);
  }
  if (card.poll) {
    const options = card.poll.options.map((o) => `- ${mdText(o)}`).join('\n');
    lines.push(`**Poll** · runs ${formatMinutes(card.poll.duration_minutes)}\n\n${options}`);
  }
  return lines.join('\n\n');
}

/**
 * The media a part goes out with, under its text: each image shown, its alt text as the image's
 * alt (escaped), the file named in code; a missing alt text is flagged.
 */
function partMedia(part: PreviewPart): string {
  if (part.media.length === 0) return '';
  const items = part.media.map((m) => `- ${mdImage(m.alt ?? m.file, m.url)} ${mdCode(m.file)} — ${m.alt ? `alt: ${mdText(m.alt)}` : '❌ no alt text'}`);
  return `\n\nMedia:\n\n${items.join('\n')}`;
}

/** A changed post file with errors: not deleted, just nothing herald can show until they are fixed. */
function unpreviewable(file: string, errors: Diagnostic[]): string {
  const list = errors.map((d) => `- line ${d.line} · ${mdCode(d.rule)} · ${mdMessage(d.message)}`).join('\n');
  return (
    `#### ${mdCode(file)} — cannot be previewed\n\n` +
    `herald cannot read this file as a post, so it shows no preview and no place in the calendar until these errors are fixed. The file is not deleted.` +
    (list ? `\n\n${list}` : '')
  );
}

function status(s: string | null): string {
  return s ?? '—';
}

function when(iso: string | null, zone: string): string {
  return iso ? readableIn(iso, zone) : 'unscheduled';
}
