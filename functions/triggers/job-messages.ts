/**
 * Reads one queue message's body as a job. A body that is not JSON, or not the job it should
 * be, is that message's failure alone: the handler reports it in `batchItemFailures`, SQS
 * retries it and then moves it to the dead-letter queue, and the rest of the batch goes on.
 */
import type { AlertSendJob } from '../domain/alerts/ports.js';
import type { DigestSendJob } from '../domain/digest/ports.js';
import type { FeedJob } from '../domain/feeds/ports.js';

/** What the one sender takes from the send-jobs queue. */
export type SendJob = DigestSendJob | AlertSendJob;

/**
 * How the SQS workers run a batch through Powertools' BatchProcessor: one record after the
 * other (a sender holds the SES rate, a feed worker one connection at a time), and a batch whose
 * every record failed is reported record by record like any other instead of thrown, so each
 * message keeps its own count of receives on its way to the dead-letter queue.
 */
export const ONE_BY_ONE = { processInParallel: false, throwOnFullBatchFailure: false } as const;

export class UnreadableJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnreadableJobError';
  }
}

/** The email's claim is held by another worker: the message is retried once that lease ends. */
export class ClaimHeldElsewhereError extends Error {
  constructor(messageId: string) {
    super(`message ${messageId}: another worker holds this email's claim`);
    this.name = 'ClaimHeldElsewhereError';
  }
}

function bodyOf(body: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new UnreadableJobError('the message body is not JSON', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UnreadableJobError('the message body is not a JSON object');
  return value as Record<string, unknown>;
}

function hasStrings(value: Record<string, unknown>, ...names: string[]): boolean {
  return names.every((name) => typeof value[name] === 'string' && value[name] !== '');
}

export function readFeedJob(body: string): FeedJob {
  const job = bodyOf(body);
  const source = job.source;
  if (typeof source !== 'object' || source === null || !hasStrings(source as Record<string, unknown>, 'feedId', 'name', 'url', 'kind')) {
    throw new UnreadableJobError('the message is not a feed job: it needs a source with feedId, name, url and kind');
  }
  return job as unknown as FeedJob;
}

export function readSendJob(body: string): SendJob {
  const job = bodyOf(body);
  if (job.kind === 'digest' && hasStrings(job, 'week', 'subscriberId')) return job as unknown as DigestSendJob;
  if (job.kind === 'alert' && hasStrings(job, 'window', 'subscriberId')) return job as unknown as AlertSendJob;
  throw new UnreadableJobError('the message is not a send job: it needs kind "digest" with week, or "alert" with window, and a subscriberId');
}
