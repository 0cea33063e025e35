import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Correction } from '../../domain/classify/corrections.js';
import type { Classification } from '../../domain/classify/types.js';
import type { LateAlerts } from '../../domain/alerts/ports.js';
import { StoryNotFoundError } from '../../domain/classify/errors.js';
import type { AlertFlag, StoryAlertFlags } from '../../domain/console/ports.js';
import type { StoredStory, StoryRepository } from '../../domain/ports.js';
import type { Story } from '../../domain/stories.js';
import { STORIES_TABLE } from './table-schema.js';

const BY_STORED_DAY = STORIES_TABLE.globalIndexes[0];

/** Where a story flagged late sits in the time-ordered index: `late-alert#<storyId>`. */
const LATE_ALERT_PREFIX = 'late-alert#';

interface LateAlertMarker {
  readonly lateAlertFor?: string;
  readonly lateAlertAt?: string;
}

interface StoryItem extends Story {
  storedDay: string;
  storedAtId: string;
  contentHash: string;
  /** Only on corrected stories: the classifier's own result, which the corrections apply to. */
  machine?: Classification;
  /** Only on corrected stories: every correction, in the order they were stored. */
  corrections?: Correction[];
  /** `corrections.length`, the value the next write is conditioned on. */
  correctionCount?: number;
}

/**
 * Stories keyed by their stable id. What to write is the domain's decision
 * (`domain/stories/save-story.ts`); this adapter reads consistently and writes conditionally:
 * creation only where no item is, a replacement only where the item still has the `contentHash`
 * and `correctionCount` that were read, so no write overwrites another unseen.
 *
 * Editors' corrections live on the story item itself: `corrections` lists them, `machine` keeps
 * the classifier's result, and the top-level classification is always `machine` with the
 * corrections applied, so every reader (digests, alerts, archive) sees the corrected tags with
 * no extra read. Uncorrected stories carry none of the three.
 */
export class DynamoStoryRepository implements StoryRepository, StoryAlertFlags, LateAlerts {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getStoredStory(storyId: string): Promise<StoredStory | undefined> {
    const item = await this.getItem(storyId);
    if (!item) return undefined;
    return { story: storyOf(item), contentHash: item.contentHash, corrections: item.corrections ?? [], ...(item.machine ? { machine: item.machine } : {}) };
  }

  async createStory(stored: StoredStory): Promise<boolean> {
    return this.putIf(itemOf(stored), { ConditionExpression: 'attribute_not_exists(storyId)' });
  }

  async replaceStory(stored: StoredStory, seen: StoredStory): Promise<boolean> {
    return this.putIf(itemOf(stored), unchangedSince(seen));
  }

