import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { JobQueue } from '../../domain/ports.js';

/** Sends jobs to SQS in batches of ten (the API's limit); a partly refused batch throws. */
export class SqsJobQueue<T> implements JobQueue<T> {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(jobs: readonly T[]): Promise<void> {
    for (let start = 0; start < jobs.length; start += 10) {
      const batch = jobs.slice(start, start + 10);
      const result = await this.client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: batch.map((job, index) => ({ Id: String(index), MessageBody: JSON.stringify(job) })),
        }),
      );
      if (result.Failed?.length) {
        const reasons = result.Failed.map((f) => `${f.Code}: ${f.Message}`).join('; ');
        throw new Error(`SQS refused ${result.Failed.length} of ${batch.length} jobs: ${reasons}`);
      }
    }
  }
}
