import { describe, expect, it } from 'vitest';
import { hasOffset, ISO_WITH_OFFSET } from '../../src/time/offset.js';

describe('hasOffset: the one "has an offset" check', () => {
  it('is true for a date-time ending in Z or a numeric offset', () => {
    for (const text of [
      '2026-12-01T09:00:00Z',
      '2026-12-01T09:00z',
      '2026-12-01T09:00-05:00',
      '2026-12-01T09:00:00.000+0530',
      '2026-12-01T09:00+05',
      '20261201T0900Z',
    ])
      expect(hasOffset(text), text).toBe(true);
  });

  it('is false for a date alone, a wall clock, or a zone name in brackets', () => {
    for (const text of ['2026-12-01', '2026-12', '2026-12-01T09:00', '2026-12-01T09:00:00', '2026-12-01T09:00[Europe/Zurich]', ''])
      expect(hasOffset(text), text).toBe(false);
  });

  it('ISO_WITH_OFFSET takes the forms a file may write, and no bare date', () => {
    expect(ISO_WITH_OFFSET.test('2026-12-02 10:00Z')).toBe(true);
    expect(ISO_WITH_OFFSET.test('2026-12-01T9:00:30.5 -05:00')).toBe(true);
    expect(ISO_WITH_OFFSET.test('2026-12-01-05:00')).toBe(false);
    expect(ISO_WITH_OFFSET.test('2026-12-01T09:00')).toBe(false);
  });
});
