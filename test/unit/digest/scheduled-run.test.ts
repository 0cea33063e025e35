import { describe, expect, it } from 'vitest';
import type { DigestPlanJob } from '../../../functions/domain/digest/ports.js';
import { createPlanDigestHandler } from '../../../functions/handlers/plan-digest.js';
import { runTimeOf } from '../../../functions/triggers/scheduled-run.js';
import { aStory, aSubscriber, MemoryEditions, MemoryQueue, MemorySubscribers, MemoryWatermarks } from '../../support/digest-fixtures.js';

const TUESDAY = new Date('2026-12-01T03:00:00Z');

describe('a scheduled planner run', () => {
  it('plans the slot it was scheduled for, even when Lambda retries it later', async () => {
    const queue = new MemoryQueue<DigestPlanJob>();
    const story = aStory({ storedAt: '2026-11-28T00:00:00.000Z' });
    const handler = createPlanDigestHandler(
      () => ({
        stories: { getStory: async () => story, listStoredBetween: async () => [story] },
        editions: new MemoryEditions(),
        dueSubscribers: new MemorySubscribers([aSubscriber({ timeZone: 'Asia/Hong_Kong' })]),
        planQueue: queue,
        watermarks: new MemoryWatermarks(),
        maxItemsPerEdition: 10,
      }),
      () => TUESDAY,
    );
    // Scheduled for Monday 08:00 in Hong Kong, retried on Tuesday: the Monday readers are due.
    const result = await handler({ scheduledTime: '2026-11-30T00:00:00Z' });
    expect(result.slotsDue).toBe(1);
    expect(queue.jobs).toEqual([{ kind: 'digest-plan', slot: 'Asia/Hong_Kong#1#08', week: '2026-W49' }]);
  });

  it('falls back to the clock when the event carries no readable time', () => {
    expect(runTimeOf(undefined, () => TUESDAY)).toBe(TUESDAY);
    expect(runTimeOf({ scheduledTime: 'soon' }, () => TUESDAY)).toBe(TUESDAY);
    expect(runTimeOf({ scheduledTime: '2026-11-30T00:00:00Z' }, () => TUESDAY).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});
