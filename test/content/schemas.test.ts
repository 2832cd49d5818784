/** The JSON Schemas other parts and editors rely on: they compile, and say what DESIGN says. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { accountSchemaSource } from '../../src/content/rules/catalogue.js';
import { logEntryValidatorSource, validator, validatorsSource } from '../../src/content/schema-compile.js';
import { repoRoot } from '../helpers/cli.js';

const base = { at: '2026-12-01T14:10:00.000Z', post: '2026-12/winter-release', account: 'main', part: 0 };

describe('schema/log-entry.schema.json', () => {
  const valid = validator('log-entry');

  it.each([
    ['attempt', { event: 'attempt', scheduled_for: '2026-12-01T14:00:00Z', hash: 'd'.repeat(64) }],
    [
      'published',
      {
        event: 'published',
        tweet_id: '1990000000000000006',
        url: 'https://x.com/acme/status/1990000000000000006',
        scheduled_for: '2026-12-01T14:00:00Z',
        delay_s: 600,
      },
    ],
    ['failed', { event: 'failed', error: 'X refused the text (400)', retryable: false }],
    ['expired', { event: 'expired', reason: 'window closed at 2026-12-01 09:00 UTC' }],
    ['skipped', { event: 'skipped', reason: 'paused' }],
    ['reconciled (found)', { event: 'reconciled', found: true, tweet_id: '1990000000000000006' }],
    ['reconciled (not found)', { event: 'reconciled', found: false }],
  ])('accepts a %s entry', (_name, fields) => {
    expect(valid({ ...base, ...fields })).toBe(true);
  });

  it.each([
    ['published without tweet_id', { event: 'published', url: 'https://x.com/a/status/1', scheduled_for: '2026-12-01T14:00:00Z', delay_s: 1 }],
    ['failed without retryable', { event: 'failed', error: 'boom' }],
    ['expired without reason', { event: 'expired' }],
    ['reconciled as found without tweet_id', { event: 'reconciled', found: true }],
    ['an unknown event', { event: 'sent' }],
    ['a local time instead of UTC', { event: 'attempt', at: '2026-12-01T09:10:00-05:00' }],
  ])('rejects %s', (_name, fields) => {
    expect(valid({ ...base, ...fields })).toBe(false);
  });
});

describe('schema/post.schema.json and schema/account.schema.json', () => {
  it('accept the example in DESIGN', () => {
    expect(
      validator('post')({
        account: 'main',
        publish: { at: '2026-12-01 09:00', zone: 'America/New_York', window: '2h' },
        tags: ['product'],
        media: [{ file: 'launch.png', alt: 'Our new dashboard' }],
      }),
    ).toBe(true);
    expect(
      validator('account')({
        handle: '@acme',
        zone: 'America/New_York',
        audience: ['America/New_York', 'Europe/London'],
        window: '1h',
        slots: [{ days: ['mon', 'tue'], times: ['09:00', '12:30'] }],
        blackout: [{ from: '2026-12-24', to: '2026-12-26', reason: 'Holidays' }],
        paused: { since: '2026-12-02T10:00Z', reason: 'incident' },
        daily_cap: 17,
        rules: {
          'first-person-singular': { level: 'warning', allow_signoff: true },
          'content-mix': { tags: ['promo'], max_share: 0.6, days: 7 },
          'daily-cap': 'error',
        },
      }),
    ).toBe(true);
  });

  it('reject durations, times and weekdays of the wrong shape', () => {
    expect(validator('post')({ account: 'main', publish: { at: '2026-12-01 09:00', window: '2 hours' } })).toBe(false);
    expect(validator('account')({ zone: 'UTC', slots: [{ days: ['monday'], times: ['09:00'] }] })).toBe(false);
    expect(validator('account')({ zone: 'UTC', slots: [{ days: ['mon'], times: ['9am'] }] })).toBe(false);
  });
});

describe('the rules: entries of schema/account.schema.json', () => {
  it('are what the rules’ rows say', () => {
    const committed = readFileSync(path.join(repoRoot, 'schema/account.schema.json'), 'utf8');
    expect(committed, 'schema/account.schema.json is stale: run `npm run build && node scripts/generate-validators.mjs`').toBe(accountSchemaSource(committed));
  });
});

describe('the validators compiled ahead of time', () => {
  it('are what ajv compiles from the schemas now (run scripts/generate-validators.mjs after a schema change)', () => {
    const run = 'run `npm run build && node scripts/generate-validators.mjs`';
    expect(readFileSync(path.join(repoRoot, 'src/content/schema-validators.generated.ts'), 'utf8'), run).toBe(validatorsSource());
    expect(readFileSync(path.join(repoRoot, 'src/repository/log-entry-validator.generated.ts'), 'utf8'), run).toBe(logEntryValidatorSource());
  });
});
