/**
 * The reviewer's view of a change: validation of the changed files, a preview card per changed post,
 * and how the calendar differs from the base branch. The content folders of both commits are written
 * into temporary folders from git's objects (src/github/tree.ts), so nothing from the pull request
 * is checked out over the work tree or run: content is only parsed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { UsageError } from '../cli/context.js';
import { buildCalendar, type CalendarEntry } from '../calendar/model.js';
import { MAX_WEIGHTED_LENGTH, weightedLength } from '../content/length.js';
import { loadContent, type LoadedContent } from '../content/load.js';
import type { Account } from '../model/account.js';
import { mergeDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Plan, PostStatus } from '../model/plan.js';
import { assemblePlan } from '../plan/planner.js';
import { readLog } from '../publish/log.js';
import { git } from './git.js';
import { extractFolders } from './tree.js';
import { doorDiagnostic, type DoorProblem } from '../repository/door.js';

export interface ReviewOptions {
  /** The content root in the work tree (a repository or a folder inside one). */
  root: string;
  base: string;
  /** A ref; absent: the work tree as it is, including uncommitted and new files. */
  head?: string;
  now: DateTime;
}

export interface PreviewPart {
  text: string;
  weighted: number;
  max: number;
}

export interface PreviewCard {
  post: string;
  file: string;
  account: string;
  handle: string | null;
  status: PostStatus | null;
  reason?: string;
  /** Window start and end in each audience zone (the account's zone first), local ISO. */
  windows: Array<{ zone: string; start: string; end: string | null }>;
  parts: PreviewPart[];
  media: Array<{ file: string; alt: string | null }>;
  draft: boolean;
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
  removed: CalendarChange[];
  /** Expired in the head but not in the base, or a changed post whose window closes within a day. */
  expiring: CalendarChange[];
  statusChanged: CalendarChange[];
}

export interface Review {
  base: string;
  head: string;
  now: string;
  /** Changed files under posts/ and schedules/, relative to the root. */
  changed: string[];
  /** Findings in the changed files, and findings elsewhere that the change introduces. */
  diagnostics: Diagnostic[];
  cards: PreviewCard[];
  removedPosts: string[];
  calendar: CalendarDiff;
}

const ISO = { suppressMilliseconds: true } as const;
/** A changed post whose window closes this soon is flagged: merged late, it expires. */
const SOON_MS = 24 * 3600_000;

