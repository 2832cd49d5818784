/**
 * Where things live in a content repository, spelled once. Every path here is relative to the
 * content root and uses `/`, as the door and git expect.
 */

/** Posts: `posts/**\/*.md`. */
export const POSTS_DIR = 'posts';
/** Account files (`schedules/<account>.yaml`) and the log. */
export const SCHEDULES_DIR = 'schedules';
/** The publish log: the only state kept between runs, written only by `herald publish`. */
export const LOG_FILE = `${SCHEDULES_DIR}/log.jsonl`;

/** `schedules/<account>.yaml`. */
export function accountFilePath(account: string): string {
  return `${SCHEDULES_DIR}/${account}.yaml`;
}

/** The account a `schedules/<name>.yaml` path names, or undefined for any other path. */
export function accountOfPath(file: string): string | undefined {
  const match = /^schedules\/([^/]+)\.yaml$/.exec(file);
  return match ? match[1] : undefined;
}

/** Public metrics snapshots, appended by `herald stats` (JSON Lines, like the log). */
export const METRICS_FILE = `${SCHEDULES_DIR}/metrics.jsonl`;

/** Support answers: `answers/**\/*.md`, sent by `herald reply`. */
export const ANSWERS_DIR = 'answers';
