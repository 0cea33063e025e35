import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { digestSlotOf } from '../../domain/digest/digest-slots.js';
import type { DueSubscriber, DueSubscriberIndex, DueSubscriberPage } from '../../domain/digest/ports.js';
import type { ExpectedVersion, SubscriptionStore } from '../../domain/subscriptions/ports.js';
import type { Frequency, Subscriber } from '../../domain/subscriptions/types.js';
import { DynamoSuppressionList } from './suppression-list.js';
import { SUBSCRIBERS_TABLE } from './table-schema.js';

const SUBSCRIBERS_BY_DIGEST_SLOT = SUBSCRIBERS_TABLE.globalIndexes.find((index) => index.partitionKey === 'digestSlot')!.indexName;

/**
 * The item as stored: the subscriber with the digest slot their current state puts them in,
 * recomputed on every write (a slot read back with the item must not outlive a pause or a
 * new time zone), and none when they may get no digest.
 */
function itemOf(subscriber: Subscriber, version?: number): Record<string, AttributeValue> {
  const { digestSlot: _stale, ...rest } = subscriber;
  const slot = digestSlotOf(subscriber);
  return marshall({ ...rest, ...(slot ? { digestSlot: slot } : {}), ...(version === undefined ? {} : { version }) }, { removeUndefinedValues: true });
}

/**
 * Subscribers, one item each under the keyed hash of their address. The same table also holds
 * the suppression list and rate-limit counters under prefixed keys; those items have no
 * `status`, so no subscriber query ever returns them.
 */
export class DynamoSubscriberRepository implements SubscriptionStore, DueSubscriberIndex {
  private readonly suppressions: DynamoSuppressionList;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.suppressions = new DynamoSuppressionList(client, tableName);
  }

  /**
   * True when the address behind `subscriberId` must never be mailed (erased, bounced,
   * complained): the check every sender makes just before it sends.
   */
  async isSuppressed(subscriberId: string): Promise<boolean> {
    return this.suppressions.isSuppressed(subscriberId);
  }

  async getSubscriber(subscriberId: string): Promise<Subscriber | undefined> {
    const result = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ subscriberId }), ConsistentRead: true }));
    return result.Item ? (unmarshall(result.Item) as Subscriber) : undefined;
  }

  async putSubscriber(subscriber: Subscriber): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: itemOf(subscriber) }));
  }

  async saveSubscriber(subscriber: Subscriber, expected: ExpectedVersion): Promise<boolean> {
    const previous = expected.absent ? 0 : expected.version;
    const condition = expected.absent
      ? { ConditionExpression: 'attribute_not_exists(subscriberId)' }
      : previous === 0
        ? { ConditionExpression: 'attribute_exists(subscriberId) AND attribute_not_exists(version)' }
        : { ConditionExpression: 'version = :version', ExpressionAttributeValues: marshall({ ':version': previous }) };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: itemOf(subscriber, previous + 1),
          ...condition,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async deleteSubscriber(subscriberId: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshall({ subscriberId }) }));
  }

  /**
   * One page of the readers whose send time is `slot`, from the sparse index: a Query that
   * reads only them, in subscriber order so that `after` resumes where a page ended.
   */
  async listDueSubscribers(slot: string, page: { after?: string; limit: number }): Promise<DueSubscriberPage> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: SUBSCRIBERS_BY_DIGEST_SLOT,
        KeyConditionExpression: 'digestSlot = :slot',
        ExpressionAttributeValues: marshall({ ':slot': slot }),
        ProjectionExpression: 'subscriberId, regions',
        Limit: page.limit,
        ExclusiveStartKey: page.after === undefined ? undefined : marshall({ digestSlot: slot, subscriberId: page.after }),
      }),
    );
    const subscribers = (result.Items ?? []).map((item) => unmarshall(item) as DueSubscriber);
    const next = result.LastEvaluatedKey ? (unmarshall(result.LastEvaluatedKey).subscriberId as string) : undefined;
    return next === undefined ? { subscribers } : { subscribers, next };
  }

  /**
   * Confirmed, unpaused, unsuppressed subscribers who want the weekly digest: a whole-table
   * Scan, for a manual send to everyone and the data tools, never for the hourly planner.
   */
  async listDigestSubscribers(): Promise<Subscriber[]> {
    return this.listMailable(['weekly', 'both']);
  }

  /** Confirmed, unpaused, unsuppressed subscribers who want instant alerts. */
  async listAlertSubscribers(): Promise<Subscriber[]> {
    return this.listMailable(['instant', 'both']);
  }

  /**
   * Suppression entries and rate-limit counters have no `status`, and a suppressed
   * subscriber carries `suppressedAt`: the filter leaves out everyone who must not be mailed.
   */
  private async listMailable(frequencies: readonly [Frequency, Frequency]): Promise<Subscriber[]> {
    const found: Subscriber[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          ExclusiveStartKey: startKey,
          FilterExpression: '#status = :confirmed AND paused = :false AND frequency IN (:first, :second) AND attribute_not_exists(suppressedAt)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':confirmed': 'confirmed', ':false': false, ':first': frequencies[0], ':second': frequencies[1] }),
        }),
      );
      for (const item of page.Items ?? []) found.push(unmarshall(item) as Subscriber);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return found;
  }
}

