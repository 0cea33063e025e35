import { GetQueueAttributesCommand, GetQueueUrlCommand, StartMessageMoveTaskCommand, type SQSClient } from '@aws-sdk/client-sqs';

export interface RedriveOutcome {
  /** Messages waiting in the dead-letter queue when the move started (or would have). */
  readonly messages: number;
  /** SQS's handle of the move task; absent on a dry run or when there was nothing to move. */
  readonly taskHandle?: string;
}

/**
 * Moves a dead-letter queue's messages back to the queues they came from, with SQS's own move
 * task: SQS does the work, at its pace, and keeps each message until it is delivered back.
 */
export class SqsDeadLetterRedrive {
  constructor(private readonly client: SQSClient) {}

  /** `queue` is a queue URL, an ARN or a name in the client's account and region. */
  async redrive(queue: string, options: { dryRun?: boolean } = {}): Promise<RedriveOutcome> {
    const queueUrl = await this.urlOf(queue);
    const { Attributes } = await this.client.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'] }),
    );
    const messages = Number(Attributes?.ApproximateNumberOfMessages ?? 0);
    if (options.dryRun || messages === 0) return { messages };
    // Without a destination, SQS returns each message to the queue it was dead-lettered from.
    const { TaskHandle } = await this.client.send(new StartMessageMoveTaskCommand({ SourceArn: Attributes?.QueueArn }));
    return { messages, taskHandle: TaskHandle };
  }

  private async urlOf(queue: string): Promise<string> {
    if (/^https?:\/\//.test(queue)) return queue;
    const name = queue.startsWith('arn:') ? queue.split(':').pop()! : queue;
    const { QueueUrl } = await this.client.send(new GetQueueUrlCommand({ QueueName: name }));
    if (!QueueUrl) throw new Error(`no queue named ${name}`);
    return QueueUrl;
  }
}
