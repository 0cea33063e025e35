/** Composition of the SES feedback Lambda: bounces and complaints into the suppression list. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../adapters/aws-clients.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { DynamoSuppressionList } from '../adapters/dynamo/suppression-list.js';
import { loadSubscriberHashKey } from '../config/subscriber-key.js';
import type { MailFeedbackDeps } from '../domain/subscriptions/mail-feedback.js';
import { tableNamesFromEnvironment, type TableNames } from './inputs.js';

export interface SesEventsInputs {
  readonly clients: { readonly dynamo: DynamoDBClient };
  readonly tables: Pick<TableNames, 'subscribers'>;
  /** Turns an address into the subscriber id and suppression entry it is kept under. */
  readonly config: { readonly hashKey: string };
}

export function composeSesEvents({ clients, tables, config }: SesEventsInputs): MailFeedbackDeps {
  return {
    store: new DynamoSubscriberRepository(clients.dynamo, tables.subscribers),
    suppressions: new DynamoSuppressionList(clients.dynamo, tables.subscribers),
    hashKey: config.hashKey,
  };
}

export async function sesEventsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<MailFeedbackDeps> {
  return composeSesEvents({
    clients: { dynamo: dynamoClient() },
    tables: tableNamesFromEnvironment(['subscribers'], env),
    config: { hashKey: await loadSubscriberHashKey(env) },
  });
}