/** What one page of a digest-slot backfill found and did. */
export interface DigestSlotBackfillPage {
  /** Subscriber items the page read (suppression entries and counters are not counted). */
  readonly scanned: number;
  /** Items that lacked the slot their state calls for and got it (or would, in a dry run). */
  readonly slotted: number;
  /** Items that changed between the read and the write: the newer write stands, untouched. */
  readonly changedMeanwhile: number;
  /** Where the next page starts: pass it back as `startAfter` to resume an interrupted run. */
  readonly next?: string;
}

/** The attributes a digest slot is computed from: a backfill writes only if none of them moved. */
const SLOT_INPUTS = ['status', 'paused', 'frequency', 'timeZone', 'digestWeekday', 'digestHour', 'suppressedAt', 'version'] as const;

/**
 * Gives subscribers stored before the `byDigestSlot` index existed the slot their state calls
 * for, so the due-only planner sees them. Page by page through a Scan (this is the one-off
 * upgrade step, never the hourly path), one conditional update per item: the update applies
 * only while the item still lacks a slot and every attribute the slot derives from is as read,
 * so a sign-up, pause or new time zone written meanwhile is never overwritten. Running it
 * again finds nothing left to do.
 */
export async function* backfillDigestSlots(
  client: DynamoDBClient,
  tableName: string,
  options: { dryRun?: boolean; startAfter?: string; pageSize?: number } = {},
): AsyncGenerator<DigestSlotBackfillPage> {
  let startKey: Record<string, AttributeValue> | undefined = options.startAfter === undefined ? undefined : marshall({ subscriberId: options.startAfter });
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        ExclusiveStartKey: startKey,
        Limit: options.pageSize,
        ConsistentRead: true,
        // Suppression entries and counters share the table and have no status.
        FilterExpression: 'attribute_exists(#status)',
        ExpressionAttributeNames: { '#status': 'status' },
      }),
    );
    let slotted = 0;
    let changedMeanwhile = 0;
    const items = page.Items ?? [];
    for (const item of items) {
      const subscriber = unmarshall(item) as Subscriber;
      const slot = digestSlotOf(subscriber);
      if (slot === undefined || subscriber.digestSlot === slot) continue;
      if (options.dryRun) {
        slotted += 1;
        continue;
      }
      if (await writeSlotIfUnchanged(client, tableName, subscriber, slot)) slotted += 1;
      else changedMeanwhile += 1;
    }
    startKey = page.LastEvaluatedKey;
    const next = startKey ? (unmarshall(startKey).subscriberId as string) : undefined;
    yield { scanned: items.length, slotted, changedMeanwhile, ...(next === undefined ? {} : { next }) };
  } while (startKey);
}

async function writeSlotIfUnchanged(client: DynamoDBClient, tableName: string, subscriber: Subscriber, slot: string): Promise<boolean> {
  const names: Record<string, string> = { '#slot': 'digestSlot' };
  const values: Record<string, unknown> = { ':slot': slot };
  const conditions = ['attribute_exists(subscriberId)', subscriber.digestSlot === undefined ? 'attribute_not_exists(#slot)' : '#slot = :previousSlot'];
  if (subscriber.digestSlot !== undefined) values[':previousSlot'] = subscriber.digestSlot;
  SLOT_INPUTS.forEach((attribute, index) => {
    names[`#a${index}`] = attribute;
    const value = subscriber[attribute];
    if (value === undefined) conditions.push(`attribute_not_exists(#a${index})`);
    else {
      values[`:a${index}`] = value;
      conditions.push(`#a${index} = :a${index}`);
    }
  });
  try {
    await client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: marshall({ subscriberId: subscriber.subscriberId }),
        UpdateExpression: 'SET #slot = :slot',
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: marshall(values),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
