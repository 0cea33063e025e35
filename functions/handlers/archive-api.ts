/** The public archive and the feeds out, behind the HTTP API. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { logger } from '../observability.js';
import { createArchiveApi } from '../web/archive-routes.js';
import { htmlResult } from '../web/http.js';
import { englishMessages } from '../i18n/messages.js';
import { problemPage } from '../web/pages.js';
import { archiveApiFromEnvironment } from '../wiring/archive-api.js';
import { buildOnce } from '../wiring/build-once.js';

const api = buildOnce(() => createArchiveApi(archiveApiFromEnvironment()));

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    return await api()(event);
  } catch (error) {
    logger.error('archive request failed', { path: event.rawPath, error: error as Error });
    return htmlResult(500, problemPage('Something went wrong', 'The archive could not be read just now. Please try again in a minute.', englishMessages));
  }
}
