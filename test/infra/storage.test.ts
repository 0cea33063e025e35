import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_TABLES, SUBSCRIBERS_TABLE } from '../../functions/adapters/dynamo/table-schema.js';
import { logicalIdOf, synthNewsdesk, type SynthesisedNewsdesk } from './newsdesk-synth.js';

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  synthesised = synthNewsdesk();
});

describe('storage', () => {
  it('builds exactly the tables of the schema', () => {
    synthesised.template.resourceCountIs('AWS::DynamoDB::Table', ALL_TABLES.length);
  });

  it('names the Subscribers table in an output, for the backfill and other operator commands', () => {
    const subscribers = logicalIdOf(synthesised.stack.storage.table(SUBSCRIBERS_TABLE).table);
    synthesised.template.hasOutput('SubscribersTableName', { Value: { Ref: subscribers } });
  });

  describe.each(ALL_TABLES.map((schema) => [schema.logicalName, schema] as const))('the %s table', (_name, schema) => {
    const tableResource = () => {
      const { table } = synthesised.stack.storage.table(schema);
      return synthesised.resources[logicalIdOf(table)];
    };

    it('has the keys and global indexes of the schema', () => {
      const properties = tableResource().Properties!;
      expect(properties.KeySchema).toEqual([
        { AttributeName: schema.partitionKey, KeyType: 'HASH' },
        ...(schema.sortKey ? [{ AttributeName: schema.sortKey, KeyType: 'RANGE' }] : []),
      ]);
      const indexes = (properties.GlobalSecondaryIndexes ?? []) as any[];
      expect(indexes.map((index) => ({ name: index.IndexName, keys: index.KeySchema }))).toEqual(
        schema.globalIndexes.map((index) => ({
          name: index.indexName,
          keys: [{ AttributeName: index.partitionKey, KeyType: 'HASH' }, ...(index.sortKey ? [{ AttributeName: index.sortKey, KeyType: 'RANGE' }] : [])],
        })),
      );
      const keyNames = [schema.partitionKey, schema.sortKey, ...schema.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey])];
      expect(properties.AttributeDefinitions).toEqual(
        expect.arrayContaining(keyNames.filter(Boolean).map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
      );
    });

    it('bills on demand, recovers to a point in time, and is encrypted with the AWS managed key', () => {
      expect(tableResource().Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
      // Enabled with no key of our own means the AWS managed key, aws/dynamodb.
      expect(tableResource().Properties!.SSESpecification).toEqual({ SSEEnabled: true });
    });

    it('expires items by the attribute of the schema, and only then', () => {
      const timeToLive = tableResource().Properties!.TimeToLiveSpecification;
      if (schema.timeToLiveAttribute) {
        expect(timeToLive).toEqual({ AttributeName: schema.timeToLiveAttribute, Enabled: true });
      } else {
        expect(timeToLive).toBeUndefined();
      }
    });

    it('survives the deletion of the stack', () => {
      expect(tableResource()).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      expect(tableResource().Properties!.DeletionProtectionEnabled).toBe(true);
    });

    it('has no stream: alerts poll a time-ordered index instead', () => {
      expect(tableResource().Properties!.StreamSpecification).toBeUndefined();
    });
  });

  it('keeps the subscriber hash key in a generated secret that survives the stack', () => {
    const secretId = logicalIdOf(synthesised.stack.storage.subscriberHashKey);
    expect(synthesised.resources[secretId]).toMatchObject({
      Type: 'AWS::SecretsManager::Secret',
      DeletionPolicy: 'Retain',
      Properties: { GenerateSecretString: { PasswordLength: 64 } },
    });
  });
});
