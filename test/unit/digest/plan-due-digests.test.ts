import { describe, expect, it } from 'vitest';
import { planDigestPage, planDueDigests, type PlanDueDigestsDeps } from '../../../functions/domain/digest/plan-due-digests.js';
import type { DigestPlanJob, DigestSendJob } from '../../../functions/domain/digest/ports.js';
import type { StoryReader } from '../../../functions/domain/ports.js';
import { REGIONS } from '../../../functions/taxonomy/regions.js';
import { aStory, aSubscriber, MemoryEditions, MemoryQueue, MemorySubscribers, MemoryWatermarks } from '../../support/digest-fixtures.js';

const MONDAY_8AM_HONG_KONG = new Date('2026-11-30T00:00:00Z');
const ZONES = ['Asia/Hong_Kong', 'Europe/Berlin', 'America/New_York'];

function setUp(subscribers: MemorySubscribers) {
  let storyReads = 0;
  const stories: StoryReader = {
    getStory: async () => undefined,
    listStoredBetween: async () => {
      storyReads += 1;
      return [aStory({ jurisdictions: ['HK'], storedAt: '2026-11-28T00:00:00.000Z' })];
    },
  };
  const editions = new MemoryEditions();
  const planQueue = new MemoryQueue<DigestPlanJob>();
  const sendQueue = new MemoryQueue<DigestSendJob>();
  const deps: PlanDueDigestsDeps = {
    stories,
    editions,
    dueSubscribers: subscribers,
    planQueue,
    watermarks: new MemoryWatermarks(),
    maxItemsPerEdition: 10,
    zones: ZONES,
  };
  const pageDeps = { editions, dueSubscribers: subscribers, planQueue, sendQueue, autoSendRegion: (region: string) => region !== 'europe', pageSize: 2 };
  /** Works the planning queue as the workers would, page by page. */
  const workPages = async () => {
    let pages = 0;
    while (planQueue.jobs.length > 0) {
      await planDigestPage(pageDeps, planQueue.jobs.shift()!);
      pages += 1;
    }
    return pages;
  };
  return { deps, pageDeps, editions, planQueue, sendQueue, workPages, storyReads: () => storyReads };
}

