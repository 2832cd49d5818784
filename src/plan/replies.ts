/**
 * Replies in the plan (`reply_to:`). A link or an id is the tweet part 1 replies to. A
 * `post:<id>` names a herald post of the same account: the reply waits until every part of that
 * post is out, then replies to its last part (its tweet id comes from the log). A target that will
 * not go out (unknown, expired, a draft, blocked, retracted, anything but published or on its way)
 * blocks the reply, with the reason.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { PlanEntry, PostStatus } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { when } from '../time/format.js';
import type { StatusDecision } from './status.js';

/** What the planner knows of a post at this point: enough to resolve replies. */
export interface ReplyWork {
  post: Post;
  status: PostStatus;
  decision: StatusDecision;
  record: { tweetIds: string[]; skippedCategories: ReadonlySet<string> };
  startMs?: number;
  zone: string;
  /** Set here: the tweet id part 1 replies to. */
  replyTo?: string;
}

/** Statuses of a target that is on its way out: the reply waits for it. */
const ON_ITS_WAY: ReadonlySet<PostStatus> = new Set(['due', 'scheduled', 'queued']);
/** Statuses of a reply that still waits to go out: only these are held back. */
const OPEN: ReadonlySet<PostStatus> = new Set(['due', 'scheduled', 'queued']);

const key = (account: string, id: string) => `${account}\u0000${id}`;

/** Resolve every `reply_to` of the plan: set `replyTo`, or hold the reply back with the reason. */
export function resolveReplies(work: ReplyWork[], diagnostics: Diagnostic[]): void {
  const byId = new Map<string, ReplyWork>();
  for (const w of work) {
    const k = key(w.post.account, w.post.id);
    const seen = byId.get(k);
    // Two posts with one id are both blocked (duplicate-id), unless one owns what went out.
    if (!seen || (seen.status !== 'published' && w.status === 'published')) byId.set(k, w);
  }
  const done = new Set<ReplyWork>();
  const visiting = new Set<ReplyWork>();

  const resolve = (w: ReplyWork): void => {
    if (done.has(w)) return;
    const target = w.post.replyTo;
    if (!target) return void done.add(w);
    if (target.kind === 'tweet') {
      w.replyTo = target.id;
      return void done.add(w);
    }
    const other = byId.get(key(w.post.account, target.id));
    const written = `post:${target.id}`;
    // A target that can never be: an error at `reply_to`, and the reply is held with the reason.
    const refuse = (message: string, reason: string): void => {
      diagnostics.push(diagnostic(w.post.file, w.post.positions, ['reply_to'], 'error', 'reply-invalid', message));
      hold(w, 'reply-target', `it replies to ${written}${reason}: fix \`reply_to\``);
      done.add(w);
    };
    if (!other || other === w) {
      if (other === w) refuse(`\`reply_to: ${written}\` names this post itself; name the post it answers, or remove \`reply_to:\``, ', which is itself');
      else refuse(unknownTarget(w.post.account, target.id, work), `, which is not a post of account ${w.post.account}`);
      return;
    }
    if (visiting.has(w)) {
      refuse(`\`reply_to: ${written}\` makes a circle of replies that can never go out; one of them must reply to something else`, ' in a circle of replies');
      return;
    }
    visiting.add(w);
    resolve(other);
    visiting.delete(w);
    done.add(w);

    const sent = other.record.tweetIds;
    if (other.status === 'published' && sent.length >= other.post.parts.length && sent.length > 0) {
      w.replyTo = sent[sent.length - 1];
      return;
    }
    // What went out (or is on its way) is history: never held back.
    if (w.record.tweetIds.length > 0 || !OPEN.has(w.status)) return;
    if (ON_ITS_WAY.has(other.status) || (other.status === 'published' && sent.length > 0)) {
      const planned = other.startMs !== undefined ? ` (planned for ${when(other.startMs, other.zone)})` : '';
      const reason = `waits for ${written} to be published${planned}; then it replies to that post's last part`;
      if (w.status === 'due') hold(w, 'reply-waiting', reason);
      else w.decision = { ...w.decision, reason };
      return;
    }
    if (other.status === 'draft') {
      diagnostics.push(
        diagnostic(
          w.post.file,
          w.post.positions,
          ['reply_to'],
          'warning',
          'reply-target',
          `\`reply_to: ${written}\` replies to a draft: this reply cannot go out while that post is a draft; publish it first (remove its \`draft: true\`), or reply to another post`,
        ),
      );
      hold(
        w,
        'reply-target',
        `it replies to ${written}, which is a draft, so it cannot go out; publish that post first, reply to another post, or remove \`reply_to\``,
      );
      return;
    }
    const why = other.decision.reason ?? other.status;
    hold(w, 'reply-target', `it replies to ${written}, which is ${other.status} (${why}), so it cannot go out; reply to another post, or remove \`reply_to\``);
  };

  for (const w of work) resolve(w);
}

