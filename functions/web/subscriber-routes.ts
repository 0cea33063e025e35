/**
 * The subscriber API: routes each request to the subscription domain and answers with a page.
 * Built from explicit dependencies, so the Lambda handler, the local server and the tests run
 * exactly the same code.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Mailer } from '../domain/ports.js';
import { ConcurrentUpdateError } from '../domain/subscriptions/errors.js';
import type { RateLimiter, SubscriberDeliveries, SubscriptionStore, SuppressionList } from '../domain/subscriptions/ports.js';
import { SubscriptionService, type SubscriptionPolicy } from '../domain/subscriptions/subscription-service.js';
import { parsePreferences, parseSignUp } from '../domain/subscriptions/validation.js';
import { logger, metrics } from '../observability.js';
import { languageFromAcceptLanguage, languageOf } from '../i18n/languages.js';
import { createSubscriberNotifier } from './emails.js';
import { bodyBytes, field, FormBodyError, htmlResult, jsonResult, MAX_FORM_BYTES, readForm, readQuery, type HttpResult } from './http.js';
import * as pages from './pages.js';
import { EMPTY_FORM, formValuesFrom, formValuesOf } from './preference-fields.js';
import { SUBSCRIBER_ROUTES } from './routes.js';

export interface SubscriberApiDeps {
  readonly store: SubscriptionStore;
  readonly suppressions: SuppressionList;
  readonly deliveries: SubscriberDeliveries;
  readonly rateLimiter: RateLimiter;
  readonly mailer: Mailer;
  readonly hashKey: string;
  /** Public origin of the pages; links in emails start with it. Never taken from a request header. */
  readonly baseUrl: string;
  /** @default () => new Date() */
  readonly now?: () => Date;
  readonly policy?: Partial<SubscriptionPolicy>;
  /** @default MAX_FORM_BYTES */
  readonly maxBodyBytes?: number;
}

export type SubscriberApi = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

type Route = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

const RETRY_AFTER_SECONDS = '3600';

