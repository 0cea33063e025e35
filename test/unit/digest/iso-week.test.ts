import { describe, expect, it } from 'vitest';
import { isoWeekOf, startOfIsoWeek } from '../../../functions/domain/digest/iso-week.js';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-29T12:00:00Z', '2026-W48'],
    ['2026-11-30T00:00:00Z', '2026-W49'],
    ['2024-12-30T10:00:00Z', '2025-W01'],
    ['2021-01-03T10:00:00Z', '2020-W53'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
  ])('labels %s as %s', (instant, week) => {
    expect(isoWeekOf(new Date(instant))).toBe(week);
  });

  it('finds the Monday that starts a week, and round-trips', () => {
    expect(startOfIsoWeek('2025-W01').toISOString()).toBe('2024-12-30T00:00:00.000Z');
    expect(isoWeekOf(startOfIsoWeek('2020-W53'))).toBe('2020-W53');
  });

  it('refuses a label that is not a week', () => {
    expect(() => startOfIsoWeek('2026-48')).toThrow(/not an ISO week label/);
  });
});
