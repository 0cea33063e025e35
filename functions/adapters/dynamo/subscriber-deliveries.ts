import { DeleteItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { SubscriberDeliveries } from '../../domain/subscriptions/ports.js';
import { DELIVERIES_TABLE } from './table-schema.js';

function bySubscriberIndex(): string {
  const index = DELIVERIES_TABLE.globalIndexes.find((candidate) => candidate.partitionKey === 'subscriberId');
  if (!index) throw new Error('the Deliveries table schema has no index by subscriberId');
  return index.indexName;
}

const DELIVERIES_BY_SUBSCRIBER = bySubscriberIndex();

/**
 * A subscriber's deliveries (digest and alert claims, alert allowances), through the
 * Deliveries table's `bySubscriber` index: what the data export shows and erasure deletes.
 */
export class DynamoSubscriberDeliveries implements SubscriberDeliveries {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async listDeliveries(subscriberId: string): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: DELIVERIES_BY_SUBSCRIBER,
          ExclusiveStartKey: startKey,
          KeyConditionExpression: 'subscriberId = :subscriberId',
          ExpressionAttributeValues: marshall({ ':subscriberId': subscriberId }),
        }),
      );
      for (const item of page.Items ?? []) found.push(unmarshall(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return found;
  }

  async deleteDeliveries(subscriberId: string): Promise<number> {
    const deliveries = await this.listDeliveries(subscriberId);
    for (const delivery of deliveries) {
      await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshall({ deliveryId: delivery.deliveryId }) }));
    }
    return deliveries.length;
  }
}
