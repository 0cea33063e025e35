/**
 * Ingestion: every 30 minutes plan-ingest queues one job per due feed on the feed-jobs queue;
 * fetch-feed fetches, parses, classifies and stores each feed's stories.
 */
import { Duration } from 'aws-cdk-lib';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { ENV } from '../functions/config/env.js';
import { EDITORIAL_TABLE, FEEDS_TABLE, STORIES_TABLE } from '../functions/adapters/dynamo/table-schema.js';
import { bindTable, handlerEntry, NewsdeskFunction, type LogLevel } from './newsdesk-function.js';
import { invokeWithScheduledTime, scheduleDeadLetterQueue } from './scheduled-invoke.js';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Storage } from './storage.js';
import { WorkQueue } from './work-queue.js';

export interface IngestionProps {
  readonly storage: Storage;
  /** @default 30 minutes */
  readonly interval?: Duration;
  /** Caps concurrent fetch-feed invocations. @default 10 */
  readonly maxConcurrentFetches?: number;
  readonly logLevel?: LogLevel;
}

export class Ingestion extends Construct {
  readonly planIngest: NewsdeskFunction;
  readonly fetchFeed: NewsdeskFunction;
  readonly feedJobs: WorkQueue;
  readonly schedule: Schedule;
  /** Ingest runs that Scheduler could not deliver to plan-ingest. */
  readonly scheduleDeadLetters: Queue;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);
    const interval = props.interval ?? Duration.minutes(30);
    const feeds = props.storage.table(FEEDS_TABLE);
    const stories = props.storage.table(STORIES_TABLE);
    // A press page is read at a polite pace (a page every 15 s per host, a few releases a run),
    // so one press page can take a minute of waiting; a batch holds up to five sources.
    const fetchTimeout = Duration.minutes(3);

    this.planIngest = new NewsdeskFunction(this, 'PlanIngest', {
      entry: handlerEntry('plan-ingest'),
      description: 'Finds the feeds that are due and queues one fetch job for each',
      timeout: Duration.seconds(60),
      logLevel: props.logLevel,
    });
    this.fetchFeed = new NewsdeskFunction(this, 'FetchFeed', {
      entry: handlerEntry('fetch-feed'),
      description: 'Fetches one feed, then normalises, deduplicates, classifies and stores its stories',
      // Parsing and classifying a large feed is CPU-bound; memory buys CPU on Lambda.
      memorySize: 512,
      timeout: fetchTimeout,
      logLevel: props.logLevel,
    });
    // NEWSDESK_ALLOW_LOOPBACK_FEEDS is deliberately never set here: in the cloud a feed URL
    // that resolves to a private or loopback address is always refused.

    this.feedJobs = new WorkQueue(this, 'FeedJobs', { workerTimeout: fetchTimeout });

    // The planner only reads each feed's state; fetch-feed is the one that records it.
    bindTable(this.planIngest, feeds, 'read');
    this.feedJobs.bindSender(this.planIngest, ENV.feedJobsQueueUrl);

    bindTable(this.fetchFeed, feeds, 'readWrite');
    bindTable(this.fetchFeed, stories, 'readWrite');
    // Only the promoted rules, to classify with them; editors write that table, never ingestion.
    bindTable(this.fetchFeed, props.storage.table(EDITORIAL_TABLE), 'read');
    this.feedJobs.attachWorker(this.fetchFeed, {
      batchSize: 5,
      maxConcurrency: props.maxConcurrentFetches ?? 10,
    });

    this.scheduleDeadLetters = scheduleDeadLetterQueue(this, 'ScheduleDeadLetters');
    // Scheduler invokes asynchronously: a failed run is retried, but never once the next run is due.
    this.planIngest.configureAsyncInvoke({ maxEventAge: interval, retryAttempts: 2 });
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Starts a Newsdesk ingestion run',
      schedule: ScheduleExpression.rate(interval),
      target: invokeWithScheduledTime(this, this.planIngest, interval, this.scheduleDeadLetters),
    });
  }
}