  /** One conditional update of the flag alone: it races with no text or correction write. */
  async setAlertFlag(storyId: string, flag: AlertFlag): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ storyId }),
          ConditionExpression: 'attribute_exists(storyId)',
          ...(flag === 'none'
            ? { UpdateExpression: 'REMOVE alertFlag' }
            : { UpdateExpression: 'SET alertFlag = :flag', ExpressionAttributeValues: marshall({ ':flag': flag }) }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StoryNotFoundError(storyId);
      throw error;
    }
  }

  /**
   * Two single-item writes, no transaction (dynalite has none): the marker that indexes the
   * story at `at`, then the story's own `lateAlertAt`, which the matcher checks. A crash between
   * them leaves a marker whose story does not count in its window, so it can miss an alert but
   * never send one twice; the editor's next flag writes the second half.
   */
  async recordLateAlert(storyId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({
            storyId: `${LATE_ALERT_PREFIX}${storyId}`,
            lateAlertFor: storyId,
            lateAlertAt: at,
            storedDay: at.slice(0, 10),
            storedAtId: `${at}#${LATE_ALERT_PREFIX}${storyId}`,
          }),
          ConditionExpression: 'attribute_not_exists(storyId)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const marker = await this.getItem(`${LATE_ALERT_PREFIX}${storyId}`);
      // The marker of a write that stopped half-way: finish it with the marker's own time.
      if (!marker?.lateAlertAt) return false;
      at = marker.lateAlertAt;
    }
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ storyId }),
          ConditionExpression: 'attribute_exists(storyId) AND attribute_not_exists(lateAlertAt)',
          UpdateExpression: 'SET lateAlertAt = :at',
          ExpressionAttributeValues: marshall({ ':at': at }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async listLateAlertsBetween(fromIso: string, toIso: string): Promise<Story[]> {
    const stories: Story[] = [];
    for (const item of await this.queryStoredBetween(fromIso, toIso)) {
      const storyId = (item as unknown as LateAlertMarker).lateAlertFor;
      if (storyId === undefined) continue;
      const story = await this.getStory(storyId);
      if (story?.lateAlertAt && story.lateAlertAt >= fromIso && story.lateAlertAt < toIso) stories.push(story);
    }
    return stories;
  }

  async getStory(storyId: string): Promise<Story | undefined> {
    const item = await this.getItem(storyId);
    return item ? storyOf(item) : undefined;
  }

  async listStoredBetween(fromIso: string, toIso: string): Promise<Story[]> {
    const stories: Story[] = [];
    for (const item of await this.queryStoredBetween(fromIso, toIso)) {
      // Late-alert markers share the index; they are not stories.
      if ((item as unknown as LateAlertMarker).lateAlertFor !== undefined) continue;
      const story = storyOf(item);
      if (story.storedAt >= fromIso && story.storedAt < toIso) stories.push(story);
    }
    return stories;
  }

  /** Every item of the time-ordered index in [from, to), stories and late-alert markers alike. */
  private async queryStoredBetween(fromIso: string, toIso: string): Promise<StoryItem[]> {
    const items: StoryItem[] = [];
    for (const day of daysBetween(fromIso, toIso)) {
      let startKey: Record<string, AttributeValue> | undefined;
      do {
        const page = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: BY_STORED_DAY.indexName,
            KeyConditionExpression: 'storedDay = :day AND storedAtId BETWEEN :from AND :to',
            ExpressionAttributeValues: marshall({ ':day': day, ':from': fromIso, ':to': toIso }),
            ExclusiveStartKey: startKey,
          }),
        );
        for (const raw of page.Items ?? []) items.push(unmarshall(raw) as StoryItem);
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }
    return items;
  }

  private async getItem(storyId: string): Promise<StoryItem | undefined> {
    const result = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ storyId }), ConsistentRead: true }));
    return result.Item ? (unmarshall(result.Item) as StoryItem) : undefined;
  }

  /** Writes the item if `condition` holds; false, having written nothing, when it does not. */
  private async putIf(item: StoryItem, condition: Pick<PutItemCommand['input'], 'ConditionExpression' | 'ExpressionAttributeValues'>): Promise<boolean> {
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: marshall(item, { removeUndefinedValues: true }), ...condition }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}

/** The item of a stored story: its keys in the time-ordered index, and its version. */
function itemOf(stored: StoredStory): StoryItem {
  const { story, contentHash, corrections } = stored;
  const keys = { storedDay: story.storedAt.slice(0, 10), storedAtId: `${story.storedAt}#${story.storyId}`, contentHash };
  if (corrections.length === 0) return { ...storyOf(story as StoryItem), ...keys };
  if (!stored.machine) throw new Error(`story ${story.storyId}: corrections given without the classification they apply to`);
  return { ...storyOf(story as StoryItem), ...keys, machine: stored.machine, corrections: [...corrections], correctionCount: corrections.length };
}

/** The condition that the item is still as read: same text, same corrections. */
function unchangedSince(existing: StoredStory): Pick<PutItemCommand['input'], 'ConditionExpression' | 'ExpressionAttributeValues'> {
  const count = existing.corrections.length;
  return count === 0
    ? {
        ConditionExpression: 'contentHash = :seen AND attribute_not_exists(correctionCount)',
        ExpressionAttributeValues: marshall({ ':seen': existing.contentHash }),
      }
    : {
        ConditionExpression: 'contentHash = :seen AND correctionCount = :count',
        ExpressionAttributeValues: marshall({ ':seen': existing.contentHash, ':count': count }),
      };
}

/** The story as the domain knows it, without the attributes that only storage needs. */
function storyOf(item: StoryItem): Story {
  const { storedDay: _day, storedAtId: _order, contentHash: _hash, machine: _machine, corrections: _corrections, correctionCount: _count, ...story } = item;
  return story;
}

/** The UTC calendar days (YYYY-MM-DD) that the half-open range [from, to) touches. */
export function daysBetween(fromIso: string, toIso: string): string[] {
  const days: string[] = [];
  const cursor = new Date(`${fromIso.slice(0, 10)}T00:00:00.000Z`);
  const end = new Date(toIso);
  while (cursor < end) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}
