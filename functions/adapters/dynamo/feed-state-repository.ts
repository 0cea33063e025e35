/** Feed states in the Feeds table, one item per feed keyed by `feedId`. */
import { GetItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { FeedDisabling, FeedState, FeedStateRepository } from '../../domain/feeds/ports.js';
import { FEEDS_TABLE } from './table-schema.js';

/** What a fetch decides about a feed: written whole, an absent one removed. */
const FETCH_ATTRIBUTES = [
  'url',
  'etag',
  'lastModified',
  'bodyHash',
  'lastSuccessAt',
  'lastAttemptAt',
  'consecutiveFailures',
  'lastError',
  'failingSince',
  'nextAttemptAt',
  'deadSince',
  'lastItemsCut',
] as const satisfies readonly (keyof FeedState)[];

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

  /**
   * The latest outcome of a fetch is the feed's state, whoever wrote before; but an editor's
   * disabling is not the fetch's to decide. A fetch that read the state before an editor
   * disabled the feed would otherwise enable it again, so this write never touches
   * `disabledAt` and `disabledBy` (see `setFeedDisabled`).
   */
  async saveFeedState(state: FeedState): Promise<void> {
    const set: string[] = [];
    const remove: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    for (const [index, attribute] of FETCH_ATTRIBUTES.entries()) {
      names[`#a${index}`] = attribute;
      if (state[attribute] === undefined) remove.push(`#a${index}`);
      else {
        set.push(`#a${index} = :v${index}`);
        values[`:v${index}`] = state[attribute];
      }
    }
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ [FEEDS_TABLE.partitionKey]: state.feedId }),
        UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: marshall(values),
      }),
    );
  }

  async setFeedDisabled(feedId: string, url: string, disabling: FeedDisabling | undefined): Promise<void> {
    // `url` and a zero failure count only if the feed was never fetched, so health reads it whole.
    const first = '#url = if_not_exists(#url, :url), consecutiveFailures = if_not_exists(consecutiveFailures, :zero)';
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ [FEEDS_TABLE.partitionKey]: feedId }),
        // URL is a reserved word in DynamoDB expressions.
        ExpressionAttributeNames: { '#url': 'url' },
        ...(disabling
          ? {
              UpdateExpression: `SET ${first}, disabledAt = :at, disabledBy = :by`,
              ExpressionAttributeValues: marshall({ ':url': url, ':zero': 0, ':at': disabling.at, ':by': disabling.by }),
            }
          : { UpdateExpression: `SET ${first} REMOVE disabledAt, disabledBy`, ExpressionAttributeValues: marshall({ ':url': url, ':zero': 0 }) }),
      }),
    );
  }
}
