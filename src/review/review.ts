/**
 * The reviewer's view of a change: validation of the changed files, a preview card per changed post,
 * and how the calendar differs from the base branch. The content folders of both commits are written
 * into temporary folders from git's objects (src/git/tree.ts), so nothing from the pull request
 * is checked out over the work tree or run: content is only parsed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DateTime } from 'luxon';
import { localIso } from '../time/format.js';
import { parseInstant } from '../time/instant.js';
import { UsageError } from '../model/errors.js';
import { buildCalendar, type CalendarEntry } from '../calendar/model.js';
import { MAX_WEIGHTED_LENGTH, weightedLength } from '../content/length.js';
import { openRepository } from '../app/open-repository.js';
import type { LoadedContent } from '../content/load.js';
import { type Account, statusUrl } from '../model/account.js';
import { mergeDiagnostics, sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Plan, PostStatus } from '../model/plan.js';
import { readLog } from '../repository/log.js';
import { accountOfPath, ANSWERS_DIR, LOG_FILE, METRICS_FILE, POSTS_DIR, SCHEDULES_DIR } from '../repository/paths.js';
import { git, isShallow, pathList } from '../git/git.js';
import { attributesChanged, logChanged, neverSent, type ChangeKind } from './checks.js';
import { extractFolders } from '../git/tree.js';
import { answerPreviews, type AnswerPreview, isAnswerFile } from './answers.js';
import { costChanges, type MonthCostChange } from './cost.js';
import { doorDiagnostic, type DoorProblem } from '../repository/door.js';
import type { Post } from '../model/post.js';
import { partMedia, previewZones } from '../calendar/post-view.js';
import { mediaLink, type MediaLinkBase } from './media-links.js';

export interface ReviewOptions {
  /** The content root in the work tree (a repository or a folder inside one). */
  root: string;
  base: string;
  /** A ref; absent: the work tree as it is, including uncommitted and new files. */
  head?: string;
  now: DateTime;
  /**
   * `owner/repo` on GitHub (the action passes GITHUB_REPOSITORY): media links then point at the
   * files of the head commit there. Without it (or without `head`), links are relative to the root.
   */
  repository?: string;
}

export interface PreviewPart {
  text: string;
  /** The media that goes out with this part, linked (see media-links.ts). */
  media: Array<{ file: string; alt: string | null; url: string }>;
  weighted: number;
  max: number;
  /** A timed thread part (`--- +45m`, `--- at …`): its separator as written and its time (local ISO in `zone`). */
  timed?: { written: string; at: string | null; zone: string };
}

export interface PreviewCard {
  post: string;
  file: string;
  account: string;
  handle: string | null;
  status: PostStatus | null;
  reason?: string;
  /** Window start and end in each preview zone (the post's own zone first, then its or its account's audience), local ISO. */
  windows: Array<{ zone: string; start: string; end: string | null }>;
  parts: PreviewPart[];
  media: Array<{ file: string; alt: string | null }>;
  /** The poll part 1 carries. */
  poll?: { options: string[]; duration_minutes: number };
  /** What part 1 replies to, as written: a tweet id, or `post:<id>`. */
  reply_to?: string;
  draft: boolean;
  /** The parts' text in the base branch, when the change edits an existing post's text. */
  before?: string[];
  /** `retract:` on a published post: the parts the next publish run deletes from X, last part first. */
  deletes?: Array<{ part: number; tweetId: string; url: string }>;
}

export interface CalendarChange {
  post: string;
  account: string;
  file: string;
  /** UTC ISO, null when unscheduled. */
  from: string | null;
  to: string | null;
  fromStatus: PostStatus | null;
  toStatus: PostStatus | null;
  /** Zone the times are shown in: the account's. */
  zone: string;
  reason?: string;
}

export interface CalendarDiff {
  added: CalendarChange[];
  moved: CalendarChange[];
  /** Gone from the calendar: the file was deleted, or its post now has another id or account. */
  removed: CalendarChange[];
  /** Its file is still there but cannot be read as a post: where it lands is unknown, not removed. */
  unreadable: CalendarChange[];
  /** Expired in the head but not in the base, or a changed post whose window closes within a day. */
  expiring: CalendarChange[];
  statusChanged: CalendarChange[];
}

