/**
 * The subscriber pages' forms and signed links: sign-up, confirmation, preferences,
 * unsubscribe, export and erasure. `createSubscriberApi` imports this module with the first
 * request that needs it, as a chunk of its own in the bundle, with what only these routes use
 * (the subscription service, the forms' validation, the subscriber key, the metrics), so a
 * cold start that shows the sign-up page loads none of it.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Mailer } from '../domain/ports.js';
import type { RateLimiter, SubscriberDeliveries, SubscriptionStore, SuppressionList } from '../domain/subscriptions/ports.js';
import type { SampleSource } from '../domain/subscriptions/sample-edition.js';
import { SubscriptionService, type SubscriptionPolicy } from '../domain/subscriptions/subscription-service.js';
import { formLanguage, parsePreferences, parseSignUp } from '../domain/subscriptions/validation.js';
import { checkPauseDate, dateWeeksAhead, localDateOf, MAX_PAUSE_DAYS, PauseDateError } from '../domain/subscriptions/pause.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { languageFromAcceptLanguage, languageOf } from '../i18n/languages.js';
import { loadMessages } from '../i18n/messages.js';
import { createSubscriberNotifier } from './emails.js';
import { bodyBytes, field, FormBodyError, htmlResult, jsonResult, MAX_FORM_BYTES, readForm, readQuery, type HttpResult } from './http.js';
import * as pages from './account-pages.js';
import { subscribePage } from './pages.js';
import { formValuesFrom, formValuesOf } from './preference-fields.js';
import { catalogueFor, switchFrom } from './reader-request.js';
import type { SubscriberRouteMethod } from './routes.js';

/** The subscriber API's dependencies, with the subscriber key read. */
export interface SubscriberFormsDeps {
  readonly store: SubscriptionStore;
  readonly suppressions: SuppressionList;
  readonly deliveries: SubscriberDeliveries;
  readonly rateLimiter: RateLimiter;
  readonly mailer: Mailer;
  /** Key of the keyed hash behind subscriber ids and signed links. */
  readonly hashKey: string;
  /** Public origin of the pages; links in emails start with it. Never taken from a request header. */
  readonly baseUrl: string;
  /** @default () => new Date() */
  readonly now?: () => Date;
  readonly policy?: Partial<SubscriptionPolicy>;
  /** @default MAX_FORM_BYTES */
  readonly maxBodyBytes?: number;
  /** Where the sign-up page's sample edition comes from; without it the page links the archive only. */
  readonly sample?: SampleSource;
}

/** Answers a request for one of the forms' routes, or `undefined` if the route is not theirs. */
export type SubscriberForms = (path: string, method: SubscriberRouteMethod, event: APIGatewayProxyEventV2) => Promise<HttpResult | undefined>;

type Route = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

const RETRY_AFTER_SECONDS = '3600';

