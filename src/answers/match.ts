/**
 * Which approved answer a reply's text is, for replies agents sent from X's own apps (copied from
 * the answers page and filled in by hand), which `herald stats` records with their text. Pure.
 *
 * An answer matches a text when the whole text is the answer's body with each `{{name}}` standing
 * for 1 to `max` characters (any characters) and everything else literal. Both are
 * compared as X compares two texts (`comparableText`: Unicode NFC, white space collapsed, trimmed,
 * `http(s)://` dropped, since X reports a link written `example.com` as `http://example.com`).
 * When several answers match, the one with the most literal characters wins (it says more of the
 * text), then the smaller id, so the result never depends on file order. The `@handle`s X puts at
 * the start of a reply typed in its app, and an agent's sign-off at its end ("– MJ", which
 * `allow_signoff` lets support accounts add), are not part of the answer and are tried without.
 */
import { placeholderUses } from '../content/answers/placeholders.js';
import { withoutSignOff } from '../content/rules/first-person.js';
import type { Answer } from '../model/answer.js';
import { comparableText } from '../x/tweet-text.js';

/** The answer a text is, or undefined for a reply written by hand. */
export type AnswerMatcher = (text: string) => string | undefined;

interface CompiledAnswer {
  id: string;
  /** Literal text (as code points) and runs of placeholders, in order. */
  pieces: Array<string[] | { min: number; max: number }>;
  /** The literal pieces in order: a cheap check before the full match runs. */
  literals: string[];
  literalLength: number;
}

/** The answer as pieces: literal text, and runs of placeholders (`min` to `max` characters in all). */
type Piece = string | { min: number; max: number };

function piecesOf(answer: Pick<Answer, 'text' | 'placeholders'>): Piece[] {
  const max = new Map(answer.placeholders.map((p) => [p.name, p.max]));
  const text = comparableText(answer.text);
  const pieces: Piece[] = [];
  let last = 0;
  for (const use of placeholderUses(text)) {
    const limit = max.get(use.name);
    // An undeclared placeholder (validate reports it) cannot be filled: it stays literal text.
    if (limit === undefined) continue;
    const literal = text.slice(last, use.offset);
    const previous = pieces.at(-1);
    // Placeholders side by side (`{{a}}{{b}}`) are one run of 2 to max(a) + max(b) characters: the
    // same texts match, and the pattern has one way to split them instead of one per pair of
    // lengths (four such placeholders made a failing match take seconds).
    if (literal === '' && previous !== undefined && typeof previous !== 'string') {
      previous.min += 1;
      previous.max += limit;
    } else {
      if (literal !== '') pieces.push(literal);
      pieces.push({ min: 1, max: limit });
    }
    // A placeholder's name has no brace, so its first `}}` closes it.
    last = text.indexOf('}}', use.offset) + 2;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

function compile(answer: Pick<Answer, 'id' | 'text' | 'placeholders'>): CompiledAnswer {
  const pieces = piecesOf(answer);
  const literals = pieces.filter((p): p is string => typeof p === 'string');
  return {
    id: answer.id,
    pieces: pieces.map((p) => (typeof p === 'string' ? Array.from(p) : p)),
    literals,
    literalLength: literals.reduce((sum, l) => sum + [...l].length, 0),
  };
}

/**
 * Whether the whole text is the answer: the set of positions (in code points) each piece can end
 * at, piece after piece. Work is bounded by pieces × length × the largest placeholder run, whatever
 * the text, where a backtracking RegExp over runs of wildcards between short literals can take
 * minutes on a crafted text.
 */
function matches(text: readonly string[], pieces: CompiledAnswer['pieces']): boolean {
  let at = new Uint8Array(text.length + 1);
  at[0] = 1;
  for (const piece of pieces) {
    const next = new Uint8Array(text.length + 1);
    let any = false;
    for (let p = 0; p <= text.length; p++) {
      if (!at[p]) continue;
      if (Array.isArray(piece)) {
        if (p + piece.length > text.length) continue;
        let same = true;
        for (let i = 0; i < piece.length && same; i++) same = text[p + i] === piece[i];
        if (same) {
          next[p + piece.length] = 1;
          any = true;
        }
      } else {
        const last = Math.min(text.length, p + piece.max);
        for (let q = p + piece.min; q <= last; q++) next[q] = 1;
        any ||= p + piece.min <= last;
      }
    }
    if (!any) return false;
    at = next;
  }
  return at[text.length] === 1;
}

/** Whether the literal pieces occur in the text in order; most texts fail here, before any backtracking. */
function hasLiteralsInOrder(text: string, literals: readonly string[]): boolean {
  let from = 0;
  for (const literal of literals) {
    const at = text.indexOf(literal, from);
    if (at === -1) return false;
    from = at + literal.length;
  }
  return true;
}

/**
 * The `@handle`s X puts before a reply's text: a reply typed in X's app starts with the handles of
 * the people in the conversation (X's API returns them in `text`), which the answer never has.
 * An X handle is 1 to 15 letters, digits or underscores.
 */
const REPLY_PREFIX = /^(?:@[A-Za-z0-9_]{1,15}\s+)+/;

/** A matcher over these answers, each compiled once. */
export function answerMatcher(answers: ReadonlyArray<Pick<Answer, 'id' | 'text' | 'placeholders'>>): AnswerMatcher {
  const compiled = answers.map(compile).sort((a, b) => b.literalLength - a.literalLength || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const find = (wanted: string) => {
    const codePoints = Array.from(wanted);
    return compiled.find((c) => hasLiteralsInOrder(wanted, c.literals) && matches(codePoints, c.pieces))?.id;
  };
  return (text) => {
    const wanted = comparableText(text);
    // As sent first (an answer may itself start with a handle or end like a sign-off), then
    // without X's reply prefix, then without the agent's sign-off ("– MJ", allow_signoff).
    const bare = wanted.replace(REPLY_PREFIX, '');
    const tries = [wanted, bare, withoutSignOff(wanted).trim(), withoutSignOff(bare).trim()];
    for (const candidate of tries.filter((t, i) => t !== '' && tries.indexOf(t) === i)) {
      const id = find(candidate);
      if (id !== undefined) return id;
    }
    return undefined;
  };
}
