/**
 * The subscriber pages, as template functions. Each returns a whole HTML document; the routes
 * pick the status code. Anything that changes state is a form with a button (POST), so a link
 * opened by a mail scanner changes nothing.
 */
import { CONSENT_TEXT, CONSENT_VERSION } from '../domain/subscriptions/consent.js';
import type { SubscriberLinks } from '../domain/subscriptions/ports.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import type { FieldErrors } from '../domain/subscriptions/validation.js';
import { DEFAULT_LANGUAGE, languageOf, type Language } from '../i18n/languages.js';
import { messagesFor } from '../i18n/messages.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import {
  renderChoicesSummary,
  renderEmailField,
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

const hasAny = (errors: FieldErrors) => Object.keys(errors).length > 0;

/** The page is in the language the form holds: the browser's on a fresh form, else the one chosen. */
export function subscribePage(values: FormValues, errors: FieldErrors = {}): string {
  const language = values.language;
  const t = messagesFor(language);
  return renderPage({
    title: t.subscribeTitle,
    hasErrors: hasAny(errors),
    withTimeZoneScript: true,
    language,
    main: html`<h1>${t.subscribeHeading}</h1>
<p>${t.subscribeIntro}</p>
${renderErrorSummary(errors, language)}
<form method="post" action="/subscribe" novalidate>
${renderEmailField(values.email, errors.email, language)}
${renderLanguageField(values.language, errors.language, language)}
${renderRegionsField(values.regions, errors.regions, language)}
${renderTopicsField(values.topics, errors.topics, language)}
${renderFrequencyField(values.frequency, errors.frequency, language)}
${renderTimeZoneField(values.timeZone, values.timeZoneFromBrowser, errors.timeZone, language)}
<div class="trap" aria-hidden="true">
<label for="website">${t.trapLabel}</label>
<input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
</div>
<section class="consent" id="consent" aria-labelledby="consent-title" tabindex="-1">
<h2 id="consent-title">${t.consentHeading}</h2>
${errors.consentVersion ? html`<p class="error"><span class="visually-hidden">${t.errorPrefix}</span> ${errors.consentVersion}</p>` : ''}
<p>${CONSENT_TEXT}</p>
<p class="hint">${t.consentVersionLine({ version: CONSENT_VERSION })}</p>
</section>
<input type="hidden" name="consentVersion" value="${CONSENT_VERSION}">
<input type="hidden" name="sourcePage" value="/subscribe">
<button type="submit">${t.subscribeButton}</button>
</form>`,
  });
}

export function checkEmailPage(email: string, language: Language = DEFAULT_LANGUAGE): string {
  const t = messagesFor(language);
  return renderPage({
    title: t.checkEmailTitle,
    language,
    main: html`<h1>${t.checkEmailTitle}</h1>
<p>${t.checkEmailSent({ email })}</p>
<p>${t.checkEmailBody}</p>
<p>${t.checkEmailNothing} <a href="/subscribe">${t.tryAgain}</a></p>`,
  });
}

export function rateLimitedPage(): string {
  return renderPage({
    title: 'Too many requests',
    main: html`<h1>Too many requests</h1>
<p>We have sent as many emails for this address, or from your network, as we send in an hour. Wait an hour, then try again.</p>
<p>This limit stops anyone from using Newsdesk to flood an inbox.</p>`,
  });
}

export function confirmPage(token: string, subscriber: Subscriber): string {
  const language = languageOf(subscriber);
  const t = messagesFor(language);
  return renderPage({
    title: t.confirmTitle,
    language,
    main: html`<h1>${t.confirmTitle}</h1>
<p>${t.confirmIntro({ email: subscriber.email })}</p>
${renderChoicesSummary(subscriber)}
<form method="post" action="/confirm">
<input type="hidden" name="token" value="${token}">
<button type="submit">${t.confirmButton}</button>
</form>
<p class="hint">${t.confirmLater}</p>`,
  });
}

export function confirmLinkProblemPage(state: 'expired' | 'used', token: string): string {
  const title = state === 'expired' ? 'This link has expired' : 'This link has already been used';
  return renderPage({
    title,
    main: html`<h1>${title}</h1>
${
  state === 'expired'
    ? html`<p>Confirmation links work for 72 hours. We can send you a new one.</p>`
    : html`<p>Each confirmation link works once. If you confirmed already, you are subscribed. If you asked for a newer link, use that one.</p>`
}
<form method="post" action="/confirm/resend">
<input type="hidden" name="token" value="${token}">
<button type="submit">Email me a new link</button>
</form>
<p class="hint">If you are already subscribed, the email holds a link to your preferences instead.</p>`,
  });
}

export function linkNotValidPage(what: string): string {
  return renderPage({
    title: 'This link does not work',
    main: html`<h1>This link does not work</h1>
<p>This ${what} link is not complete, or what it pointed to no longer exists. If you copied it from an email, check that you copied all of it, or use the link in your most recent email from Newsdesk.</p>
<p>Unconfirmed sign-ups are deleted after 7 days, and erased subscriptions are gone for good: you can <a href="/subscribe">subscribe again</a>.</p>`,
  });
}

