/**
 * X's pay-per-use API prices, in US dollars, as read from X's developer pricing page. One table so
 * a price change is one edit; an account can override any of them (`prices:` in its file).
 */
export const PRICES_READ_ON = '2026-08';

export interface Prices {
  /** Creating a post without a URL. */
  post: number;
  /** Creating a post whose text has a URL. */
  post_with_url: number;
  /** Alt text for one media item (`POST /2/media/metadata`). */
  media_metadata: number;
  /** Deleting a post. */
  delete: number;
  /** Reading one post someone else owns, or any post by id (`GET /2/tweets?ids=`). */
  post_read: number;
  /** Reading one of the account's own posts from its timeline. */
  owned_read: number;
}

export const PRICES: Readonly<Prices> = Object.freeze({
  post: 0.015,
  post_with_url: 0.2,
  media_metadata: 0.005,
  delete: 0.01,
  post_read: 0.005,
  owned_read: 0.001,
});

/** Dollar amounts are summed in whole micro-dollars so a month of 0.015s adds up exactly. */
export function toMicros(usd: number): number {
  return Math.round(usd * 1_000_000);
}

export function fromMicros(micros: number): number {
  return micros / 1_000_000;
}

/** `$0.215`, `$12.40`: at least two decimals, up to three (X's smallest price is $0.001). */
export function formatUsd(usd: number): string {
  const cents = Math.round(usd * 1000) % 10 === 0 ? usd.toFixed(2) : usd.toFixed(3);
  return `$${cents}`;
}
