/**
 * A queue of jobs for one worker function, with its dead-letter queue: the shape every
 * fan-out in Newsdesk takes (feed jobs, send jobs, and later alert sends).
 */
import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { EnvName } from '../functions/config/env.js';
import { bindQueueSender, type NewsdeskFunction } from './newsdesk-function.js';

export interface WorkQueueProps {
  /** The worker's timeout: the visibility timeout is six times it, as AWS advises for Lambda. */
  readonly workerTimeout: Duration;
  /** Attempts before a job moves to the dead-letter queue. @default 3 */
  readonly maxReceiveCount?: number;
}

export interface WorkerOptions {
  /** @default 5 */
  readonly batchSize?: number;
  /** Caps concurrent worker invocations, e.g. to stay under a sending quota. @default no cap */
  readonly maxConcurrency?: number;
}

export class WorkQueue extends Construct {
  readonly queue: Queue;
  /** Holds jobs that failed `maxReceiveCount` times, for an operator to inspect and redrive. */
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: WorkQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to notice the alarm, fix the cause and redrive.
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(props.workerTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 3 },
    });
  }

  /** The function may send jobs; it finds the queue URL under `envVar`. */
  bindSender(fn: NewsdeskFunction, envVar: EnvName): void {
    bindQueueSender(fn, this.queue, envVar);
  }

  /**
   * The function receives the jobs in batches and reports the ones that failed, so one bad
   * job is retried alone instead of with the whole batch.
   */
  attachWorker(fn: NewsdeskFunction, options: WorkerOptions = {}): void {
    fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: options.batchSize ?? 5,
        reportBatchItemFailures: true,
        maxConcurrency: options.maxConcurrency,
      }),
    );
  }
}