export function confirmedPage(subscriber: Subscriber, links: SubscriberLinks): string {
  const language = languageOf(subscriber);
  const t = messagesFor(language);
  return renderPage({
    title: t.confirmedTitle,
    language,
    main: html`<h1>${t.confirmedTitle}</h1>
<p>${t.confirmedIntro({ email: subscriber.email })}</p>
${renderChoicesSummary(subscriber)}
<p>${t.changePreferencesAnyTime} <a href="${links.preferences}">${t.changeYourPreferences}</a></p>`,
  });
}

export function resentPage(): string {
  return renderPage({
    title: 'Check your email',
    main: html`<h1>Check your email</h1>
<p>If the sign-up is still waiting for confirmation, we have sent a new confirmation link; it works for 72 hours. If it is already confirmed, we have sent a link to your preferences instead.</p>`,
  });
}

export interface PreferencesPageOptions {
  readonly subscriber: Subscriber;
  readonly token: string;
  readonly links: SubscriberLinks;
  readonly values: FormValues;
  readonly errors?: FieldErrors;
  readonly saved?: boolean;
}

export function preferencesPage({ subscriber, token, links, values, errors = {}, saved }: PreferencesPageOptions): string {
  // The page speaks the stored language; a just-saved change of language shows at once.
  const language = saved ? values.language : languageOf(subscriber);
  const t = messagesFor(language);
  return renderPage({
    title: t.preferencesTitle,
    hasErrors: hasAny(errors),
    language,
    main: html`<h1>${t.preferencesTitle}</h1>
<p>${t.preferencesFor({ email: subscriber.email })}</p>
${saved ? html`<div class="notice" role="status"><p>${values.paused ? t.preferencesSavedPaused : t.preferencesSaved}</p></div>` : ''}
${subscriber.suppressedAt ? html`<div class="notice" role="status"><p>We stopped sending to this address because mail to it bounced or was reported as spam. <a href="/subscribe">Subscribe again</a> and confirm to start again.</p></div>` : ''}
${renderErrorSummary(errors, language)}
<form method="post" action="/preferences" novalidate>
<input type="hidden" name="token" value="${token}">
${renderLanguageField(values.language, errors.language, language)}
${renderRegionsField(values.regions, errors.regions, language)}
${renderTopicsField(values.topics, errors.topics, language)}
${renderFrequencyField(values.frequency, errors.frequency, language)}
${renderTimeZoneField(values.timeZone, false, errors.timeZone, language)}
${renderDigestTimeField(values.digestWeekday, values.digestHour, errors, language)}
${renderPausedField(values.paused, language)}
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
export function notSubscribedPage(links?: SubscriberLinks): string {
  return renderPage({
    title: 'You are not subscribed',
    main: html`<h1>You are not subscribed</h1>
<p>This address is not subscribed to Newsdesk at the moment, so there are no preferences to change. You can <a href="/subscribe">subscribe again</a>.</p>
${links && html`<p>We still keep your record for a while after you leave. <a href="${links.export ?? ''}">Download everything we hold about you</a> (a JSON file), or <a href="${links.erase ?? ''}">erase your data</a> now.</p>`}`,
  });
}

export function unsubscribePage(token: string, subscriber: Subscriber | undefined): string {
  const subscribed = subscriber?.status === 'confirmed' || subscriber?.status === 'pending';
  return renderPage({
    title: 'Unsubscribe',
    main: html`<h1>Unsubscribe from Newsdesk</h1>
${
  subscribed
    ? html`<p>Stop all Newsdesk email to <strong>${subscriber!.email}</strong>. It takes effect at once.</p>`
    : html`<p>This address is not subscribed at the moment. Unsubscribing again does no harm.</p>`
}
<form method="post" action="/unsubscribe?token=${encodeURIComponent(token)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button>
</form>`,
  });
}

export function unsubscribedPage(links: SubscriberLinks): string {
  return renderPage({
    title: 'You are unsubscribed',
    main: html`<h1>You are unsubscribed</h1>
<p>We will not email you again. Your record is kept for 30 days, so that you can download it, then deleted.</p>
<p><a href="${links.export ?? ''}">Download everything we hold about you</a> (a JSON file). The preferences link in our emails keeps this download for those 30 days.</p>
<p>Want it gone now? <a href="${links.erase ?? ''}">Erase your data</a>. Changed your mind? <a href="/subscribe">Subscribe again</a>.</p>`,
  });
}

export function erasePage(token: string): string {
  return renderPage({
    title: 'Erase your data',
    main: html`<h1>Erase your data</h1>
<p>This deletes your address, your choices, your consent record and the record of the emails we sent you. It cannot be undone.</p>
<p>We keep one thing: a keyed hash of your address on a suppression list, so that we never email you by mistake. A keyed hash is a fingerprint: it lets us recognise your address if it is entered again, but it cannot be turned back into the address.</p>
<form method="post" action="/erase">
<input type="hidden" name="token" value="${token}">
<button type="submit" class="danger">Erase my data</button>
</form>`,
  });
}

export function erasedPage(): string {
  return renderPage({
    title: 'Your data is erased',
    main: html`<h1>Your data is erased</h1>
<p>We deleted your address, your choices, your consent record and the record of the emails we sent you.</p>
<p>We kept only a keyed hash of your address on our suppression list, so that we never email you by mistake. If you subscribe again and confirm from the email, that confirmation lifts the suppression; nothing else does.</p>`,
  });
}

export function problemPage(title: string, message: string, language: Language = DEFAULT_LANGUAGE): string {
  return renderPage({ title, language, main: html`<h1>${title}</h1><p>${message}</p>` });
}
