/**
 * The pages a subscriber reaches from a form or a signed link (checking their email,
 * confirming, preferences, unsubscribing, erasure), as template functions, in the chunk of
 * `subscriber-forms.ts`. Each returns a whole HTML document; the routes pick the status code.
 * Anything that changes state is a form with a button (POST), so a link opened by a mail
 * scanner changes nothing.
 */
import type { SubscriberLinks } from '../domain/subscriptions/ports.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import type { FieldErrors } from '../domain/subscriptions/validation.js';
import type { Language } from '../i18n/languages.js';
import type { Messages } from '../i18n/messages.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import {
  renderChoicesSummary,
  hasFieldErrors,
  renderErrorSummary,
  renderFrequencyField,
  renderDigestTimeField,
  renderLanguageField,
  renderPausedField,
  renderRegionsField,
  renderTimeZoneField,
  renderTopicsField,
  type FormValues,
} from './preference-fields.js';

export function checkEmailPage(email: string, t: Messages): string {
  return renderPage({
    title: t.checkEmailTitle,
    messages: t,
    main: html`<h1>${t.checkEmailTitle}</h1>
<p>${t.checkEmailSent({ email })}</p>
<p>${t.checkEmailBody}</p>
<p>${t.checkEmailNothing} <a href="/subscribe">${t.tryAgain}</a></p>`,
  });
}

export function rateLimitedPage(t: Messages): string {
  return renderPage({
    title: t.rateLimitedTitle,
    messages: t,
    main: html`<h1>${t.rateLimitedTitle}</h1>
<p>${t.rateLimitedBody}</p>
<p>${t.rateLimitedWhy}</p>`,
  });
}

export function confirmPage(token: string, subscriber: Subscriber, t: Messages): string {
  return renderPage({
    title: t.confirmTitle,
    messages: t,
    main: html`<h1>${t.confirmTitle}</h1>
<p>${t.confirmIntro({ email: subscriber.email })}</p>
${renderChoicesSummary(subscriber, t)}
<form method="post" action="/confirm">
<input type="hidden" name="token" value="${token}">
<button type="submit">${t.confirmButton}</button>
</form>
<p class="hint">${t.confirmLater}</p>`,
  });
}

export function confirmLinkProblemPage(state: 'expired' | 'used', token: string, t: Messages): string {
  const title = state === 'expired' ? t.linkExpiredTitle : t.linkUsedTitle;
  return renderPage({
    title,
    messages: t,
    main: html`<h1>${title}</h1>
<p>${state === 'expired' ? t.linkExpiredBody : t.linkUsedBody}</p>
<form method="post" action="/confirm/resend">
<input type="hidden" name="token" value="${token}">
<button type="submit">${t.resendButton}</button>
</form>
<p class="hint">${t.resendHint}</p>`,
  });
}

/** `what` names the link: each has its own sentence, so no word is glued into another language's grammar. */
export type LinkKind = 'confirmation' | 'preferences' | 'unsubscribe' | 'download' | 'erase' | 'restore';

export function linkNotValidPage(what: LinkKind, t: Messages, switchFrom?: string): string {
  return renderPage({
    title: t.linkNotValidTitle,
    messages: t,
    switchFrom,
    main: html`<h1>${t.linkNotValidTitle}</h1>
<p>${t.linkNotValidBody[what]}</p>
<p>${t.linkNotValidGone} <a href="/subscribe">${t.subscribeAgain}</a></p>`,
  });
}

export function confirmedPage(subscriber: Subscriber, links: SubscriberLinks, t: Messages): string {
  return renderPage({
    title: t.confirmedTitle,
    messages: t,
    main: html`<h1>${t.confirmedTitle}</h1>
<p>${t.confirmedIntro({ email: subscriber.email })}</p>
${renderChoicesSummary(subscriber, t)}
<p>${t.changePreferencesAnyTime} <a href="${links.preferences}">${t.changeYourPreferences}</a></p>`,
  });
}

