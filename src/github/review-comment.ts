/**
 * The pull request's one herald comment: the review Markdown, marked `<!-- herald-review -->` at
 * its very start, created once and edited in place on every later push. The Markdown comes from an
 * artifact a pull request can forge, so it is treated as untrusted text: any herald marker inside
 * it is neutralised (it can neither pose as the marker nor point the next run at another comment),
 * and it is cut to GitHub's comment limit with a note saying so.
 */
import { withoutMentions } from '../model/escape.js';
import type { GitHubApi, IssueComment } from './client.js';

const REVIEW_MARKER = '<!-- herald-review -->';
/** GitHub refuses a comment body longer than this (characters). */
const COMMENT_LIMIT = 65_536;

/**
 * `<!-- herald-review -->`, `<!--herald-failure …-->`, `<!-- HERALD-…`: any HTML comment that begins
 * like one of herald's markers. The `<` becomes `&lt;`, so the text shows instead of hiding.
 */
const MARKER_LIKE = /<!--[\s-]*herald-/gi;

function neutraliseMarkers(text: string): string {
  return text.replace(MARKER_LIKE, (found) => `&lt;${found.slice(1)}`);
}

/**
 * The fence a cut must close: CommonMark closes a fence only with the same character, at least as
 * many times, and nothing after it, so the opening fence is tracked line by line.
 */
export function openFenceAt(text: string): string | undefined {
  let open: { char: string; length: number } | undefined;
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    const run = fence[1]!;
    if (!open) {
      if (!(run[0] === '`' && fence[2]!.includes('`'))) open = { char: run[0]!, length: run.length };
    } else if (run[0] === open.char && run.length >= open.length && fence[2]!.trim() === '') {
      open = undefined;
    }
  }
  return open ? open.char.repeat(open.length) : undefined;
}

/**
 * The comment's body: marker, the (neutralised) review, and when it does not fit, as much as fits
 * cut at a line end, an open code fence closed, and a note with where the whole review is.
 */
export function reviewCommentBody(markdown: string, fullReviewUrl: string | undefined, limit = COMMENT_LIMIT): string {
  // A forged artifact must not make the repository's bot notify people (herald's own review already
  // escapes handles, so nothing it writes changes).
  const text = withoutMentions(neutraliseMarkers(markdown)).trim();
  const whole = `${REVIEW_MARKER}\n${text}\n`;
  if (whole.length <= limit) return whole;
  const where = fullReviewUrl ? `the job summary of [the review run](${fullReviewUrl})` : "the review run's job summary";
  const note = `\n\n---\n_✂️ The review is ${text.length.toLocaleString('en-US')} characters, more than a GitHub comment holds (${limit.toLocaleString('en-US')}); the rest is cut. The whole review is in ${where}._\n`;
  // Room for the closing fence too (mdFenced may open with more backticks than three).
  const room = limit - REVIEW_MARKER.length - 1 - note.length - 40;
  let cut = text.slice(0, room);
  // Never end inside a surrogate pair, and end at a line break so no table row or tag is half-written.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > room / 2) cut = cut.slice(0, lineEnd);
  const fence = openFenceAt(cut);
  if (fence) cut += `\n${fence}`;
  return `${REVIEW_MARKER}\n${cut}${note}`;
}

/** herald's comment: it starts with the marker and a bot wrote it (a person's comment is never taken over). */
function isReviewComment(comment: IssueComment): boolean {
  return comment.body.startsWith(REVIEW_MARKER) && comment.user?.type === 'Bot';
}

export interface ReviewCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  comment: IssueComment;
}

/** Edit herald's comment on the pull request in place, or create it when there is none yet. */
export async function upsertReviewComment(api: GitHubApi, pull: number, body: string): Promise<ReviewCommentResult> {
  const existing = (await api.issueComments(pull)).find(isReviewComment);
  if (!existing) return { action: 'created', comment: await api.createIssueComment(pull, body) };
  if (existing.body === body) return { action: 'unchanged', comment: existing };
  return { action: 'updated', comment: await api.updateIssueComment(existing.id, body) };
}
