/**
 * The sign-up page and the problem page, as template functions: what a cold start of the
 * subscriber pages (and the archive, for its problem page) needs. The pages of the forms and
 * signed links are in `account-pages.ts`. Each returns a whole HTML document; the routes pick
 * the status code.
 */
import { CONSENT_VERSION, consentTextFor } from '../domain/subscriptions/consent.js';
import type { FieldErrors } from '../domain/subscriptions/validation.js';
import { localeTag } from '../i18n/languages.js';
import type { Messages } from '../i18n/messages.js';
import type { Edition } from '../domain/digest/edition.js';
import { detectLanguage } from '../i18n/detect-language.js';
import { jurisdictionName, regionName, topicName } from '../i18n/names.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import {
  renderEmailField,
  hasFieldErrors,
  renderErrorSummary,
  renderFrequencyField,
  renderLanguageField,
  renderRegionsField,
  renderTimeZoneField,
  renderTopicsField,
  type FormValues,
} from './preference-fields.js';

/** A few stories of a recent edition, compact: what a digest holds, before anyone signs up. */
function renderSample(sample: Edition | undefined, t: Messages): SafeHtml {
  const { language } = t;
  const archive = html`<p><a href="/archive">${t.sampleArchiveLink}</a> · <a href="/search">${t.searchLink}</a></p>`;
  if (!sample)
    return html`<section class="sample" aria-labelledby="sample-title"><h2 id="sample-title">${t.sampleHeading}</h2><p>${t.sampleNone}</p>${archive}</section>`;
  return html`<section class="sample" aria-labelledby="sample-title">
<h2 id="sample-title">${t.sampleHeading}</h2>
<p class="hint">${t.sampleIntro({ region: regionName(sample.regionId, language), week: sample.week })}</p>
<ol>${sample.items.map((item) => {
    const storyLanguage = detectLanguage(`${item.title} ${item.summary}`);
    const names = [...item.jurisdictions.map((code) => jurisdictionName(code, language)), ...item.topics.map((topic) => topicName(topic, language))];
    return html`<li><a href="/stories/${encodeURIComponent(item.storyId)}"${storyLanguage ? html` lang="${localeTag(storyLanguage)}"` : ''}>${item.title}</a><br><span class="hint">${item.source} · ${names.join(t.listSeparator)}</span></li>`;
  })}</ol>
${archive}
</section>`;
}

/** The page speaks `t`'s language; `values.language` is the choice the form shows. */
export function subscribePage(values: FormValues, t: Messages, errors: FieldErrors = {}, sample?: Edition, switchFrom?: string): string {
  return renderPage({
    title: t.subscribeTitle,
    hasErrors: hasFieldErrors(errors),
    withTimeZoneScript: true,
    messages: t,
    switchFrom,
    main: html`<h1>${t.subscribeHeading}</h1>
<p>${t.subscribeIntro}</p>
${hasFieldErrors(errors) ? '' : renderSample(sample, t)}
${renderErrorSummary(errors, t)}
<form method="post" action="/subscribe" novalidate>
${renderEmailField(values.email, errors.email, t)}
${renderLanguageField(values.language, errors.language, t)}
${renderRegionsField(values.regions, errors.regions, t)}
${renderTopicsField(values.topics, errors.topics, t)}
${renderFrequencyField(values.frequency, errors.frequency, t)}
${renderTimeZoneField(values.timeZone, values.timeZoneFromBrowser, errors.timeZone, t)}
<div class="trap" aria-hidden="true">
<label for="website">${t.trapLabel}</label>
<input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
</div>
<section class="consent" id="consent" aria-labelledby="consent-title" tabindex="-1">
<h2 id="consent-title">${t.consentHeading}</h2>
${errors.consentVersion ? html`<p class="error"><span class="visually-hidden">${t.errorPrefix}</span> ${errors.consentVersion}</p>` : ''}
<p>${consentTextFor(t.language)}</p>
<p class="hint">${t.consentVersionLine({ version: CONSENT_VERSION })}</p>
</section>
<input type="hidden" name="consentVersion" value="${CONSENT_VERSION}">
<input type="hidden" name="sourcePage" value="/subscribe">
<button type="submit">${t.subscribeButton}</button>
</form>`,
  });
}

export function problemPage(title: string, message: string, t: Messages): string {
  return renderPage({ title, messages: t, main: html`<h1>${title}</h1><p>${message}</p>` });
}