export function resentPage(t: Messages): string {
  return renderPage({
    title: t.checkEmailTitle,
    messages: t,
    main: html`<h1>${t.checkEmailTitle}</h1>
<p>${t.resentBody}</p>`,
  });
}

export interface PreferencesPageOptions {
  readonly subscriber: Subscriber;
  readonly token: string;
  readonly links: SubscriberLinks;
  readonly values: FormValues;
  readonly errors?: FieldErrors;
  readonly saved?: boolean;
  /** The stored language's catalogue; after a save, the newly chosen one's, so a change of language shows at once. */
  readonly messages: Messages;
}

export function preferencesPage({ subscriber, token, links, values, errors = {}, saved, messages: t }: PreferencesPageOptions): string {
  const { language } = t;
  return renderPage({
    title: t.preferencesTitle,
    hasErrors: hasFieldErrors(errors),
    messages: t,
    main: html`<h1>${t.preferencesTitle}</h1>
<p>${t.preferencesFor({ email: subscriber.email })}</p>
${saved ? html`<div class="notice" role="status"><p>${values.paused ? t.preferencesSavedPaused : t.preferencesSaved}</p></div>` : ''}
${subscriber.suppressedAt ? html`<div class="notice" role="status"><p>${t.suppressedNotice} <a href="/subscribe">${t.subscribeAgain}</a></p></div>` : ''}
${values.paused && typeof subscriber.pausedUntil === 'string' ? html`<div class="notice" role="status"><p>${t.pausedUntilNotice({ date: formatLocalDate(language, subscriber.pausedUntil) })}</p></div>` : ''}
${renderErrorSummary(errors, t)}
<form method="post" action="/preferences" novalidate>
<input type="hidden" name="token" value="${token}">
${renderLanguageField(values.language, errors.language, t)}
${renderRegionsField(values.regions, errors.regions, t)}
${renderTopicsField(values.topics, errors.topics, t)}
${renderFrequencyField(values.frequency, errors.frequency, t)}
${renderTimeZoneField(values.timeZone, false, errors.timeZone, t)}
${renderDigestTimeField(values.digestWeekday, values.digestHour, errors, t)}
${renderPausedField(values.paused, t)}
<button type="submit">${t.preferencesSaveButton}</button>
</form>
<h2>${t.yourData}</h2>
<ul>
<li><a href="${links.export ?? ''}">${t.downloadData}</a></li>
<li><a href="${links.unsubscribe}">${t.unsubscribeLink}</a></li>
<li><a href="${links.erase ?? ''}">${t.eraseLink}</a></li>
</ul>`,
  });
}

/** `links` when a record is still kept (after an unsubscribe): it can be downloaded or erased until it is deleted. */
export function notSubscribedPage(links: SubscriberLinks | undefined, t: Messages): string {
  return renderPage({
    title: t.notSubscribedTitle,
    messages: t,
    main: html`<h1>${t.notSubscribedTitle}</h1>
<p>${t.notSubscribedBody} <a href="/subscribe">${t.subscribeAgain}</a></p>
${links && html`<p>${t.recordKeptWhile}</p><ul><li><a href="${links.export ?? ''}">${t.downloadData}</a></li><li><a href="${links.erase ?? ''}">${t.eraseLink}</a></li></ul>`}`,
  });
}

/** A date the reader chose (YYYY-MM-DD), written as their language writes dates. */
function formatLocalDate(language: Language, date: string): string {
  return formatDate(language, new Date(`${date}T00:00:00Z`));
}

export interface UnsubscribePageOptions {
  readonly token: string;
  readonly subscriber: Subscriber | undefined;
  readonly messages: Messages;
  /** The date four weeks from today in the reader's zone, and the earliest and latest dates a pause may end. */
  readonly fourWeeksOn: string;
  readonly earliest: string;
  readonly latest: string;
  readonly switchFrom?: string;
  readonly dateError?: string;
  /** The reader's own preferences page (a signed link), where fewer regions or topics is one step. */
  readonly preferencesUrl?: string;
}

