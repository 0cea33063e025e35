/**
 * Composition of the feed worker, fetch-feed: its dependencies from SDK clients, table names
 * and settings (`composeFetchFeed`, shared with the local stack), and from the environment at
 * cold start (`fetchFeedFromEnvironment`). The planner's is in `plan-ingest.ts`, so that its
 * bundle carries no classifier.
 *
 * The classifier is imported on the first story the worker classifies, not at cold start: most
 * runs of a feed find nothing new (a 304, the same bytes, stories already stored), and its
 * knowledge costs a third of the bundle's import time (the benchmark's `lambdas`).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../adapters/aws-clients.js';
import { DynamoEditorialRepository } from '../adapters/dynamo/editorial-repository.js';
import { DynamoFeedStateRepository } from '../adapters/dynamo/feed-state-repository.js';
import { HttpFeedFetcher } from '../adapters/http/http-feed-fetcher.js';
import { PromotedRulesCache } from '../domain/classify/editorial-rules-cache.js';
import type { IngestFeedDeps } from '../domain/feeds/ingest-feed.js';
import { HostPace } from '../domain/press/host-pace.js';
import { pressPageReadingFor } from '../domain/press/ingest-press-page.js';
import { logger } from '../observability.js';
import { tableNamesFromEnvironment, type TableNames } from './inputs.js';
import { indexedStoryRepository } from './stories.js';
import { loadOnFirstUse } from '../domain/load-on-first-use.js';

export interface FetchFeedDeps extends IngestFeedDeps {
  /** Brings the editors' promoted rules up to date (cached) before a feed is classified. */
  readonly refreshRules?: () => Promise<unknown>;
}

export interface FetchFeedInputs {
  readonly clients: { readonly dynamo: DynamoDBClient };
  readonly tables: Pick<TableNames, 'stories' | 'feeds' | 'editorial'>;
  readonly config: {
    /** Every loopback address, on any port: for local tools only, never in the cloud. */
    readonly allowLoopbackFeeds: boolean;
    /** Loopback origins the fetcher may reach exactly (the local sample feed server's). */
    readonly loopbackFeedOrigins?: readonly string[];
    /** Pause between two requests to one host when reading press pages; the pace's default when absent. */
    readonly pressPageIntervalMs?: number;
    /** @default () => new Date() */
    readonly now?: () => Date;
  };
}

export function composeFetchFeed({ clients, tables, config }: FetchFeedInputs): FetchFeedDeps {
  // Built once per cold start, so the rules are read then and at most every five minutes after.
  // On the wall clock even where `now` is a simulated news time that never moves.
  const rules = new PromotedRulesCache(new DynamoEditorialRepository(clients.dynamo, tables.editorial), {
    onRefreshFailure: (error) => logger.warn('promoted rules could not be refreshed; the last ones read stay in use', { error: error as Error }),
  });
  const classifier = loadOnFirstUse('classifier', () => import('../domain/classify/classify-story.js'));
  const fetcher = new HttpFeedFetcher({ allowLoopback: config.allowLoopbackFeeds, loopbackOrigins: config.loopbackFeedOrigins });
  return {
    fetcher,
    // Kept for the life of the worker: press pages of one host share its pace and robots.txt.
    pressPages: pressPageReadingFor({ fetcher }, new HostPace({ minIntervalMs: config.pressPageIntervalMs })),
    feedStates: new DynamoFeedStateRepository(clients.dynamo, tables.feeds),
    stories: indexedStoryRepository(clients.dynamo, tables.stories),
    classify: async (input) => (await classifier()).classifyStory(input, rules.current()),
    refreshRules: () => rules.refresh(),
    now: config.now ?? (() => new Date()),
  };
}

export function fetchFeedFromEnvironment(env: NodeJS.ProcessEnv = process.env): FetchFeedDeps {
  return composeFetchFeed({
    clients: { dynamo: dynamoClient() },
    tables: tableNamesFromEnvironment(['stories', 'feeds', 'editorial'], env),
    // The cloud never allows loopback feeds: that switch exists for local tools only.
    config: { allowLoopbackFeeds: false },
  });
}
