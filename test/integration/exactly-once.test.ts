/**
 * Fault injection on the local stack: 1,000 subscribers, SES throttling on a share of calls,
 * workers that crash half-way through a batch or between claiming and sending, every SQS
 * message delivered twice, and the schedule firing twice. Afterwards the SES emulator must hold
 * exactly one digest (and one alert) per subscriber.
 */
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAlertAllowance } from '../../functions/adapters/dynamo/alert-allowance.js';
import { DynamoDeliveryRepository } from '../../functions/adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../../functions/adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo/subscriber-repository.js';
import { DynamoWatermarkStore } from '../../functions/adapters/dynamo/watermark-store.js';
import { SesMailer } from '../../functions/adapters/ses/ses-mailer.js';
import { matchAlerts } from '../../functions/domain/alerts/match-alerts.js';
import type { DigestPlanJob } from '../../functions/domain/digest/ports.js';
import type { JobQueue } from '../../functions/domain/ports.js';
import { TransientSendError } from '../../functions/domain/errors.js';
import type { Mailer } from '../../functions/domain/ports.js';
import { createPlanDigestHandler } from '../../functions/handlers/plan-digest.js';
import { createPlanDigestPageHandler } from '../../functions/handlers/plan-digest-page.js';
import type { SendJob } from '../../functions/triggers/job-messages.js';
import { createSendEmailHandler } from '../../functions/handlers/send-email.js';
import { pacedMailer, sendEmailDeps } from '../../functions/wiring/delivery.js';
import { deliverySettingsFrom } from '../../functions/wiring/delivery-settings.js';
import { InProcessQueue } from '../../functions/local/in-process-queue.js';
import { LOCAL_SUBSCRIBER_KEY } from '../../functions/local/local-app.js';
import { startLocalStack, type LocalStack, type StoredEmail } from '../../functions/local/local-stack.js';
import { aStory, aSubscriber } from '../support/digest-fixtures.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

const SUBSCRIBERS = 1_000;
const MONDAY_8AM_HONG_KONG = new Date('2026-11-30T00:00:00Z');

/** A seeded generator, so a failing run can be replayed exactly. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Thrown where a worker dies: nothing after it in that invocation runs. */
class WorkerCrash extends Error {
  constructor() {
    super('worker crashed');
    this.name = 'WorkerCrash';
  }
}

/** Every message enqueued twice: SQS's at-least-once delivery, at its worst. */
function duplicating<T>(queue: JobQueue<T>): JobQueue<T> {
  return { enqueue: async (jobs) => queue.enqueue([...jobs, ...jobs]) };
}

