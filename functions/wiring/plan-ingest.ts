/** Composition of the ingest planner, plan-ingest: the feed list, the feeds' states and the feed-jobs queue. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient, sqsClient } from '../adapters/aws-clients.js';
import { DynamoAddedFeedRepository } from '../adapters/dynamo/added-feed-repository.js';
import { DynamoFeedStateRepository } from '../adapters/dynamo/feed-state-repository.js';
import { SqsJobQueue } from '../adapters/queue/sqs-job-queue.js';
import { ENV, requireEnv } from '../config/env.js';
import { loadSources } from '../config/sources.js';
import type { AddedFeedRepository, FeedJob, FeedStateRepository } from '../domain/feeds/ports.js';
import type { FeedSource } from '../domain/feeds/types.js';
import type { JobQueue } from '../domain/ports.js';
import { tableNamesFromEnvironment, type TableNames } from './inputs.js';

export interface PlanIngestDeps {
  readonly sources: readonly FeedSource[];
  /** Feeds editors added in the console, read from the next round on. */
  readonly addedFeeds: Pick<AddedFeedRepository, 'listAddedFeeds'>;
  readonly feedStates: Pick<FeedStateRepository, 'getFeedState'>;
  readonly feedJobs: JobQueue<FeedJob>;
}

export interface PlanIngestInputs {
  readonly clients: { readonly dynamo: DynamoDBClient };
  readonly tables: Pick<TableNames, 'feeds'>;
  /** SQS in the cloud, an in-process queue locally. */
  readonly queues: { readonly feedJobs: JobQueue<FeedJob> };
  readonly config: { readonly sources: readonly FeedSource[] };
}

export function composePlanIngest({ clients, tables, queues, config }: PlanIngestInputs): PlanIngestDeps {
  return {
    sources: config.sources,
    addedFeeds: new DynamoAddedFeedRepository(clients.dynamo, tables.feeds),
    feedStates: new DynamoFeedStateRepository(clients.dynamo, tables.feeds),
    feedJobs: queues.feedJobs,
  };
}

export function planIngestFromEnvironment(env: NodeJS.ProcessEnv = process.env): PlanIngestDeps {
  return composePlanIngest({
    clients: { dynamo: dynamoClient() },
    tables: tableNamesFromEnvironment(['feeds'], env),
    queues: { feedJobs: new SqsJobQueue<FeedJob>(sqsClient(), requireEnv(ENV.feedJobsQueueUrl, env)) },
    config: { sources: loadSources() },
  });
}
