/** Checks on posts beyond their own schema: accounts, text, media, duplicates and the content rules. */
import type { Said } from '../model/diagnostic.js';
import type { Account } from '../model/account.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Post } from '../model/post.js';
import { parseReplyLogId } from '../model/log.js';
import { type ReportedLevel, type RuleLevel, ruleSetting } from '../model/rules.js';
import type { RepositoryDoor } from '../repository/door.js';
import { positionOf } from '../model/diagnostic.js';
import { partPhrase, partPosition } from './body.js';
import { say } from '../i18n/say.js';
import { MAX_WEIGHTED_LENGTH, weightedLength, weightedLengthBound } from './length.js';
import { checkMedia } from './media.js';
import type { PostSource } from './post-file.js';
import { checkReplyRestricted } from './reply-to.js';
import { CONTENT_RULES } from './rules/index.js';
import type { ContentRule } from './rules/rule.js';
import { didYouMean } from './text-index.js';

/**
 * With `errorsOnly`, rules at level `warning` are not run (the caller acts on errors only); every
 * error is still found.
 */
/**
 * How a part's length is measured: X's weighted length of the text itself for posts; support answers
 * measure the text with every placeholder at its longest (src/content/answers/).
 */
export interface PartLength {
  /** A cheap upper bound; the exact count runs only above the limit. */
  bound(text: string): number;
  exact(text: string): number;
  /** The too-long message: posts may also split into a thread; answers name their placeholders. */
  tooLong: 'too-long' | 'too-long.answer' | 'too-long.answer-placeholders';
}

const AS_WRITTEN: PartLength = {
  bound: weightedLengthBound,
  exact: weightedLength,
  tooLong: 'too-long',
};

export function checkPost(
  source: PostSource,
  accounts: ReadonlyMap<string, Account>,
  door: RepositoryDoor,
  errorsOnly = false,
  length: PartLength = AS_WRITTEN,
): void {
  const { fields, reporter, parts } = source;
  if (!fields) return;
  const account = fields.account === undefined ? undefined : accounts.get(fields.account);
  if (fields.account !== undefined && !account) {
    const suggestion = didYouMean(fields.account, accounts.keys());
    const known = [...accounts.keys()].sort().join(', ') || say('unknown-account.none');
    reporter.error(
      'unknown-account',
      positionOf(fields.positions, ['account', 'body']),
      suggestion ? say('unknown-account.suggest', { account: fields.account, suggestion, known }) : say('unknown-account', { account: fields.account, known }),
    );
  }

  parts.forEach((part, i) => {
    if (part.text === '') {
      reporter.error('empty-text', part.start, parts.length > 1 ? say('empty-text.part', { part: partPhrase(parts, i) }) : say('empty-text.post'));
      return;
    }
    if (length.bound(part.text) > MAX_WEIGHTED_LENGTH) {
      const counted = length.exact(part.text);
      if (counted > MAX_WEIGHTED_LENGTH) {
        reporter.error(
          'too-long',
          part.start,
          say(length.tooLong, { part: partPhrase(parts, i), length: counted, max: MAX_WEIGHTED_LENGTH, over: counted - MAX_WEIGHTED_LENGTH }),
        );
        return;
      }
    }
    // The part's name only when there is a finding: naming it costs a catalogue look-up per part.
    checkCharacters(source, part, () => partPhrase(parts, i));
  });

  checkMedia(fields.media, door, source.file, reporter, (key) => positionOf(fields.positions, [key, 'body']));
  if (!errorsOnly) checkReplyRestricted(source.post?.replyTo, account, fields.positions, reporter);
  const runs = errorsOnly ? atErrorLevel : switchedOn;
  for (const rule of CONTENT_RULES) runContentRule(rule, source, account, runs);
}

/**
 * Characters X refuses: twitter-text's `parseTweet().valid` is false for U+FFFE, U+FEFF and
 * U+FFFF (apart from empty and too-long texts, reported above), so this regex is that check without
 * parseTweet's URL parsing on every part. Control characters other than tab and line breaks are
 * refused too: invisible, never meant, and not something to send unattended; so are tag characters
 * (hidden text) and the bidi controls that reorder what a reviewer sees. (NUL is reported for the
 * whole file when it is read.)
 */
const INVALID_CHARACTER =
  /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\uFFFE\uFEFF\uFFFF\x01-\x08\x0B\x0C\x0E-\x1F\x7F\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/gu;
