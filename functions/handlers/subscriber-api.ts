/** The subscriber pages behind the HTTP API: sign-up, confirmation, preferences, unsubscribe, export, erasure. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { dynamoClient, sesClient } from '../adapters/aws-clients.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import { DynamoRateLimiter } from '../adapters/dynamo/rate-limit-counter.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { DynamoSubscriberDeliveries, DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { DynamoSuppressionList } from '../adapters/dynamo/suppression-list.js';
import { SesMailer } from '../adapters/ses/ses-mailer.js';
import { ENV, optionalEnv, requireEnv } from '../config/env.js';
import { loadSubscriberHashKey } from '../config/subscriber-key.js';
import { logger, metrics } from '../observability.js';
import { htmlResult } from '../web/http.js';
import { problemPage } from '../web/pages.js';
import { createSubscriberApi, type SubscriberApi, type SubscriberApiDeps } from '../web/subscriber-routes.js';
import { buildOnce } from '../wiring/build-once.js';

export { createSubscriberApi, type SubscriberApiDeps } from '../web/subscriber-routes.js';

/** What the API is built from: the Lambda reads these from its environment, the local server passes its own. */
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

export async function subscriberApiDepsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<SubscriberApiDeps> {
  return subscriberApiDeps({
    dynamo: dynamoClient(),
    subscribersTable: requireEnv(ENV.subscribersTable, env),
    deliveriesTable: requireEnv(ENV.deliveriesTable, env),
    editionsTable: requireEnv(ENV.editionsTable, env),
    storiesTable: requireEnv(ENV.storiesTable, env),
    mailer: new SesMailer(sesClient(), requireEnv(ENV.fromAddress, env), optionalEnv(ENV.configurationSet, env)),
    hashKey: await loadSubscriberHashKey(env),
    baseUrl: requireEnv(ENV.publicBaseUrl, env),
  });
}

export function createSubscriberApiHandler(api: () => SubscriberApi | Promise<SubscriberApi>) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    logger.appendKeys({ requestId: event.requestContext.requestId, path: event.rawPath });
    try {
      return await (await api())(event);
    } catch (error) {
      // The API answers its own errors; this is one in building it (its key, its environment).
      logger.error('subscriber API unavailable', { error: error as Error });
      return htmlResult(500, problemPage('Something went wrong', 'Something went wrong on our side. Please try again in a minute.'));
    } finally {
      logger.removeKeys(['requestId', 'path']);
      // Most page views record no metric; publishing nothing would only log a warning.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

export const handler = createSubscriberApiHandler(buildOnce(async () => createSubscriberApi(await subscriberApiDepsFromEnvironment())));
