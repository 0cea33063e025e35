/**
 * `newsdesk redrive`: dead letters moved back after a fix. Locally on the in-process queues
 * (their dead letters kept on disk between runs), and against SQS through the real SDK client,
 * talking over loopback HTTP to a small stand-in that records what it was asked.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqsDeadLetterRedrive } from '../../functions/adapters/queue/sqs-dead-letter-redrive.js';
import type { Mailer } from '../../functions/domain/ports.js';
import { createLocalApp } from '../../functions/local/local-app.js';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack.js';
import { aStory, aSubscriber } from '../support/digest-fixtures.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

class MailServerDown extends Error {
  constructor() {
    super('connection refused');
    this.name = 'MailServerDown';
  }
}

describe('redriving local dead letters after a fix', () => {
  let stack: LocalStack;
  let directory: string;

  beforeAll(async () => {
    stack = await startLocalStack();
    directory = mkdtempSync(join(tmpdir(), 'newsdesk-dead-letters-'));
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the failed sends across runs, then sends each once when moved back', async () => {
    const now = () => new Date('2026-11-30T00:00:00Z');
    const options = { sources: [], publicBaseUrl: 'https://newsdesk.example', now, deadLetterDirectory: directory };
    const broken = createLocalApp(stack, { ...options, wrapMailer: (): Mailer => ({ send: async () => Promise.reject(new MailServerDown()) }) });
    await saveIngestedStory(broken.repositories.stories, aStory({ jurisdictions: ['HK'], storedAt: '2026-11-28T00:00:00.000Z' }));
    for (const index of [1, 2, 3]) {
      await broken.repositories.subscribers.putSubscriber(aSubscriber({ subscriberId: `redrive-${index}`, email: `redrive-${index}@reader.example` }));
    }
    const failed = await broken.digest({ everyone: true });
    expect(failed.deadLetters).toBe(3);
    expect(await stack.listEmails()).toHaveLength(0);

    // A later run, after the fix: a new process would find the same dead letters on disk.
    const fixed = createLocalApp(stack, options);
    expect((await fixed.redrive('send-jobs', { dryRun: true })).moved).toBe(3);
    const result = await fixed.redrive('send-jobs');
    expect(result.moved).toBe(3);
    expect(result.drained?.deadLettered).toBe(0);
    expect((await stack.listEmails()).map((email) => email.destination.to[0]).sort()).toEqual([
      'redrive-1@reader.example',
      'redrive-2@reader.example',
      'redrive-3@reader.example',
    ]);
    expect((await createLocalApp(stack, options).redrive('send-jobs', { dryRun: true })).moved).toBe(0);
  }, 120_000);
});

describe('redriving an SQS dead-letter queue', () => {
  let server: Server;
  let endpoint: string;
  const calls: { target: string; body: Record<string, unknown> }[] = [];
  let waiting = 7;

  beforeAll(async () => {
    // The SQS JSON protocol, as much of it as a redrive uses.
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const target = String(request.headers['x-amz-target']).replace('AmazonSQS.', '');
        const body = JSON.parse(raw || '{}') as Record<string, unknown>;
        calls.push({ target, body });
        const replies: Record<string, unknown> = {
          GetQueueUrl: { QueueUrl: `${endpoint}/000000000000/${String(body.QueueName)}` },
          GetQueueAttributes: { Attributes: { QueueArn: 'arn:aws:sqs:eu-west-1:000000000000:send-jobs-dlq', ApproximateNumberOfMessages: String(waiting) } },
          StartMessageMoveTask: { TaskHandle: 'task-1' },
        };
        response.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify(replies[target] ?? {}));
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const client = () => new SQSClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

  it('counts without moving on a dry run', async () => {
    calls.length = 0;
    expect(await new SqsDeadLetterRedrive(client()).redrive('send-jobs-dlq', { dryRun: true })).toEqual({ messages: 7 });
    expect(calls.map((call) => call.target)).toEqual(['GetQueueUrl', 'GetQueueAttributes']);
  });

  it('starts SQS’s move task back to the source queues, from a name or a URL', async () => {
    calls.length = 0;
    expect(await new SqsDeadLetterRedrive(client()).redrive('send-jobs-dlq')).toEqual({ messages: 7, taskHandle: 'task-1' });
    expect(calls.at(-1)).toEqual({ target: 'StartMessageMoveTask', body: { SourceArn: 'arn:aws:sqs:eu-west-1:000000000000:send-jobs-dlq' } });
    calls.length = 0;
    await new SqsDeadLetterRedrive(client()).redrive(`${endpoint}/000000000000/send-jobs-dlq`);
    expect(calls.map((call) => call.target)).toEqual(['GetQueueAttributes', 'StartMessageMoveTask']);
  });

  it('starts nothing when the queue is empty', async () => {
    waiting = 0;
    calls.length = 0;
    expect(await new SqsDeadLetterRedrive(client()).redrive('send-jobs-dlq')).toEqual({ messages: 0 });
    expect(calls.map((call) => call.target)).not.toContain('StartMessageMoveTask');
  });
});
