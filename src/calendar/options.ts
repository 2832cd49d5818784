/** Turning `herald calendar` flags into a range, with errors that say what to write instead. */
import { DateTime } from 'luxon';
import { hasOffset } from '../time/offset.js';
import { isValidZone } from '../time/zones.js';
import { UsageError } from '../model/errors.js';
import type { Account } from '../model/account.js';

export const DEFAULT_DAYS = 14;

export function parseDays(value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_DAYS;
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(`--days ${JSON.stringify(String(value))} is not a positive whole number of days; write for example --days 14`);
  }
  const days = Number(text);
  if (days > 3660) {
    throw new UsageError(`--days ${text} is more than ten years; write at most --days 3660`);
  }
  return days;
}

/** `--zone`, or the zone of the first account by name, or UTC. */
export function resolveZone(value: string | undefined, accounts: ReadonlyMap<string, Account>): string {
  if (value !== undefined && value !== '') {
    if (!isValidZone(value)) {
      throw new UsageError(`--zone ${JSON.stringify(value)} is not an IANA time zone; write a name such as --zone America/New_York or --zone Europe/London`);
    }
    return value;
  }
  const first = [...accounts.keys()].sort()[0];
  const zone = first === undefined ? undefined : accounts.get(first)?.zone;
  return zone !== undefined && isValidZone(zone) ? zone : 'UTC';
}

export function resolveAccount(value: string | undefined, accounts: ReadonlyMap<string, Account>): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (accounts.has(value)) return value;
  const known = [...accounts.keys()].sort();
  throw new UsageError(
    `--account ${JSON.stringify(value)} has no schedules/${value}.yaml; the accounts are ${known.join(', ')}` +
      (known[0] ? `; write for example --account ${known[0]}` : ''),
  );
}

/**
 * `--from`: a date means the start of that day in `zone`; a date-time without an offset is a wall
 * clock in `zone`; one with an offset is that instant. Default: the start of today in `zone`.
 */
export function resolveFrom(value: string | undefined, zone: string, now: DateTime): DateTime {
  if (value === undefined || value === '') return now.setZone(zone).startOf('day');
  const text = value.trim();
  const iso = text.replace(' ', 'T');
  const parsed = hasOffset(iso) ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromISO(iso, { zone });
  if (!parsed.isValid) {
    throw new UsageError(`--from ${JSON.stringify(value)} is not an ISO date or date-time; write for example --from 2026-12-01 or --from 2026-12-01T09:00`);
  }
  const local = parsed.setZone(zone);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? local.startOf('day') : local;
}