export function createSubscriberForms(deps: SubscriberFormsDeps): SubscriberForms {
  const service = new SubscriptionService({
    ...deps,
    notifier: createSubscriberNotifier(deps.mailer, deps.baseUrl),
    now: deps.now ?? (() => new Date()),
  });
  const maxBytes = deps.maxBodyBytes ?? MAX_FORM_BYTES;
  const form = (event: APIGatewayProxyEventV2) => readForm(event, maxBytes);
  const origin = (event: APIGatewayProxyEventV2) => ({ clientAddress: event.requestContext.http.sourceIp });
  const notFound = async (what: pages.LinkKind, event: APIGatewayProxyEventV2) =>
    htmlResult(404, pages.linkNotValidPage(what, await catalogueFor(event), event.requestContext.http.method === 'GET' ? switchFrom(event) : undefined));
  const browserLanguage = (event: APIGatewayProxyEventV2) => languageFromAcceptLanguage(event.headers?.['accept-language']);
  const now = () => (deps.now ?? (() => new Date()))();

  async function unsubscribeChoices(event: APIGatewayProxyEventV2, token: string, subscriber: Subscriber | undefined, dateError?: string) {
    const zone = subscriber?.timeZone ?? 'UTC';
    const today = localDateOf(zone, now());
    return pages.unsubscribePage({
      token,
      subscriber,
      messages: await catalogueFor(event, subscriber),
      fourWeeksOn: dateWeeksAhead(zone, now()),
      earliest: new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      latest: new Date(Date.parse(`${today}T00:00:00Z`) + MAX_PAUSE_DAYS * 86_400_000).toISOString().slice(0, 10),
      switchFrom: event.requestContext.http.method === 'GET' ? switchFrom(event) : undefined,
      dateError,
      preferencesUrl: subscriber ? service.linksFor(subscriber.subscriberId).preferences : undefined,
    });
  }

  async function manageTarget(token: string) {
    return service.subscriberForLink(token, 'manage');
  }

  /** A record that is still kept can be downloaded and erased, subscribed or not. */
  function keptRecordLinks(target: { subscriberId: string; subscriber?: unknown }) {
    return target.subscriber ? service.linksFor(target.subscriberId) : undefined;
  }

  const routes: Record<string, Partial<Record<SubscriberRouteMethod, Route>>> = {
    '/subscribe': {
      POST: async (event) => {
        const raw = form(event);
        const language = browserLanguage(event);
        const typedEmail = field(raw, 'email').trim();
        // The form's own language, loaded before anything is rendered or sent in it.
        const t = await loadMessages(formLanguage(raw, language));
        // A filled-in trap field is a bot: it gets the page a person would get, and no email.
        if (field(raw, 'website') !== '') {
          logger.info('sign-up refused by the honeypot');
          return htmlResult(200, pages.checkEmailPage(typedEmail, t));
        }
        const parsed = parseSignUp(raw, t);
        if (!parsed.ok) return htmlResult(400, subscribePage(formValuesFrom(raw, language), t, parsed.errors));
        const outcome = await service.signUp(parsed.value, origin(event));
        metrics.addMetric(outcome === 'accepted' ? 'SignUpsAccepted' : 'SignUpsRateLimited', 'Count', 1);
        if (outcome === 'rate-limited') return htmlResult(429, pages.rateLimitedPage(t), { 'Retry-After': RETRY_AFTER_SECONDS });
        return htmlResult(200, pages.checkEmailPage(typedEmail, t));
      },
    },
    '/confirm': {
      // Reads only: a link scanner that fetches the URL confirms nobody.
      GET: async (event) => {
        const token = field(readQuery(event), 'token');
        const state = await service.describeConfirmation(token);
        if (state.state === 'valid') return htmlResult(200, pages.confirmPage(token, state.subscriber, await loadMessages(languageOf(state.subscriber))));
        if (state.state === 'unknown') return notFound('confirmation', event);
        return htmlResult(410, pages.confirmLinkProblemPage(state.state, token, await catalogueFor(event, state.subscriber)));
      },
      POST: async (event) => {
        const token = field(form(event), 'token');
        const outcome = await service.confirm(token);
        if (outcome.state === 'confirmed') {
          logger.info('subscriber confirmed', { subscriberId: outcome.subscriber.subscriberId });
          metrics.addMetric('SubscribersConfirmed', 'Count', 1);
          return htmlResult(200, pages.confirmedPage(outcome.subscriber, outcome.links, await loadMessages(languageOf(outcome.subscriber))));
        }
        if (outcome.state === 'unknown') return notFound('confirmation', event);
        return htmlResult(410, pages.confirmLinkProblemPage(outcome.state, token, await catalogueFor(event, outcome.subscriber)));
      },
    },
    '/confirm/resend': {
      POST: async (event) => {
        const outcome = await service.resendFromToken(field(form(event), 'token'), origin(event));
        if (outcome === 'unknown') return notFound('confirmation', event);
        if (outcome === 'rate-limited') return htmlResult(429, pages.rateLimitedPage(await catalogueFor(event)), { 'Retry-After': RETRY_AFTER_SECONDS });
        return htmlResult(200, pages.resentPage(await catalogueFor(event)));
      },
    },
    '/preferences': {
      GET: async (event) => {
        const token = field(readQuery(event), 'token');
        const target = await manageTarget(token);
        if (!target) return notFound('preferences', event);
        const { subscriber } = target;
        if (subscriber?.status !== 'confirmed') return htmlResult(200, pages.notSubscribedPage(keptRecordLinks(target), await catalogueFor(event, subscriber)));
        const links = service.linksFor(target.subscriberId);
        const messages = await loadMessages(languageOf(subscriber));
        return htmlResult(200, pages.preferencesPage({ subscriber, token, links, values: formValuesOf(subscriber), messages }));
      },
      POST: async (event) => {
        const raw = form(event);
        const token = field(raw, 'token');
        const target = await manageTarget(token);
        if (!target) return notFound('preferences', event);
        const { subscriber } = target;
        if (subscriber?.status !== 'confirmed') return htmlResult(409, pages.notSubscribedPage(keptRecordLinks(target), await catalogueFor(event, subscriber)));
        const links = service.linksFor(target.subscriberId);
        // Errors answer in the language the form chose; the page around them stays in the stored one until saved.
        const stored = await loadMessages(languageOf(subscriber));
        const parsed = parsePreferences(raw, await loadMessages(formLanguage(raw, stored.language)));
        if (!parsed.ok) {
          const values = formValuesFrom(raw, stored.language);
          return htmlResult(400, pages.preferencesPage({ subscriber, token, links, values, errors: parsed.errors, messages: stored }));
        }
        const outcome = await service.updatePreferences(target.subscriberId, parsed.value);
        if (!outcome.saved) return htmlResult(409, pages.notSubscribedPage(undefined, stored));
        logger.info('preferences saved', { subscriberId: target.subscriberId, paused: parsed.value.paused });
        // A just-saved change of language shows at once.
        const values = formValuesOf(outcome.subscriber);
        return htmlResult(
          200,
          pages.preferencesPage({ subscriber: outcome.subscriber, token, links, values, saved: true, messages: await loadMessages(values.language) }),
        );
      },
    },
    '/unsubscribe': {
      GET: async (event) => {
        const token = field(readQuery(event), 'token');
        const target = await service.subscriberForLink(token, 'unsubscribe');
        if (!target) return notFound('unsubscribe', event);
        return htmlResult(200, await unsubscribeChoices(event, token, target.subscriber));
      },
      // RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the URL from the header;
      // the token in the URL is the whole authorisation, so no cookie or login is involved.
      // It unsubscribes at once; the gentler choices are only for the page a person opens.
      POST: async (event) => {
        if (bodyBytes(event).length > maxBytes) throw new FormBodyError(413, `The request body is larger than ${maxBytes} bytes.`);
        const token = field(readQuery(event), 'token');
        const target = await service.subscriberForLink(token, 'unsubscribe');
        if (!target) return notFound('unsubscribe', event);
        await service.unsubscribe(target.subscriberId);
        logger.info('subscriber unsubscribed', { subscriberId: target.subscriberId });
        metrics.addMetric('Unsubscribes', 'Count', 1);
        // Only someone who had confirmed can take it back: anyone else signs up again.
        const canUndo = target.subscriber?.status === 'confirmed';
        const t = await catalogueFor(event, target.subscriber);
        return htmlResult(
          200,
          pages.unsubscribedPage(service.linksFor(target.subscriberId), canUndo ? service.restoreTokenFor(target.subscriberId) : undefined, t),
        );
      },
    },
    '/unsubscribe/pause': {
      POST: async (event) => {
        const token = field(readQuery(event), 'token');
        const raw = form(event);
        const target = await service.subscriberForLink(token, 'unsubscribe');
        if (!target) return notFound('unsubscribe', event);
        const { subscriber } = target;
        if (subscriber?.status !== 'confirmed') return htmlResult(409, pages.notSubscribedPage(undefined, await catalogueFor(event, subscriber)));
        const t = await catalogueFor(event, subscriber);
        let until: string;
        try {
          until = checkPauseDate(field(raw, 'until'), subscriber.timeZone, now());
        } catch (error) {
          if (!(error instanceof PauseDateError)) throw error;
          const message = { 'not-a-date': t.pauseDateInvalid, 'not-after-today': t.pauseDateNotAfterToday, 'too-far': t.pauseDateTooFar }[error.reason];
          return htmlResult(400, await unsubscribeChoices(event, token, subscriber, message));
        }
        const outcome = await service.pauseUntil(target.subscriberId, until);
        if (!outcome.done) return htmlResult(409, pages.notSubscribedPage(undefined, await catalogueFor(event, subscriber)));
        logger.info('subscriber paused', { subscriberId: target.subscriberId, until });
        metrics.addMetric('PausedInsteadOfUnsubscribe', 'Count', 1);
        const paused = await loadMessages(languageOf(outcome.subscriber));
        return htmlResult(200, pages.pausedPage(outcome.subscriber, service.linksFor(target.subscriberId), paused));
      },
    },
    '/unsubscribe/less': {
      POST: async (event) => {
        const token = field(readQuery(event), 'token');
        const choice = field(form(event), 'less');
        const target = await service.subscriberForLink(token, 'unsubscribe');
        if (!target) return notFound('unsubscribe', event);
        if (choice !== 'digest-only') return htmlResult(400, await unsubscribeChoices(event, token, target.subscriber));
        const outcome = await service.sendLess(target.subscriberId, choice);
        if (!outcome.done) return htmlResult(409, pages.notSubscribedPage(undefined, await catalogueFor(event, target.subscriber)));
        logger.info('subscriber chose less email', { subscriberId: target.subscriberId, choice });
        metrics.addMetric('LessInsteadOfUnsubscribe', 'Count', 1);
        const less = await loadMessages(languageOf(outcome.subscriber));
        return htmlResult(200, pages.sentLessPage(outcome.subscriber, service.linksFor(target.subscriberId), less));
      },
    },
    '/unsubscribe/undo': {
      POST: async (event) => {
        const target = await service.subscriberForLink(field(form(event), 'token'), 'restore');
        if (!target?.subscriber) return notFound('restore', event);
        const words = await catalogueFor(event, target.subscriber);
        const outcome = await service.undoUnsubscribe(target.subscriberId);
        if (outcome === 'too-late') return htmlResult(410, pages.tooLatePage(words));
        const current = await service.subscriberForLink(field(form(event), 'token'), 'restore');
        if (outcome === 'not-unsubscribed' && current?.subscriber?.status !== 'confirmed') return htmlResult(409, pages.notSubscribedPage(undefined, words));
        logger.info('unsubscribe undone', { subscriberId: target.subscriberId });
        metrics.addMetric('UnsubscribesUndone', 'Count', 1);
        return htmlResult(200, pages.undoneUnsubscribePage(current?.subscriber ?? target.subscriber, service.linksFor(target.subscriberId), words));
      },
    },
    '/export': {
      GET: async (event) => {
        const target = await manageTarget(field(readQuery(event), 'token'));
        if (!target) return notFound('download', event);
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
        const target = await manageTarget(token);
        if (!target) return notFound('erase', event);
        return htmlResult(200, pages.erasePage(token, service.linksFor(target.subscriberId), await catalogueFor(event, target.subscriber), switchFrom(event)));
      },
      POST: async (event) => {
        const target = await manageTarget(field(form(event), 'token'));
        if (!target) return notFound('erase', event);
        const outcome = await service.requestErasure(target.subscriberId);
        logger.info('subscriber erasure asked for', { subscriberId: target.subscriberId, state: outcome.state });
        metrics.addMetric('Erasures', 'Count', 1);
        const words = await catalogueFor(event, target.subscriber);
        const zone = target.subscriber?.timeZone ?? 'UTC';
        return outcome.state === 'pending'
          ? htmlResult(200, pages.erasedPage(service.restoreTokenFor(target.subscriberId), outcome.eraseAt, zone, words))
          : htmlResult(200, pages.erasedPage(undefined, undefined, zone, words));
      },
    },
    '/erase/restore': {
      POST: async (event) => {
        const token = field(form(event), 'token');
        const target = await service.subscriberForLink(token, 'restore');
        if (!target) return notFound('restore', event);
        const words = await catalogueFor(event, target.subscriber);
        if (!target.subscriber) return htmlResult(410, pages.tooLatePage(words));
        const outcome = await service.restoreErasure(target.subscriberId);
        if (outcome === 'too-late') return htmlResult(410, pages.tooLatePage(words));
        const restored = (await service.subscriberForLink(token, 'restore'))?.subscriber;
        if (!restored) return htmlResult(410, pages.tooLatePage(words));
        logger.info('erasure taken back', { subscriberId: target.subscriberId, outcome });
        metrics.addMetric('ErasuresTakenBack', 'Count', 1);
        return htmlResult(200, pages.restoredPage(restored, service.linksFor(target.subscriberId), words));
      },
    },
  };

  return async function subscriberForms(path, method, event) {
    const route = routes[path]?.[method];
    if (!route) return undefined;
    try {
      return await route(event);
    } finally {
      publishMetrics();
    }
  };
}
