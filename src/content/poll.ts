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
  const fail = (where: SourcePos, message: string) => {
    reporter.error(RULE, where, message);
    return undefined;
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(keyAt, `a poll is its options and how long it runs; write ${EXAMPLE}`);
  }
  const poll = value as Record<string, unknown>;
  let ok = true;
  for (const key of Object.keys(poll)) {
    if (key === 'options' || key === 'duration') continue;
    ok = false;
    const hint = /^duration_?minutes$|^length$|^ends?$/i.test(key) ? ' (write the time as `duration: 1d`)' : key === 'choices' ? ' (write `options:`)' : '';
    reporter.error(
      RULE,
      keys[`poll.${key}`] ?? keyAt,
      `\`poll.${quote(key)}\` is not a poll setting${hint}; a poll has \`options\` and \`duration\`, like ${EXAMPLE}`,
    );
  }
  if (hasMedia) {
    ok = false;
    reporter.error(RULE, keyAt, 'X takes a poll or media on a post, not both; remove `media:` from this post, or put the poll in a post of its own');
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

type Located = [SourcePos, string];

function readOptions(value: unknown, at: (path: string, fallback?: string) => SourcePos): { ok: true; options: string[] } | { ok: false; problems: Located[] } {
  if (value === undefined || value === null) {
    return {
      ok: false,
      problems: [[at('poll'), `the poll has no options; add \`options: [Dark mode, Offline sync]\` (${POLL_MIN_OPTIONS} to ${POLL_MAX_OPTIONS} choices)`]],
    };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        [
          at('poll.options'),
          `\`poll.options\` must be a list of ${POLL_MIN_OPTIONS} to ${POLL_MAX_OPTIONS} choices, like \`options: [Dark mode, Offline sync]\``,
        ],
      ],
    };
  }
  const problems: Located[] = [];
  if (value.length < POLL_MIN_OPTIONS || value.length > POLL_MAX_OPTIONS) {
    const fix = value.length < POLL_MIN_OPTIONS ? `add ${POLL_MIN_OPTIONS - value.length} more` : `remove ${value.length - POLL_MAX_OPTIONS}`;
    problems.push([
      at('poll.options'),
      `the poll has ${value.length} option${value.length === 1 ? '' : 's'}; X takes ${POLL_MIN_OPTIONS} to ${POLL_MAX_OPTIONS}: ${fix}`,
    ]);
  }
  const options: string[] = [];
  const seen = new Map<string, number>();
  value.forEach((item, i) => {
    const where = at(`poll.options.${i}`, 'poll.options');
    const name = `option ${i + 1}`;
    if (typeof item !== 'string') {
      problems.push([
        where,
        item === null
          ? `${name} is empty; write its text, or remove it`
          : `${name} (\`${quote(item)}\`) is read as a ${Array.isArray(item) ? 'list' : typeof item === 'object' ? 'setting' : typeof item === 'boolean' ? 'yes/no value' : 'number'}, not as text; write it in quotes, like \`"${quote(item)}"\``,
      ]);
      return;
    }
    const text = item.trim();
    const length = pollOptionLength(text);
    if (length === 0) problems.push([where, `${name} is empty; write its text, or remove it`]);
    else if (length > POLL_OPTION_MAX) {
      problems.push([where, `${name} \`${quote(text)}\` is ${length} characters; X allows ${POLL_OPTION_MAX}: shorten it by ${length - POLL_OPTION_MAX}`]);
    } else if (seen.has(text.toLowerCase())) {
      problems.push([where, `${name} \`${quote(text)}\` is the same as option ${seen.get(text.toLowerCase())! + 1}; each option must differ`]);
    }
    seen.set(text.toLowerCase(), seen.get(text.toLowerCase()) ?? i);
    options.push(text);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}

function readDuration(poll: Record<string, unknown>, at: (path: string, fallback?: string) => SourcePos, reporter: FileReporter): number | undefined {
  const value = poll.duration;
  const where = at('poll.duration');
  const range = `${formatMinutes(POLL_MIN_MINUTES)} to ${formatMinutes(POLL_MAX_MINUTES)}`;
  if (value === undefined || value === null) {
    reporter.error(RULE, where, `the poll has no \`duration\`; say how long it runs, like \`duration: 1d\` (${range})`);
    return undefined;
  }
  if (typeof value === 'number') {
    reporter.error(RULE, where, `\`poll.duration\` needs a unit: write ${unitChoices(value)} (${range})`);
    return undefined;
  }
  const parsed = typeof value === 'string' ? parseDuration(value) : null;
  if (!parsed) {
    reporter.error(RULE, where, `\`poll.duration\` must be a duration like 90m, 2h or 1d — you wrote \`${quote(value)}\`. For example: \`duration: 1d\``);
    return undefined;
  }
  const minutes = parsed.as('minutes');
  if (minutes < POLL_MIN_MINUTES || minutes > POLL_MAX_MINUTES) {
    const fix = minutes < POLL_MIN_MINUTES ? `at least \`duration: ${formatMinutes(POLL_MIN_MINUTES)}\`` : `at most \`duration: 7d\``;
    reporter.error(RULE, where, `a poll runs ${range} on X; \`${quote(value)}\` is ${minutes < POLL_MIN_MINUTES ? 'shorter' : 'longer'}: write ${fix}`);
    return undefined;
  }
  return minutes;
}

/** `Dark mode / Offline sync (1d)`: how previews show a poll. */
export function describePoll(poll: Poll): string {
  return `${poll.options.join(' / ')} (${formatMinutes(poll.durationMinutes)})`;
}

/** The unit spellings of a bare number that X would take: \`1\` offers \`1h\` or \`1d\`, never the refused \`1m\`. */
function unitChoices(value: number): string {
  const fits = (minutes: number) => minutes >= POLL_MIN_MINUTES && minutes <= POLL_MAX_MINUTES;
  const choices = [
    [value, `\`duration: ${value}m\` for minutes`],
    [value * 60, `\`duration: ${value}h\` for hours`],
    [value * 1440, `\`duration: ${value}d\` for days`],
  ].filter(([minutes]) => fits(minutes as number));
  return choices.length > 0 ? choices.map(([, text]) => text).join(' or ') : 'a duration like `duration: 1d`';
}
