/** "Everything, worldwide": one region of every jurisdiction, its edition composed and sent like any other. */
import { describe, expect, it } from 'vitest';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { assembleDigest } from '../../../functions/domain/digest/personal-digest.js';
import { planDigestPage } from '../../../functions/domain/digest/plan-due-digests.js';
import type { DigestPlanJob, DigestSendJob } from '../../../functions/domain/digest/ports.js';
import { JURISDICTIONS } from '../../../functions/taxonomy/taxonomy.js';
import { EVERYWHERE_REGION_ID, findRegion } from '../../../functions/taxonomy/regions.js';
import { aStory, aSubscriber, MemoryEditions, MemoryQueue, MemorySubscribers } from '../../support/digest-fixtures.js';

const NOW = new Date('2026-11-30T00:00:00Z');

describe('everything, worldwide', () => {
  const everywhere = findRegion(EVERYWHERE_REGION_ID)!;
  const stories = [
    aStory({
      storyId: 'hk',
      jurisdictions: ['HK'],
      source: 'Harbour Post',
      title: 'Ferry operator leaks passenger manifests',
      summary: 'Passenger manifests were left on an open server.',
    }),
    aStory({
      storyId: 'jp',
      jurisdictions: ['JP'],
      source: 'Kanto Daily',
      title: 'Ramen chain fined over loyalty card tracking',
      summary: 'Regulators fined the chain for tracking cardholders without consent.',
    }),
    aStory({
      storyId: 'us-ca',
      jurisdictions: ['US-CA'],
      source: 'Valley Ledger',
      title: 'Sacramento bill limits licence-plate readers',
      summary: 'Lawmakers voted to cap how long plate scans are kept.',
    }),
    aStory({
      storyId: 'ie-eu',
      jurisdictions: ['IE', 'EU'],
      source: 'Liffey Times',
      title: 'Regulator orders social app to stop profiling teenagers',
      summary: 'The commission ordered an end to profiling of under-18 users across the union.',
    }),
  ];

  it('covers every jurisdiction of the taxonomy', () => {
    expect(everywhere.kind).toBe('group');
    expect([...everywhere.jurisdictions].sort()).toEqual(JURISDICTIONS.map((j) => j.code).sort());
  });

  it('puts every region’s stories in one edition, and one digest', () => {
    const edition = composeEdition(everywhere, '2026-W49', stories, { maxItems: 10, now: NOW });
    expect(edition.items.map((item) => item.storyId).sort()).toEqual(['hk', 'ie-eu', 'jp', 'us-ca']);
    const digest = assembleDigest('2026-W49', [edition], []);
    expect(digest.storyCount).toBe(4);
    expect(digest.sections).toHaveLength(1);
  });

  it('is planned and sent like any region', async () => {
    const editions = new MemoryEditions();
    await editions.createEdition({ ...composeEdition(everywhere, '2026-W49', stories, { maxItems: 10, now: NOW }), status: 'approved' });
    const reader = aSubscriber({ subscriberId: 'worldwide', regions: [EVERYWHERE_REGION_ID], timeZone: 'Asia/Hong_Kong' });
    const subscribers = new MemorySubscribers([reader]);
    const sendQueue = new MemoryQueue<DigestSendJob>();
    const result = await planDigestPage(
      { editions, dueSubscribers: subscribers, planQueue: new MemoryQueue<DigestPlanJob>(), sendQueue, autoSendRegion: () => false, pageSize: 10 },
      { kind: 'digest-plan', slot: 'Asia/Hong_Kong#1#08', week: '2026-W49' },
    );
    expect(result.jobsEnqueued).toBe(1);
    expect(sendQueue.jobs).toEqual([{ kind: 'digest', week: '2026-W49', subscriberId: 'worldwide' }]);
  });
});
