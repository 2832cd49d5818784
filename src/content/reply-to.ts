/**
 * `reply_to:` makes part 1 a reply: to a post on X (`https://x.com/acme/status/1870000000000000000`,
 * twitter.com, or the bare id) or to a herald post of the same account (`post:2026-12/launch`, which
 * the planner resolves to that post's last part once it is out).
 */
import { say } from '../i18n/say.js';
import type { Account } from '../model/account.js';
import type { SourcePos } from '../model/diagnostic.js';
import type { PositionMap, ReplyTarget } from '../model/post.js';
import type { FileReporter } from './diagnostics.js';
import { quote } from './text-index.js';

const RULE = 'reply-invalid';
const EXAMPLE = '`reply_to: https://x.com/acme/status/1870000000000000000` (or the id alone, or `post:<id>` for a post of this account)';

/** x.com / twitter.com status links, as the share menu and the address bar write them. */
const STATUS_URL = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?:([A-Za-z0-9_]{1,15})|i(?:\/web)?)\/status(?:es)?\/(\d{1,19})(?:[/?#][^\s]*)?$/i;
const TWEET_ID = /^\d{1,19}$/;
const POST_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Parse `reply_to` (undefined, with an error, when it is none of the accepted forms). */
export function readReplyTo(value: unknown, positions: PositionMap, text: string, reporter: FileReporter): ReplyTarget | undefined {
  const where: SourcePos = positions.reply_to ?? { line: 1, column: 1 };
  // An id written without quotes is a YAML number, and 19 digits do not fit one: read the digits as
  // written. Only plain digits: `1e21`, `12.5`, `0x1F` are numbers YAML reads as another value.
  if (typeof value === 'number') {
    const source = numberSourceAt(text, where);
    if (source === undefined || !/^\d+$/.test(source)) {
      reporter.error(
        RULE,
        where,
        `\`reply_to: ${quote(source ?? String(value))}\` is read by YAML as the number ${quote(String(value))}, not as a post id; write the id in quotes, like \`reply_to: "1870000000000000000"\`, or the post's x.com link`,
      );
      return undefined;
    }
  }
  const written = typeof value === 'number' ? numberSourceAt(text, where) : value;
  if (typeof written !== 'string') {
    reporter.error(RULE, where, `\`reply_to\` must say which post this replies to; write ${EXAMPLE}`);
    return undefined;
  }
  const target = parseReplyTo(written);
  if (!target) {
    reporter.error(
      RULE,
      where,
      /^post:\s*$/.test(written.trim())
        ? '`reply_to: post:` needs the id of a post of this account, like `reply_to: post:2026-12/launch`'
        : looksLikePostId(written)
          ? `\`${quote(written)}\` is not a post to reply to; for a herald post of this account write \`reply_to: post:${quote(written.trim())}\`, or write ${EXAMPLE}`
          : `\`${quote(written)}\` is not a post to reply to; write ${EXAMPLE}`,
    );
  }
  return target;
}

/** A herald post id written without `post:` (`2026-12/launch`), not a link or a number. */
function looksLikePostId(written: string): boolean {
  const value = written.trim();
  return POST_ID.test(value) && /[A-Za-z]/.test(value) && !/(?:^|\.)(?:x|twitter)\.com(?:\/|$)|^https?:/i.test(value);
}

/** The accepted forms of `reply_to`, or undefined. */
export function parseReplyTo(written: string): ReplyTarget | undefined {
  const value = written.trim();
  if (TWEET_ID.test(value)) return { kind: 'tweet', id: value };
  const url = STATUS_URL.exec(value);
  if (url) return { kind: 'tweet', id: url[2], ...(url[1] ? { handle: url[1] } : {}) };
  const post = /^post:\s*(.+)$/.exec(value);
  if (post && POST_ID.test(post[1].trim())) return { kind: 'post', id: post[1].trim() };
  return undefined;
}

/**
 * `reply-restricted`: X (since 2026-02) lets API apps reply only to their own posts and to posts
 * that mention the account. A link to another handle's post will most likely be refused.
 */
export function checkReplyRestricted(target: ReplyTarget | undefined, account: Account | undefined, positions: PositionMap, reporter: FileReporter): void {
  if (!account || target?.kind !== 'tweet' || target.handle === undefined) return;
  const own = account.handle.replace(/^@/, '');
  if (own.toLowerCase() === target.handle.toLowerCase()) return;
  reporter.report(
    'warning',
    'reply-restricted',
    positions.reply_to ?? { line: 1, column: 1 },
    say('reply-restricted', { target: `@${target.handle}`, handle: account.handle }),
  );
}

/** The source text of the plain scalar at `at` (a number has no spaces; a comment follows a space). */
function numberSourceAt(text: string, at: SourcePos): string | undefined {
  const line = text.split('\n')[at.line - 1] ?? '';
  return /^[^\s#]+/.exec(line.slice(at.column - 1))?.[0];
}
