/**
 * Timed thread parts (live events prepared in advance): a separator line may carry a time,
 * `--- +45m` (after the previous part's time) or `--- at 2026-12-01 14:30` (wall clock in the
 * post's zone). This reads what is written; the planner (src/plan/timed-parts.ts) resolves it in
 * the post's zone, where DST gaps, overlaps and the order of the parts are checked.
 */
import type { PartTime, PublishSpec } from '../model/post.js';
import { MAX_SPAN_TEXT, overMaxSpan, parseDuration } from '../time/duration.js';
import { resolveLocalTime } from '../time/local-time.js';
import { type BodyPart, partPosition } from './body.js';
import { say } from '../i18n/say.js';
import type { FileReporter } from './diagnostics.js';
import { type LineIndex, quote } from './text-index.js';

/** `0m`, `0h`, `0d0h0m`: a duration written out, but of no time. */
const ZERO = /^(?=\d)(?:0+d)?(?:0+h)?(?:0+m)?$/;

const HOW = 'Write `--- +45m` (minutes, hours or days after the previous part: 45m, 2h, 1h30m, 1d) or `--- at 2026-12-01 14:30` (in the post’s zone)';

/**
 * The parts' times, or undefined when no separator carries one. A part whose time cannot be read
 * gets none, and its error (at the separator line) keeps the post from being published.
 */
export function readPartTimes(parts: readonly BodyPart[], publish: PublishSpec | undefined, reporter: FileReporter): Array<PartTime | undefined> | undefined {
  if (!parts.some((part) => part.separator)) return undefined;
  return parts.map((part, i) => {
    const separator = part.separator;
    if (!separator || i === 0) return undefined;
    const spec = separator.spec.trim();
    const where = { written: spec, line: separator.pos.line, column: separator.pos.column };
    const line = `\`--- ${quote(spec)}\``;
    if (spec.startsWith('+')) {
      const written = spec.slice(1);
      const duration = parseDuration(written);
      if (!duration && ZERO.test(written)) {
        reporter.error('invalid-duration', separator.pos, say('part-time.zero', { line, n: i + 1, previous: i }));
        return undefined;
      }
      if (duration && overMaxSpan(duration)) {
        reporter.error('invalid-duration', separator.pos, say('part-time.too-long', { line, value: quote(written), max: MAX_SPAN_TEXT, n: i + 1 }));
        return undefined;
      }
      if (!duration) {
        reporter.error('invalid-duration', separator.pos, say('part-time.not-duration', { line, value: quote(spec.slice(1)), n: i + 1 }));
        return undefined;
      }
      return { kind: 'after', minutes: Math.round(duration.as('minutes')), ...where };
    }
    const at = spec.replace(/^at[ \t]+/, '');
    const resolved = resolveLocalTime(at, 'UTC');
    if (!resolved.ok && resolved.rule === 'invalid-time') {
      reporter.error('invalid-time', separator.pos, `${line}: "${quote(at)}" is not a date and time, so part ${i + 1} has no time. ${HOW}`);
      return undefined;
    }
    if (publish?.kind === 'slot') {
      // A queued post's slot is known only when the plan is made: a fixed time could fall before it.
      reporter.error(
        'timed-part',
        separator.pos,
        `${line}: this post waits for the queue (\`slot: next\`), so its first part’s time is not known and a fixed time for part ${i + 1} could come before it. ` +
          `Write the time after the previous part, like \`--- +45m\`, or give the post a fixed \`publish: { at: ... }\``,
      );
      return undefined;
    }
    return { kind: 'at', at, ...where };
  });
}

const UNIT = String.raw`(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\b`;
/**
 * What follows `---` on a line that looks meant as a timed separator but is not one, so it would be
 * published as text: `---+45m`, `--- +45 m`, `--- + 45m`, `--- 45m`, `--- after 45m`, `--- @ 2026-12-10 17:30`,
 * `--- at 2026-12-10 17:30 Europe/London`, `--- at 10 Dec 17:30`. Narrow on purpose: `--- +1 for this idea`,
 * `--- at the end of the day, we ship.`, `--- @acme` and `--- 3 things we learned` stay text.
 */
const NEAR_MISS = new RegExp(
  String.raw`^(?:\+[ \t]*\d+[ \t]*${UNIT}|(?:@|after\b|at\b)[ \t]*\+?[ \t]*\d|\d+[ \t]*${UNIT}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\b)`,
  'i',
);

/**
 * A warning at each line of a part's text that starts with `---` and looks like a timed separator
 * but is not one: it would go out as text, in the previous part, at the previous part's time.
 */
export function reportNearMissSeparators(index: LineIndex, parts: readonly BodyPart[], reporter: FileReporter): void {
  for (const part of parts) {
    if (!part.text.includes('---')) continue;
    let offset = 0;
    for (const line of part.text.split('\n')) {
      const rest = line.slice(3).trim();
      if (line.startsWith('---') && !rest.startsWith('-') && NEAR_MISS.test(rest)) {
        reporter.report(
          'warning',
          'timed-part',
          partPosition(index, part, offset),
          `\`${quote(line.trim())}\` is not a separator, so this line is published as text, in the part above. ` +
            `To start a timed part, write \`--- +45m\` (after the previous part: 45m, 2h, 1h30m, 1d) or \`--- at 2026-12-10 17:30\` (in the post’s zone), nothing else on the line; ` +
            `if it is meant as text, do not start the line with \`---\``,
        );
      }
      offset += line.length + 1;
    }
  }
}
