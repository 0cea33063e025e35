import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoRateLimiter } from '../../../functions/adapters/dynamo/rate-limiter.js';
import { DynamoSubscriberDeliveries } from '../../../functions/adapters/dynamo/subscriber-deliveries.js';
import { DynamoSubscriberRepository } from '../../../functions/adapters/dynamo/subscriber-repository.js';
import { DynamoSuppressionList } from '../../../functions/adapters/dynamo/suppression-list.js';
import type { Subscriber } from '../../../functions/domain/subscriptions/types.js';
import { describeEachDynamoBackend } from '../../support/local-services.js';

function aSubscriber(subscriberId: string, overrides: Partial<Subscriber> = {}): Subscriber {
  return {
    subscriberId,
    email: `${subscriberId}@example.com`,
    status: 'confirmed',
    regions: ['hk'],
    topics: [],
    frequency: 'both',
    timeZone: 'UTC',
    paused: false,
    consent: { textVersion: 'v', signedUpAt: '2026-01-01T00:00:00Z', sourcePage: '/subscribe' },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

describeEachDynamoBackend('the subscriber adapters', (local) => {
  const repository = () => new DynamoSubscriberRepository(local().dynamo, local().tables.Subscribers);

  describe('the subscriber repository', () => {
    it('writes only against the version that was read', async () => {
      const id = 'a'.repeat(32);
      expect(await repository().saveSubscriber(aSubscriber(id), { absent: true })).toBe(true);
      expect(await repository().saveSubscriber(aSubscriber(id), { absent: true })).toBe(false);
      expect((await repository().getSubscriber(id))?.version).toBe(1);

      expect(await repository().saveSubscriber(aSubscriber(id, { paused: true }), { version: 1 })).toBe(true);
      expect(await repository().saveSubscriber(aSubscriber(id, { paused: false }), { version: 1 })).toBe(false);
      expect(await repository().getSubscriber(id)).toMatchObject({ paused: true, version: 2 });
    });

    it('can take over a record written without a version, once', async () => {
      const id = 'b'.repeat(32);
      await repository().putSubscriber(aSubscriber(id));
      expect(await repository().saveSubscriber(aSubscriber(id, { regions: ['jp'] }), { version: 0 })).toBe(true);
      expect(await repository().saveSubscriber(aSubscriber(id, { regions: ['kr'] }), { version: 0 })).toBe(false);
    });

    it('lists for digests and alerts only the confirmed, unpaused, unsuppressed who asked for them', async () => {
      const listed = new DynamoSubscriberRepository(local().dynamo, (await local().createTables()).Subscribers);
      await listed.putSubscriber(aSubscriber('weekly', { frequency: 'weekly' }));
      await listed.putSubscriber(aSubscriber('instant', { frequency: 'instant' }));
      await listed.putSubscriber(aSubscriber('both', { frequency: 'both' }));
      await listed.putSubscriber(aSubscriber('pending', { status: 'pending' }));
      await listed.putSubscriber(aSubscriber('unsubscribed', { status: 'unsubscribed' }));
      await listed.putSubscriber(aSubscriber('paused', { paused: true }));
      await listed.putSubscriber(aSubscriber('bounced', { suppressedAt: '2026-02-01T00:00:00Z' }));

      expect((await listed.listDigestSubscribers()).map((s) => s.subscriberId).sort()).toEqual(['both', 'weekly']);
      expect((await listed.listAlertSubscribers()).map((s) => s.subscriberId).sort()).toEqual(['both', 'instant']);
    });

    it('indexes each digest reader under their send time alone, and moves them as they change', async () => {
      const indexed = new DynamoSubscriberRepository(local().dynamo, (await local().createTables()).Subscribers);
      for (const id of ['r1', 'r2', 'r3']) await indexed.putSubscriber(aSubscriber(id, { timeZone: 'Asia/Hong_Kong', regions: ['hk', 'asia-pacific'] }));
      await indexed.putSubscriber(aSubscriber('friday', { timeZone: 'Asia/Hong_Kong', digestWeekday: 5, digestHour: 18 }));
      await indexed.putSubscriber(aSubscriber('alerts-only', { timeZone: 'Asia/Hong_Kong', frequency: 'instant' }));
      const slot = 'Asia/Hong_Kong#1#08';

      const first = await indexed.listDueSubscribers(slot, { limit: 2 });
      expect(first.subscribers).toEqual([
        { subscriberId: 'r1', regions: ['hk', 'asia-pacific'] },
        { subscriberId: 'r2', regions: ['hk', 'asia-pacific'] },
      ]);
      const second = await indexed.listDueSubscribers(slot, { after: first.next, limit: 2 });
      expect(second.subscribers.map((s) => s.subscriberId)).toEqual(['r3']);
      expect((await indexed.listDueSubscribers('Asia/Hong_Kong#5#18', { limit: 10 })).subscribers.map((s) => s.subscriberId)).toEqual(['friday']);

      // A read-modify-write carries the old slot back in: the write must replace it.
      const r1 = (await indexed.getSubscriber('r1'))!;
      expect(await indexed.saveSubscriber({ ...r1, paused: true }, { version: 0 })).toBe(true);
      const r2 = (await indexed.getSubscriber('r2'))!;
      expect(await indexed.saveSubscriber({ ...r2, timeZone: 'Europe/Berlin' }, { version: 0 })).toBe(true);
      expect((await indexed.listDueSubscribers(slot, { limit: 10 })).subscribers.map((s) => s.subscriberId)).toEqual(['r3']);
      expect((await indexed.listDueSubscribers('Europe/Berlin#1#08', { limit: 10 })).subscribers.map((s) => s.subscriberId)).toEqual(['r2']);
    });
  });

  describe('the suppression list', () => {
    it('keeps a keyed hash and a reason, answers every sender, and is lifted on request', async () => {
      const suppressions = new DynamoSuppressionList(local().dynamo, local().tables.Subscribers);
      const id = 'c'.repeat(32);
      expect(await repository().isSuppressed(id)).toBe(false);

      await suppressions.suppress({ subscriberId: id, reason: 'complaint', detail: 'abuse', suppressedAt: '2026-02-01T00:00:00Z' });

      expect(await repository().isSuppressed(id)).toBe(true);
      expect(await suppressions.getSuppression(id)).toEqual({ subscriberId: id, reason: 'complaint', detail: 'abuse', suppressedAt: '2026-02-01T00:00:00Z' });
      expect(await repository().getSubscriber(id)).toBeUndefined();
      await suppressions.lift(id);
      expect(await repository().isSuppressed(id)).toBe(false);
    });
  });

  describe('the rate limiter', () => {
    it('counts within a window, across limiter instances, and starts again in the next window', async () => {
      const first = new DynamoRateLimiter(local().dynamo, local().tables.Subscribers);
      const second = new DynamoRateLimiter(local().dynamo, local().tables.Subscribers);
      const start = new Date('2026-03-02T10:00:05Z');

      expect(await first.consume('address#x', 2, 3600, start)).toBe(true);
      expect(await second.consume('address#x', 2, 3600, start)).toBe(true);
      expect(await first.consume('address#x', 2, 3600, new Date('2026-03-02T10:59:59Z'))).toBe(false);
      expect(await second.consume('address#x', 2, 3600, new Date('2026-03-02T11:00:00Z'))).toBe(true);
      expect(await first.consume('address#y', 2, 3600, start)).toBe(true);
    });
  });

  describe('a subscriber’s deliveries', () => {
    it('are found through the index by subscriber and all deleted', async () => {
      const deliveries = new DynamoSubscriberDeliveries(local().dynamo, local().tables.Deliveries);
      const put = (item: Record<string, unknown>) => local().dynamo.send(new PutItemCommand({ TableName: local().tables.Deliveries, Item: marshall(item) }));
      await put({ deliveryId: 'digest#2026-W10#d1', subscriberId: 'd1', state: 'sent' });
      await put({ deliveryId: 'allowance#d1#2026-03-02', subscriberId: 'd1', spentOn: new Set(['alert#1']) });
      await put({ deliveryId: 'digest#2026-W10#d2', subscriberId: 'd2', state: 'sent' });

      expect((await deliveries.listDeliveries('d1')).map((d) => d.deliveryId).sort()).toEqual(['allowance#d1#2026-03-02', 'digest#2026-W10#d1']);
      expect(await deliveries.deleteDeliveries('d1')).toBe(2);
      expect(await deliveries.listDeliveries('d1')).toEqual([]);
      expect(await deliveries.listDeliveries('d2')).toHaveLength(1);
    });
  });
});
