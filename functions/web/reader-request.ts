/** What every subscriber page reads from its request: the reader's language and the page's own address. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { languageOf, pageLanguage, type Language } from '../i18n/languages.js';
import { loadMessages, type Messages } from '../i18n/messages.js';
import { field, readQuery } from './http.js';

/** The switcher's choice, else the subscriber's own language, else the browser's. */
export function languageFor(event: APIGatewayProxyEventV2, subscriber?: Subscriber): Language {
  return pageLanguage({
    query: field(readQuery(event), 'lang'),
    stored: subscriber ? languageOf(subscriber) : undefined,
    acceptLanguage: event.headers?.['accept-language'],
  });
}

/** The words of `languageFor`: each page awaits its catalogue, so none renders without it. */
export function catalogueFor(event: APIGatewayProxyEventV2, subscriber?: Subscriber): Promise<Messages> {
  return loadMessages(languageFor(event, subscriber));
}

/** The page's address, for the language switcher: GET pages only, where a link loses nothing. */
export function switchFrom(event: APIGatewayProxyEventV2): string {
  return event.rawQueryString ? `${event.rawPath}?${event.rawQueryString}` : event.rawPath;
}
