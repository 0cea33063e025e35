import { describe, expect, it } from 'vitest';
import { isDigestDue } from '../../../functions/domain/digest/send-time.js';
import { digestWeekFor } from '../../../functions/domain/digest/plan-digest.js';

// Monday 30 November 2026, 00:00 UTC: 08:00 in Hong Kong, 01:00 in Berlin, Sunday 16:00 in Los Angeles.
const MONDAY_MIDNIGHT_UTC = new Date('2026-11-30T00:00:00Z');

describe('the weekly send time, in each reader’s own time zone', () => {
  it('is due at 08:00 Monday local time and not before', () => {
    expect(isDigestDue('Asia/Hong_Kong', MONDAY_MIDNIGHT_UTC)).toBe(true);
    expect(isDigestDue('Asia/Hong_Kong', new Date('2026-11-29T23:59:00Z'))).toBe(false);
    expect(isDigestDue('Europe/Berlin', MONDAY_MIDNIGHT_UTC)).toBe(false);
    expect(isDigestDue('America/Los_Angeles', MONDAY_MIDNIGHT_UTC)).toBe(false);
  });

  it('stays due for a few hours, so a late planner run still reaches everyone', () => {
    expect(isDigestDue('Europe/Berlin', new Date('2026-11-30T07:00:00Z'))).toBe(true);
    expect(isDigestDue('Europe/Berlin', new Date('2026-11-30T11:00:00Z'))).toBe(false);
  });

  it('follows daylight saving time', () => {
    // 08:00 in London is 07:00 UTC in summer and 08:00 UTC in winter.
    expect(isDigestDue('Europe/London', new Date('2026-06-29T07:00:00Z'))).toBe(true);
    expect(isDigestDue('Europe/London', new Date('2026-11-30T07:00:00Z'))).toBe(false);
  });

  it('labels the digest with the reader’s local week, not the UTC one', () => {
    // Monday 08:00 in Auckland is still Sunday in UTC.
    const aucklandMonday = new Date('2026-11-29T19:00:00Z');
    expect(isDigestDue('Pacific/Auckland', aucklandMonday)).toBe(true);
    expect(digestWeekFor({ timeZone: 'Pacific/Auckland' }, aucklandMonday)).toBe('2026-W49');
  });
});
