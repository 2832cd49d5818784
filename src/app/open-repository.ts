/**
 * The one composition every command and the action start from: read a content repository's files
 * and its log once, and plan them for an instant. Commands differ only in what they do with the
 * result (print findings, render a calendar, publish, compare two of them in a review).
 */
import type { DateTime } from 'luxon';
import { loadContent, type LoadedContent, type LoadOptions } from '../content/load.js';
import { type Diagnostic, mergeDiagnostics } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { blockInvalidPosts } from '../plan/invalid.js';
import { assemblePlan } from '../plan/planner.js';
import { type ReadLog, readLog } from '../repository/log.js';
import { type ReadMetrics, readMetrics, readsOf } from '../repository/metrics.js';

export interface OpenOptions {
  /** The instant to plan for: the command's clock or `--now`. */
  now: DateTime;
  load?: LoadOptions;
  /** Plan with this log instead of the repository's own (review: both sides plan with the base branch's log). */
  log?: ReadLog;
  /** Findings about the repository found before loading it (review: tree entries it refused to check out). */
  problems?: readonly Diagnostic[];
}

export interface OpenedRepository {
  /** Absolute content root. */
  root: string;
  content: LoadedContent;
  log: ReadLog;
  now: DateTime;
  /** What publishing acts on: every post's status as of `now` (planned on first read, once). */
  readonly plan: Plan;
  /** The plan as calendars and reviews show it: a post whose file has an error is `blocked`, with the error as its reason. */
  shownPlan(): Plan;
  /** The files' findings, the log's and the plan's, merged and sorted (what `herald validate` reports). */
  diagnostics(): Diagnostic[];
  /** `schedules/metrics.jsonl`, read once with the rest (each snapshot is a read the budget counts). */
  metrics(): Promise<ReadMetrics>;
  /** Every read metrics.jsonl records (snapshots and support reads): what the month's spend counts. */
  reads: ReturnType<typeof readsOf>;
}

export async function openRepository(root: string, options: OpenOptions): Promise<OpenedRepository> {
  const [content, log, metrics] = await Promise.all([loadContent(root, options.load), options.log ?? readLog(root), readMetrics(root)]);
  if (options.problems?.length) content.diagnostics.push(...options.problems);
  // Each metrics snapshot was one post read (herald stats), and each support-reads line counts its
  // owned and post reads: the month's spend counts them.
  // (Its unreadable lines are herald report's to show; here they only cost nothing.)
  const reads = readsOf(metrics);
  // Planned on first use: report and slots suggest read the files and the log but need no plan,
  // and planning thousands of published posts was most of their time.
  let planned: Plan | undefined;
  const plan = () => (planned ??= assemblePlan({ posts: content.posts, accounts: content.accounts, log: log.entries, now: options.now, reads }));
  let shown: Plan | undefined;
  return {
    root: content.root,
    content,
    log,
    now: options.now,
    get plan() {
      return plan();
    },
    shownPlan: () => (shown ??= blockInvalidPosts(plan(), content.diagnostics)),
    diagnostics: () => mergeDiagnostics(content.diagnostics, log.diagnostics, plan().diagnostics),
    metrics: async () => metrics,
    reads,
  };
}