/**
 * Why `post:<id>` names no post of the account: the id is another account's (replies across
 * accounts are not supported), or one of this account's written another way (a file name, another case).
 */
function unknownTarget(account: string, id: string, work: ReplyWork[]): string {
  const written = `post:${id}`;
  const elsewhere = [...new Set(work.filter((o) => o.post.id === id && o.post.account !== account).map((o) => o.post.account))];
  if (elsewhere.length > 0) {
    return `\`reply_to: ${written}\`: \`${id}\` is a post of account ${elsewhere.join(', ')}, not of ${account}; \`post:\` names a post of the same account (replies across accounts are not supported): use that post's x.com link instead, once it is published`;
  }
  const own = work.filter((o) => o.post.account === account).map((o) => o.post.id);
  const plain = id.replace(/^\.?\/?posts\//, '').replace(/\.md$/i, '');
  const lower = plain.toLowerCase();
  const suggestion =
    own.find((o) => o === plain) ??
    own.find((o) => o.toLowerCase() === lower) ??
    // `post:launch` for `2026-12/launch`: the file name without its folder.
    own.find((o) => o.toLowerCase().endsWith(`/${lower}`));
  const hint = suggestion !== undefined && suggestion !== id ? `; did you mean \`post:${suggestion}\`?` : '';
  return `\`reply_to: ${written}\`: account ${account} has no post with the id \`${id}\` (the id is \`id:\`, or the path under posts/ without .md)${hint || '; write the id of a post of this account, or a link to a post on X'}`;
}

function hold(w: ReplyWork, blockedBy: 'reply-waiting' | 'reply-target', reason: string): void {
  // A wait is not a decision to record: the reply goes out when its target has (alreadyLogged).
  w.decision = { status: 'blocked', blockedBy, reason, alreadyLogged: blockedBy === 'reply-waiting' || w.record.skippedCategories.has(blockedBy) };
  w.status = 'blocked';
}

/**
 * After `blockInvalidPosts`: a reply whose `post:` target turned out to have file errors waits for
 * the fix (the target is not sent until then), instead of showing as due or waiting for nothing.
 */
export function holdRepliesToInvalid(entries: PlanEntry[]): PlanEntry[] {
  const invalid = new Set(entries.filter((e) => e.blockedBy === 'content-invalid').map((e) => key(e.post.account, e.post.id)));
  if (invalid.size === 0) return entries;
  return entries.map((entry): PlanEntry => {
    const target = entry.post.replyTo;
    const waiting = OPEN.has(entry.status) || entry.blockedBy === 'reply-waiting';
    if (target?.kind !== 'post' || !waiting || entry.tweetIds.length > 0) return entry;
    if (!invalid.has(key(entry.post.account, target.id))) return entry;
    const reason = `waits for post:${target.id}, whose file has errors: it is not sent until that file is fixed, and this reply waits for it`;
    if (entry.status !== 'due' && entry.status !== 'blocked') return { ...entry, reason };
    return { ...entry, status: 'blocked', blockedBy: 'reply-waiting', reason, alreadyLogged: true };
  });
}
