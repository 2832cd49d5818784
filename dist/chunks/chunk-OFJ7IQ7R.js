import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/model/prices.ts
var PRICES_READ_ON = "2026-08";
var PRICES = Object.freeze({
  post: 0.015,
  post_with_url: 0.2,
  media_metadata: 5e-3,
  delete: 0.01,
  post_read: 5e-3,
  owned_read: 1e-3
});
function toMicros(usd) {
  return Math.round(usd * 1e6);
}
function fromMicros(micros) {
  return micros / 1e6;
}
function formatUsd(usd) {
  const cents = Math.round(usd * 1e3) % 10 === 0 ? usd.toFixed(2) : usd.toFixed(3);
  return `$${cents}`;
}

export {
  PRICES_READ_ON,
  PRICES,
  toMicros,
  fromMicros,
  formatUsd
};