export function createSubscriberApi(deps: SubscriberApiDeps): SubscriberApi {
  const service = new SubscriptionService({
    ...deps,
    notifier: createSubscriberNotifier(deps.mailer, deps.baseUrl),
    now: deps.now ?? (() => new Date()),
  });
  const maxBytes = deps.maxBodyBytes ?? MAX_FORM_BYTES;
  const form = (event: APIGatewayProxyEventV2) => readForm(event, maxBytes);
  const origin = (event: APIGatewayProxyEventV2) => ({ clientAddress: event.requestContext.http.sourceIp });
  const notFound = (what: string) => htmlResult(404, pages.linkNotValidPage(what));
  const browserLanguage = (event: APIGatewayProxyEventV2) => languageFromAcceptLanguage(event.headers?.['accept-language']);

  async function manageTarget(token: string) {
    return service.subscriberForLink(token, 'manage');
  }

  /** A record that is still kept can be downloaded and erased, subscribed or not. */
  function keptRecordLinks(target: { subscriberId: string; subscriber?: unknown }) {
    return target.subscriber ? service.linksFor(target.subscriberId) : undefined;
  }

  const routes: Record<string, Partial<Record<string, Route>>> = {
    '/subscribe': {
      GET: async (event) => htmlResult(200, pages.subscribePage({ ...EMPTY_FORM, language: browserLanguage(event) })),
      POST: async (event) => {
        const raw = form(event);
        const language = browserLanguage(event);
        const typedEmail = field(raw, 'email').trim();
        // A filled-in trap field is a bot: it gets the page a person would get, and no email.
        if (field(raw, 'website') !== '') {
          logger.info('sign-up refused by the honeypot');
          return htmlResult(200, pages.checkEmailPage(typedEmail, language));
        }
        const parsed = parseSignUp(raw, language);
        if (!parsed.ok) return htmlResult(400, pages.subscribePage(formValuesFrom(raw, language), parsed.errors));
        const outcome = await service.signUp(parsed.value, origin(event));
        metrics.addMetric(outcome === 'accepted' ? 'SignUpsAccepted' : 'SignUpsRateLimited', 'Count', 1);
        if (outcome === 'rate-limited') return htmlResult(429, pages.rateLimitedPage(), { 'Retry-After': RETRY_AFTER_SECONDS });
        return htmlResult(200, pages.checkEmailPage(typedEmail, parsed.value.preferences.language));
      },
    },
    '/confirm': {
      // Reads only: a link scanner that fetches the URL confirms nobody.
      GET: async (event) => {
        const token = field(readQuery(event), 'token');
        const state = await service.describeConfirmation(token);
        if (state.state === 'valid') return htmlResult(200, pages.confirmPage(token, state.subscriber));
        if (state.state === 'unknown') return notFound('confirmation');
        return htmlResult(410, pages.confirmLinkProblemPage(state.state, token));
      },
      POST: async (event) => {
        const token = field(form(event), 'token');
        const outcome = await service.confirm(token);
        if (outcome.state === 'confirmed') {
          logger.info('subscriber confirmed', { subscriberId: outcome.subscriber.subscriberId });
          metrics.addMetric('SubscribersConfirmed', 'Count', 1);
          return htmlResult(200, pages.confirmedPage(outcome.subscriber, outcome.links));
        }
        if (outcome.state === 'unknown') return notFound('confirmation');
        return htmlResult(410, pages.confirmLinkProblemPage(outcome.state, token));
      },
    },
    '/confirm/resend': {
      POST: async (event) => {
        const outcome = await service.resendFromToken(field(form(event), 'token'), origin(event));
        if (outcome === 'unknown') return notFound('confirmation');
        if (outcome === 'rate-limited') return htmlResult(429, pages.rateLimitedPage(), { 'Retry-After': RETRY_AFTER_SECONDS });
        return htmlResult(200, pages.resentPage());
      },
    },
    '/preferences': {
      GET: async (event) => {
        const token = field(readQuery(event), 'token');
        const target = await manageTarget(token);
        if (!target) return notFound('preferences');
        const { subscriber } = target;
        if (subscriber?.status !== 'confirmed') return htmlResult(200, pages.notSubscribedPage(keptRecordLinks(target)));
        const links = service.linksFor(target.subscriberId);
        return htmlResult(200, pages.preferencesPage({ subscriber, token, links, values: formValuesOf(subscriber) }));
      },
      POST: async (event) => {
        const raw = form(event);
        const token = field(raw, 'token');
        const target = await manageTarget(token);
        if (!target) return notFound('preferences');
        const { subscriber } = target;
        if (subscriber?.status !== 'confirmed') return htmlResult(409, pages.notSubscribedPage(keptRecordLinks(target)));
        const links = service.linksFor(target.subscriberId);
        const parsed = parsePreferences(raw, languageOf(subscriber));
        if (!parsed.ok) {
          const values = formValuesFrom(raw, languageOf(subscriber));
          return htmlResult(400, pages.preferencesPage({ subscriber, token, links, values, errors: parsed.errors }));
        }
        const outcome = await service.updatePreferences(target.subscriberId, parsed.value);
        if (!outcome.saved) return htmlResult(409, pages.notSubscribedPage());
        logger.info('preferences saved', { subscriberId: target.subscriberId, paused: parsed.value.paused });
        return htmlResult(200, pages.preferencesPage({ subscriber: outcome.subscriber, token, links, values: formValuesOf(outcome.subscriber), saved: true }));
      },
    },
    '/unsubscribe': {
      GET: async (event) => {
        const token = field(readQuery(event), 'token');
        const target = await service.subscriberForLink(token, 'unsubscribe');
        if (!target) return notFound('unsubscribe');
        return htmlResult(200, pages.unsubscribePage(token, target.subscriber));
      },
      // RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the URL from the header;
      // the token in the URL is the whole authorisation, so no cookie or login is involved.
      POST: async (event) => {
        if (bodyBytes(event).length > maxBytes) throw new FormBodyError(413, `The request body is larger than ${maxBytes} bytes.`);
        const token = field(readQuery(event), 'token');
        const target = await service.subscriberForLink(token, 'unsubscribe');
        if (!target) return notFound('unsubscribe');
        await service.unsubscribe(target.subscriberId);
        logger.info('subscriber unsubscribed', { subscriberId: target.subscriberId });
        metrics.addMetric('Unsubscribes', 'Count', 1);
        return htmlResult(200, pages.unsubscribedPage(service.linksFor(target.subscriberId)));
      },
    },
    '/export': {
      GET: async (event) => {
        const target = await manageTarget(field(readQuery(event), 'token'));
        if (!target) return notFound('download');
        const data = await service.exportData(target.subscriberId);
        return jsonResult(
          200,
          { about: 'Everything Newsdesk stores about this subscriber, as stored.', ...data },
          { 'Content-Disposition': 'attachment; filename="newsdesk-my-data.json"' },
        );
      },
    },
    '/erase': {
      GET: async (event) => {
        const token = field(readQuery(event), 'token');
        if (!(await manageTarget(token))) return notFound('erase');
        return htmlResult(200, pages.erasePage(token));
      },
      POST: async (event) => {
        const target = await manageTarget(field(form(event), 'token'));
        if (!target) return notFound('erase');
        await service.erase(target.subscriberId);
        logger.info('subscriber erased', { subscriberId: target.subscriberId });
        metrics.addMetric('Erasures', 'Count', 1);
        return htmlResult(200, pages.erasedPage());
      },
    },
  };

  return async function subscriberApi(event) {
    const path = event.rawPath.length > 1 ? event.rawPath.replace(/\/+$/, '') : event.rawPath;
    const method = event.requestContext.http.method.toUpperCase();
    const methods = routes[path];
    if (!methods) return htmlResult(404, pages.problemPage('Page not found', 'There is no page at this address.'));
    const route = methods[method === 'HEAD' ? 'GET' : method];
    if (!route) {
      const allowed = SUBSCRIBER_ROUTES.find((candidate) => candidate.path === path)?.methods.join(', ') ?? '';
      return htmlResult(405, pages.problemPage('Method not allowed', `This page accepts ${allowed} only.`), { Allow: allowed });
    }
    try {
      const result = await route(event);
      return method === 'HEAD' ? { ...result, body: '' } : result;
    } catch (error) {
      if (error instanceof FormBodyError) {
        return htmlResult(error.statusCode, pages.problemPage(error.statusCode === 413 ? 'Request too large' : 'Unsupported form', error.message));
      }
      if (error instanceof ConcurrentUpdateError) {
        logger.warn('subscriber record kept changing', { subscriberId: error.subscriberId, path });
        return htmlResult(503, pages.problemPage('Please try again', 'Your record was being changed by another request. Try again in a moment.'), {
          'Retry-After': '5',
        });
      }
      logger.error('subscriber request failed', { path, method, error: error as Error });
      return htmlResult(500, pages.problemPage('Something went wrong', 'Something went wrong on our side. Please try again in a minute.'));
    }
  };
}
