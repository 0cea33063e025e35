/**
 * The feed worker: one feed per message. A feed that fails is recorded in its feed state (with
 * back-off) and the message still succeeds; a failure to record anything (the table is
 * unreachable) or a message that is not a feed job is reported as that record's failure.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ONE_BY_ONE, readFeedJob } from '../triggers/job-messages.js';
import { ingestFeed, type FeedIngestReport } from '../domain/feeds/ingest-feed.js';
import type { FeedJob } from '../domain/feeds/ports.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { buildOnce } from '../wiring/build-once.js';
import { fetchFeedFromEnvironment, type FetchFeedDeps } from '../wiring/fetch-feed.js';

export function createFetchFeedHandler(deps: () => FetchFeedDeps, onReport?: (report: FeedIngestReport) => void) {
  const ingestRecord = async (record: SQSRecord): Promise<void> => {
    let source: FeedJob['source'] | undefined;
    try {
      source = readFeedJob(record.body).source;
      const { refreshRules, ...ingestDeps } = deps();
      await refreshRules?.();
      // The domain logs each feed and counts StoriesIngested, FeedFailures and DeadFeeds.
      const report = await ingestFeed(source, { logger, metrics, ...ingestDeps });
      onReport?.(report);
    } catch (error) {
      logger.error('feed job failed', { messageId: record.messageId, feedUrl: source?.url, error: error as Error });
      throw error;
    }
  };
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    // A processor holds one batch's state, so each invocation gets its own.
    const response = await processPartialResponse(event, ingestRecord, new BatchProcessor(EventType.SQS), ONE_BY_ONE);
    publishMetrics();
    return response;
  };
}

export const handler = createFetchFeedHandler(buildOnce(() => fetchFeedFromEnvironment()));
