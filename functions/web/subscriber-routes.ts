/**
 * The subscriber API: routes each request to the subscription domain and answers with a page.
 * Built from explicit dependencies, so the Lambda handler, the local server and the tests run
 * exactly the same code. The sign-up page is answered here; every form and signed link is
 * answered by `subscriber-forms.ts`, imported with the first request for one, with the
 * subscriber key when that has to be read first.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { loadOnFirstUse, PartUnavailableError } from '../domain/load-on-first-use.js';
import { ConcurrentUpdateError } from '../domain/subscriptions/errors.js';
import { sampleEdition } from '../domain/subscriptions/sample-edition.js';
import { logger } from '../observability.js';
import { loadMessages } from '../i18n/messages.js';
import { FormBodyError, htmlResult, type HttpResult } from './http.js';
import * as pages from './pages.js';
import { EMPTY_FORM } from './preference-fields.js';
import { catalogueFor, languageFor, switchFrom } from './reader-request.js';
import { SUBSCRIBER_ROUTES, type SubscriberRouteMethod } from './routes.js';
import type { SubscriberFormsDeps } from './subscriber-forms.js';

export interface SubscriberApiDeps extends Omit<SubscriberFormsDeps, 'hashKey'> {
  /**
   * Key of the keyed hash behind subscriber ids and signed links, or how to read it: read with
   * the first request for a form or a link, since the sign-up page needs none.
   */
  readonly hashKey: string | (() => Promise<string>);
}

export type SubscriberApi = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

export function createSubscriberApi(deps: SubscriberApiDeps): SubscriberApi {
  const now = () => (deps.now ?? (() => new Date()))();
  const forms = loadOnFirstUse('subscriber forms', async () => {
    const [{ createSubscriberForms }, hashKey] = await Promise.all([
      import('./subscriber-forms.js'),
      typeof deps.hashKey === 'string' ? deps.hashKey : deps.hashKey(),
    ]);
    return createSubscriberForms({ ...deps, hashKey });
  });

  async function signUpPage(event: APIGatewayProxyEventV2): Promise<HttpResult> {
    const sample = deps.sample ? await sampleEdition(deps.sample, now()) : undefined;
    const language = languageFor(event);
    return htmlResult(200, pages.subscribePage({ ...EMPTY_FORM, language }, await loadMessages(language), {}, sample, switchFrom(event)));
  }

  return async function subscriberApi(event) {
    const path = event.rawPath.length > 1 ? event.rawPath.replace(/\/+$/, '') : event.rawPath;
    const method = event.requestContext.http.method.toUpperCase();
    const methods = SUBSCRIBER_ROUTES.find((candidate) => candidate.path === path)?.methods;
    // Loaded before the route runs, so even a failure inside it is reported in the reader's language.
    const t = await catalogueFor(event);
    if (!methods) return htmlResult(404, pages.problemPage(t.pageNotFoundTitle, t.pageNotFoundBody, t));
    const routeMethod = (method === 'HEAD' ? 'GET' : method) as SubscriberRouteMethod;
    if (!methods.includes(routeMethod)) {
      const allowed = methods.join(', ');
      return htmlResult(405, pages.problemPage(t.methodNotAllowedTitle, t.methodNotAllowedBody({ allowed }), t), { Allow: allowed });
    }
    try {
      const result =
        path === '/subscribe' && routeMethod === 'GET'
          ? await signUpPage(event)
          : ((await (await forms())(path, routeMethod, event)) ?? htmlResult(404, pages.problemPage(t.pageNotFoundTitle, t.pageNotFoundBody, t)));
      return method === 'HEAD' ? { ...result, body: '' } : result;
    } catch (error) {
      if (error instanceof FormBodyError) {
        return htmlResult(
          error.statusCode,
          error.statusCode === 413
            ? pages.problemPage(t.requestTooLargeTitle, t.requestTooLargeBody, t)
            : pages.problemPage(t.unsupportedFormTitle, t.unsupportedFormBody, t),
        );
      }
      if (error instanceof ConcurrentUpdateError) {
        logger.warn('subscriber record kept changing', { subscriberId: error.subscriberId, path });
        return htmlResult(503, pages.problemPage(t.tryAgainTitle, t.tryAgainBody, t), { 'Retry-After': '5' });
      }
      if (error instanceof PartUnavailableError) {
        // The forms' chunk or the subscriber key could not be read: nothing was done, and the next request tries again.
        logger.error('subscriber forms unavailable', { path, method, error });
        return htmlResult(503, pages.problemPage(t.somethingWrongTitle, t.somethingWrongBody, t), { 'Retry-After': '60' });
      }
      logger.error('subscriber request failed', { path, method, error: error as Error });
      return htmlResult(500, pages.problemPage(t.somethingWrongTitle, t.somethingWrongBody, t));
    }
  };
}
