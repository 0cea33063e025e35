/** Feed state in DynamoDB (dynalite through the real SDK client), and the table writes ingestion costs. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoFeedStateRepository } from '../../../functions/adapters/dynamo/feed-state-repository.js';
import { DynamoStoryRepository } from '../../../functions/adapters/dynamo/story-repository.js';
import { feedIdFor } from '../../../functions/domain/feeds/identity.js';
import { ingestFeed } from '../../../functions/domain/feeds/ingest-feed.js';
import { FeedFetchError } from '../../../functions/domain/feeds/errors.js';
import type { FeedFetcher, FeedState, FetchOutcome } from '../../../functions/domain/feeds/ports.js';
import type { FeedSource } from '../../../functions/domain/feeds/types.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/local-stack.js';
import { classifyByKeyword, fetched, rssDocument, ScriptedFetcher } from '../../unit/feeds/support/fakes.js';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startLocalStack({ tablePrefix: 'feeds-test-' });
});

afterAll(async () => {
  await stack?.stop();
});

/** Counts the commands that write to a table, whatever adapter sends them. */
function countingWrites(client: DynamoDBClient): { client: DynamoDBClient; writes: () => number } {
  let writes = 0;
  const counted = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { constructor: { name: string } }, ...rest: unknown[]) => {
        if (/^(Put|Update|Delete)Item|BatchWriteItem|TransactWriteItems/.test(command.constructor.name)) writes += 1;
        return (target.send as (...args: unknown[]) => unknown).call(target, command, ...rest);
      };
    },
  });
  return { client: counted, writes: () => writes };
}

describe('DynamoFeedStateRepository', () => {
  it('stores a feed state and reads it back as written', async () => {
    const repository = new DynamoFeedStateRepository(stack.dynamo, stack.tables.Feeds);
    const state: FeedState = {
      feedId: 'feed-1',
      url: 'https://news.example/feed',
      etag: '"v7"',
      lastModified: 'Mon, 05 Jan 2026 10:00:00 GMT',
      consecutiveFailures: 2,
      lastError: 'HTTP 503 Service Unavailable',
      failingSince: '2026-01-05T10:00:00.000Z',
      nextAttemptAt: '2026-01-05T11:00:00.000Z',
    };
    await repository.saveFeedState(state);
    expect(await repository.getFeedState('feed-1')).toEqual(state);
    expect(await repository.getFeedState('never-seen')).toBeUndefined();
  });

  it('replaces the whole state, so a success clears the failure fields', async () => {
    const repository = new DynamoFeedStateRepository(stack.dynamo, stack.tables.Feeds);
    await repository.saveFeedState({ feedId: 'feed-2', url: 'u', consecutiveFailures: 3, lastError: 'boom', deadSince: '2026-01-01T00:00:00.000Z' });
    await repository.saveFeedState({ feedId: 'feed-2', url: 'u', consecutiveFailures: 0, lastSuccessAt: '2026-01-09T00:00:00.000Z' });
    expect(await repository.getFeedState('feed-2')).toEqual({ feedId: 'feed-2', url: 'u', consecutiveFailures: 0, lastSuccessAt: '2026-01-09T00:00:00.000Z' });
  });
});

