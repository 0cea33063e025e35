/** One malformed queue message fails alone: the other records of its batch are done and not retried. */
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InMemoryFeedStateRepository } from '../../support/in-memory-feed-state-repository.js';
import type { FeedSource } from '../../../functions/domain/feeds/types.js';
import { createFetchFeedHandler } from '../../../functions/handlers/fetch-feed.js';
import { createPlanDigestPageHandler } from '../../../functions/handlers/plan-digest-page.js';
import { createSendEmailHandler } from '../../../functions/handlers/send-email.js';
import { planDueDigests } from '../../../functions/domain/digest/plan-due-digests.js';
import type { DigestPlanJob, DigestSendJob } from '../../../functions/domain/digest/ports.js';
import {
  aStory,
  aSubscriber,
  MemoryDeliveries,
  MemoryEditions,
  MemoryMailer,
  MemoryQueue,
  MemorySubscribers,
  MemoryWatermarks,
} from '../../support/digest-fixtures.js';
import { classifyByKeyword, CountingStoryRepository, fetched, rssDocument, ScriptedFetcher } from '../feeds/support/fakes.js';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { digestEmails } from '../../../functions/web/email/digest-email.js';

function batch(...bodies: string[]): SQSEvent {
  return { Records: bodies.map((body, index) => ({ messageId: `m-${index}`, body })) } as unknown as SQSEvent;
}

const SOURCE: FeedSource = { feedId: 'feed-a', name: 'Harbour Wire', url: 'https://news.example/feed', kind: 'rss' };

describe('the feed worker', () => {
  it.each([
    ['not JSON', '{"source": '],
    ['JSON without a source', '{"feed": "https://news.example/feed"}'],
    ['a source without a url', '{"source": {"feedId": "x", "name": "X", "kind": "rss"}}'],
    ['JSON null', 'null'],
  ])('reports only the malformed record (%s) as failed, and ingests the others', async (_what, malformed) => {
    const stories = new CountingStoryRepository();
    const fetcher = new ScriptedFetcher(() => fetched(rssDocument([{ title: 'Watchdog fines a clinic over patient files', link: 'https://news.example/a' }])));
    const handler = createFetchFeedHandler(() => ({
      fetcher,
      feedStates: new InMemoryFeedStateRepository(),
      stories,
      classify: classifyByKeyword,
      now: () => new Date('2026-11-30T00:00:00Z'),
    }));

    const result = await handler(
      batch(JSON.stringify({ source: SOURCE }), malformed, JSON.stringify({ source: { ...SOURCE, feedId: 'feed-b', url: 'https://news.example/b' } })),
    );

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
    expect(fetcher.calls.map((call) => call.url)).toEqual(['https://news.example/feed', 'https://news.example/b']);
  });

  it('reports every record of a batch that failed whole, each on its own, instead of failing the invocation', async () => {
    const fetcher = new ScriptedFetcher(() => fetched(rssDocument([])));
    const handler = createFetchFeedHandler(() => ({
      fetcher,
      feedStates: new InMemoryFeedStateRepository(),
      stories: new CountingStoryRepository(),
      classify: classifyByKeyword,
      now: () => new Date('2026-11-30T00:00:00Z'),
    }));

    const result = await handler(batch('not a job', '{"source": null}'));

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }, { itemIdentifier: 'm-1' }]);
    expect(fetcher.calls).toEqual([]);
  });
});

describe('the digest planning worker', () => {
  async function setUp() {
    const due = ['due-0', 'due-1', 'due-2'].map((subscriberId) => aSubscriber({ subscriberId, timeZone: 'Asia/Hong_Kong', regions: ['hk'] }));
    const subscribers = new MemorySubscribers(due);
    const editions = new MemoryEditions();
    const planQueue = new MemoryQueue<DigestPlanJob>();
    const sendQueue = new MemoryQueue<DigestSendJob>();
    const stories = {
      saveStory: async () => 'created' as const,
      getStory: async () => undefined,
      listStoredBetween: async () => [aStory({ jurisdictions: ['HK'], storedAt: '2026-11-28T00:00:00.000Z' })],
    };
    await planDueDigests(
      { stories, editions, dueSubscribers: subscribers, planQueue, watermarks: new MemoryWatermarks(), maxItemsPerEdition: 10, zones: ['Asia/Hong_Kong'] },
      new Date('2026-11-30T00:00:00Z'),
    );
    const [job] = planQueue.jobs.splice(0);
    const handler = createPlanDigestPageHandler(() => ({
      editions,
      dueSubscribers: subscribers,
      planQueue,
      sendQueue,
      autoSendRegion: () => true,
      pageSize: 10,
    }));
    return { job, handler, sendQueue };
  }

  it('retries only the page that failed, and plans the others', async () => {
    const { job, handler, sendQueue } = await setUp();

    const result = await handler(batch('{"kind": "digest-plan", "slot": ', JSON.stringify(job)));

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }]);
    expect(sendQueue.jobs.map((sendJob) => sendJob.subscriberId).sort()).toEqual(['due-0', 'due-1', 'due-2']);
  });

  it('reports a batch of one failed page as that record, so SQS counts its receives towards the dead-letter queue', async () => {
    const { handler, sendQueue } = await setUp();

    const result = await handler(batch('[not json'));

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }]);
    expect(sendQueue.jobs).toEqual([]);
  });
});

describe('the sender', () => {
  it.each([
    ['not JSON', 'digest please'],
    ['an unknown kind', '{"kind": "newsletter", "week": "2026-W49", "subscriberId": "s"}'],
    ['a digest job without a subscriber', '{"kind": "digest", "week": "2026-W49"}'],
    ['an array', '[]'],
  ])('reports only the malformed record (%s) as failed, and sends the others', async (_what, malformed) => {
    const ada = aSubscriber({ email: 'ada@reader.example', regions: ['hk'] });
    const bruno = aSubscriber({ email: 'bruno@reader.example', regions: ['hk'] });
    const editions = new MemoryEditions();
    await editions.createEdition({
      ...composeEdition(findRegion('hk')!, '2026-W49', [aStory()], { maxItems: 10, now: new Date('2026-11-30T00:00:00Z') }),
      status: 'sent',
    });
    const mailer = new MemoryMailer();
    const common = {
      subscribers: new MemorySubscribers([ada, bruno]),
      deliveries: new MemoryDeliveries(),
      mailer,
      emails: digestEmails,
      publicBaseUrl: 'https://newsdesk.example',
      listId: 'Newsdesk <digest.newsdesk.example>',
      addressingFor: () => ({ links: { preferences: 'https://p', unsubscribe: 'https://u' }, headers: {} }),
      isSuppressed: async () => false,
      leaseSeconds: 60,
      now: () => new Date('2026-11-30T00:00:00Z'),
    };
    const handler = createSendEmailHandler(
      () =>
        ({
          digest: { ...common, editions, autoSendRegion: () => true },
          alert: {
            ...common,
            stories: { getStory: async () => undefined, listStoredBetween: async () => [] },
            allowance: { takeAlert: async () => true },
            settings: { minScore: 0.7, maxPerDay: 3, windowMinutes: 10 },
          },
        }) as never,
    );

    const result = await handler(
      batch(
        JSON.stringify({ kind: 'digest', week: '2026-W49', subscriberId: ada.subscriberId }),
        malformed,
        JSON.stringify({ kind: 'digest', week: '2026-W49', subscriberId: bruno.subscriberId }),
      ),
    );

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
    expect(mailer.sent.map((email) => email.to).sort()).toEqual(['ada@reader.example', 'bruno@reader.example']);
  });
});