/**
 * Gentler choices first (a pause, less mail), then leaving. Each is its own form with a button,
 * so a mail scanner that opens the link changes nothing; the leaving form is the same one-click
 * POST that mail clients send (RFC 8058).
 */
export function unsubscribePage({
  token,
  subscriber,
  messages: t,
  fourWeeksOn,
  earliest,
  latest,
  switchFrom,
  dateError,
  preferencesUrl,
}: UnsubscribePageOptions): string {
  const subscribed = subscriber?.status === 'confirmed';
  const hasAlerts = subscriber?.frequency === 'instant' || subscriber?.frequency === 'both';
  const action = (path: string) => `${path}?token=${encodeURIComponent(token)}`;
  return renderPage({
    title: t.unsubscribeTitle,
    messages: t,
    switchFrom,
    hasErrors: Boolean(dateError),
    main: html`<h1>${t.unsubscribeTitle}</h1>
${
  subscribed
    ? html`<p>${t.unsubscribeFor({ email: subscriber.email })}</p>
<div class="options">
<section class="option" aria-labelledby="pause-title">
<h2 id="pause-title">${t.pauseInsteadTitle}</h2>
<p>${t.pauseInsteadBody}</p>
<form method="post" action="${action('/unsubscribe/pause')}">
<input type="hidden" name="until" value="${fourWeeksOn}">
<button type="submit">${t.pauseFourWeeksButton}</button>
</form>
<form method="post" action="${action('/unsubscribe/pause')}" novalidate>
<div class="field"><label for="until">${t.pauseUntilLabel}</label>
${dateError ? html`<p class="error" id="until-error"><span class="visually-hidden">${t.errorPrefix}</span> ${dateError}</p>` : ''}
<input type="date" id="until" name="until" min="${earliest}" max="${latest}" value="${fourWeeksOn}"${dateError ? html` aria-invalid="true" aria-describedby="until-error"` : ''}></div>
<button type="submit">${t.pauseUntilButton}</button>
</form>
</section>
${
  hasAlerts || preferencesUrl
    ? html`<section class="option" aria-labelledby="less-title">
<h2 id="less-title">${t.sendLessTitle}</h2>
${
  hasAlerts
    ? html`<p>${t.sendLessBody}</p>
<form method="post" action="${action('/unsubscribe/less')}">
<input type="hidden" name="less" value="digest-only">
<button type="submit">${t.sendLessButton}</button>
</form>`
    : ''
}
${
  preferencesUrl
    ? html`<p>${t.sendLessNarrowBody}</p>
<p><a href="${preferencesUrl}">${t.sendLessNarrowLink}</a></p>`
    : ''
}
</section>`
    : ''
}
<section class="option" aria-labelledby="leave-title">
<h2 id="leave-title">${t.leaveTitle}</h2>
<p>${t.leaveBody}</p>
<form method="post" action="${action('/unsubscribe')}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" class="danger">${t.unsubscribeButton}</button>
</form>
</section>
</div>`
    : html`<p>${t.unsubscribeNotSubscribed}</p>
<form method="post" action="${action('/unsubscribe')}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${t.unsubscribeButton}</button>
</form>`
}`,
  });
}

export function pausedPage(subscriber: Subscriber, links: SubscriberLinks, t: Messages): string {
  const { language } = t;
  const until = typeof subscriber.pausedUntil === 'string' ? formatLocalDate(language, subscriber.pausedUntil) : '';
  return renderPage({
    title: t.pausedTitle,
    messages: t,
    main: html`<h1>${t.pausedTitle}</h1>
<p role="status">${t.pausedBody({ date: until })}</p>
<p><a href="${links.preferences}">${t.changeYourPreferences}</a></p>`,
  });
}

export function sentLessPage(subscriber: Subscriber, links: SubscriberLinks, t: Messages): string {
  return renderPage({
    title: t.sentLessTitle,
    messages: t,
    main: html`<h1>${t.sentLessTitle}</h1>
<p role="status">${t.sentLessBody}</p>
${renderChoicesSummary(subscriber, t)}
<p><a href="${links.preferences}">${t.changeYourPreferences}</a></p>`,
  });
}

