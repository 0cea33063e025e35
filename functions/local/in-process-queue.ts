/**
 * The local stand-in for SQS: jobs wait in memory and are delivered to the same handler code in
 * SQS event shape, with receive counts, partial batch failures and a dead-letter list.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { JobQueue } from '../domain/ports.js';

export type BatchHandler = (event: SQSEvent) => Promise<SQSBatchResponse | void>;

interface Pending {
  readonly messageId: string;
  readonly body: string;
  receiveCount: number;
}

export interface DrainReport {
  readonly delivered: number;
  readonly failedAttempts: number;
  readonly deadLettered: number;
}

export class InProcessQueue<T> implements JobQueue<T> {
  private readonly pending: Pending[] = [];
  readonly deadLetters: { body: string; receiveCount: number }[] = [];

  constructor(
    private readonly name: string,
    private readonly options: {
      batchSize: number;
      maxReceiveCount: number;
      /** Where dead letters outlive the process (the command line's local state), as JSON. */
      deadLetterFile?: string;
    } = { batchSize: 10, maxReceiveCount: 3 },
  ) {
    if (options.deadLetterFile && existsSync(options.deadLetterFile)) {
      this.deadLetters.push(...(JSON.parse(readFileSync(options.deadLetterFile, 'utf8')) as InProcessQueue<T>['deadLetters']));
    }
  }

  /**
   * Moves every dead letter back onto the queue with a fresh receive count, as SQS's redrive
   * does after a fix; returns how many moved.
   */
  redriveDeadLetters(): number {
    const moved = this.deadLetters.splice(0);
    for (const letter of moved) this.pending.push({ messageId: randomUUID(), body: letter.body, receiveCount: 0 });
    this.saveDeadLetters();
    return moved.length;
  }

  private saveDeadLetters(): void {
    if (!this.options.deadLetterFile) return;
    mkdirSync(dirname(this.options.deadLetterFile), { recursive: true });
    writeFileSync(this.options.deadLetterFile, JSON.stringify(this.deadLetters));
  }

  get size(): number {
    return this.pending.length;
  }

  async enqueue(jobs: readonly T[]): Promise<void> {
    for (const job of jobs) this.pending.push({ messageId: randomUUID(), body: JSON.stringify(job), receiveCount: 0 });
  }

  /** Delivers until the queue is empty; failed messages come back until they reach the DLQ. */
  async drain(handler: BatchHandler): Promise<DrainReport> {
    let delivered = 0;
    let failedAttempts = 0;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.options.batchSize);
      for (const message of batch) message.receiveCount += 1;
      let failedIds: Set<string>;
      try {
        const response = await handler({ Records: batch.map((m) => this.toRecord(m)) });
        failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch {
        // A handler that throws fails the whole batch, as Lambda does.
        failedIds = new Set(batch.map((m) => m.messageId));
      }
      for (const message of batch) {
        if (!failedIds.has(message.messageId)) {
          delivered += 1;
          continue;
        }
        failedAttempts += 1;
        if (message.receiveCount >= this.options.maxReceiveCount) {
          this.deadLetters.push({ body: message.body, receiveCount: message.receiveCount });
        } else {
          this.pending.push(message);
        }
      }
    }
    this.saveDeadLetters();
    return { delivered, failedAttempts, deadLettered: this.deadLetters.length };
  }

  private toRecord(message: Pending): SQSRecord {
    return {
      messageId: message.messageId,
      receiptHandle: message.messageId,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(Date.now()),
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:local:000000000000:${this.name}`,
      awsRegion: 'local',
    };
  }
}
