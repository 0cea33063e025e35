/**
 * Feeds editors added in the console, in the Feeds table beside the feed states, each under
 * `added#<feedId>` so that a fetch writing the feed's state never touches who added it.
 */
import { ConditionalCheckFailedException, PutItemCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { DuplicateFeedError } from '../../domain/feeds/errors.js';
import type { AddedFeed, AddedFeedRepository } from '../../domain/feeds/ports.js';
import { FEEDS_TABLE } from './table-schema.js';

const ADDED_PREFIX = 'added#';

export class DynamoAddedFeedRepository implements AddedFeedRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async listAddedFeeds(): Promise<AddedFeed[]> {
    const feeds: AddedFeed[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    // A scan of a table holding one item per feed: a few hundred items at most, twice an hour.
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'begins_with(#key, :prefix)',
          ExpressionAttributeNames: { '#key': FEEDS_TABLE.partitionKey },
          ExpressionAttributeValues: marshall({ ':prefix': ADDED_PREFIX }),
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of page.Items ?? []) {
        const { source, addedAt, addedBy } = unmarshall(raw) as AddedFeed;
        feeds.push({ source, addedAt, addedBy });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return feeds.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  async addFeed(feed: AddedFeed): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ [FEEDS_TABLE.partitionKey]: `${ADDED_PREFIX}${feed.source.feedId}`, ...feed }, { removeUndefinedValues: true }),
          // Two editors adding the same address at once: the second is told, not silently merged.
          ConditionExpression: 'attribute_not_exists(#key)',
          ExpressionAttributeNames: { '#key': FEEDS_TABLE.partitionKey },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new DuplicateFeedError(feed.source.feedId, feed.source.url);
      throw error;
    }
  }
}
