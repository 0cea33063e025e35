import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { WatermarkStore } from '../../domain/alerts/ports.js';

/**
 * Watermarks as single items in the Editions table (`editionId` = `watermark#<name>`): they
 * are the positions of the jobs that publish editions and alerts, and one conditional put on
 * one item is all that moving one takes.
 */
export class DynamoWatermarkStore implements WatermarkStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getWatermark(name: string): Promise<string | undefined> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall({ editionId: `watermark#${name}` }), ConsistentRead: true }),
    );
    return result.Item ? (unmarshall(result.Item).position as string) : undefined;
  }

  async advanceWatermark(name: string, from: string | undefined, to: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ editionId: `watermark#${name}`, position: to }),
          ...(from === undefined
            ? { ConditionExpression: 'attribute_not_exists(editionId)' }
            : {
                ConditionExpression: '#position = :from',
                ExpressionAttributeNames: { '#position': 'position' },
                ExpressionAttributeValues: marshall({ ':from': from }),
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
