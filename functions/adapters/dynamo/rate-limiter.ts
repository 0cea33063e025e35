import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { RateLimiter } from '../../domain/subscriptions/ports.js';

/**
 * Fixed-window counters in the Subscribers table (`ratelimit#<key>#<window start>`), counted
 * with an atomic ADD, so every function instance sees the same count. The table's time to
 * live removes a window's item after it has passed.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async consume(key: string, limit: number, windowSeconds: number, now: Date): Promise<boolean> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % windowSeconds);
    const result = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ subscriberId: `ratelimit#${key}#${windowStart}` }),
        UpdateExpression: 'ADD hits :one SET expiresAt = :expiresAt',
        ExpressionAttributeValues: marshall({ ':one': 1, ':expiresAt': windowStart + 2 * windowSeconds }),
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const hits = result.Attributes ? Number(unmarshall(result.Attributes).hits) : 1;
    return hits <= limit;
  }
}
