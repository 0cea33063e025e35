/**
 * The one sender: digest and alert jobs from the send-jobs queue, one claimed email per job,
 * partial batch failures. One sender means one place where the SES send rate is held.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ClaimHeldElsewhereError, ONE_BY_ONE, readSendJob, UnreadableJobError, type SendJob } from '../triggers/job-messages.js';
import { createAlertSender } from '../domain/alerts/send-alert.js';
import { createDigestSender } from '../domain/digest/send-digest.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { buildOnce } from '../wiring/build-once.js';
import { sendEmailFromEnvironment, type SendEmailDeps } from '../wiring/delivery.js';

export function createSendEmailHandler(deps: () => SendEmailDeps | Promise<SendEmailDeps>) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    // One sender of each kind per batch: editions and windows read once, each segment rendered once.
    const { digest, alert } = await deps();
    const sendDigest = createDigestSender(digest);
    const sendAlert = createAlertSender(alert);
    const sendRecord = async (record: SQSRecord): Promise<void> => {
      let job: SendJob | undefined;
      try {
        job = readSendJob(record.body);
        const outcome = job.kind === 'alert' ? await sendAlert(job) : await sendDigest(job);
        logger.info('send job done', { ...job, outcome });
        if (outcome === 'sent') metrics.addMetric(job.kind === 'alert' ? 'AlertsSent' : 'DigestsSent', 'Count', 1);
        if (outcome === 'failed-permanently') metrics.addMetric('SendsFailedPermanently', 'Count', 1);
        // Another worker holds the claim. If it crashed, its lease runs out before SQS shows
        // this message again, and the retry takes the claim over: nobody is left without.
        if (outcome === 'in-flight') throw new ClaimHeldElsewhereError(record.messageId);
      } catch (error) {
        // An unreadable message fails the same way each time: it ends in the dead-letter queue.
        if (error instanceof UnreadableJobError) logger.error('unreadable send job', { messageId: record.messageId, error });
        else if (!(error instanceof ClaimHeldElsewhereError))
          logger.warn('send failed, will retry', { messageId: record.messageId, ...job, error: error as Error });
        throw error;
      }
    };
    const response = await processPartialResponse(event, sendRecord, new BatchProcessor(EventType.SQS), ONE_BY_ONE);
    publishMetrics();
    return response;
  };
}

export const handler = createSendEmailHandler(buildOnce(() => sendEmailFromEnvironment()));