describe('hourly planning of the readers now due', () => {
  it('reads only the due readers, a page per worker, and queues one send job each', async () => {
    const due = Array.from({ length: 5 }, (_, i) => aSubscriber({ subscriberId: `due-${i}`, timeZone: 'Asia/Hong_Kong', regions: ['hk'] }));
    const notYet = [
      aSubscriber({ timeZone: 'Europe/Berlin', regions: ['hk'] }),
      aSubscriber({ timeZone: 'Asia/Hong_Kong', digestWeekday: 5, digestHour: 8, regions: ['hk'] }),
    ];
    const subscribers = new MemorySubscribers([...due, ...notYet, aSubscriber({ timeZone: 'Asia/Hong_Kong', paused: true })]);
    const { deps, planQueue, sendQueue, workPages } = setUp(subscribers);

    const result = await planDueDigests(deps, MONDAY_8AM_HONG_KONG);
    expect(result).toMatchObject({ hoursPlanned: 1, slotsDue: 1 });
    expect(planQueue.jobs).toEqual([{ kind: 'digest-plan', slot: 'Asia/Hong_Kong#1#08', week: '2026-W49' }]);
    expect(await workPages()).toBe(3);
    expect(sendQueue.jobs.map((job) => job.subscriberId).sort()).toEqual(due.map((s) => s.subscriberId));
    // One probe of the slot, then each due reader once: nobody else is read.
    expect(subscribers.itemsRead).toBe(1 + due.length);
  });

  it('composes every region edition once per week, before any worker reads one', async () => {
    const subscribers = new MemorySubscribers([
      aSubscriber({ timeZone: 'Asia/Hong_Kong', regions: ['hk'] }),
      aSubscriber({ timeZone: 'Europe/Berlin', regions: ['hk'] }),
    ]);
    const { deps, editions, workPages, storyReads } = setUp(subscribers);
    await planDueDigests(deps, MONDAY_8AM_HONG_KONG);
    expect(editions.creations).toBe(REGIONS.length);
    await workPages();
    // Berlin's 08:00 comes seven hours later (the run catches up at most four hours): the
    // week's editions stand and are not recomposed.
    const sent = editions.items.get('hk#2026-W49');
    const later = await planDueDigests(deps, new Date('2026-11-30T07:00:00Z'));
    await workPages();
    expect(later).toMatchObject({ hoursPlanned: 4, slotsDue: 1, editionsComposed: 0 });
    expect(editions.creations).toBe(REGIONS.length);
    // The week's stories are read once a run, to keep the drafts live; an edition that began
    // sending is never touched again.
    expect(storyReads()).toBe(2);
    expect(editions.items.get('hk#2026-W49')).toBe(sent);
    expect(sent?.status).toBe('sending');
  });

  it('plans an hour once however often the schedule fires for it', async () => {
    const subscribers = new MemorySubscribers([aSubscriber({ timeZone: 'Asia/Hong_Kong' })]);
    const { deps, planQueue } = setUp(subscribers);
    await planDueDigests(deps, MONDAY_8AM_HONG_KONG);
    await planDueDigests(deps, MONDAY_8AM_HONG_KONG);
    expect(planQueue.jobs).toHaveLength(1);
  });

  it('queues nobody whose only region waits for an editor, and counts them as missed', async () => {
    const subscribers = new MemorySubscribers([aSubscriber({ timeZone: 'Asia/Hong_Kong', regions: ['europe'] })]);
    const { deps, sendQueue, editions, planQueue, pageDeps } = setUp(subscribers);
    await planDueDigests(deps, MONDAY_8AM_HONG_KONG);
    expect(await planDigestPage(pageDeps, planQueue.jobs.shift()!)).toMatchObject({ jobsEnqueued: 0, readersMissed: 1 });
    expect(sendQueue.jobs).toEqual([]);
    expect(editions.items.get('europe#2026-W49')?.status).toBe('draft');
  });

  it('sends a reader who waited for an editor once the edition is approved, and only once', async () => {
    const reader = aSubscriber({ timeZone: 'Asia/Hong_Kong', regions: ['europe'] });
    const subscribers = new MemorySubscribers([reader]);
    const { deps, sendQueue, editions, workPages } = setUp(subscribers);
    await planDueDigests(deps, MONDAY_8AM_HONG_KONG);
    await workPages();
    expect(sendQueue.jobs).toEqual([]);

    // An hour later the editor approves; the reader's 08:00 has passed, but their wait is kept.
    await editions.moveEdition('europe#2026-W49', 'draft', 'approved');
    const oneHourLater = new Date('2026-11-30T01:00:00Z');
    expect(await planDueDigests(deps, oneHourLater)).toMatchObject({ slotsReleased: 1 });
    await workPages();
    expect(sendQueue.jobs).toEqual([{ kind: 'digest', week: '2026-W49', subscriberId: reader.subscriberId }]);
    expect(await planDueDigests(deps, new Date('2026-11-30T02:00:00Z'))).toMatchObject({ slotsReleased: 0 });
  });

  it('sends a draft as it stands at the send time: stories stored after an editor last saved it are in', async () => {
    const subscribers = new MemorySubscribers([aSubscriber({ timeZone: 'Asia/Hong_Kong', regions: ['hk'] })]);
    const { deps, editions, workPages } = setUp(subscribers);
    await editions.createEdition({
      editionId: 'hk#2026-W49',
      regionId: 'hk',
      regionName: 'Hong Kong',
      week: '2026-W49',
      status: 'draft',
      items: [],
      composedAt: '2026-11-25T00:00:00.000Z',
    });
    await planDueDigests(deps, MONDAY_8AM_HONG_KONG);
    await workPages();
    expect(editions.items.get('hk#2026-W49')?.items).toHaveLength(1);
  });
});
