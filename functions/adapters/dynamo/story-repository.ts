import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import type { StoryRepository } from '../../domain/ports.js';
import type { Story, StoryWriteOutcome } from '../../domain/stories.js';
import { STORIES_TABLE } from './table-schema.js';

const BY_STORED_DAY = STORIES_TABLE.globalIndexes[0];

/** What decides whether a story changed: the text a reader sees. */
function contentHashOf(story: Pick<Story, 'title' | 'summary' | 'content'>): string {
  return createHash('sha256')
    .update(story.title)
    .update('\u0000')
    .update(story.summary)
    .update('\u0000')
    .update(story.content ?? '')
    .digest('hex')
    .slice(0, 32);
}

interface StoryItem extends Story {
  storedDay: string;
  storedAtId: string;
  contentHash: string;
}

/**
 * Stories keyed by their stable id. A read comes before any write, so an unchanged story costs
 * one read and no write; creation and revision are single conditional writes, so two workers
 * racing on the same story cannot create it twice or lose a revision.
 */
export class DynamoStoryRepository implements StoryRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async saveStory(story: Story): Promise<StoryWriteOutcome> {
    const contentHash = contentHashOf(story);
    const existing = await this.getItem(story.storyId);
    if (existing && existing.contentHash === contentHash) return 'unchanged';
    try {
      if (!existing) {
        await this.client.send(
          new PutItemCommand({
            TableName: this.tableName,
            Item: marshall(this.toItem({ ...story, revision: 0 }, contentHash), { removeUndefinedValues: true }),
            ConditionExpression: 'attribute_not_exists(storyId)',
          }),
        );
        return 'created';
      }
      // Keep the first storage time: it orders the alert watermark and the week a story belongs to.
      const revised: Story = { ...story, storedAt: existing.storedAt, revision: existing.revision + 1 };
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(this.toItem(revised, contentHash), { removeUndefinedValues: true }),
          ConditionExpression: 'contentHash = :seen',
          ExpressionAttributeValues: marshall({ ':seen': existing.contentHash }),
        }),
      );
      return 'updated';
    } catch (error) {
      // Another worker stored or revised the same story first: that write stands.
      if (error instanceof ConditionalCheckFailedException) return 'unchanged';
      throw error;
    }
  }

  async getStory(storyId: string): Promise<Story | undefined> {
    const item = await this.getItem(storyId);
    if (!item) return undefined;
    const { storedDay: _day, storedAtId: _order, contentHash: _hash, ...story } = item;
    return story;
  }

  async listStoredBetween(fromIso: string, toIso: string): Promise<Story[]> {
    const stories: Story[] = [];
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
        for (const raw of page.Items ?? []) {
          const { storedDay: _day, storedAtId: _order, contentHash: _hash, ...story } = unmarshall(raw) as StoryItem;
          if (story.storedAt >= fromIso && story.storedAt < toIso) stories.push(story);
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }
    return stories;
  }

  private async getItem(storyId: string): Promise<StoryItem | undefined> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall({ storyId }), ConsistentRead: true }),
    );
    return result.Item ? (unmarshall(result.Item) as StoryItem) : undefined;
  }

  private toItem(story: Story, contentHash: string): StoryItem {
    return { ...story, storedDay: story.storedAt.slice(0, 10), storedAtId: `${story.storedAt}#${story.storyId}`, contentHash };
  }
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
