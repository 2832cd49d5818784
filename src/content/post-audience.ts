/**
 * `audience: [zones]` on a post (DESIGN, "The rest of a post's life"): the zones this post's
 * previews show and the `audience-night` rule checks, instead of the account's. A zone herald does
 * not know is an `invalid-zone` error at its own line, like an account's.
 */
import type { PositionMap } from '../model/post.js';
import { isValidZone, zoneAdvice } from '../time/zones.js';
import { START, type FileReporter } from './diagnostics.js';

/** The zones as written, each checked; undefined when the post has no `audience:`. */
export function readPostAudience(value: unknown, positions: PositionMap, reporter: FileReporter): string[] | undefined {
  // The schema reports a value of the wrong shape; only a list of names is used.
  if (!Array.isArray(value)) return undefined;
  const zones: string[] = [];
  value.forEach((zone, i) => {
    if (typeof zone !== 'string') return;
    if (!isValidZone(zone)) {
      reporter.error(
        'invalid-zone',
        positions[`audience.${i}`] ?? positions.audience ?? START,
        `audience zone "${zone}" is not a time zone herald knows. ${zoneAdvice(zone)}`,
      );
      return;
    }
    zones.push(zone);
  });
  // Only unknown names: the error says so, and previews fall back to the account's audience.
  return zones.length > 0 ? [...new Set(zones)] : undefined;
}
