import { describe, expect, it } from 'vitest';
import { digestSlotOf, hoursToPlan, slotsDueAt } from '../../../functions/domain/digest/digest-slots.js';
import { aSubscriber } from '../../support/digest-fixtures.js';

const slotsOf = (utc: string, zones: string[]) => slotsDueAt(new Date(utc), zones).map((due) => due.slot);

describe('digest slots', () => {
  it('index a reader under their zone and chosen send time, Monday 08:00 unless they chose', () => {
    expect(digestSlotOf(aSubscriber({ timeZone: 'Asia/Hong_Kong' }))).toBe('Asia/Hong_Kong#1#08');
    expect(digestSlotOf(aSubscriber({ timeZone: 'Europe/Berlin', digestWeekday: 5, digestHour: 17 }))).toBe('Europe/Berlin#5#17');
  });

  it('leave out everyone who must get no digest', () => {
    expect(digestSlotOf(aSubscriber({ paused: true }))).toBeUndefined();
    expect(digestSlotOf(aSubscriber({ status: 'pending' }))).toBeUndefined();
    expect(digestSlotOf(aSubscriber({ frequency: 'instant' }))).toBeUndefined();
    expect(digestSlotOf(aSubscriber({ suppressedAt: '2026-11-01T00:00:00Z' }))).toBeUndefined();
    expect(digestSlotOf(aSubscriber({ frequency: 'both' }))).toBe('Asia/Hong_Kong#1#08');
  });

  it('make Monday 08:00 due in each zone at its own UTC hour, with the week read there', () => {
    expect(slotsDueAt(new Date('2026-11-30T00:00:00Z'), ['Asia/Hong_Kong'])).toEqual([
      { slot: 'Asia/Hong_Kong#1#08', timeZone: 'Asia/Hong_Kong', week: '2026-W49' },
    ]);
    expect(slotsOf('2026-11-30T07:00:00Z', ['Europe/Berlin'])).toEqual(['Europe/Berlin#1#08']);
    // Auckland's Monday 08:00 is Sunday evening in UTC.
    expect(slotsDueAt(new Date('2026-11-29T19:00:00Z'), ['Pacific/Auckland'])[0]).toMatchObject({ slot: 'Pacific/Auckland#1#08', week: '2026-W49' });
    // Half-hour zones: 08:30 local is the first planner hour of their eight o'clock.
    expect(slotsOf('2026-11-30T03:00:00Z', ['Asia/Kolkata'])).toEqual(['Asia/Kolkata#1#08']);
  });

  it('follow summer time with no change to any stored key', () => {
    expect(slotsOf('2026-06-29T07:00:00Z', ['Europe/London'])).toEqual(['Europe/London#1#08']);
    expect(slotsOf('2026-11-30T08:00:00Z', ['Europe/London'])).toEqual(['Europe/London#1#08']);
  });

  it('plan the hour a zone skips when it springs forward, and a repeated hour once', () => {
    // New York, Sunday 8 March 2026: 02:00 never happens; 03:00 EDT is 07:00 UTC.
    expect(slotsOf('2026-03-08T07:00:00Z', ['America/New_York'])).toEqual(['America/New_York#7#02', 'America/New_York#7#03']);
    // Sunday 1 November 2026: 01:00 happens twice, at 05:00 and 06:00 UTC.
    expect(slotsOf('2026-11-01T05:00:00Z', ['America/New_York'])).toEqual(['America/New_York#7#01']);
    expect(slotsOf('2026-11-01T06:00:00Z', ['America/New_York'])).toEqual([]);
  });

  it('cover each local hour of a week exactly once per zone, across a change of clocks', () => {
    const seen = new Map<string, number>();
    // Berlin's clocks go back on Sunday 25 October 2026.
    const start = Date.parse('2026-10-19T00:00:00Z');
    for (let hour = 0; hour < 24 * 14; hour += 1) {
      for (const due of slotsDueAt(new Date(start + hour * 3_600_000), ['Europe/Berlin'])) {
        const key = `${due.week}#${due.slot}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    expect([...seen.values()].every((times) => times === 1)).toBe(true);
    expect(seen.has('2026-W44#Europe/Berlin#7#02')).toBe(true);
  });

  it('catch up the hours a failed run left, and no further back than four', () => {
    const now = new Date('2026-11-30T10:20:00Z');
    expect(hoursToPlan(undefined, now).map((d) => d.toISOString())).toEqual(['2026-11-30T10:00:00.000Z']);
    expect(hoursToPlan('2026-11-30T10:00:00.000Z', now)).toEqual([]);
    expect(hoursToPlan('2026-11-30T08:00:00.000Z', now).map((d) => d.toISOString())).toEqual(['2026-11-30T09:00:00.000Z', '2026-11-30T10:00:00.000Z']);
    expect(hoursToPlan('2026-11-29T00:00:00.000Z', now)).toHaveLength(4);
  });
});
