/** The editor console behind the HTTP API (`/console` and everything under it). */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { PartUnavailableError } from '../domain/load-on-first-use.js';
import { logger } from '../observability.js';
import { CONSOLE_CONTENT_SECURITY_POLICY } from '../web/console-layout.js';
import { consoleProblemPage } from '../web/console-pages.js';
import { createConsoleApi, type ConsoleApi } from '../web/console-routes.js';
import { buildOnce } from '../wiring/build-once.js';
import { consoleApiFromEnvironment } from '../wiring/console.js';

export function createConsoleApiHandler(api: () => ConsoleApi) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    logger.appendKeys({ requestId: event.requestContext.requestId, path: event.rawPath });
    try {
      return await api()(event);
    } catch (error) {
      logger.error('console request failed', { error: error as Error });
      // A part loaded on first use that could not be read: the next request loads it again.
      const unavailable = error instanceof PartUnavailableError;
      return {
        statusCode: unavailable ? 503 : 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CONSOLE_CONTENT_SECURITY_POLICY },
        body: unavailable
          ? consoleProblemPage(
              undefined,
              'Not available just now',
              'This part of the console could not be loaded, so nothing was changed. Reload the page to try again.',
            )
          : consoleProblemPage(
              undefined,
              'Something went wrong',
              'The console could not do that just now. Nothing was changed unless the page said so; try again in a minute.',
            ),
      };
    } finally {
      logger.removeKeys(['requestId', 'path']);
    }
  };
}

export const handler = createConsoleApiHandler(buildOnce(() => createConsoleApi(consoleApiFromEnvironment())));
