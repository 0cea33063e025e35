/**
 * The planning worker: one page of one due digest slot per message, turned into send jobs.
 * Partial batch failures, so one failing page is retried alone.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { planDigestPage, type PlanDigestPageDeps } from '../domain/digest/plan-due-digests.js';
import type { DigestPlanJob } from '../domain/digest/ports.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { buildOnce } from '../wiring/build-once.js';
import { ONE_BY_ONE } from '../triggers/job-messages.js';
import { planDigestPageFromEnvironment } from '../wiring/delivery.js';

export function createPlanDigestPageHandler(deps: () => PlanDigestPageDeps) {
  const planRecord = async (record: SQSRecord): Promise<void> => {
    try {
      const job = JSON.parse(record.body) as DigestPlanJob;
      const result = await planDigestPage(deps(), job);
      logger.info('digest page planned', { slot: job.slot, week: job.week, after: job.after, ...result });
      metrics.addMetric('DigestJobsEnqueued', 'Count', result.jobsEnqueued);
      metrics.addMetric('DigestReadersMissed', 'Count', result.readersMissed);
    } catch (error) {
      logger.warn('digest page failed, will retry', { messageId: record.messageId, error: error as Error });
      throw error;
    }
  };
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const response = await processPartialResponse(event, planRecord, new BatchProcessor(EventType.SQS), ONE_BY_ONE);
    publishMetrics();
    return response;
  };
}

export const handler = createPlanDigestPageHandler(buildOnce(() => planDigestPageFromEnvironment()));
