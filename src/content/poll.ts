/**
 * `poll: { options: [Dark mode, Offline sync], duration: 1d }`: X's limits (2-4 options of 1-25
 * characters, 5 minutes to 7 days, no media beside it), checked with a `poll-invalid` at the option
 * or value that breaks them, saying what to write. The poll goes out with part 1.
 */
import type { SourcePos } from '../model/diagnostic.js';
import type { Poll, PositionMap } from '../model/post.js';
import { formatMinutes, parseDuration } from '../time/duration.js';
import type { FileReporter } from './diagnostics.js';
import { quote } from './text-index.js';
import type { Said } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';

export const POLL_MIN_OPTIONS = 2;
export const POLL_MAX_OPTIONS = 4;
export const POLL_OPTION_MAX = 25;
/** 5 minutes to 7 days, in minutes: X's `poll.duration_minutes` bounds. */
export const POLL_MIN_MINUTES = 5;
export const POLL_MAX_MINUTES = 7 * 24 * 60;

const EXAMPLE = '`poll: { options: [Dark mode, Offline sync], duration: 1d }`';
const RULE = 'poll-invalid';

/** Characters as X counts them for poll options: one per code point. */
export const pollOptionLength = (option: string): number => [...option].length;

/**
 * The poll of a post's front matter, or undefined (with errors reported) when it breaks a limit.
 * `hasMedia`: X takes a poll or media on one post, never both.
 */
export function readPoll(value: unknown, positions: PositionMap, keys: PositionMap, reporter: FileReporter, hasMedia: boolean): Poll | undefined {
  const at = (path: string, fallback = 'poll'): SourcePos => positions[path] ?? keys[path] ?? positions[fallback] ?? keys[fallback] ?? { line: 1, column: 1 };
  const keyAt = keys.poll ?? at('poll');
  const fail = (where: SourcePos, message: Said) => {
    reporter.error(RULE, where, message);
    return undefined;
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(keyAt, say('poll.not-object', { example: EXAMPLE }));
  }
  const poll = value as Record<string, unknown>;
  let ok = true;
  for (const key of Object.keys(poll)) {
    if (key === 'options' || key === 'duration') continue;
    ok = false;
    const hint = /^duration_?minutes$|^length$|^ends?$/i.test(key) ? say('poll.hint-duration') : key === 'choices' ? say('poll.hint-options') : '';
    reporter.error(RULE, keys[`poll.${key}`] ?? keyAt, say('poll.unknown-key', { key: quote(key), hint, example: EXAMPLE }));
  }
  if (hasMedia) {
    ok = false;
    reporter.error(RULE, keyAt, say('poll.with-media'));
  }
  const options = readOptions(poll.options, at);
  const durationMinutes = readDuration(poll, at, reporter);
  if (!options.ok) {
    for (const [where, message] of options.problems) reporter.error(RULE, where, message);
    return undefined;
  }
  if (!ok || durationMinutes === undefined) return undefined;
  return { options: options.options, durationMinutes };
}

type Located = [SourcePos, Said];

