/**
 * `{{name}}` placeholders in a support answer: where they are, the text filled with an agent's
 * values (`fillAnswer`, which `herald answers show` and `herald reply` use), and the text at its
 * longest as X counts it (what the length check measures).
 */
import type { Answer, Placeholder } from '../../model/answer.js';
import { hasUnsafeCharacters, visibleName } from '../../model/escape.js';

/** `{{name}}`, spaces inside the braces allowed; the name is checked against the declared ones. */
const PLACEHOLDER = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

export interface PlaceholderUse {
  name: string;
  /** Offset of `{{` in the text. */
  offset: number;
}

export function placeholderUses(text: string): PlaceholderUse[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1]!, offset: match.index }));
}

/**
 * The character a value is filled with to measure an answer at its longest: X's weighted length
 * (twitter-text, config v3) counts a character 1 or 2, never more, and CJK ideographs (like emoji)
 * count 2. So `max` of them is the heaviest value of `max` characters — except a value that is a
 * link, which X counts 23 whatever its length (heavier only for a `max` under 12); `show` and
 * `reply` measure the real filled text, so such a value is still caught before anything is sent.
 */
export const HEAVIEST_CHARACTER = '字';

function substitute(text: string, fillWith: (name: string) => string): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => fillWith(name));
}

/** The text with every declared placeholder at its `max`, in the heaviest character (undeclared ones stay as written). */
export function longestText(text: string, placeholders: readonly Placeholder[]): string {
  const max = new Map(placeholders.map((p) => [p.name, p.max]));
  return substitute(text, (name) => (max.has(name) ? HEAVIEST_CHARACTER.repeat(max.get(name)!) : `{{${name}}}`));
}

/** The answer's own words: the text with every `{{…}}` taken out. */
export function withoutPlaceholders(text: string): string {
  return substitute(text, () => '');
}

/** The text filled with each placeholder's `example`. */
export function exampleText(answer: Pick<Answer, 'text' | 'placeholders'>): string {
  const examples = new Map(answer.placeholders.map((p) => [p.name, p.example]));
  return substitute(answer.text, (name) => examples.get(name) ?? `{{${name}}}`);
}

export type FillProblem =
  | { kind: 'missing'; name: string; message: string }
  | { kind: 'undeclared'; name: string; message: string }
  | { kind: 'too-long'; name: string; message: string }
  | { kind: 'invalid-character'; name: string; message: string };

export type FillResult = { ok: true; text: string } | { ok: false; problems: FillProblem[] };

const characters = (value: string) => [...value].length;

/**
 * The answer's text with `values` in its placeholders. Pure. Every problem is returned at once:
 * a placeholder the text uses without a value (an empty value counts as none), a value for a name
 * the answer does not declare, a value longer than its `max` (in characters, as an agent counts),
 * a value with a line break, tab, control character or bidi override.
 */
export function fillAnswer(answer: Pick<Answer, 'id' | 'text' | 'placeholders'>, values: Readonly<Record<string, string>>): FillResult {
  const declared = new Map(answer.placeholders.map((p) => [p.name, p]));
  const used = [...new Set(placeholderUses(answer.text).map((use) => use.name))];
  const problems: FillProblem[] = [];
  const names = answer.placeholders.map((p) => p.name).join(', ') || 'none';
  for (const name of Object.keys(values)) {
    if (!declared.has(name)) {
      problems.push({
        kind: 'undeclared',
        name,
        message: `answer ${answer.id} has no placeholder \`${name}\`; its placeholders are: ${names}`,
      });
    }
  }
  for (const name of used) {
    const placeholder = declared.get(name);
    const value = values[name];
    if (!placeholder) continue; // validate reports it (placeholder-undeclared); there is nothing to fill it with
    if (value === undefined || value === '') {
      problems.push({
        kind: 'missing',
        name,
        message: `answer ${answer.id} needs a value for {{${name}}}: add --set ${name}=${shellWord(placeholder.example)}`,
      });
    } else if (hasUnsafeCharacters(value)) {
      // A line break, tab, control or bidi override in a value would change the approved text's shape unseen.
      problems.push({
        kind: 'invalid-character',
        name,
        message: `the value of ${name} (${JSON.stringify(visibleName(value))}) holds a line break, tab, control character or bidi override; give it as plain text on one line`,
      });
    } else if (characters(value) > placeholder.max) {
      problems.push({
        kind: 'too-long',
        name,
        message: `the value of ${name} is ${characters(value)} characters; answer ${answer.id} allows at most ${placeholder.max}: shorten it`,
      });
    }
  }
  const undeclaredUse = used.find((name) => !declared.has(name));
  if (undeclaredUse !== undefined) {
    problems.push({
      kind: 'undeclared',
      name: undeclaredUse,
      message: `answer ${answer.id} uses {{${undeclaredUse}}} but declares no such placeholder; run herald validate and fix the answer first`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, text: substitute(answer.text, (name) => values[name]!) };
}

/** A value as one shell word in a suggestion: quoted when it has anything but plain characters. */
function shellWord(value: string): string {
  return /^[\p{L}\p{N}._@-]+$/u.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
