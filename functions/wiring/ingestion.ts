/** Composition of the ingestion Lambdas from the environment, built at cold start. */
import { dynamoClient, sqsClient } from '../adapters/aws-clients.js';
import { DynamoAddedFeedRepository } from '../adapters/dynamo/added-feed-repository.js';
import { DynamoEditorialRepository } from '../adapters/dynamo/editorial-repository.js';
import { DynamoFeedStateRepository } from '../adapters/dynamo/feed-state-repository.js';
import { DynamoSearchIndex } from '../adapters/dynamo/search-index.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { indexingStories } from '../domain/search/indexing-stories.js';
import { HttpFeedFetcher } from '../adapters/http/http-feed-fetcher.js';
import { SqsJobQueue } from '../adapters/queue/sqs-job-queue.js';
import { loadSources } from '../config/sources.js';
import { ENV, requireEnv } from '../config/env.js';
import { classifyStory } from '../domain/classify/classify-story.js';
import { PromotedRulesCache } from '../domain/classify/editorial-rules-cache.js';
import { pressPageReadingFor } from '../domain/press/ingest-press-page.js';
import { logger } from '../observability.js';
import type { FetchFeedDeps } from '../handlers/fetch-feed.js';
import type { FeedJob, PlanIngestDeps } from '../handlers/plan-ingest.js';

export function planIngestDepsFromEnvironment(): PlanIngestDeps {
  return {
    sources: loadSources(),
    addedFeeds: new DynamoAddedFeedRepository(dynamoClient(), requireEnv(ENV.feedsTable)),
    feedStates: new DynamoFeedStateRepository(dynamoClient(), requireEnv(ENV.feedsTable)),
    feedJobs: new SqsJobQueue<FeedJob>(sqsClient(), requireEnv(ENV.feedJobsQueueUrl)),
  };
}

export function fetchFeedDepsFromEnvironment(): FetchFeedDeps {
  // Built once per cold start, so the rules are read then and at most every five minutes after.
  const rules = new PromotedRulesCache(new DynamoEditorialRepository(dynamoClient(), requireEnv(ENV.editorialTable)), {
    onRefreshFailure: (error) => logger.warn('promoted rules could not be refreshed; the last ones read stay in use', { error: error as Error }),
  });
  // The cloud never allows loopback feeds: that switch exists for local tools only.
  const fetcher = new HttpFeedFetcher({ allowLoopback: false });
  return {
    fetcher,
    // Kept for the life of the worker: press pages of one host share its pace and robots.txt.
    pressPages: pressPageReadingFor({ fetcher }),
    feedStates: new DynamoFeedStateRepository(dynamoClient(), requireEnv(ENV.feedsTable)),
    stories: indexingStories(
      new DynamoStoryRepository(dynamoClient(), requireEnv(ENV.storiesTable)),
      new DynamoSearchIndex(dynamoClient(), requireEnv(ENV.storiesTable)),
    ),
    classify: (input) => classifyStory(input, rules.current()),
    refreshRules: () => rules.refresh(),
    now: () => new Date(),
  };
}
