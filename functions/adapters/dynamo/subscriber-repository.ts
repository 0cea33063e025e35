import { GetItemCommand, PutItemCommand, ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Subscriber, SubscriberRepository } from '../../domain/subscriptions/types.js';

export class DynamoSubscriberRepository implements SubscriberRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getSubscriber(subscriberId: string): Promise<Subscriber | undefined> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall({ subscriberId }), ConsistentRead: true }),
    );
    return result.Item ? (unmarshall(result.Item) as Subscriber) : undefined;
  }

  async putSubscriber(subscriber: Subscriber): Promise<void> {
    await this.client.send(
      new PutItemCommand({ TableName: this.tableName, Item: marshall(subscriber, { removeUndefinedValues: true }) }),
    );
  }

  async listDigestSubscribers(): Promise<Subscriber[]> {
    const found: Subscriber[] = [];
    let startKey: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          ExclusiveStartKey: startKey,
          FilterExpression: '#status = :confirmed AND paused = :false AND frequency IN (:weekly, :both)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':confirmed': 'confirmed', ':false': false, ':weekly': 'weekly', ':both': 'both' }),
        }),
      );
      for (const item of page.Items ?? []) found.push(unmarshall(item) as Subscriber);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return found;
  }
}
