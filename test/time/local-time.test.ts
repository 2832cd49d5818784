import { describe, expect, it } from 'vitest';
import { resolveLocalTime } from '../../src/time/local-time.js';

function instant(value: string, zone: string) {
  const result = resolveLocalTime(value, zone);
  if (!result.ok) throw new Error(result.message);
  return result;
}
const offsetIso = (value: string, zone: string) => instant(value, zone).instant.toISO({ suppressMilliseconds: true });

describe('local times in America/New_York', () => {
  it('rejects 2027-03-14 02:30 (spring-forward gap), naming the gap and suggesting 03:00', () => {
    const result = resolveLocalTime('2027-03-14 02:30', 'America/New_York');
    expect(result).toMatchObject({ ok: false, rule: 'nonexistent-local-time' });
    expect(!result.ok && result.message).toBe(
      '2027-03-14 02:30 does not exist in America/New_York: clocks jump from 02:00 to 03:00. Write 2027-03-14 03:00 instead.',
    );
  });

  it('resolves 2026-11-01 01:30 (fall-back overlap) to the earlier instant, -04:00, with a warning naming both offsets', () => {
    const result = instant('2026-11-01 01:30', 'America/New_York');
    expect(result.instant.toISO({ suppressMilliseconds: true })).toBe('2026-11-01T01:30:00-04:00');
    expect(result.ambiguous?.later.toISO({ suppressMilliseconds: true })).toBe('2026-11-01T01:30:00-05:00');
    expect(result.ambiguous?.message).toContain('happens twice in America/New_York');
    expect(result.ambiguous?.message).toContain('write 2026-11-01T01:30-05:00');
  });

  it('takes an explicit offset in the overlap as written, without a warning', () => {
    const result = instant('2026-11-01T01:30-05:00', 'America/New_York');
    expect(result.ambiguous).toBeUndefined();
    expect(result.instant.toUTC().toISO({ suppressMilliseconds: true })).toBe('2026-11-01T06:30:00Z');
  });
});

describe('local times in Europe/London', () => {
  it('rejects 2027-03-28 01:30 (gap from 01:00 to 02:00)', () => {
    const result = resolveLocalTime('2027-03-28 01:30', 'Europe/London');
    expect(!result.ok && result.message).toContain('clocks jump from 01:00 to 02:00. Write 2027-03-28 02:00 instead.');
  });

  it('resolves 2026-10-25 01:30 (overlap) to the earlier instant, BST +01:00', () => {
    const result = instant('2026-10-25 01:30', 'Europe/London');
    expect(result.instant.toISO({ suppressMilliseconds: true })).toBe('2026-10-25T01:30:00+01:00');
    expect(result.ambiguous?.message).toContain('clocks go back from 02:00 to 01:00');
  });
});

describe('local times in Australia/Lord_Howe (30-minute daylight-saving shift)', () => {
  it('rejects 2026-10-04 02:15: clocks jump from 02:00 to 02:30', () => {
    const result = resolveLocalTime('2026-10-04 02:15', 'Australia/Lord_Howe');
    expect(!result.ok && result.message).toBe(
      '2026-10-04 02:15 does not exist in Australia/Lord_Howe: clocks jump from 02:00 to 02:30. Write 2026-10-04 02:30 instead.',
    );
  });

  it('resolves 2027-04-04 01:45 (overlap) to the earlier instant, +11:00, and names +10:30 for the later one', () => {
    const result = instant('2027-04-04 01:45', 'Australia/Lord_Howe');
    expect(result.instant.toISO({ suppressMilliseconds: true })).toBe('2027-04-04T01:45:00+11:00');
    expect(result.ambiguous?.message).toContain('write 2027-04-04T01:45+10:30');
    expect(result.ambiguous?.message).toContain('clocks go back from 02:00 to 01:30');
  });
});

describe('zones with odd or no daylight saving', () => {
  it('places Asia/Kathmandu times at +05:45', () => {
    expect(offsetIso('2026-12-01 09:00', 'Asia/Kathmandu')).toBe('2026-12-01T09:00:00+05:45');
  });

  it.each(['Europe/Moscow', 'Asia/Bangkok'])('finds every local time of a year exactly once in %s (no daylight saving)', (zone) => {
    for (let month = 1; month <= 12; month++) {
      for (const clock of ['00:30', '01:30', '02:30', '03:30']) {
        const result = resolveLocalTime(`2027-${String(month).padStart(2, '0')}-${month === 3 || month === 10 ? '28' : '14'} ${clock}`, zone);
        expect(result.ok && result.ambiguous === undefined).toBe(true);
      }
    }
  });
});

describe('how times may be written', () => {
  it('accepts an ISO string with Z', () => {
    expect(instant('2026-12-02T10:00Z', 'Europe/London').instant.toUTC().toISO()).toBe('2026-12-02T10:00:00.000Z');
  });

  it('rejects 25:00 with an example of what to write', () => {
    const result = resolveLocalTime('2026-12-01 25:00', 'UTC');
    expect(result).toMatchObject({ ok: false, rule: 'invalid-time' });
    expect(!result.ok && result.message).toContain('Write a date and time like 2026-12-01 09:00');
  });

  it('rejects 2027-02-29, which is not a date', () => {
    expect(resolveLocalTime('2027-02-29 09:00', 'UTC')).toMatchObject({ ok: false, rule: 'invalid-time' });
  });

  it('accepts a bare date only where a date is allowed, as the start of that day', () => {
    expect(resolveLocalTime('2026-12-24', 'UTC')).toMatchObject({ ok: false, rule: 'invalid-time' });
    const day = resolveLocalTime('2026-12-24', 'Asia/Kathmandu', { allowDate: true });
    expect(day.ok && day.instant.toISO({ suppressMilliseconds: true })).toBe('2026-12-24T00:00:00+05:45');
  });
});

describe('days that start inside a gap', () => {
  it('starts 2026-09-06 in America/Santiago at 01:00, when clocks jump from midnight', () => {
    const day = resolveLocalTime('2026-09-06', 'America/Santiago', { allowDate: true });
    expect(day.ok && day.instant.toISO({ suppressMilliseconds: true })).toBe('2026-09-06T01:00:00-03:00');
  });
});
