/**
 * The Dynamo adapters' conditional writes through the real SDK client, against dynalite and,
 * where Java is present, Amazon's DynamoDB Local.
 */
import { describe, expect, it } from 'vitest';
import { DynamoDeliveryRepository } from '../../functions/adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../../functions/adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { composeEdition } from '../../functions/domain/digest/edition.js';
import { findRegion } from '../../functions/taxonomy/regions.js';
import { aStory } from '../support/digest-fixtures.js';
import { describeEachDynamoBackend } from '../support/local-services.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

describeEachDynamoBackend('the Dynamo adapters', (local) => {
  describe('stories in DynamoDB', () => {
    it('stores a story once, ignores an identical copy and counts revisions of a changed one', async () => {
      const stories = new DynamoStoryRepository(local().dynamo, local().tables.Stories);
      const story = aStory({ storedAt: '2026-11-28T10:00:00.000Z' });
      expect(await saveIngestedStory(stories, story)).toBe('created');
      expect(await saveIngestedStory(stories, { ...story, storedAt: '2026-11-29T10:00:00.000Z' })).toBe('unchanged');
      expect(await saveIngestedStory(stories, { ...story, title: `${story.title} (updated)`, storedAt: '2026-11-29T10:00:00.000Z' })).toBe('updated');
      const stored = await stories.getStory(story.storyId);
      expect(stored).toMatchObject({ title: `${story.title} (updated)`, revision: 1, storedAt: '2026-11-28T10:00:00.000Z' });
    });

    it('makes a story given as text and a maker only when it writes it', async () => {
      const stories = new DynamoStoryRepository(local().dynamo, local().tables.Stories);
      const story = aStory({ storedAt: '2026-11-28T11:00:00.000Z' });
      let made = 0;
      const lazily = (version: typeof story) => ({ text: version, make: () => ((made += 1), version) });
      expect(await saveIngestedStory(stories, lazily(story))).toBe('created');
      expect(made).toBe(1);
      // The same text again: nothing to write, so nothing is made (no classifying).
      expect(await saveIngestedStory(stories, lazily({ ...story, inScope: !story.inScope }))).toBe('unchanged');
      expect(made).toBe(1);
      expect((await stories.getStory(story.storyId))?.inScope).toBe(story.inScope);
      expect(await saveIngestedStory(stories, lazily({ ...story, summary: `${story.summary} More.` }))).toBe('updated');
      expect(made).toBe(2);
    });

    it('lists the stories stored in a time range across days, oldest first within a day', async () => {
      const stories = new DynamoStoryRepository(local().dynamo, local().tables.Stories);
      const inRange = [aStory({ storedAt: '2026-12-01T23:59:00.000Z' }), aStory({ storedAt: '2026-12-02T00:01:00.000Z' })];
      const outside = aStory({ storedAt: '2026-12-03T00:00:00.000Z' });
      for (const s of [...inRange, outside]) await saveIngestedStory(stories, s);
      const listed = await stories.listStoredBetween('2026-12-01T00:00:00.000Z', '2026-12-03T00:00:00.000Z');
      expect(listed.map((s) => s.storyId)).toEqual(inRange.map((s) => s.storyId));
    });
  });

  describe('editions in DynamoDB', () => {
    it('keeps the first edition composed for a region and week', async () => {
      const editions = new DynamoEditionRepository(local().dynamo, local().tables.Editions);
      const region = findRegion('hk')!;
      const now = new Date('2026-11-30T00:00:00Z');
      const first = composeEdition(region, '2026-W49', [aStory({ title: 'first' })], { maxItems: 5, now });
      const second = composeEdition(region, '2026-W49', [aStory({ title: 'second' })], { maxItems: 5, now });
      await editions.createEdition(first);
      expect((await editions.createEdition(second)).items[0].title).toBe('first');
      expect(await editions.moveEdition(first.editionId, 'draft', 'approved')).toBe(true);
      expect(await editions.moveEdition(first.editionId, 'draft', 'approved')).toBe(false);
    });

    it('keeps the slots held for an edition apart from it: an editor saving the edition drops none', async () => {
      const editions = new DynamoEditionRepository(local().dynamo, local().tables.Editions);
      const edition = composeEdition(findRegion('europe')!, '2026-W49', [], { maxItems: 5, now: new Date('2026-11-30T00:00:00Z') });
      await editions.createEdition(edition);
      await editions.holdSlot(edition.editionId, 'Asia/Hong_Kong#1#08');
      await editions.holdSlot(edition.editionId, 'Asia/Hong_Kong#1#08');
      expect(await editions.saveEdition({ ...edition, blurb: 'A note', version: 1 }, { version: 0, status: 'draft' })).toBe(true);
      await editions.holdSlot(edition.editionId, 'Europe/Berlin#1#08');
      expect((await editions.heldSlots(edition.editionId)).sort()).toEqual(['Asia/Hong_Kong#1#08', 'Europe/Berlin#1#08']);
      // The held slots are not an edition of the region.
      expect((await editions.listRegionEditions('europe', 5)).map((e) => e.editionId)).toEqual([edition.editionId]);
      await editions.releaseSlots(edition.editionId, ['Asia/Hong_Kong#1#08']);
      expect(await editions.heldSlots(edition.editionId)).toEqual(['Europe/Berlin#1#08']);
    });
  });

  describe('delivery claims in DynamoDB', () => {
    const key = (n: number) => ({ deliveryId: `digest#2026-W49#subscriber-${n}`, subscriberId: `subscriber-${n}` });
    const now = new Date('2026-11-30T00:00:00Z');
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

    it('lets one worker claim a delivery and refuses a second until the lease runs out', async () => {
      const deliveries = new DynamoDeliveryRepository(local().dynamo, local().tables.Deliveries);
      expect(await deliveries.claimDelivery(key(1), now, 60)).toBe('claimed');
      expect(await deliveries.claimDelivery(key(1), later(30), 60)).toBe('in-flight');
      expect(await deliveries.claimDelivery(key(1), later(61), 60)).toBe('claimed');
    });

    it('never gives out a sent delivery again, and gives out a failed one', async () => {
      const deliveries = new DynamoDeliveryRepository(local().dynamo, local().tables.Deliveries);
      await deliveries.claimDelivery(key(2), now, 60);
      await deliveries.recordSent(key(2).deliveryId, 'message-2', now);
      expect(await deliveries.claimDelivery(key(2), later(3600), 60)).toBe('already-sent');

      await deliveries.claimDelivery(key(3), now, 60);
      await deliveries.recordFailure(key(3).deliveryId, 'throttled', false, now);
      expect(await deliveries.claimDelivery(key(3), later(1), 60)).toBe('claimed');

      await deliveries.claimDelivery(key(4), now, 60);
      await deliveries.recordFailure(key(4).deliveryId, 'rejected', true, now);
      expect(await deliveries.claimDelivery(key(4), later(3600), 60)).toBe('permanently-failed');
    });

    it('lets only one of many simultaneous claims win', async () => {
      const deliveries = new DynamoDeliveryRepository(local().dynamo, local().tables.Deliveries);
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => deliveries.claimDelivery(key(5), now, 60)));
      expect(outcomes.filter((o) => o === 'claimed')).toHaveLength(1);
    });
  });
});
