/** Sends digests from the send-jobs queue: one claimed email per job, partial batch failures. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { DigestSendJob } from '../domain/digest/ports.js';
import { createDigestSender, type SendDigestDeps } from '../domain/digest/send-digest.js';
import { logger, metrics } from '../observability.js';
import { buildOnce } from './lazy.js';
import { deliveryDepsFromEnvironment } from './wiring.js';

export function createSendDigestHandler(deps: () => SendDigestDeps) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    // One sender per batch: editions read once, each segment rendered once.
    const sendDigest = createDigestSender(deps());
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const job = JSON.parse(record.body) as DigestSendJob;
      try {
        const outcome = await sendDigest(job);
        logger.info('digest job done', { subscriberId: job.subscriberId, week: job.week, outcome });
        if (outcome === 'sent') metrics.addMetric('DigestsSent', 'Count', 1);
        if (outcome === 'failed-permanently') metrics.addMetric('DigestsFailedPermanently', 'Count', 1);
      } catch (error) {
        logger.warn('digest send failed, will retry', { subscriberId: job.subscriberId, week: job.week, error: error as Error });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    metrics.publishStoredMetrics();
    return { batchItemFailures };
  };
}

export const handler = createSendDigestHandler(buildOnce(deliveryDepsFromEnvironment));