export interface Review {
  base: string;
  head: string;
  now: string;
  /** Changed files under posts/, answers/ and schedules/, relative to the root. */
  changed: string[];
  /** Findings in the changed files, and findings elsewhere that the change introduces. */
  diagnostics: Diagnostic[];
  cards: PreviewCard[];
  /** Changed post files that cannot be read as a post (or name no account), with their errors. */
  unpreviewable: Array<{ file: string; errors: Diagnostic[] }>;
  /** Post files the change deletes. */
  removedPosts: string[];
  /** Changed support answers, filled with their examples (src/review/answers.ts); buildReview always sets these three. */
  answers?: AnswerPreview[];
  /** Changed answer files that cannot be read as an answer (their errors are in `diagnostics`). */
  unreadableAnswers?: string[];
  removedAnswers?: string[];
  calendar: CalendarDiff;
  /** What the change adds to each account's UTC months of X spend (src/review/cost.ts). */
  cost?: MonthCostChange[];
}

const ISO = { suppressMilliseconds: true } as const;
/** A changed post whose window closes this soon is flagged: merged late, it expires. */
const SOON_MS = 24 * 3600_000;

export async function buildReview(options: ReviewOptions): Promise<Review> {
  const root = path.resolve(options.root);
  const top = (
    await git(root, ['rev-parse', '--show-toplevel']).catch(() => {
      throw new UsageError(`${root} is not inside a git repository; herald review compares git refs, so run it in a clone`);
    })
  ).trim();
  const rootInRepo = path.relative(top, root).split(path.sep).join('/');
  await requireRef(top, options.base, '--base');
  if (options.head) await requireRef(top, options.head, '--head');
  const mergeBase = await mergeBaseOf(top, options.base, options.head ?? 'HEAD');

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'herald-review-'));
  try {
    const folders = [POSTS_DIR, SCHEDULES_DIR, ANSWERS_DIR].map((f) => path.posix.join(rootInRepo, f));
    const baseDir = path.join(scratch, 'base');
    await extractFolders(top, options.base, folders, baseDir);
    let headRoot = root;
    let refused: DoorProblem[] = [];
    if (options.head) {
      const headDir = path.join(scratch, 'head');
      ({ refused } = await extractFolders(top, options.head, folders, headDir));
      headRoot = path.join(headDir, rootInRepo);
    }
    const baseRoot = path.join(baseDir, rootInRepo);
    const { changes, attributes } = await changedFiles(top, rootInRepo, mergeBase, options.head);
    const changed = [...changes.keys()];

    // The log is written only by the publish job on the base branch; a pull request's copy may be
    // behind it, and must never change what counts as published. Both sides plan with the base log.
    const log = await readLog(baseRoot);
    const [base, head] = await Promise.all([
      openRepository(baseRoot, { now: options.now, log }),
      // Tree entries the pull request could not have checked out safely are errors of the head side.
      openRepository(headRoot, { now: options.now, log, problems: refused.map(doorDiagnostic) }),
    ]);
    const [baseContent, headContent] = [base.content, head.content];
    const [basePlan, headPlan] = [base.shownPlan(), head.shownPlan()];

    const changedSet = new Set(changed);
    // Findings in the changed files, plus new findings the change causes elsewhere (a blackout added
    // to an account file blocks an untouched post): those files did not change, so their lines match.
    const key = (d: Diagnostic) => `${d.file}\u0000${d.rule}\u0000${d.message}`;
    const before = new Set(mergeDiagnostics(baseContent.diagnostics, [], basePlan.diagnostics).map(key));
    const diagnostics = mergeDiagnostics(headContent.diagnostics, [], headPlan.diagnostics).filter((d) => changedSet.has(d.file) || !before.has(key(d)));
    for (const file of [LOG_FILE, METRICS_FILE] as const) {
      const change = changes.get(file);
      if (!change) continue;
      const repoPath = path.posix.join(rootInRepo, file);
      diagnostics.push(logChanged(change, await firstChangedLine(top, mergeBase, options.head, repoPath), options.base, repoPath, file));
    }
    for (const [name, kind] of attributes) diagnostics.push(attributesChanged(name, kind));
    diagnostics.push(...neverSentFindings(headPlan, headContent, changedSet, options.now, diagnostics));
    sortDiagnostics(diagnostics);

    const headPosts = new Map(headContent.posts.map((p) => [p.file, p]));
    const changedPosts = changed.filter((f) => isPostFile(f) && changes.get(f) !== 'deleted');
    // A post file that does not parse, or names no account, has nothing to preview: it is listed
    // with its errors, and never mistaken for a deleted post or one taken off the calendar.
    const unreadableFiles = new Set(changedPosts.filter((f) => !headPosts.has(f) || !headContent.accounts.has(headPosts.get(f)!.account)));
    const unpreviewable = [...unreadableFiles].map((file) => ({
      file,
      errors: diagnostics.filter((d) => d.file === file && d.severity === 'error'),
    }));
    const links =
      options.repository && options.head
        ? { repository: options.repository, sha: (await git(top, ['rev-parse', `${options.head}^{commit}`])).trim(), rootInRepo }
        : undefined;
    const basePosts = new Map(baseContent.posts.map((p) => [p.file, p]));
    const cards = changedPosts
      .filter((f) => !unreadableFiles.has(f) && headPosts.has(f))
      .map((f) => previewCard(headPosts.get(f)!, headContent, headPlan, basePosts.get(f), links));
    const removedPosts = changed.filter((f) => isPostFile(f) && changes.get(f) === 'deleted');
    // Only a deleted file, or a post that now has another id or account, leaves the calendar.
    const gone = (file: string) => changes.get(file) === 'deleted' || (headPosts.has(file) && !unreadableFiles.has(file));

    const changedAnswers = changed.filter((f) => isAnswerFile(f) && changes.get(f) !== 'deleted');
    const answers = answerPreviews(changedAnswers, headContent.answers);

    return {
      base: options.base,
      head: options.head ?? 'work tree',
      now: options.now.toUTC().toISO(ISO)!,
      changed,
      diagnostics,
      cards,
      unpreviewable,
      removedPosts,
      answers,
      unreadableAnswers: changedAnswers.filter((f) => !answers.some((a) => a.file === f)),
      removedAnswers: changed.filter((f) => isAnswerFile(f) && changes.get(f) === 'deleted'),
      calendar: diffCalendars(basePlan, baseContent.accounts, headPlan, headContent.accounts, options.now, changedSet, { gone, unreadable: unreadableFiles }),
      cost: costChanges(basePlan, headPlan),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function requireRef(top: string, ref: string, flag: string): Promise<void> {
  try {
    await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    const shallow = (await isShallow(top)) ? ' This clone is shallow, so it may hold no other branch or history.' : '';
    throw new UsageError(
      `${flag} ${ref} is not a commit in this repository; fetch it first (git fetch origin main) or name an existing branch, tag or commit.${shallow} ` +
        'In GitHub Actions, give actions/checkout `fetch-depth: 0` so the base branch and its history are there.',
    );
  }
}

/**
 * The commit the change started from: review shows what the change does, not what the base did
 * since. A shallow clone often has no such commit; that is a setup problem with a known fix.
 */
async function mergeBaseOf(top: string, base: string, head: string): Promise<string> {
  try {
    return (await git(top, ['merge-base', base, head])).trim();
  } catch {
    const advice = (await isShallow(top))
      ? 'This clone is shallow (actions/checkout fetches one commit unless told otherwise): give actions/checkout `fetch-depth: 0`, or run `git fetch --unshallow`, and run review again.'
      : `The two share no history; name the branch the change was made from with --base (in the action: the input base).`;
    throw new UsageError(`${base} and ${head} have no common commit (no merge base), so review cannot tell what the change is. ${advice}`);
  }
}

const DIFF = ['--no-renames', '--no-ext-diff', '--no-textconv', '--no-color', '--no-relative'];

/**
 * Files the change touches under posts/, answers/ and schedules/, relative to the content root, with what
 * happened to each. `-z` listings (and core.quotePath off, in `git`): every name byte for byte.
 * Without renames, a renamed file is its deletion plus its addition.
 */
async function changedFiles(
  top: string,
  rootInRepo: string,
  mergeBase: string,
  head: string | undefined,
): Promise<{ changes: Map<string, ChangeKind>; attributes: Array<[string, ChangeKind]> }> {
  const found = new Map<string, ChangeKind>();
  const status = pathList(await git(top, ['diff', '--name-status', '-z', ...DIFF, mergeBase, ...(head ? [head] : [])]));
  for (let i = 0; i + 1 < status.length; i += 2) {
    const letter = status[i]![0];
    if (letter === 'R' || letter === 'C') i++; // two names follow; --no-renames should prevent it
    found.set(status[i + 1]!, letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : letter === 'T' ? 'type-changed' : 'modified');
  }
  if (!head) {
    for (const name of pathList(await git(top, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name']))) found.set(name, 'added');
  }
  const prefix = rootInRepo ? `${rootInRepo}/` : '';
  const changes = new Map<string, ChangeKind>();
  const attributes: Array<[string, ChangeKind]> = [];
  for (const [name, kind] of [...found].sort(([a], [b]) => cmp(a, b))) {
    if (name === '.gitattributes' || name.endsWith('/.gitattributes')) attributes.push([name, kind]);
    if (!name.startsWith(prefix)) continue;
    const file = name.slice(prefix.length);
    if (isPostFile(file) || isAnswerFile(file) || accountOfPath(file) !== undefined || file === LOG_FILE || file === METRICS_FILE) changes.set(file, kind);
  }
  return { changes, attributes };
}

/** The files loadContent reads as posts: `.md` in any case, except read-me files. */
function isPostFile(file: string): boolean {
  const lower = file.toLowerCase();
  return lower.startsWith('posts/') && lower.endsWith('.md') && !/(^|\/)readme\.md$/.test(lower);
}

/** The line of the log's first changed line in the change, for the annotation; 1 when unknown. */
async function firstChangedLine(top: string, mergeBase: string, head: string | undefined, repoPath: string): Promise<number> {
  const diff = await git(top, ['diff', '-U0', ...DIFF, mergeBase, ...(head ? [head] : []), '--', `:(literal)${repoPath}`]).catch(() => '');
  const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/m.exec(diff);
  return Math.max(1, Number(hunk?.[1] ?? 1));
}

/**
 * `never-sent` for the changed posts. It says, as an error, what `window-closed` and `blackout`
 * warn about for the same post, so those are dropped for it: one finding per problem.
 */
function neverSentFindings(plan: Plan, content: LoadedContent, changed: ReadonlySet<string>, now: DateTime, diagnostics: Diagnostic[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const entry of plan.entries) {
    if (!changed.has(entry.post.file)) continue;
    const never = neverSent(entry, content.accounts.get(entry.post.account), now);
    if (never) found.push(never);
  }
  const superseded = new Set(found.map((d) => d.file));
  const kept = diagnostics.filter((d) => !(superseded.has(d.file) && (d.rule === 'window-closed' || d.rule === 'blackout')));
  diagnostics.splice(0, diagnostics.length, ...kept);
  return found;
}

function previewCard(post: Post, content: LoadedContent, plan: Plan, base: Post | undefined, links: MediaLinkBase | undefined): PreviewCard {
  const account: Account | undefined = content.accounts.get(post.account);
  const entry = plan.entries.find((e) => e.post.file === post.file);
  const zones = previewZones(post, account);
  const media = partMedia(post);
  const start = entry?.at;
  const end = entry?.windowEnd;
  return {
    post: post.id,
    file: post.file,
    account: post.account,
    handle: account?.handle ?? null,
    status: entry?.status ?? null,
    ...(entry?.reason ? { reason: entry.reason } : {}),
    windows: start ? zones.map((zone) => ({ zone, start: localIso(start, zone), end: end ? localIso(end, zone) : null })) : [],
    parts: post.parts.map((text, i) => {
      const part: PreviewPart = {
        text,
        media: media.filter((m) => m.part === i + 1).map((m) => ({ file: m.file, alt: m.alt ?? null, url: mediaLink(m.file, links) })),
        weighted: weightedLength(text),
        max: MAX_WEIGHTED_LENGTH,
      };
      const timed = post.partTimes?.[i];
      const at = entry?.partsAt?.[i];
      const zone = zones[0] ?? entry?.zone ?? 'UTC';
      if (timed) part.timed = { written: timed.written, at: at ? localIso(at, zone) : null, zone };
      return part;
    }),
    media: post.media.map((m) => ({ file: m.file, alt: m.alt ?? null })),
    ...(post.poll ? { poll: { options: [...post.poll.options], duration_minutes: post.poll.durationMinutes } } : {}),
    ...(post.replyTo ? { reply_to: post.replyTo.kind === 'post' ? `post:${post.replyTo.id}` : post.replyTo.id } : {}),
    draft: post.draft,
    ...(base && base.parts.join('\u0000') !== post.parts.join('\u0000') ? { before: [...base.parts] } : {}),
    ...(entry?.retractPending?.length
      ? { deletes: entry.retractPending.map((p) => ({ part: p.part, tweetId: p.tweetId, url: statusUrl(account?.handle, p.tweetId) })) }
      : {}),
  };
}

/** The post's address on x.com (`i` when the account has no handle: x.com resolves it). */

/** Far enough back and ahead to hold every post a reviewer can care about. */
function everything(plan: Plan, accounts: ReadonlyMap<string, Account>, now: DateTime): Map<string, CalendarEntry> {
  const model = buildCalendar(plan, accounts, { from: now.minus({ years: 1 }), to: now.plus({ years: 5 }), zone: 'UTC' });
  return new Map(model.entries.map((e) => [`${e.account}\u0000${e.post}`, e]));
}

export function diffCalendars(
  basePlan: Plan,
  baseAccounts: ReadonlyMap<string, Account>,
  headPlan: Plan,
  headAccounts: ReadonlyMap<string, Account>,
  now: DateTime,
  changedFiles: ReadonlySet<string>,
  files: { gone: (file: string) => boolean; unreadable: ReadonlySet<string> } = { gone: () => true, unreadable: new Set() },
): CalendarDiff {
  const before = everything(basePlan, baseAccounts, now);
  const after = everything(headPlan, headAccounts, now);
  const zoneOf = (account: string) => headAccounts.get(account)?.zone ?? baseAccounts.get(account)?.zone ?? 'UTC';
  const change = (b: CalendarEntry | undefined, a: CalendarEntry | undefined): CalendarChange => {
    const e = (a ?? b)!;
    return {
      post: e.post,
      account: e.account,
      file: e.file,
      from: b?.at ?? null,
      to: a?.at ?? null,
      fromStatus: b?.status ?? null,
      toStatus: a?.status ?? null,
      zone: zoneOf(e.account),
      ...((a?.reason ?? b?.reason) ? { reason: (a?.reason ?? b?.reason)! } : {}),
    };
  };
  const diff: CalendarDiff = { added: [], moved: [], removed: [], unreadable: [], expiring: [], statusChanged: [] };
  // What the head says about a file it cannot read (a post naming no account) is not a plan.
  for (const [key, a] of after) if (files.unreadable.has(a.file)) after.delete(key);
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) diff.added.push(change(undefined, a));
    else if (b.at !== a.at) diff.moved.push(change(b, a));
    else if (b.status !== a.status) diff.statusChanged.push(change(b, a));
    const closesSoon =
      changedFiles.has(a.file) &&
      (a.status === 'due' || a.status === 'scheduled' || a.status === 'queued') &&
      a.window_end !== null &&
      parseInstant(a.window_end) - now.toMillis() < SOON_MS;
    if ((a.status === 'expired' && b?.status !== 'expired') || closesSoon) diff.expiring.push(change(b, a));
  }
  for (const [key, b] of before) {
    if (after.has(key)) continue;
    (files.gone(b.file) ? diff.removed : diff.unreadable).push(change(b, undefined));
  }
  const order = (x: CalendarChange, y: CalendarChange) => cmp(x.to ?? x.from ?? '~', y.to ?? y.from ?? '~') || cmp(x.account, y.account) || cmp(x.post, y.post);
  for (const list of Object.values(diff)) list.sort(order);
  return diff;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
