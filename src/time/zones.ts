import { IANAZone } from 'luxon';
import { editDistance } from '../model/words.js';

const validity = new Map<string, boolean>();

/** An IANA zone name the runtime knows (`America/New_York`, `UTC`). Cached: checked once per name. */
export function isValidZone(zone: string): boolean {
  let valid = validity.get(zone);
  if (valid === undefined) {
    valid = typeof zone === 'string' && zone.length > 0 && IANAZone.isValidZone(zone);
    validity.set(zone, valid);
  }
  return valid;
}

/** A close IANA name for a misspelt zone (`America/New York` → `America/New_York`), if one exists. */
export function suggestZone(zone: string): string | undefined {
  const known = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  const normal = (z: string) => z.toLowerCase().replace(/[\s_-]+/g, '_');
  const wanted = normal(zone);
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const candidate = normal(name);
    const city = candidate.slice(candidate.lastIndexOf('/') + 1);
    const score = Math.min(editDistance(wanted, candidate), wanted.includes('/') ? Infinity : editDistance(wanted, city));
    if (!best || score < best.score || (score === best.score && name < best.name)) best = { name, score };
  }
  return best && best.score <= Math.max(2, Math.floor(wanted.length / 5)) ? best.name : undefined;
}

/** The sentence an `invalid-zone` diagnostic ends with. */
export function zoneAdvice(zone: string): string {
  const suggestion = suggestZone(zone);
  return suggestion ? `Write ${suggestion} instead.` : 'Write an IANA time-zone name such as America/New_York, Europe/London or UTC.';
}
