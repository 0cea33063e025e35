/**
 * Composition of the subscriber pages' Lambda: sign-up, confirmation, preferences, unsubscribe,
 * export and erasure over the Subscribers and Deliveries tables and SES.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../adapters/aws-clients.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import { DynamoRateLimiter } from '../adapters/dynamo/rate-limiter.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { DynamoSubscriberDeliveries } from '../adapters/dynamo/subscriber-deliveries.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { DynamoSuppressionList } from '../adapters/dynamo/suppression-list.js';
import { ENV, requireEnv } from '../config/env.js';
import { subscriberHashKeyOnFirstUse } from '../config/subscriber-key-on-first-use.js';
import type { SubscriberApiDeps } from '../web/subscriber-routes.js';
import { tableNamesFromEnvironment, type AwsClients, type TableNames } from './inputs.js';
import { mailSettingsFromEnvironment, type MailSettings } from './mail.js';
import { loadSesClient, sesMailerOnFirstUse, type SesClientSource } from './mail-on-first-use.js';

/** The API's dependencies from built parts: what tests with their own mailer or clock pass. */
export interface SubscriberApiParts extends Pick<SubscriberApiDeps, 'hashKey' | 'baseUrl' | 'now' | 'policy' | 'mailer'> {
  readonly dynamo: DynamoDBClient;
  readonly subscribersTable: string;
  readonly deliveriesTable: string;
  /** For the sign-up page's sample edition; read only. */
  readonly editionsTable?: string;
  readonly storiesTable?: string;
}

export function subscriberApiDeps(parts: SubscriberApiParts): SubscriberApiDeps {
  const { dynamo, subscribersTable } = parts;
  return {
    ...parts,
    store: new DynamoSubscriberRepository(dynamo, subscribersTable),
    suppressions: new DynamoSuppressionList(dynamo, subscribersTable),
    rateLimiter: new DynamoRateLimiter(dynamo, subscribersTable),
    deliveries: new DynamoSubscriberDeliveries(dynamo, parts.deliveriesTable),
    sample:
      parts.editionsTable && parts.storiesTable
        ? { editions: new DynamoEditionRepository(dynamo, parts.editionsTable), stories: new DynamoStoryRepository(dynamo, parts.storiesTable) }
        : undefined,
  };
}

export interface SubscriberApiInputs {
  /** The SES client may be `loadSesClient`: the pages load it with their first email. */
  readonly clients: Omit<AwsClients, 'ses'> & { readonly ses: SesClientSource };
  readonly tables: Pick<TableNames, 'subscribers' | 'deliveries' | 'editions' | 'stories'>;
  readonly config: {
    readonly mail: MailSettings;
    /** Key of the keyed hash behind subscriber ids and signed links, or how to read it on first use. */
    readonly hashKey: SubscriberApiDeps['hashKey'];
    /** Public origin of the pages; links in emails start with it. */
    readonly baseUrl: string;
  };
}

export function composeSubscriberApi({ clients, tables, config }: SubscriberApiInputs): SubscriberApiDeps {
  return subscriberApiDeps({
    dynamo: clients.dynamo,
    subscribersTable: tables.subscribers,
    deliveriesTable: tables.deliveries,
    editionsTable: tables.editions,
    storiesTable: tables.stories,
    mailer: sesMailerOnFirstUse(clients.ses, config.mail),
    hashKey: config.hashKey,
    baseUrl: config.baseUrl,
  });
}

export function subscriberApiFromEnvironment(env: NodeJS.ProcessEnv = process.env): SubscriberApiDeps {
  return composeSubscriberApi({
    clients: { dynamo: dynamoClient(), ses: loadSesClient },
    tables: tableNamesFromEnvironment(['subscribers', 'deliveries', 'editions', 'stories'], env),
    config: { mail: mailSettingsFromEnvironment(env), hashKey: subscriberHashKeyOnFirstUse(env), baseUrl: requireEnv(ENV.publicBaseUrl, env) },
  });
}
