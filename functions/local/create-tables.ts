/** Creates every table of the schema in a local DynamoDB (dynalite), exactly as CDK defines them. */
import { CreateTableCommand, ResourceInUseException, waitUntilTableExists, type AttributeDefinition, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ALL_TABLES, type TableSchema } from '../adapters/dynamo/table-schema.js';

export function localTableName(prefix: string, table: TableSchema): string {
  return `${prefix}${table.logicalName}`;
}

/** Returns logical name → table name; tables that already exist are left as they are. */
export async function createTables(client: DynamoDBClient, prefix: string): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const table of ALL_TABLES) {
    const tableName = localTableName(prefix, table);
    names[table.logicalName] = tableName;
    const keyNames = new Set([table.partitionKey, table.sortKey, ...table.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])]);
    const attributes: AttributeDefinition[] = [...keyNames]
      .filter((name): name is string => name !== undefined)
      .map((AttributeName) => ({ AttributeName, AttributeType: 'S' }));
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributes,
          KeySchema: [
            { AttributeName: table.partitionKey, KeyType: 'HASH' },
            ...(table.sortKey ? [{ AttributeName: table.sortKey, KeyType: 'RANGE' as const }] : []),
          ],
          GlobalSecondaryIndexes: table.globalIndexes.length
            ? table.globalIndexes.map((index) => ({
                IndexName: index.indexName,
                KeySchema: [
                  { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
                  ...(index.sortKey ? [{ AttributeName: index.sortKey, KeyType: 'RANGE' as const }] : []),
                ],
                Projection: index.include ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.include] } : { ProjectionType: 'ALL' as const },
              }))
            : undefined,
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 20 }, { TableName: tableName });
  }
  return names;
}

/** The environment variables that point the handlers at these tables. */
export function tableEnvironment(names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(ALL_TABLES.map((table) => [table.envVar, names[table.logicalName]]));
}
