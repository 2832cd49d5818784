/**
 * Findings only a review can make, because they are about the change rather than the content: a
 * pull request that edits the publish log, and a changed post that will never go out.
 */
import type { DateTime } from 'luxon';
import type { Account } from '../model/account.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PlanEntry } from '../model/plan.js';
import { resolveAccountTime } from '../plan/account-time.js';
import { when } from '../time/format.js';
import { diagnostic } from '../model/diagnostic.js';
import { LOG_FILE, type METRICS_FILE } from '../repository/paths.js';

export type ChangeKind = 'added' | 'modified' | 'deleted' | 'type-changed';

/**
 * `log-changed`: the log is herald's only state (what went out). A pull request that adds, edits,
 * deletes, renames or replaces it could mark a post as sent (never published) or as unsent (sent
 * twice) once merged, so any change to it is an error, whatever the change looks like.
 */
export function logChanged(kind: ChangeKind, line: number, base: string, repoPath: string, file: typeof LOG_FILE | typeof METRICS_FILE = LOG_FILE): Diagnostic {
  const undo =
    kind === 'added'
      ? `leave it out of the change (\`git rm --cached ${repoPath}\`); ${file === LOG_FILE ? 'the publish job' : 'herald stats'} creates it on its first run`
      : `restore the base's copy (\`git checkout ${base} -- ${repoPath}\`) and commit that`;
  const does = { added: 'adds', modified: 'edits', deleted: 'deletes', 'type-changed': 'replaces (with a link or another kind of file)' }[kind];
  // The metrics file is spend as well as results: each line is a read the month's budget counts, so
  // an edited copy could free or block posts without touching one.
  const why =
    file === LOG_FILE
      ? `only the publish job writes the log: it is the record of what went out, and an edited copy could mark a post as sent that never was, or make herald send one twice`
      : `only herald stats writes it: each line is a read X billed, which budgets count as spent, so an edited copy could let posts go over budget or block them`;
  return {
    file,
    line,
    column: 1,
    severity: 'error',
    rule: 'log-changed',
    message: `this change ${does} ${file}, but ${why}. Undo it: ${undo}.`,
  };
}

/**
 * `attributes-changed`: `.gitattributes` decides what a checkout writes (`ident`, filters, line
 * ends, encodings), and the publish job reads a checkout while review previews the committed bytes.
 * A pull request that changes attributes could make the text sent differ from the text reviewed, so
 * it is an error: a maintainer reviews and lands such a change on its own.
 */
export function attributesChanged(repoPath: string, kind: ChangeKind): Diagnostic {
  const does = { added: 'adds', modified: 'edits', deleted: 'deletes', 'type-changed': 'replaces' }[kind];
  return {
    file: repoPath,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'attributes-changed',
    message:
      `this change ${does} ${repoPath}, which decides what a checkout writes (ident, filters, line ends), so the text the publish job reads could differ from the text previewed here. ` +
      `Take it out of this pull request and have a maintainer change it on its own.`,
  };
}

/** A changed post planned this far ahead is a typo in the year far more often than a plan. */
const HORIZON_YEARS = 2;

/**
 * `never-sent`: a changed post that no run will ever publish, at the review's clock: its window has
 * closed, blackouts cover all of what is left of it, or it is more than two years ahead. Drafts, and
 * posts of which something already went out, are left to the other checks.
 */
export function neverSent(entry: PlanEntry, account: Account | undefined, now: DateTime): Diagnostic | undefined {
  const { post } = entry;
  if (post.draft || entry.status === 'published' || entry.tweetIds.length > 0 || entry.unresolvedAttempt !== undefined) return undefined;
  if (!entry.at || !entry.windowEnd) return undefined;
  const zone = entry.zone ?? account?.zone ?? 'UTC';
  const startMs = Date.parse(entry.at);
  const endMs = Date.parse(entry.windowEnd);
  const nowMs = now.toMillis();
  const keys = entry.slotted ? ['publish.slot', 'publish'] : ['publish.at', 'publish'];
  const never = (message: string) => diagnostic(post.file, post.positions, keys, 'error', 'never-sent', message);

  if (nowMs > endMs) {
    return never(
      `this post's window closed at ${when(endMs, zone)}, before this review's clock (${when(nowMs, zone)}), so it will never be sent: herald does not post late. ` +
        'Move publish.at to a time still ahead, or delete the post.',
    );
  }
  if (account && entry.blockedBy === 'blackout') {
    const free = firstFreeMs(account, Math.max(nowMs, startMs));
    if (free > endMs) {
      return never(
        `every moment of this post's window (until ${when(endMs, zone)}) falls inside a blackout of account ${account.name}, so it will never be sent. ` +
          `Move publish.at to ${when(free, zone)} or later, or delete the post.`,
      );
    }
  }
  if (startMs > now.plus({ years: HORIZON_YEARS }).toMillis()) {
    return never(
      `this post is planned for ${when(startMs, zone)}, more than ${HORIZON_YEARS} years after this review (${when(nowMs, zone)}): most likely the year is mistyped. ` +
        'Write the date you mean; review refuses posts that far ahead.',
    );
  }
  return undefined;
}

/** The first instant from `fromMs` on outside every blackout (back-to-back blackouts count as one). */
function firstFreeMs(account: Account, fromMs: number): number {
  let free = fromMs;
  for (const blackout of resolveAccountTime(account).blackouts) {
    if (blackout.fromMs > free) break;
    if (blackout.endMs > free) free = blackout.endMs;
  }
  return free;
}
