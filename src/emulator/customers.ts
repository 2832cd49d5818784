/**
 * Customers of a support account: other users' posts that mention it (or do not), some replying to
 * earlier ones. Seeded from one fixed table so a test can count mentions, replies and response
 * times by hand; tests add more with `customerPost` (or `POST /_emulator/tweets`).
 */
import type { EmulatedUser, EmulatorState, StoredTweet } from './types.js';
import { wrapLinks } from './text.js';

export interface CustomerSeed {
  /** The support account's username (with or without `@`): seeded posts mention it. */
  support: string;
  /** When the first seeded post was written (ISO); the others follow at the minutes in the table. Default: two hours before the emulator starts. */
  start?: string;
}

/** A customer's post, as a test or the control endpoint asks for it. */
export interface CustomerPostInput {
  /** The customer's username; the user is created on first use (token `customer-<username>`). */
  username: string;
  text: string;
  /** The post it replies to (any post, X lets people reply to anything). */
  replyTo?: string;
  /** When it was written (ISO); default: the emulator's clock. */
  createdAt?: string;
}

/**
 * The seeded conversation, in order. `{support}` is the support account's `@username`. `replyTo`
 * is the index of an earlier row. Four posts mention the support account (rows 0, 1, 4, 5), two
 * do not (2, 3); two are replies (2 to 0, 4 to 1).
 */
export const SEEDED_CUSTOMER_POSTS: ReadonlyArray<{ username: string; minutes: number; text: string; replyTo?: number }> = [
  { username: 'ana_customer', minutes: 0, text: '{support} my invoice shows the wrong amount, can you help?' },
  { username: 'ben_customer', minutes: 15, text: '{support} the app logs me out every hour' },
  { username: 'ana_customer', minutes: 30, text: 'Still waiting on the invoice fix', replyTo: 0 },
  { username: 'chi_customer', minutes: 45, text: 'Loving the new dashboard totals' },
  { username: 'ben_customer', minutes: 60, text: '{support} also: the export button does nothing', replyTo: 1 },
  { username: 'chi_customer', minutes: 90, text: '{support} how do I change my plan?' },
];

/** Seeded customers' ids, in order of first appearance in the table: 2000000001, 2000000002, 2000000003. */
const CUSTOMER_ID_BASE = 2_000_000_000;
/** Seeded posts' ids: below every id the emulator gives out later, so timelines order them first. */
const SEEDED_TWEET_ID_BASE = 1_985_000_000_000_000_000n;

export function customerToken(username: string): string {
  return `customer-${username}`;
}

/** Add the table's customers and posts; a second call (after a reset) adds them again, the same. */
export function seedCustomers(state: EmulatorState, seed: CustomerSeed, now: Date): void {
  const support = `@${seed.support.replace(/^@/, '')}`;
  const start = seed.start === undefined ? now.getTime() - 2 * 60 * 60 * 1000 : Date.parse(seed.start);
  if (Number.isNaN(start)) throw new Error(`customers.start ${JSON.stringify(seed.start)} is not an ISO instant`);
  const ids: string[] = [];
  SEEDED_CUSTOMER_POSTS.forEach((row, index) => {
    const user = customerUser(state, row.username);
    const id = (SEEDED_TWEET_ID_BASE + BigInt(index + 1)).toString();
    ids.push(id);
    if (state.tweets.some((t) => t.id === id)) return;
    const text = row.text.replace('{support}', support);
    state.tweets.push({
      id,
      author_id: user.id,
      text,
      created_at: new Date(start + row.minutes * 60_000).toISOString(),
      urls: wrapLinks(text, id),
      ...(row.replyTo !== undefined ? { in_reply_to_tweet_id: ids[row.replyTo] } : {}),
    });
  });
}

/** A customer writes a post (no rules apply: X lets anyone mention or reply to anyone). */
export function addCustomerPost(state: EmulatorState, input: CustomerPostInput, now: Date, nextId: () => string): StoredTweet {
  const user = customerUser(state, input.username);
  const id = nextId();
  const tweet: StoredTweet = {
    id,
    author_id: user.id,
    text: input.text,
    created_at: input.createdAt ?? now.toISOString(),
    urls: wrapLinks(input.text, id),
    ...(input.replyTo !== undefined ? { in_reply_to_tweet_id: input.replyTo } : {}),
  };
  state.tweets.push(tweet);
  return tweet;
}

/** The customer's user, created on first use with the next fixed id. */
function customerUser(state: EmulatorState, username: string): EmulatedUser {
  const existing = state.users.find((u) => u.username.toLowerCase() === username.toLowerCase());
  if (existing) return existing;
  const customers = state.users.filter((u) => u.token.startsWith('customer-')).length;
  const user: EmulatedUser = { id: String(CUSTOMER_ID_BASE + customers + 1), username, name: username, token: customerToken(username) };
  state.users.push(user);
  return user;
}
