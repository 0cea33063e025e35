/** Composition of the ingestion Lambdas from the environment, built at cold start. */
import { dynamoClient, sqsClient } from '../adapters/aws-clients.js';
import { DynamoFeedStateRepository } from '../adapters/dynamo/feed-state-repository.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { HttpFeedFetcher } from '../adapters/http/http-feed-fetcher.js';
import { SqsJobQueue } from '../adapters/queue/sqs-job-queue.js';
import { loadSources } from '../config/sources.js';
import { ENV, requireEnv } from '../config/env.js';
import { classifyStory } from '../domain/classify/classify-story.js';
import type { IngestFeedDeps } from '../domain/feeds/ingest-feed.js';
import type { FeedJob, PlanIngestDeps } from './plan-ingest.js';

export function planIngestDepsFromEnvironment(): PlanIngestDeps {
  return {
    sources: loadSources(),
    feedStates: new DynamoFeedStateRepository(dynamoClient(), requireEnv(ENV.feedsTable)),
    feedJobs: new SqsJobQueue<FeedJob>(sqsClient(), requireEnv(ENV.feedJobsQueueUrl)),
  };
}

export function fetchFeedDepsFromEnvironment(): IngestFeedDeps {
  return {
    // The cloud never allows loopback feeds: that switch exists for local tools only.
    fetcher: new HttpFeedFetcher({ allowLoopback: false }),
    feedStates: new DynamoFeedStateRepository(dynamoClient(), requireEnv(ENV.feedsTable)),
    stories: new DynamoStoryRepository(dynamoClient(), requireEnv(ENV.storiesTable)),
    classify: (input) => classifyStory(input),
    now: () => new Date(),
  };
}
