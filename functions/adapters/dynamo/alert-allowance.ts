import { ConditionalCheckFailedException, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AlertAllowance } from '../../domain/alerts/ports.js';

/** Allowance items expire two days after their day: they only ever answer "how many today?". */
const KEEP_SECONDS = 2 * 86_400;

/**
 * The daily alert allowance as one item per subscriber and local day in the Deliveries table,
 * holding the set of deliveries it was spent on: one conditional update takes a unit, and a
 * retry of the same delivery finds itself in the set and takes nothing more.
 */
export class DynamoAlertAllowance implements AlertAllowance {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async takeAlert(subscriberId: string, localDate: string, deliveryId: string, max: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ deliveryId: `allowance#${subscriberId}#${localDate}` }),
          // subscriberId puts the item in the bySubscriber index, so erasure finds it too.
          UpdateExpression: 'ADD spentOn :delivery SET expiresAt = :expires, subscriberId = :subscriber',
          ConditionExpression: 'attribute_not_exists(spentOn) OR size(spentOn) < :max OR contains(spentOn, :id)',
          ExpressionAttributeValues: marshall({
            ':delivery': new Set([deliveryId]),
            ':id': deliveryId,
            ':subscriber': subscriberId,
            ':max': max,
            ':expires': Math.floor(Date.parse(`${localDate}T00:00:00Z`) / 1000) + KEEP_SECONDS,
          }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
