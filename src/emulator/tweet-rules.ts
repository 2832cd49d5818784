/**
 * What X checks in `POST /2/tweets` beyond text and media: the poll (X's OpenAPI 2.167
 * `CreatePostsPoll`: 2-4 options of 1-25 characters, 5-10080 minutes, not with media) and the 2026
 * reply rule (an API app may reply only to its own posts or to posts that mention it; otherwise
 * 403 with the wording observed in 2026, shared/x-api/observed-errors.json).
 */
import twitterText from 'twitter-text';
import type { EmulatedUser, StoredTweet } from './types.js';

export const REPLY_NOT_SUMMONED_DETAIL = 'You can only reply to or quote posts where you are mentioned or are the author.';

export interface PollCheck {
  poll?: { options: string[]; duration_minutes: number };
  /** X's 400 for the first broken field: its parameter and message. */
  problem?: { parameter: string; value: unknown; message: string };
}

const POLL_KEYS = new Set(['options', 'duration_minutes', 'reply_settings']);

export function checkPoll(value: unknown, hasMedia: boolean): PollCheck {
  if (value === undefined) return {};
  const bad = (parameter: string, v: unknown, message: string): PollCheck => ({ problem: { parameter, value: v, message } });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad('poll', value, '$.poll: expected an object');
  const poll = value as Record<string, unknown>;
  for (const key of Object.keys(poll))
    if (!POLL_KEYS.has(key))
      return bad(`poll.${key}`, poll[key], `$.poll.${key}: is not defined in the schema and the schema does not allow additional properties`);
  const options = poll.options;
  if (!Array.isArray(options)) return bad('poll.options', options ?? null, '$.poll.options: is missing but it is required');
  if (options.length < 2 || options.length > 4)
    return bad('poll.options', options, `$.poll.options: there must be a minimum of 2 items and a maximum of 4 items in the array, found ${options.length}`);
  for (const option of options) {
    if (typeof option !== 'string' || [...option].length < 1 || [...option].length > 25) {
      return bad('poll.options', options, '$.poll.options: each option must be a string of 1 to 25 characters');
    }
  }
  const minutes = poll.duration_minutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes))
    return bad('poll.duration_minutes', minutes ?? null, '$.poll.duration_minutes: is missing but it is required');
  if (minutes < 5 || minutes > 10080)
    return bad('poll.duration_minutes', minutes, '$.poll.duration_minutes: must have a minimum value of 5 and a maximum value of 10080');
  if (hasMedia) return bad('poll', poll, 'A Tweet with a poll cannot have media attached.');
  return { poll: { options: options as string[], duration_minutes: minutes } };
}

/** X's 2026 rule: a reply to a post of another author is allowed only when that post mentions the replying account. */
export function replyAllowed(target: StoredTweet, user: EmulatedUser): boolean {
  if (target.author_id === user.id) return true;
  // The same mentions X lists in the post's `entities.mentions`: handles match case-insensitively.
  const username = user.username.replace(/^@/, '').toLowerCase();
  return twitterText.extractMentions(target.text).some((name) => name.toLowerCase() === username);
}
