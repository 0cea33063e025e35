import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ClaimOutcome, DeliveryKey, DeliveryRepository } from '../../domain/digest/ports.js';

/** Deliveries are kept for a year, then expire: long enough to answer "did I get it?". */
const RETENTION_SECONDS = 365 * 86_400;

export class DynamoDeliveryRepository implements DeliveryRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async claimDelivery({ deliveryId, subscriberId }: DeliveryKey, now: Date, leaseSeconds: number): Promise<ClaimOutcome> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({
            deliveryId,
            subscriberId,
            state: 'claimed',
            claimedAt: now.toISOString(),
            leaseUntil: nowSeconds + leaseSeconds,
            expiresAt: nowSeconds + RETENTION_SECONDS,
          }),
          // Free, failed retryably, or claimed by a worker whose lease ran out before it sent.
          ConditionExpression: 'attribute_not_exists(deliveryId) OR #state = :failed OR (#state = :claimed AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: marshall({ ':failed': 'failed', ':claimed': 'claimed', ':now': nowSeconds }),
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ deliveryId }), ConsistentRead: true }));
      const state = current.Item ? (unmarshall(current.Item).state as string) : undefined;
      if (state === 'sent') return 'already-sent';
      if (state === 'permanently-failed') return 'permanently-failed';
      return 'in-flight';
    }
  }

  async recordSent(deliveryId: string, messageId: string, now: Date): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ deliveryId }),
        UpdateExpression: 'SET #state = :sent, messageId = :messageId, sentAt = :at REMOVE leaseUntil',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: marshall({ ':sent': 'sent', ':messageId': messageId, ':at': now.toISOString() }),
      }),
    );
  }

  async recordFailure(deliveryId: string, reason: string, permanent: boolean, now: Date): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ deliveryId }),
        UpdateExpression: 'SET #state = :state, lastError = :reason, failedAt = :at ADD attempts :one',
        ConditionExpression: '#state <> :sent',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: marshall({
          ':state': permanent ? 'permanently-failed' : 'failed',
          ':reason': reason.slice(0, 500),
          ':at': now.toISOString(),
          ':one': 1,
          ':sent': 'sent',
        }),
      }),
    );
  }
}
