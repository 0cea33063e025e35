import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Edition, EditionStatus } from '../../domain/digest/edition.js';
import type { EditionRepository, SeenEdition } from '../../domain/digest/ports.js';
import { EDITIONS_TABLE } from './table-schema.js';

const BY_REGION = EDITIONS_TABLE.globalIndexes[0];

export class DynamoEditionRepository implements EditionRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getEdition(editionId: string): Promise<Edition | undefined> {
    const result = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ editionId }), ConsistentRead: true }));
    return result.Item ? (unmarshall(result.Item) as Edition) : undefined;
  }

  async createEdition(edition: Edition): Promise<Edition> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(edition, { removeUndefinedValues: true }),
          ConditionExpression: 'attribute_not_exists(editionId)',
        }),
      );
      return edition;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // A second planner run (the schedule fired twice) composed the same edition: keep the first.
      const existing = await this.getEdition(edition.editionId);
      if (!existing) throw new Error(`edition ${edition.editionId} exists but could not be read`, { cause: error });
      return existing;
    }
  }

  async moveEdition(editionId: string, from: EditionStatus, to: EditionStatus): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ editionId }),
          UpdateExpression: 'SET #status = :to',
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':from': from, ':to': to }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async saveEdition(edition: Edition, seen: SeenEdition): Promise<boolean> {
    // One conditional put: a change made on a stale view, or on an edition that started
    // sending meanwhile, is refused rather than written over the other.
    const condition =
      seen.status === undefined
        ? { ConditionExpression: 'attribute_not_exists(editionId)' }
        : seen.version === 0
          ? {
              ConditionExpression: 'attribute_not_exists(#version) AND #status = :status',
              ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
              ExpressionAttributeValues: marshall({ ':status': seen.status }),
            }
          : {
              ConditionExpression: '#version = :version AND #status = :status',
              ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
              ExpressionAttributeValues: marshall({ ':status': seen.status, ':version': seen.version }),
            };
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: marshall(edition, { removeUndefinedValues: true }), ...condition }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  // Held slots live on an item of their own (`held#<editionId>`, outside the region index), so
  // an editor's whole-edition write can never drop a slot added meanwhile.
  async holdSlot(editionId: string, slot: string): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ editionId: heldKey(editionId) }),
        UpdateExpression: 'ADD slots :slot',
        ExpressionAttributeValues: { ':slot': { SS: [slot] } },
      }),
    );
  }

  async heldSlots(editionId: string): Promise<string[]> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall({ editionId: heldKey(editionId) }), ConsistentRead: true }),
    );
    return result.Item?.slots?.SS ?? [];
  }

  async releaseSlots(editionId: string, slots: readonly string[]): Promise<void> {
    if (slots.length === 0) return;
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ editionId: heldKey(editionId) }),
        UpdateExpression: 'DELETE slots :slots',
        ExpressionAttributeValues: { ':slots': { SS: [...slots] } },
      }),
    );
  }

  async listRegionEditions(regionId: string, limit: number): Promise<Edition[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_REGION.indexName,
        KeyConditionExpression: 'regionId = :region',
        ExpressionAttributeValues: marshall({ ':region': regionId }),
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => unmarshall(item) as Edition);
  }
}

function heldKey(editionId: string): string {
  return `held#${editionId}`;
}