function readOptions(value: unknown, at: (path: string, fallback?: string) => SourcePos): { ok: true; options: string[] } | { ok: false; problems: Located[] } {
  if (value === undefined || value === null) {
    return {
      ok: false,
      problems: [[at('poll'), say('poll.no-options', { min: POLL_MIN_OPTIONS, max: POLL_MAX_OPTIONS })]],
    };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      problems: [[at('poll.options'), say('poll.options-not-list', { min: POLL_MIN_OPTIONS, max: POLL_MAX_OPTIONS })]],
    };
  }
  const problems: Located[] = [];
  if (value.length < POLL_MIN_OPTIONS || value.length > POLL_MAX_OPTIONS) {
    const fix =
      value.length < POLL_MIN_OPTIONS
        ? say('poll.fix-add', { n: POLL_MIN_OPTIONS - value.length })
        : say('poll.fix-remove', { n: value.length - POLL_MAX_OPTIONS });
    problems.push([at('poll.options'), say('poll.option-count', { count: value.length, min: POLL_MIN_OPTIONS, max: POLL_MAX_OPTIONS, fix })]);
  }
  const options: string[] = [];
  const seen = new Map<string, number>();
  value.forEach((item, i) => {
    const where = at(`poll.options.${i}`, 'poll.options');
    const n = i + 1;
    if (typeof item !== 'string') {
      problems.push([
        where,
        item === null
          ? say('poll.option-empty', { n })
          : say('poll.option-type', {
              n,
              value: quote(item),
              type: say(
                Array.isArray(item)
                  ? 'poll.type.list'
                  : typeof item === 'object'
                    ? 'poll.type.setting'
                    : typeof item === 'boolean'
                      ? 'poll.type.yes-no'
                      : 'poll.type.number',
              ),
            }),
      ]);
      return;
    }
    const text = item.trim();
    const length = pollOptionLength(text);
    if (length === 0) problems.push([where, say('poll.option-empty', { n })]);
    else if (length > POLL_OPTION_MAX) {
      problems.push([where, say('poll.option-too-long', { n, text: quote(text), length, max: POLL_OPTION_MAX, over: length - POLL_OPTION_MAX })]);
    } else if (seen.has(text.toLowerCase())) {
      problems.push([where, say('poll.option-same', { n, text: quote(text), other: seen.get(text.toLowerCase())! + 1 })]);
    }
    seen.set(text.toLowerCase(), seen.get(text.toLowerCase()) ?? i);
    options.push(text);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}

function readDuration(poll: Record<string, unknown>, at: (path: string, fallback?: string) => SourcePos, reporter: FileReporter): number | undefined {
  const value = poll.duration;
  const where = at('poll.duration');
  const range = say('poll.range', { min: formatMinutes(POLL_MIN_MINUTES), max: formatMinutes(POLL_MAX_MINUTES) });
  if (value === undefined || value === null) {
    reporter.error(RULE, where, say('poll.no-duration', { range }));
    return undefined;
  }
  if (typeof value === 'number') {
    reporter.error(RULE, where, say('poll.duration-unit', { choices: unitChoices(value), range }));
    return undefined;
  }
  const parsed = typeof value === 'string' ? parseDuration(value) : null;
  if (!parsed) {
    reporter.error(RULE, where, say('poll.not-duration', { value: quote(value) }));
    return undefined;
  }
  const minutes = parsed.as('minutes');
  if (minutes < POLL_MIN_MINUTES || minutes > POLL_MAX_MINUTES) {
    const written = quote(value);
    const said =
      minutes < POLL_MIN_MINUTES
        ? say('poll.too-short', { range, value: written, min: formatMinutes(POLL_MIN_MINUTES) })
        : say('poll.too-long', { range, value: written, max: formatMinutes(POLL_MAX_MINUTES) });
    reporter.error(RULE, where, said);
    return undefined;
  }
  return minutes;
}

/** `Dark mode / Offline sync (1d)`: how previews show a poll. */
export function describePoll(poll: Poll): string {
  return `${poll.options.join(' / ')} (${formatMinutes(poll.durationMinutes)})`;
}

/** The unit spellings of a bare number that X would take: \`1\` offers \`1h\` or \`1d\`, never the refused \`1m\`. */
function unitChoices(value: number): Said {
  const fits = (minutes: number) => minutes >= POLL_MIN_MINUTES && minutes <= POLL_MAX_MINUTES;
  const choices = [
    [value, say('poll.unit.minutes', { n: value })],
    [value * 60, say('poll.unit.hours', { n: value })],
    [value * 1440, say('poll.unit.days', { n: value })],
  ] as const;
  const fitting = choices.filter(([minutes]) => fits(minutes)).map(([, text]) => text);
  if (fitting.length === 0) return say('poll.unit.any');
  return fitting.reduce((a, b) => say('poll.or', { a, b }));
}
