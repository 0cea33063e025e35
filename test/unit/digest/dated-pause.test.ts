/** A pause with an end date: no digest while it lasts, and the reader is back on their own after it. */
import { describe, expect, it } from 'vitest';
import { digestSlotOf } from '../../../functions/domain/digest/digest-slots.js';
import { planDigestPage, planDueDigests, type PlanDueDigestsDeps } from '../../../functions/domain/digest/plan-due-digests.js';
import type { DigestPlanJob, DigestSendJob } from '../../../functions/domain/digest/ports.js';
import type { StoryReader } from '../../../functions/domain/ports.js';
import { checkPauseDate, PauseDateError, pausedUntil, startOfLocalDate } from '../../../functions/domain/subscriptions/pause.js';
import type { ExpectedVersion } from '../../../functions/domain/subscriptions/ports.js';
import type { Subscriber } from '../../../functions/domain/subscriptions/types.js';
import { aStory, aSubscriber, MemoryEditions, MemoryQueue, MemorySubscribers, MemoryWatermarks } from '../../support/digest-fixtures.js';

/** The slot index in memory, with the store's conditional write (what the planner resumes through). */
class VersionedSubscribers extends MemorySubscribers {
  async saveSubscriber(subscriber: Subscriber, expected: ExpectedVersion): Promise<boolean> {
    const current = this.items.get(subscriber.subscriberId);
    if (expected.absent ? current !== undefined : (current?.version ?? 0) !== expected.version) return false;
    this.items.set(subscriber.subscriberId, { ...subscriber, version: (current?.version ?? 0) + 1 });
    return true;
  }
}

const ZONES = ['Asia/Hong_Kong'];
/** Monday 08:00 in Hong Kong, four Mondays running. */
const mondays = ['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21'].map((day) => new Date(`${day}T00:00:00Z`));

function planner(subscribers: VersionedSubscribers) {
  const stories: StoryReader = {
    getStory: async () => undefined,
    listStoredBetween: async (from) => [aStory({ jurisdictions: ['HK'], storedAt: from })],
  };
  const editions = new MemoryEditions();
  const planQueue = new MemoryQueue<DigestPlanJob>();
  const sendQueue = new MemoryQueue<DigestSendJob>();
  const deps: PlanDueDigestsDeps = {
    stories,
    editions,
    dueSubscribers: subscribers,
    pausedReaders: subscribers,
    planQueue,
    watermarks: new MemoryWatermarks(),
    maxItemsPerEdition: 10,
    zones: ZONES,
  };
  /** The planner's run at `now`, then the workers': the subscribers sent to. */
  const runAt = async (now: Date) => {
    sendQueue.jobs.length = 0;
    await planDueDigests(deps, now);
    while (planQueue.jobs.length > 0) {
      await planDigestPage({ editions, dueSubscribers: subscribers, planQueue, sendQueue, autoSendRegion: () => true, pageSize: 10 }, planQueue.jobs.shift()!);
    }
    return sendQueue.jobs.map((job) => job.subscriberId).sort();
  };
  return { runAt };
}

describe('a dated pause', () => {
  it('ends at the start of the chosen date in the reader’s own time zone', () => {
    expect(startOfLocalDate('2026-12-14', 'Asia/Hong_Kong').toISOString()).toBe('2026-12-13T16:00:00.000Z');
    expect(startOfLocalDate('2026-12-14', 'Asia/Kolkata').toISOString()).toBe('2026-12-13T18:30:00.000Z');
    expect(startOfLocalDate('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('skips the digests until the date, and sends again from the first one after it', async () => {
    const reader = aSubscriber({ subscriberId: 'pausing', timeZone: 'Asia/Hong_Kong', regions: ['hk'] });
    const other = aSubscriber({ subscriberId: 'steady', timeZone: 'Asia/Hong_Kong', regions: ['hk'] });
    const subscribers = new VersionedSubscribers([pausedUntil(reader, '2026-12-14', new Date('2026-11-29T00:00:00Z')), other]);
    // Out of the digest slot while paused: the planner never reads them as due.
    expect(digestSlotOf(subscribers.items.get('pausing')!)).toBe('resume#2026-12-13');
    const { runAt } = planner(subscribers);

    expect(await runAt(mondays[0])).toEqual(['steady']);
    expect(await runAt(mondays[1])).toEqual(['steady']);
    // 14 December has begun in Hong Kong: back in the slot, with every choice as it was.
    expect(await runAt(mondays[2])).toEqual(['pausing', 'steady']);
    const back = subscribers.items.get('pausing')!;
    expect(back).toMatchObject({ paused: false, regions: ['hk'], timeZone: 'Asia/Hong_Kong' });
    expect(back.pausedUntil).toBeUndefined();
    expect(await runAt(mondays[3])).toEqual(['pausing', 'steady']);
  });

  it('brings a reader back even when the planner missed the day the pause ended', async () => {
    const reader = aSubscriber({ subscriberId: 'late', timeZone: 'Asia/Hong_Kong', regions: ['hk'] });
    const subscribers = new VersionedSubscribers([pausedUntil(reader, '2026-12-13', new Date('2026-11-29T00:00:00Z'))]);
    const { runAt } = planner(subscribers);
    expect(await runAt(mondays[2])).toEqual(['late']);
  });

  it('keeps an open-ended pause out of every slot', () => {
    expect(digestSlotOf(aSubscriber({ paused: true }))).toBeUndefined();
  });

  it('refuses a date that is not after today, too far off, or not a date', () => {
    const now = new Date('2026-11-29T20:00:00Z'); // already 30 November in Hong Kong
    const reason = (date: string) => {
      try {
        checkPauseDate(date, 'Asia/Hong_Kong', now);
        return 'accepted';
      } catch (error) {
        return error instanceof PauseDateError ? error.reason : 'other';
      }
    };
    expect(reason('2026-11-30')).toBe('not-after-today');
    expect(reason('2026-12-01')).toBe('accepted');
    expect(reason('2028-01-01')).toBe('too-far');
    expect(reason('2026-02-30')).toBe('not-a-date');
    expect(reason('next week')).toBe('not-a-date');
  });
});
