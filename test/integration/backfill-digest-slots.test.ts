/**
 * The upgrade step for subscribers stored before the `byDigestSlot` index: on dynalite, records
 * written the old way (no slot) are invisible to the due-only planner until the backfill gives
 * them their slot; then the hourly run mails them, once. A write that lands between the
 * backfill's read and its update wins.
 */
import { PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo/subscriber-repository.js';
import type { Subscriber } from '../../functions/domain/subscriptions/types.js';
import { createLocalApp } from '../../functions/local/local-app.js';
import { backfillAndReport } from '../../functions/local/cli/backfill-digest-slots-command.js';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack.js';
import { aStory, aSubscriber } from '../support/digest-fixtures.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

const MONDAY_8AM_HONG_KONG = new Date('2026-11-30T00:00:00Z');
const SLOT = 'Asia/Hong_Kong#1#08';

describe('backfilling digest slots for subscribers stored before the index', () => {
  let stack: LocalStack;
  let table: string;

  beforeAll(async () => {
    stack = await startLocalStack();
    table = stack.tables.Subscribers!;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** A record as the code before the index wrote it: the whole subscriber, no slot. */
  const putLegacy = (subscriber: Subscriber) =>
    stack.dynamo.send(new PutItemCommand({ TableName: table, Item: marshall(subscriber, { removeUndefinedValues: true }) }));

  it('slots the old records, dry run first, so the planner mails them once; a second run finds nothing', async () => {
    const legacy = [1, 2, 3].map((index) => aSubscriber({ subscriberId: `legacy-${index}`, email: `legacy-${index}@reader.example` }));
    legacy[2] = { ...legacy[2], version: 4 };
    for (const subscriber of legacy) await putLegacy(subscriber);
    await putLegacy(aSubscriber({ subscriberId: 'legacy-paused', email: 'paused@reader.example', paused: true }));
    await putLegacy(aSubscriber({ subscriberId: 'legacy-alerts', email: 'alerts@reader.example', frequency: 'instant' }));
    const repository = new DynamoSubscriberRepository(stack.dynamo, table);
    expect((await repository.listDueSubscribers(SLOT, { limit: 10 })).subscribers).toEqual([]);

    const lines: string[] = [];
    const dry = await backfillAndReport(stack.dynamo, table, { dryRun: true, pageSize: 2 }, (line) => lines.push(line));
    expect(dry).toEqual({ scanned: 5, slotted: 3, changedMeanwhile: 0 });
    expect(lines.at(-1)).toBe('3 of 5 subscribers would get their digest slot (dry run); 0 changed meanwhile and kept their newer write');
    expect(lines.some((line) => line.includes('resume with --start-after'))).toBe(true);
    expect((await repository.listDueSubscribers(SLOT, { limit: 10 })).subscribers).toEqual([]);

    expect(await backfillAndReport(stack.dynamo, table, { dryRun: false, pageSize: 2 }, () => {})).toEqual({ scanned: 5, slotted: 3, changedMeanwhile: 0 });
    expect((await repository.listDueSubscribers(SLOT, { limit: 10 })).subscribers.map((s) => s.subscriberId).sort()).toEqual([
      'legacy-1',
      'legacy-2',
      'legacy-3',
    ]);
    // The rest of each record is as it was, version included.
    expect(await repository.getSubscriber('legacy-3')).toMatchObject({ email: 'legacy-3@reader.example', version: 4, digestSlot: SLOT });
    expect(await backfillAndReport(stack.dynamo, table, { dryRun: false }, () => {})).toEqual({ scanned: 5, slotted: 0, changedMeanwhile: 0 });

    const app = createLocalApp(stack, { sources: [], publicBaseUrl: 'https://newsdesk.example', now: () => MONDAY_8AM_HONG_KONG });
    await saveIngestedStory(app.repositories.stories, aStory({ jurisdictions: ['HK'], storedAt: '2026-11-28T00:00:00.000Z' }));
    await app.digest();
    expect((await stack.listEmails()).map((email) => email.destination.to[0]).sort()).toEqual([
      'legacy-1@reader.example',
      'legacy-2@reader.example',
      'legacy-3@reader.example',
    ]);
  }, 120_000);

  it('leaves a record alone when it changed between the read and the update', async () => {
    await stack.dynamo.send(new PutItemCommand({ TableName: table, Item: marshall(aSubscriber({ subscriberId: 'racing' })) }));
    // Old code still running during the deploy pauses the reader just before the backfill writes.
    const racing = new Proxy(stack.dynamo, {
      get(target, property, receiver) {
        if (property !== 'send') return Reflect.get(target, property, receiver);
        return async (command: unknown) => {
          if (command instanceof UpdateItemCommand) {
            await target.send(new PutItemCommand({ TableName: table, Item: marshall(aSubscriber({ subscriberId: 'racing', paused: true })) }));
          }
          return target.send(command as PutItemCommand);
        };
      },
    });
    expect(await backfillAndReport(racing, table, { dryRun: false }, () => {})).toMatchObject({ slotted: 0, changedMeanwhile: 1 });
    const stored = await new DynamoSubscriberRepository(stack.dynamo, table).getSubscriber('racing');
    expect(stored).toMatchObject({ paused: true });
    expect(stored?.digestSlot).toBeUndefined();
  });
});