describe(`exactly once, with faults, for ${SUBSCRIBERS} subscribers`, () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack();
    const subscribers = new DynamoSubscriberRepository(stack.dynamo, stack.tables.Subscribers);
    const regions = [['hk'], ['europe'], ['asia-pacific', 'hk'], ['greater-china']];
    // A hundred writes in flight at a time: a thousand at once can outwait the client's
    // connection timeout on a busy machine.
    for (let start = 0; start < SUBSCRIBERS; start += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, SUBSCRIBERS - start) }, (_, offset) => {
          const index = start + offset;
          return subscribers.putSubscriber(
            aSubscriber({
              subscriberId: `subscriber-${String(index).padStart(4, '0')}`,
              email: `reader-${index}@reader.example`,
              regions: regions[index % regions.length],
              frequency: 'both',
              timeZone: 'Asia/Hong_Kong',
            }),
          );
        }),
      );
    }
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  function composeSender(now: () => Date, random: () => number) {
    const { dynamo, tables } = stack;
    const subscribers = new DynamoSubscriberRepository(dynamo, tables.Subscribers);
    const realDeliveries = new DynamoDeliveryRepository(dynamo, tables.Deliveries);
    let sends = 0;
    const faults = { throttled: 0, crashedBeforeSend: 0 };
    const throttlingSes = (inner: Mailer): Mailer => ({
      async send(email) {
        sends += 1;
        if (random() < 0.15) {
          faults.throttled += 1;
          throw new TransientSendError('TooManyRequestsException: Maximum sending rate exceeded');
        }
        // Now and then a worker dies after claiming, before SES: its claim has no message id.
        if (sends % 97 === 0) {
          faults.crashedBeforeSend += 1;
          throw new WorkerCrash();
        }
        return inner.send(email);
      },
    });
    // A crashed worker records nothing: its claim stays open until the lease runs out.
    const deliveries: typeof realDeliveries = Object.assign(Object.create(realDeliveries), {
      recordFailure: async (id: string, reason: string, permanent: boolean, at: Date) => {
        if (reason === 'worker crashed') throw new WorkerCrash();
        return realDeliveries.recordFailure(id, reason, permanent, at);
      },
    });
    const settings = deliverySettingsFrom({ SES_MAX_SEND_RATE: '1000' });
    const handler = createSendEmailHandler(() =>
      sendEmailDeps({
        subscribers,
        stories: new DynamoStoryRepository(dynamo, tables.Stories),
        editions: new DynamoEditionRepository(dynamo, tables.Editions),
        deliveries,
        allowance: new DynamoAlertAllowance(dynamo, tables.Deliveries),
        // One in-place retry only, so most throttled sends go back to the queue.
        mailer: pacedMailer(throttlingSes(new SesMailer(stack.ses, 'digest@newsdesk.localhost')), 1000, { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 }),
        publicBaseUrl: 'https://newsdesk.example',
        subscriberKey: LOCAL_SUBSCRIBER_KEY,
        settings,
        now,
      }),
    );
    let batches = 0;
    // Every fifth batch, the worker dies half-way: the first half is done, nothing is reported.
    const crashingHandler = async (event: SQSEvent) => {
      batches += 1;
      if (batches % 5 === 0) {
        await handler({ Records: event.Records.slice(0, Math.floor(event.Records.length / 2)) });
        throw new WorkerCrash();
      }
      return handler(event);
    };
    return { crashingHandler, faults, subscribers };
  }

  function countByRecipient(emails: readonly StoredEmail[], subjectPattern: RegExp): Map<string, number> {
    const counts = new Map<string, number>();
    for (const email of emails.filter((e) => subjectPattern.test(e.subject))) {
      for (const to of email.destination.to) counts.set(to, (counts.get(to) ?? 0) + 1);
    }
    return counts;
  }

  it('sends every subscriber exactly one weekly digest', async () => {
    const stories = new DynamoStoryRepository(stack.dynamo, stack.tables.Stories);
    for (const jurisdictions of [['HK'], ['IE', 'EU'], ['CN'], ['JP']]) {
      await saveIngestedStory(stories, aStory({ jurisdictions, storedAt: '2026-11-27T10:00:00.000Z' }));
    }
    // The clock moves a minute per batch, so crashed claims' five-minute leases run out.
    let tick = 0;
    const now = () => new Date(MONDAY_8AM_HONG_KONG.getTime() + tick * 60_000);
    const { crashingHandler, faults, subscribers } = composeSender(now, seededRandom(42));
    const queue = new InProcessQueue<SendJob>('send-jobs', { batchSize: 10, maxReceiveCount: 50 });
    const planQueue = new InProcessQueue<DigestPlanJob>('digest-plan-jobs', { batchSize: 2, maxReceiveCount: 5 });
    const editions = new DynamoEditionRepository(stack.dynamo, stack.tables.Editions);
    const planDigest = createPlanDigestHandler(() => ({
      stories,
      editions,
      dueSubscribers: subscribers,
      planQueue,
      watermarks: new DynamoWatermarkStore(stack.dynamo, stack.tables.Editions),
      maxItemsPerEdition: 10,
    }));
    // Pages of 100: the fan-out hands the 1,000 readers to ten worker runs. The two planner
    // runs below each start a chain of pages, so every page is planned twice.
    const planPage = createPlanDigestPageHandler(() => ({
      editions,
      dueSubscribers: subscribers,
      planQueue,
      sendQueue: duplicating(queue),
      autoSendRegion: () => true,
      pageSize: 100,
    }));
    // The schedule fires twice for the same hour, at the same moment.
    const scheduled = { scheduledTime: MONDAY_8AM_HONG_KONG.toISOString() };
    const planned = await Promise.all([planDigest(scheduled), planDigest(scheduled)]);
    const pages = await planQueue.drain(planPage);
    const report = await queue.drain(async (event) => {
      tick += 1;
      return crashingHandler(event);
    });

    const counts = countByRecipient(await stack.listEmails(), /^Newsdesk 2026-W49/);
    expect(faults.throttled).toBeGreaterThan(50);
    expect(faults.crashedBeforeSend).toBeGreaterThan(5);
    expect(report.failedAttempts).toBeGreaterThan(0);
    expect(planned.map((run) => run.slotsDue)).toEqual([1, 1]);
    // Per chain, ten full pages and the empty one that a full last page leads to.
    expect(pages.delivered).toBe(22);
    expect(planQueue.deadLetters).toHaveLength(0);
    expect(queue.deadLetters).toHaveLength(0);
    expect(counts.size).toBe(SUBSCRIBERS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 600_000);

  it('sends every subscriber exactly one alert for a window', async () => {
    await stack.clearEmails();
    const stories = new DynamoStoryRepository(stack.dynamo, stack.tables.Stories);
    for (const jurisdictions of [['HK'], ['IE', 'EU'], ['CN']]) {
      await saveIngestedStory(stories, aStory({ jurisdictions, score: 0.9, storedAt: '2026-11-30T00:03:00.000Z' }));
    }
    const watermarks = new DynamoWatermarkStore(stack.dynamo, stack.tables.Editions);
    await watermarks.advanceWatermark('alerts', undefined, '2026-11-30T00:00:00.000Z');
    let tick = 0;
    const matchTime = new Date('2026-11-30T00:13:00Z');
    const now = () => new Date(matchTime.getTime() + tick * 60_000);
    const { crashingHandler, faults, subscribers } = composeSender(now, seededRandom(7));
    const queue = new InProcessQueue<SendJob>('send-jobs', { batchSize: 10, maxReceiveCount: 50 });
    const matchDeps = {
      stories,
      listAlertSubscribers: () => subscribers.listAlertSubscribers(),
      watermarks,
      sendQueue: duplicating(queue),
      settings: deliverySettingsFrom({}).alerts,
    };
    // Two matcher runs at once read the same watermark; then a late third one finds nothing new.
    await Promise.all([matchAlerts(matchDeps, matchTime), matchAlerts(matchDeps, matchTime)]);
    expect((await matchAlerts(matchDeps, matchTime)).jobsEnqueued).toBe(0);
    await queue.drain(async (event) => {
      tick += 1;
      return crashingHandler(event);
    });

    const counts = countByRecipient(await stack.listEmails(), /^Newsdesk alert/);
    expect(faults.throttled).toBeGreaterThan(50);
    expect(queue.deadLetters).toHaveLength(0);
    expect(counts.size).toBe(SUBSCRIBERS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 300_000);
});
