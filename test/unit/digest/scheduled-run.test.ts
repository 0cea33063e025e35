import { describe, expect, it } from 'vitest';
import type { DigestSendJob } from '../../../functions/domain/digest/ports.js';
import { createPlanDigestHandler } from '../../../functions/handlers/plan-digest.js';
import { runTimeOf } from '../../../functions/handlers/scheduled-run.js';
import { aStory, aSubscriber, MemoryEditions, MemoryQueue, MemorySubscribers } from '../../support/digest-fixtures.js';

const TUESDAY = new Date('2026-12-01T03:00:00Z');

describe('a scheduled planner run', () => {
  it('plans the slot it was scheduled for, even when Lambda retries it later', async () => {
    const queue = new MemoryQueue<DigestSendJob>();
    const story = aStory({ storedAt: '2026-11-28T00:00:00.000Z' });
    const handler = createPlanDigestHandler(
      () => ({
        stories: { saveStory: async () => 'created', getStory: async () => story, listStoredBetween: async () => [story] },
        editions: new MemoryEditions(),
        subscribers: new MemorySubscribers([aSubscriber({ timeZone: 'Asia/Hong_Kong' })]),
        sendQueue: queue,
        maxItemsPerEdition: 10,
        autoSendRegion: () => true,
      }),
      () => TUESDAY,
    );
    // Scheduled for Monday 08:00 in Hong Kong, retried on Tuesday: the Monday readers are due.
    const result = await handler({ scheduledTime: '2026-11-30T00:00:00Z' });
    expect(result.subscribersDue).toBe(1);
    expect(queue.jobs).toHaveLength(1);
  });

  it('falls back to the clock when the event carries no readable time', () => {
    expect(runTimeOf(undefined, () => TUESDAY)).toBe(TUESDAY);
    expect(runTimeOf({ scheduledTime: 'soon' }, () => TUESDAY)).toBe(TUESDAY);
    expect(runTimeOf({ scheduledTime: '2026-11-30T00:00:00Z' }, () => TUESDAY).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});
