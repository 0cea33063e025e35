/**
 * Every DynamoDB table of Newsdesk, built from the one schema the adapters and the local
 * stack also use, and the key that turns an email address into a subscriber id.
 */
import { CfnOutput, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ALL_TABLES, type TableSchema } from '../functions/adapters/dynamo/table-schema.js';
import { ENV } from '../functions/config/env.js';
import type { NewsdeskFunction, SchemaTable } from './newsdesk-function.js';

/**
 * Environment variable holding the ARN of the subscriber hash key secret. The function reads
 * the secret once at cold start, so the key never sits in the function configuration.
 */
export const SUBSCRIBER_HASH_KEY_SECRET_ARN = ENV.subscriberHashKeySecretArn;

export interface StorageProps {
  /** Tables to build. @default ALL_TABLES */
  readonly tables?: readonly TableSchema[];
  /**
   * What happens to the data when the stack goes. Only a throw-away stack should pass
   * DESTROY. @default RETAIN, with deletion protection on
   */
  readonly dataRemovalPolicy?: RemovalPolicy;
}

export class Storage extends Construct {
  /** The tables by their schema's logical name. */
  readonly tables: ReadonlyMap<string, SchemaTable>;
  /** The key of the keyed hash behind subscriber ids; losing it orphans every subscriber. */
  readonly subscriberHashKey: Secret;

  constructor(scope: Construct, id: string, props: StorageProps = {}) {
    super(scope, id);
    const removalPolicy = props.dataRemovalPolicy ?? RemovalPolicy.RETAIN;
    const tables = new Map<string, SchemaTable>();
    for (const schema of props.tables ?? ALL_TABLES) {
      tables.set(schema.logicalName, { schema, table: buildTable(this, schema, removalPolicy) });
    }
    this.tables = tables;
    const subscribers = tables.get('Subscribers');
    if (subscribers) {
      // Upgrade steps such as `newsdesk backfill-digest-slots --table` find the table by this output.
      new CfnOutput(this, 'SubscribersTableName', {
        description: 'The Subscribers table, for operator commands',
        value: subscribers.table.tableName,
      }).overrideLogicalId('SubscribersTableName');
    }

    this.subscriberHashKey = new Secret(this, 'SubscriberHashKey', {
      description: 'Key of the keyed hash that turns an email address into a Newsdesk subscriber id',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Subscriber ids are derived from this key: it must outlive any one stack, as the data does.
      removalPolicy,
    });
    Validations.of(this.subscriberHashKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key derives every stored subscriber id and suppression entry; a rotation would orphan them all, ' +
        'so it is changed only by a planned re-keying of the Subscribers table, never on a timer.',
    });
  }

  /** The table built from `schema`; throws when this storage was built without it. */
  table(schema: TableSchema): SchemaTable {
    const found = this.tables.get(schema.logicalName);
    if (!found) throw new Error(`storage has no table ${schema.logicalName}`);
    return found;
  }

  /** Lets the function read the subscriber hash key; it finds the secret's ARN in the environment. */
  bindSubscriberHashKey(fn: NewsdeskFunction): void {
    fn.addEnvironment(SUBSCRIBER_HASH_KEY_SECRET_ARN, this.subscriberHashKey.secretArn);
    this.subscriberHashKey.grantRead(fn);
  }
}

function buildTable(scope: Construct, schema: TableSchema, removalPolicy: RemovalPolicy): Table {
  const table = new Table(scope, schema.logicalName, {
    partitionKey: { name: schema.partitionKey, type: AttributeType.STRING },
    sortKey: schema.sortKey ? { name: schema.sortKey, type: AttributeType.STRING } : undefined,
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    // The AWS managed key: key use shows in CloudTrail at no key to manage. A customer managed
    // key would only add value with cross-account access or crypto-shredding, neither needed.
    encryption: TableEncryption.AWS_MANAGED,
    timeToLiveAttribute: schema.timeToLiveAttribute,
    removalPolicy,
    deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
  });
  for (const index of schema.globalIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: index.sortKey ? { name: index.sortKey, type: AttributeType.STRING } : undefined,
      // Readers of an index want whole items, or the few attributes the schema names;
      // projecting keys only would cost a GetItem each.
      ...(index.include ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.include] } : { projectionType: ProjectionType.ALL }),
    });
  }
  return table;
}