function characterName(char: string): Said {
  const code = char.codePointAt(0)!;
  if (char === '\uFEFF') return say('invalid-character.bom');
  if (char === '\uFFFE' || char === '\uFFFF') return say('invalid-character.noncharacter');
  // Tag characters spell hidden text that readers never see (outside a subdivision flag like 🏴󠁧󠁢󠁳󠁣󠁴󠁿, which is allowed).
  if (code >= 0xe0000) return say('invalid-character.tag');
  // Overrides, embeddings and isolates reorder how text is shown (the marks LRM, RLM and ALM are fine).
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return say('invalid-character.bidi');
  return say('invalid-character.control');
}

function checkCharacters(source: PostSource, part: PostSource['parts'][number], name: () => Said): void {
  let first: RegExpExecArray | undefined;
  let more = 0;
  for (const match of part.text.matchAll(INVALID_CHARACTER)) {
    if (match[1] !== undefined) continue; // a subdivision flag's tag sequence
    if (first) more++;
    else first = match;
  }
  if (!first) return;
  const char = first[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const at = partPosition(source.index, part, first.index);
  source.reporter.error(
    'invalid-character',
    at,
    say('invalid-character', {
      part: name(),
      code,
      line: at.line,
      column: at.column,
      what: characterName(char),
      more: more > 0 ? say('invalid-character.more', { n: more }) : '',
    }),
  );
}

const switchedOn = (level: RuleLevel): level is ReportedLevel => level !== 'off';
const atErrorLevel = (level: RuleLevel): level is ReportedLevel => level === 'error';

/** One rule of src/content/rules/, at the level (and with the options) the post's account sets. */
function runContentRule(rule: ContentRule, source: PostSource, account: Account | undefined, runs: (level: RuleLevel) => level is ReportedLevel): void {
  const setting = ruleSetting(account, rule);
  const level = setting.level;
  if (runs(level)) rule.check(source, { ...setting, level });
}

/** X rejects a post whose text it has seen before on the same account (drafts are not sent). */
export function checkDuplicates(posts: readonly Post[]): Diagnostic[] {
  const found: Diagnostic[] = checkDuplicateIds(posts);
  const byAccount = new Map<string, Map<string, { file: string; line: number }>>();
  for (const post of posts) {
    if (post.draft) continue;
    let seen = byAccount.get(post.account);
    if (!seen) byAccount.set(post.account, (seen = new Map()));
    post.parts.forEach((text, i) => {
      if (text === '') return;
      const key = /\s\s|[\t\r\n]/.test(text) ? text.replace(/\s+/g, ' ') : text;
      const first = seen.get(key);
      const line = post.partLines[i] ?? 1;
      if (first) {
        found.push({
          file: post.file,
          line,
          column: 1,
          severity: 'error',
          rule: 'duplicate-text',
          ...say('duplicate-text.content', { part: partPhrase(post.parts, i), where: `${first.file}:${first.line}`, account: post.account }),
        });
      } else {
        seen.set(key, { file: post.file, line });
      }
    });
  }
  return found;
}

/**
 * `duplicate-id` on every post of an account whose id another post has too, or whose id is how a
 * herald reply is logged: the log keys a post's history by id, so with two owners neither can be
 * told apart and the planner sends neither. Ids
 * that differ only in case or Unicode form collide too (a checkout on macOS or Windows merges them).
 */
function checkDuplicateIds(posts: readonly Post[]): Diagnostic[] {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    const key = `${post.account}\u0000${post.id.normalize('NFC').toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.push(post);
    else groups.set(key, [post]);
  }
  const found: Diagnostic[] = [];
  // `herald reply` logs its replies as post ids `reply/<answer>/<post id>` (model/log.ts): a post
  // with such an id would read a reply's log lines as its own history.
  for (const post of posts) {
    if (!parseReplyLogId(post.id)) continue;
    const { line, column } = positionOf(post.positions, ['id']);
    found.push({
      file: post.file,
      line,
      column,
      severity: 'error',
      rule: 'duplicate-id',
      ...say('duplicate-id.reserved', { id: post.id, suggestion: `post-${post.id.replace(/^reply\//, '').replace(/\//g, '-')}` }),
    });
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const where = (post: Post) => `${post.file}:${positionOf(post.positions, ['id']).line}`;
    for (const post of group) {
      const explicit = post.positions.id !== undefined;
      const { line, column } = positionOf(post.positions, ['id']);
      const others = group
        .filter((p) => p !== post)
        .map(where)
        .join(', ');
      const stem = post.file.replace(/^posts\//, '').replace(/\.md$/i, '');
      found.push({
        file: post.file,
        line,
        column,
        severity: 'error',
        rule: 'duplicate-id',
        ...(explicit
          ? say('duplicate-id.explicit', { id: post.id, others, account: post.account })
          : say('duplicate-id.from-file', { id: post.id, others, account: post.account, stem })),
      });
    }
  }
  return found;
}
