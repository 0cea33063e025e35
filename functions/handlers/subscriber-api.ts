/** The subscriber pages behind the HTTP API: sign-up, confirmation, preferences, unsubscribe, export, erasure. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { logger } from '../observability.js';
import { htmlResult } from '../web/http.js';
import { englishMessages } from '../i18n/messages.js';
import { problemPage } from '../web/pages.js';
import { createSubscriberApi, type SubscriberApi } from '../web/subscriber-routes.js';
import { buildOnce } from '../wiring/build-once.js';
import { subscriberApiFromEnvironment } from '../wiring/subscriber-api.js';

export function createSubscriberApiHandler(api: () => SubscriberApi | Promise<SubscriberApi>) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    logger.appendKeys({ requestId: event.requestContext.requestId, path: event.rawPath });
    try {
      return await (
        await api()
      )(event);
    } catch (error) {
      // The API answers its own errors; this is one in building it (its environment).
      logger.error('subscriber API unavailable', { error: error as Error });
      return htmlResult(500, problemPage('Something went wrong', 'Something went wrong on our side. Please try again in a minute.', englishMessages));
    } finally {
      logger.removeKeys(['requestId', 'path']);
    }
  };
}

export const handler = createSubscriberApiHandler(buildOnce(() => createSubscriberApi(subscriberApiFromEnvironment())));
