/** One malformed queue message fails alone: the other records of its batch are done and not retried. */
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InMemoryFeedStateRepository } from '../../support/in-memory-feed-state-repository.js';
import type { FeedSource } from '../../../functions/domain/feeds/types.js';
import { createFetchFeedHandler } from '../../../functions/handlers/fetch-feed.js';
import { createSendEmailHandler } from '../../../functions/handlers/send-email.js';
import { aStory, aSubscriber, MemoryDeliveries, MemoryEditions, MemoryMailer, MemorySubscribers } from '../../support/digest-fixtures.js';
import { classifyByKeyword, CountingStoryRepository, fetched, rssDocument, ScriptedFetcher } from '../feeds/support/fakes.js';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { findRegion } from '../../../functions/taxonomy/taxonomy.js';

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
    const handler = createFetchFeedHandler(() => ({ fetcher, feedStates: new InMemoryFeedStateRepository(), stories, classify: classifyByKeyword, now: () => new Date('2026-11-30T00:00:00Z') }));

    const result = await handler(batch(JSON.stringify({ source: SOURCE }), malformed, JSON.stringify({ source: { ...SOURCE, feedId: 'feed-b', url: 'https://news.example/b' } })));

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
    expect(fetcher.calls.map((call) => call.url)).toEqual(['https://news.example/feed', 'https://news.example/b']);
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
    await editions.createEdition({ ...composeEdition(findRegion('hk')!, '2026-W49', [aStory()], { maxItems: 10, now: new Date('2026-11-30T00:00:00Z') }), status: 'sent' });
    const mailer = new MemoryMailer();
    const common = {
      subscribers: new MemorySubscribers([ada, bruno]),
      deliveries: new MemoryDeliveries(),
      mailer,
      publicBaseUrl: 'https://newsdesk.example',
      listId: 'Newsdesk <digest.newsdesk.example>',
      addressingFor: () => ({ links: { preferences: 'https://p', unsubscribe: 'https://u' }, headers: {} }),
      isSuppressed: async () => false,
      leaseSeconds: 60,
      now: () => new Date('2026-11-30T00:00:00Z'),
    };
    const handler = createSendEmailHandler(() => ({
      digest: { ...common, editions, autoSendRegion: () => true },
      alert: { ...common, stories: { saveStory: async () => 'created', getStory: async () => undefined, listStoredBetween: async () => [] }, allowance: { takeAlert: async () => true }, settings: { minScore: 0.7, maxPerDay: 3, windowMinutes: 10 } },
    }) as never);

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