export function unsubscribedPage(links: SubscriberLinks, restoreToken: string | undefined, t: Messages): string {
  return renderPage({
    title: t.unsubscribedTitle,
    messages: t,
    main: html`<h1>${t.unsubscribedTitle}</h1>
<p role="status">${t.unsubscribedBody}</p>
${
  restoreToken
    ? html`<form method="post" action="/unsubscribe/undo">
<input type="hidden" name="token" value="${restoreToken}">
<button type="submit">${t.undoButton}</button>
</form>
<p class="hint">${t.undoHint}</p>`
    : ''
}
<h2>${t.yourData}</h2>
<ul>
<li><a href="${links.export ?? ''}">${t.downloadData}</a></li>
<li><a href="${links.erase ?? ''}">${t.eraseLink}</a></li>
</ul>`,
  });
}

export function undoneUnsubscribePage(subscriber: Subscriber, links: SubscriberLinks, t: Messages): string {
  return renderPage({
    title: t.welcomeBackTitle,
    messages: t,
    main: html`<h1>${t.welcomeBackTitle}</h1>
<p role="status">${t.welcomeBackBody}</p>
${renderChoicesSummary(subscriber, t)}
<p><a href="${links.preferences}">${t.changeYourPreferences}</a></p>`,
  });
}

export function tooLatePage(t: Messages): string {
  return renderPage({
    title: t.tooLateTitle,
    messages: t,
    main: html`<h1>${t.tooLateTitle}</h1>
<p>${t.tooLateBody} <a href="/subscribe">${t.subscribeAgain}</a></p>`,
  });
}

export function erasePage(token: string, links: SubscriberLinks, t: Messages, switchFrom?: string): string {
  return renderPage({
    title: t.eraseTitle,
    messages: t,
    switchFrom,
    main: html`<h1>${t.eraseTitle}</h1>
<section class="option" aria-labelledby="download-title">
<h2 id="download-title">${t.eraseDownloadFirstTitle}</h2>
<p>${t.eraseDownloadFirstBody}</p>
<p><a href="${links.export ?? ''}" download>${t.downloadData}</a></p>
</section>
<h2>${t.eraseWhatTitle}</h2>
<p>${t.eraseWhatBody}</p>
<p>${t.eraseGraceBody}</p>
<p>${t.eraseKeptHash}</p>
<form method="post" action="/erase">
<input type="hidden" name="token" value="${token}">
<button type="submit" class="danger">${t.eraseButton}</button>
</form>`,
  });
}

export function erasedPage(restoreToken: string | undefined, eraseAt: Date | undefined, timeZone: string, t: Messages): string {
  const { language } = t;
  return renderPage({
    title: t.erasedTitle,
    messages: t,
    main: html`<h1>${t.erasedTitle}</h1>
<p role="status">${eraseAt ? t.erasedPendingBody({ when: formatDateTime(language, eraseAt, timeZone) }) : t.erasedGoneBody}</p>
${
  restoreToken && eraseAt
    ? html`<form method="post" action="/erase/restore">
<input type="hidden" name="token" value="${restoreToken}">
<button type="submit">${t.restoreButton}</button>
</form>
<p class="hint">${t.restoreHint}</p>`
    : ''
}
<p>${t.erasedKeptHash}</p>`,
  });
}

export function restoredPage(subscriber: Subscriber, links: SubscriberLinks, t: Messages): string {
  const subscribed = subscriber.status === 'confirmed';
  return renderPage({
    title: t.restoredTitle,
    messages: t,
    main: html`<h1>${t.restoredTitle}</h1>
<p role="status">${subscribed ? t.restoredSubscribedBody : t.restoredUnsubscribedBody}</p>
${subscribed ? renderChoicesSummary(subscriber, t) : ''}
<p><a href="${subscribed ? links.preferences : (links.export ?? '')}">${subscribed ? t.changeYourPreferences : t.downloadData}</a></p>`,
  });
}
