/** Feed states in the Feeds table, one item per feed keyed by `feedId`. */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { FeedState, FeedStateRepository } from '../../domain/feeds/ports.js';
import { FEEDS_TABLE } from './table-schema.js';

export class DynamoFeedStateRepository implements FeedStateRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getFeedState(feedId: string): Promise<FeedState | undefined> {
    const result = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall({ [FEEDS_TABLE.partitionKey]: feedId }),
        // The back-off just written by another worker must be seen, or a feed is hammered twice.
        ConsistentRead: true,
      }),
    );
    return result.Item ? (unmarshall(result.Item) as FeedState) : undefined;
  }

  /** One unconditional put: the latest outcome of a feed is its state, whoever wrote before. */
  async saveFeedState(state: FeedState): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(state, { removeUndefinedValues: true }),
      }),
    );
  }
}