export async function buildReview(options: ReviewOptions): Promise<Review> {
  const root = path.resolve(options.root);
  const top = (await git(root, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new UsageError(`${root} is not inside a git repository; herald review compares git refs, so run it in a clone`);
  })).trim();
  const rootInRepo = path.relative(top, root).split(path.sep).join('/');
  await requireRef(top, options.base, '--base');
  if (options.head) await requireRef(top, options.head, '--head');

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'herald-review-'));
  try {
    const folders = ['posts', 'schedules'].map((f) => path.posix.join(rootInRepo, f));
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
    const changed = await changedFiles(top, rootInRepo, options.base, options.head);

    const [baseContent, headContent] = await Promise.all([loadContent(baseRoot), loadContent(headRoot)]);
    // Tree entries the pull request could not have checked out safely are errors of the head side.
    headContent.diagnostics.push(...refused.map(doorDiagnostic));
    // The log is written only by the publish job on the base branch; a pull request's copy may be
    // behind it, and must never change what counts as published. Both sides plan with the base log.
    const log = await readLog(baseRoot);
    const basePlan = assemblePlan({ posts: baseContent.posts, accounts: baseContent.accounts, log: log.entries, now: options.now });
    const headPlan = assemblePlan({ posts: headContent.posts, accounts: headContent.accounts, log: log.entries, now: options.now });

    const changedSet = new Set(changed);
    // Findings in the changed files, plus new findings the change causes elsewhere (a blackout added
    // to an account file blocks an untouched post): those files did not change, so their lines match.
    const key = (d: Diagnostic) => `${d.file}\u0000${d.rule}\u0000${d.message}`;
    const before = new Set(mergeDiagnostics(baseContent.diagnostics, [], basePlan.diagnostics).map(key));
    const diagnostics = mergeDiagnostics(headContent.diagnostics, [], headPlan.diagnostics).filter(
      (d) => changedSet.has(d.file) || !before.has(key(d)),
    );
    const cards = headContent.posts
      .filter((p) => changedSet.has(p.file))
      .sort((a, b) => cmp(a.file, b.file))
      .map((post) => previewCard(post, headContent, headPlan));
    const headFiles = new Set(headContent.posts.map((p) => p.file));
    const removedPosts = changed.filter((f) => f.startsWith('posts/') && f.endsWith('.md') && !headFiles.has(f));

    return {
      base: options.base,
      head: options.head ?? 'work tree',
      now: options.now.toUTC().toISO(ISO)!,
      changed,
      diagnostics,
      cards,
      removedPosts,
      calendar: diffCalendars(basePlan, baseContent.accounts, headPlan, headContent.accounts, options.now, changedSet),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function requireRef(top: string, ref: string, flag: string): Promise<void> {
  try {
    await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(
      `${flag} ${ref} is not a commit in this repository; fetch it first (git fetch origin main) or name an existing branch, tag or commit`,
    );
  }
}

/** Files the change touches under posts/ and schedules/, relative to the content root. */
async function changedFiles(top: string, rootInRepo: string, base: string, head: string | undefined): Promise<string[]> {
  let names: string[];
  if (head) {
    names = lines(await git(top, ['diff', '--name-only', '--no-renames', `${base}...${head}`]));
  } else {
    const mergeBase = (await git(top, ['merge-base', base, 'HEAD'])).trim();
    names = [
      ...lines(await git(top, ['diff', '--name-only', '--no-renames', mergeBase])),
      ...lines(await git(top, ['ls-files', '--others', '--exclude-standard'])),
    ];
  }
  const prefix = rootInRepo ? `${rootInRepo}/` : '';
  return [...new Set(names)]
    .filter((n) => n.startsWith(prefix))
    .map((n) => n.slice(prefix.length))
    .filter((n) => (n.startsWith('posts/') && n.endsWith('.md') && !/(^|\/)readme\.md$/i.test(n)) || (n.startsWith('schedules/') && n.endsWith('.yaml')))
    .sort(cmp);
}

function previewCard(post: LoadedContent['posts'][number], content: LoadedContent, plan: Plan): PreviewCard {
  const account: Account | undefined = content.accounts.get(post.account);
  const entry = plan.entries.find((e) => e.post.file === post.file);
  const zones = account ? [...new Set([account.zone, ...account.audience])] : [];
  const start = entry?.at ? DateTime.fromISO(entry.at, { zone: 'utc' }) : undefined;
  const end = entry?.windowEnd ? DateTime.fromISO(entry.windowEnd, { zone: 'utc' }) : undefined;
  return {
    post: post.id,
    file: post.file,
    account: post.account,
    handle: account?.handle ?? null,
    status: entry?.status ?? null,
    ...(entry?.reason ? { reason: entry.reason } : {}),
    windows: start
      ? zones.map((zone) => ({ zone, start: start.setZone(zone).toISO(ISO)!, end: end ? end.setZone(zone).toISO(ISO)! : null }))
      : [],
    parts: post.parts.map((text) => ({ text, weighted: weightedLength(text), max: MAX_WEIGHTED_LENGTH })),
    media: post.media.map((m) => ({ file: m.file, alt: m.alt ?? null })),
    draft: post.draft,
  };
}

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
      ...(a?.reason ?? b?.reason ? { reason: (a?.reason ?? b?.reason)! } : {}),
    };
  };
  const diff: CalendarDiff = { added: [], moved: [], removed: [], expiring: [], statusChanged: [] };
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) diff.added.push(change(undefined, a));
    else if (b.at !== a.at) diff.moved.push(change(b, a));
    else if (b.status !== a.status) diff.statusChanged.push(change(b, a));
    const closesSoon =
      changedFiles.has(a.file) &&
      (a.status === 'due' || a.status === 'scheduled' || a.status === 'queued') &&
      a.window_end !== null &&
      DateTime.fromISO(a.window_end).toMillis() - now.toMillis() < SOON_MS;
    if ((a.status === 'expired' && b?.status !== 'expired') || closesSoon) diff.expiring.push(change(b, a));
  }
  for (const [key, b] of before) if (!after.has(key)) diff.removed.push(change(b, undefined));
  const order = (x: CalendarChange, y: CalendarChange) => cmp(x.to ?? x.from ?? '~', y.to ?? y.from ?? '~') || cmp(x.account, y.account) || cmp(x.post, y.post);
  for (const list of Object.values(diff)) list.sort(order);
  return diff;
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
