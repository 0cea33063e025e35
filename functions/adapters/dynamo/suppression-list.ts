import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { SuppressionList } from '../../domain/subscriptions/ports.js';
import type { SuppressionEntry } from '../../domain/subscriptions/types.js';

const KEY_PREFIX = 'suppressed#';

/**
 * The suppression list, kept in the Subscribers table under `suppressed#<subscriber id>`: a
 * keyed hash of the address and a reason, never the address. Every send checks it.
 */
export class DynamoSuppressionList implements SuppressionList {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async isSuppressed(subscriberId: string): Promise<boolean> {
    return (await this.getSuppression(subscriberId)) !== undefined;
  }

  async getSuppression(subscriberId: string): Promise<SuppressionEntry | undefined> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall({ subscriberId: KEY_PREFIX + subscriberId }), ConsistentRead: true }),
    );
    if (!result.Item) return undefined;
    const item = unmarshall(result.Item) as Omit<SuppressionEntry, 'subscriberId'>;
    return { subscriberId, reason: item.reason, detail: item.detail, suppressedAt: item.suppressedAt };
  }

  async suppress(entry: SuppressionEntry): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({ ...entry, subscriberId: KEY_PREFIX + entry.subscriberId }, { removeUndefinedValues: true }),
      }),
    );
  }

  async lift(subscriberId: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshall({ subscriberId: KEY_PREFIX + subscriberId }) }));
  }
}
