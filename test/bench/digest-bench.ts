/**
 * Digest delivery figures: planning and rendering for 10,000 and 100,000 subscribers kept in
 * the local table, against a naive render per subscriber; sends per second into the SES
 * emulator; table writes per delivered email.
 */
import { BatchWriteItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { DynamoDeliveryRepository } from '../../functions/adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../../functions/adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo/subscriber-repository.js';
import { SesMailer } from '../../functions/adapters/ses/ses-mailer.js';
import { planDigest } from '../../functions/domain/digest/plan-digest.js';
import type { Edition } from '../../functions/domain/digest/edition.js';
import { segmentKeyFor } from '../../functions/domain/digest/personal-digest.js';
import type { DigestSendJob, EditionRepository } from '../../functions/domain/digest/ports.js';
import { createDigestSender, type SendDigestDeps } from '../../functions/domain/digest/send-digest.js';
import type { Subscriber } from '../../functions/domain/subscriptions/types.js';
import { addressingWith, listIdFor } from '../../functions/wiring/delivery.js';
import { LOCAL_SUBSCRIBER_KEY } from '../../functions/local/local-app.js';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack.js';
import { aStory, aSubscriber, MemoryDeliveries, MemoryQueue } from '../support/digest-fixtures.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';
import { digestEmails } from '../../functions/web/email/digest-email.js';

const NOW = new Date('2026-11-30T00:00:00Z');
const REGION_CHOICES = [['hk'], ['europe'], ['asia-pacific'], ['hk', 'asia-pacific'], ['greater-china'], ['north-america'], ['gb'], ['eu', 'gb']];
const TOPIC_CHOICES = [[], ['ai-training'], ['enforcement', 'breach'], ['children']];

function subscriberNumber(index: number): Subscriber {
  return aSubscriber({
    subscriberId: `bench-${String(index).padStart(6, '0')}`,
    email: `reader-${index}@reader.example`,
    regions: REGION_CHOICES[index % REGION_CHOICES.length],
    topics: TOPIC_CHOICES[Math.floor(index / REGION_CHOICES.length) % TOPIC_CHOICES.length],
    timeZone: 'Asia/Hong_Kong',
  });
}

async function seedSubscribers(client: DynamoDBClient, table: string, count: number): Promise<void> {
  const batches: Subscriber[][] = [];
  for (let start = 0; start < count; start += 25) {
    batches.push(Array.from({ length: Math.min(25, count - start) }, (_, k) => subscriberNumber(start + k)));
  }
  // A few batches in flight at once; dynalite answers each in a few milliseconds.
  for (let i = 0; i < batches.length; i += 8) {
    await Promise.all(
      batches.slice(i, i + 8).map((batch) =>
        client.send(
          new BatchWriteItemCommand({
            RequestItems: { [table]: batch.map((s) => ({ PutRequest: { Item: marshall(s, { removeUndefinedValues: true }) } })) },
          }),
        ),
      ),
    );
  }
}

/** Peak resident memory while `work` runs, sampled every 10 ms. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1_048_576) };
  } finally {
    clearInterval(sampler);
  }
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function benchScale(stack: LocalStack, count: number) {
  const { dynamo, tables } = stack;
  await seedSubscribers(dynamo, tables.Subscribers, count);
  const subscribers = new DynamoSubscriberRepository(dynamo, tables.Subscribers);
  const editions = new DynamoEditionRepository(dynamo, tables.Editions);
  const queue = new MemoryQueue<DigestSendJob>();
  const planned = await measure(() =>
    planDigest(
      {
        stories: new DynamoStoryRepository(dynamo, tables.Stories),
        editions,
        subscribers,
        sendQueue: queue,
        maxItemsPerEdition: 10,
        autoSendRegion: () => true,
      },
      NOW,
    ),
  );

  // Rendering as the sender does it, with the I/O taken out: subscribers and editions from
  // memory, claims in memory, a mailer that only counts. One sender works the whole batch (its
  // segment cache renders once per segment); the naive reference takes a fresh sender per job,
  // which renders once per subscriber.
  const byId = new Map((await subscribers.listDigestSubscribers()).map((s) => [s.subscriberId, s]));
  const editionCache = new Map<string, Promise<Edition | undefined>>();
  const cachedEditions: EditionRepository = {
    ...editions,
    getEdition: (id) => editionCache.get(id) ?? (editionCache.set(id, editions.getEdition(id)), editionCache.get(id)!),
    createEdition: (e) => editions.createEdition(e),
    moveEdition: (id, from, to) => editions.moveEdition(id, from, to),
    saveEdition: (e, seen) => editions.saveEdition(e, seen),
    listRegionEditions: (id, limit) => editions.listRegionEditions(id, limit),
    holdSlot: (id, slot) => editions.holdSlot(id, slot),
    heldSlots: (id) => editions.heldSlots(id),
    releaseSlots: (id, slots) => editions.releaseSlots(id, slots),
  };
  const deps = (): SendDigestDeps => ({
    subscribers: { getSubscriber: async (id) => byId.get(id), putSubscriber: async () => {}, listDigestSubscribers: async () => [] },
    editions: cachedEditions,
    deliveries: new MemoryDeliveries(),
    mailer: { send: async () => 'id' },
    emails: digestEmails,
    publicBaseUrl: 'https://newsdesk.example',
    listId: listIdFor('https://newsdesk.example'),
    addressingFor: addressingWith('https://newsdesk.example', LOCAL_SUBSCRIBER_KEY),
    autoSendRegion: () => true,
    isSuppressed: async () => false,
    leaseSeconds: 300,
    now: () => NOW,
  });
  const segmentRender = await measure(async () => {
    const sender = createDigestSender(deps());
    const segments = new Set<string>();
    for (const job of queue.jobs) {
      const subscriber = byId.get(job.subscriberId)!;
      segments.add(segmentKeyFor(subscriber.regions, subscriber.topics));
      await sender(job);
    }
    return segments.size;
  });
  const naiveRender = await measure(async () => {
    for (const job of queue.jobs) await createDigestSender(deps())(job);
    return queue.jobs.length;
  });
  return {
    subscribers: count,
    plan: { seconds: round(planned.seconds), peakMb: planned.peakMb, jobs: planned.result.jobsEnqueued },
    render: { seconds: round(segmentRender.seconds), peakMb: segmentRender.peakMb, renders: segmentRender.result },
    naiveRender: { seconds: round(naiveRender.seconds), peakMb: naiveRender.peakMb, renders: naiveRender.result },
    renderSpeedup: round(naiveRender.seconds / segmentRender.seconds, 1),
  };
}

/** Sends through the real sender into the SES emulator, counting the table writes it makes. */
async function benchSends(stack: LocalStack, count: number) {
  const { dynamo, tables } = stack;
  let writes = 0;
  let reads = 0;
  dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      if (['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand'].includes(context.commandName ?? '')) writes += 1;
      if (['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand'].includes(context.commandName ?? '')) reads += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  const subscribers = new DynamoSubscriberRepository(dynamo, tables.Subscribers);
  const queue = new MemoryQueue<DigestSendJob>();
  await planDigest(
    {
      stories: new DynamoStoryRepository(dynamo, tables.Stories),
      editions: new DynamoEditionRepository(dynamo, tables.Editions),
      subscribers,
      sendQueue: queue,
      maxItemsPerEdition: 10,
      autoSendRegion: () => true,
    },
    NOW,
  );
  const jobs = queue.jobs.slice(0, count);
  const sender = createDigestSender({
    subscribers,
    editions: new DynamoEditionRepository(dynamo, tables.Editions),
    deliveries: new DynamoDeliveryRepository(dynamo, tables.Deliveries),
    mailer: new SesMailer(stack.ses, 'digest@newsdesk.localhost'),
    emails: digestEmails,
    publicBaseUrl: 'https://newsdesk.example',
    listId: listIdFor('https://newsdesk.example'),
    addressingFor: addressingWith('https://newsdesk.example', LOCAL_SUBSCRIBER_KEY),
    autoSendRegion: () => true,
    isSuppressed: async (s) => subscribers.isSuppressed(s.subscriberId),
    leaseSeconds: 300,
    now: () => NOW,
  });
  writes = 0;
  reads = 0;
  const started = performance.now();
  // Ten at a time, as one SQS batch is worked.
  let sent = 0;
  for (let i = 0; i < jobs.length; i += 10) {
    const outcomes = await Promise.all(jobs.slice(i, i + 10).map((job) => sender(job)));
    sent += outcomes.filter((o) => o === 'sent').length;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    emails: sent,
    sendsPerSecond: round(sent / seconds, 1),
    tableWritesPerEmail: round(writes / sent, 2),
    tableReadsPerEmail: round(reads / sent, 2),
    // Ten in flight at once, as one SQS batch: each email held a sender for ten times its share.
    senderSecondsPerEmail: round((seconds * 10) / sent, 4),
  };
}

export async function benchDigest(scales: readonly number[] = [10_000, 100_000]): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = {};
  for (const count of scales) {
    const stack = await startLocalStack();
    try {
      const stories = new DynamoStoryRepository(stack.dynamo, stack.tables.Stories);
      for (const jurisdictions of [['HK'], ['CN'], ['TW'], ['JP'], ['SG'], ['IE', 'EU'], ['FR'], ['GB'], ['US'], ['US-CA'], ['CA']]) {
        for (const topics of [
          ['privacy', 'ai-training'],
          ['privacy', 'enforcement'],
          ['privacy', 'breach'],
          ['privacy', 'children'],
        ]) {
          await saveIngestedStory(stories, aStory({ jurisdictions, topics, storedAt: '2026-11-27T10:00:00.000Z' }));
        }
      }
      figures[`subscribers${count}`] = await benchScale(stack, count);
      if (count === scales[0]) figures.sending = await benchSends(stack, 1_000);
    } finally {
      await stack.stop();
    }
  }
  return figures;
}
