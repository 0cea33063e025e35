/**
 * `newsdesk redrive <queue> [--dry-run] [--local]`: after a fix, moves a dead-letter queue's
 * messages back to work. Against AWS (the default) `<queue>` is the dead-letter queue's URL,
 * ARN or name; with `--local` it is a local queue (feed-jobs, send-jobs, digest-plan-jobs) whose
 * dead letters the local commands kept under `.newsdesk/dead-letters/`.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { resolve } from 'node:path';
import { SqsDeadLetterRedrive } from '../../adapters/queue/sqs-dead-letter-redrive.js';
import { createLocalApp } from '../local-app.js';
import { parseOptions } from './parse-options.js';
import { localStateDirectory, withLocalStack } from './local-state.js';

const LOCAL_QUEUES = ['feed-jobs', 'send-jobs', 'digest-plan-jobs'] as const;
type LocalQueue = (typeof LOCAL_QUEUES)[number];

export class UnknownLocalQueueError extends Error {
  constructor(queue: string) {
    super(`no local queue named "${queue}": choose one of ${LOCAL_QUEUES.join(', ')}`);
    this.name = 'UnknownLocalQueueError';
  }
}

export async function runRedriveCommand(args: string[], sqs: () => SQSClient = () => new SQSClient({})): Promise<number> {
  const { values, positionals } = parseOptions(args, { 'dry-run': { type: 'boolean', default: false }, local: { type: 'boolean', default: false } }, true);
  const [queue] = positionals;
  if (!queue || positionals.length > 1) throw new Error('give exactly one queue: newsdesk redrive <queue> [--dry-run] [--local]');
  const dryRun = values['dry-run'];
  if (values.local) {
    if (!(LOCAL_QUEUES as readonly string[]).includes(queue)) throw new UnknownLocalQueueError(queue);
    return withLocalStack(async (stack) => {
      const app = createLocalApp(stack, {
        sources: [],
        publicBaseUrl: process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000',
        deadLetterDirectory: resolve(localStateDirectory(), 'dead-letters'),
      });
      const result = await app.redrive(queue as LocalQueue, { dryRun });
      if (dryRun) {
        process.stdout.write(`${result.moved} dead letters in ${queue} would move back (dry run)\n`);
        return 0;
      }
      const failedAgain = result.drained?.deadLettered ?? 0;
      process.stdout.write(`${result.moved} dead letters moved back to ${queue}; ${failedAgain} failed again and wait in its dead-letter queue\n`);
      return failedAgain > 0 ? 1 : 0;
    });
  }
  const outcome = await new SqsDeadLetterRedrive(sqs()).redrive(queue, { dryRun });
  if (dryRun) process.stdout.write(`${outcome.messages} messages in ${queue} would move back (dry run)\n`);
  else if (outcome.taskHandle) process.stdout.write(`${outcome.messages} messages moving back from ${queue} (SQS move task ${outcome.taskHandle})\n`);
  else process.stdout.write(`0 messages in ${queue}: nothing to move\n`);
  return 0;
}