describe('an editor disabling a feed while a fetch of it is in flight', () => {
  const url = 'https://in-flight.example/feed';
  const source: FeedSource = { feedId: feedIdFor(url), name: 'In flight', url, kind: 'rss' };
  const document = rssDocument([{ title: 'Privacy news', link: 'https://in-flight.example/1' }]);

  /** A fetch during which the editor acts: the worker has already read the feed's state. */
  function fetcherDuring(editorActs: () => Promise<void>, outcome: () => FetchOutcome | Error): FeedFetcher {
    return {
      async fetchFeed() {
        await editorActs();
        const result = outcome();
        if (result instanceof Error) throw result;
        return result;
      },
    };
  }

  function depsWith(fetcher: FeedFetcher, repository: DynamoFeedStateRepository) {
    return {
      fetcher,
      feedStates: repository,
      stories: new DynamoStoryRepository(stack.dynamo, stack.tables.Stories),
      classify: classifyByKeyword,
      now: () => new Date('2026-01-06T12:00:00Z'),
    };
  }

  it('stays disabled after the fetch writes its outcome, successful or failed', async () => {
    const repository = new DynamoFeedStateRepository(stack.dynamo, stack.tables.Feeds);
    await repository.saveFeedState({ feedId: source.feedId, url, consecutiveFailures: 0, lastSuccessAt: '2026-01-06T11:00:00.000Z' });
    const disable = () => repository.setFeedDisabled(source.feedId, url, { at: '2026-01-06T12:00:01.000Z', by: 'desk.editor@newsdesk.example' });

    expect(
      await ingestFeed(
        source,
        depsWith(
          fetcherDuring(disable, () => fetched(document)),
          repository,
        ),
      ),
    ).toMatchObject({ status: 'ok' });
    expect(await repository.getFeedState(source.feedId)).toMatchObject({
      lastSuccessAt: '2026-01-06T12:00:00.000Z',
      disabledAt: '2026-01-06T12:00:01.000Z',
      disabledBy: 'desk.editor@newsdesk.example',
    });

    await repository.setFeedDisabled(source.feedId, url, undefined);
    const failure = new FeedFetchError('HTTP 503', { reason: 'http-status', status: 503 });
    await ingestFeed(
      source,
      depsWith(
        fetcherDuring(disable, () => failure),
        repository,
      ),
    );
    expect(await repository.getFeedState(source.feedId)).toMatchObject({ consecutiveFailures: 1, disabledAt: '2026-01-06T12:00:01.000Z' });
  });

  it('stays enabled when re-enabled during a fetch that read it disabled, and keeps its health', async () => {
    const repository = new DynamoFeedStateRepository(stack.dynamo, stack.tables.Feeds);
    const feedId = `${source.feedId}-2`;
    await repository.saveFeedState({ feedId, url, consecutiveFailures: 2, lastError: 'HTTP 503' });
    await repository.setFeedDisabled(feedId, url, { at: '2026-01-06T12:00:00.000Z', by: 'desk.editor@newsdesk.example' });
    expect(await repository.getFeedState(feedId)).toEqual({
      feedId,
      url,
      consecutiveFailures: 2,
      lastError: 'HTTP 503',
      disabledAt: '2026-01-06T12:00:00.000Z',
      disabledBy: 'desk.editor@newsdesk.example',
    });
    const stale = (await repository.getFeedState(feedId))!;
    await repository.setFeedDisabled(feedId, url, undefined);
    await repository.saveFeedState({ ...stale, consecutiveFailures: 0, lastError: undefined, lastSuccessAt: '2026-01-06T12:00:05.000Z' });
    expect(await repository.getFeedState(feedId)).toEqual({ feedId, url, consecutiveFailures: 0, lastSuccessAt: '2026-01-06T12:00:05.000Z' });
  });
});

describe('table writes of ingestion against DynamoDB', () => {
  it('writes each new story once plus one feed state, and nothing for a feed that did not change', async () => {
    const { client, writes } = countingWrites(stack.dynamo);
    const url = 'https://writes.example/feed';
    const source: FeedSource = { feedId: feedIdFor(url), name: 'Writes', url, kind: 'rss' };
    const document = rssDocument([
      { title: 'One', link: 'https://writes.example/1' },
      { title: 'Two', link: 'https://writes.example/2' },
      { title: 'Three', link: 'https://writes.example/3' },
    ]);
    const fetcher = new ScriptedFetcher((_url, validators) => (validators.etag === '"w1"' ? { kind: 'not-modified' } : fetched(document, { etag: '"w1"' })));
    const deps = {
      fetcher,
      feedStates: new DynamoFeedStateRepository(client, stack.tables.Feeds),
      stories: new DynamoStoryRepository(client, stack.tables.Stories),
      classify: classifyByKeyword,
      now: () => new Date('2026-01-05T12:00:00Z'),
    };
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 3 });
    expect(writes()).toBe(4);
    expect(await ingestFeed(source, { ...deps, now: () => new Date('2026-01-05T12:30:00Z') })).toMatchObject({ status: 'not-modified' });
    expect(writes()).toBe(4);
    expect(fetcher.calls.map((call) => call.validators.etag)).toEqual([undefined, '"w1"']);
  });
});
