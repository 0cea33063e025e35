/**
 * The form controls shared by the sign-up and preferences pages: regions grouped as the
 * taxonomy groups them, topics, frequency, time zone. Each error sits inside its field and is
 * tied to it with aria-describedby; the form re-renders with exactly what was sent.
 */
import { EVERYWHERE_REGION_ID, findJurisdictionEntry, REGIONS, TOPIC_ENTRIES, type Region } from '../taxonomy/regions.js';
import { TIME_ZONES } from '../domain/subscriptions/time-zones.js';
import type { FieldErrors, FieldName, RawFormInput } from '../domain/subscriptions/validation.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { sendTimeOf } from '../domain/digest/digest-slots.js';
import { DEFAULT_SEND_TIME } from '../domain/digest/send-time.js';
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, languageOf, localeTag, type Language } from '../i18n/languages.js';
import type { Messages } from '../i18n/messages.js';
import { jurisdictionName, regionName, topicName } from '../i18n/names.js';
import { html, type SafeHtml } from './html.js';

export interface FormValues {
  readonly email: string;
  readonly regions: readonly string[];
  readonly topics: readonly string[];
  readonly frequency: string;
  readonly timeZone: string;
  /** The digest's day (1 = Monday) and hour, as the form sends them. */
  readonly digestWeekday: string;
  readonly digestHour: string;
  readonly language: Language;
  readonly paused: boolean;
  /** True on a fresh sign-up form: the browser may fill in its own time zone. */
  readonly timeZoneFromBrowser: boolean;
}

export const EMPTY_FORM: FormValues = {
  email: '',
  regions: [],
  topics: [],
  frequency: 'weekly',
  timeZone: 'UTC',
  digestWeekday: String(DEFAULT_SEND_TIME.weekday),
  digestHour: String(DEFAULT_SEND_TIME.hour),
  language: DEFAULT_LANGUAGE,
  paused: false,
  timeZoneFromBrowser: true,
};

function strings(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** What the person sent, to show it back unchanged next to the errors. */
export function formValuesFrom(raw: RawFormInput, fallbackLanguage: Language = DEFAULT_LANGUAGE): FormValues {
  const language = strings(raw.language)[0];
  return {
    language: LANGUAGES.find((known) => known === language) ?? fallbackLanguage,
    email: strings(raw.email)[0] ?? '',
    regions: strings(raw.regions),
    topics: strings(raw.topics),
    frequency: strings(raw.frequency)[0] ?? '',
    timeZone: strings(raw.timeZone)[0] ?? '',
    digestWeekday: strings(raw.digestWeekday)[0] ?? String(DEFAULT_SEND_TIME.weekday),
    digestHour: strings(raw.digestHour)[0] ?? String(DEFAULT_SEND_TIME.hour),
    paused: ['on', 'true'].includes(strings(raw.paused)[0] ?? ''),
    timeZoneFromBrowser: false,
  };
}

export function formValuesOf(subscriber: Subscriber): FormValues {
  const sendTime = sendTimeOf(subscriber);
  return {
    ...subscriber,
    language: languageOf(subscriber),
    digestWeekday: String(sendTime.weekday),
    digestHour: String(sendTime.hour),
    timeZoneFromBrowser: false,
  };
}

/** Where the error summary sends focus for each field. */
export function fieldAnchor(field: FieldName): string {
  switch (field) {
    case 'regions':
      return `region-${EVERYWHERE_REGION_ID}`;
    case 'topics':
      return `topic-${TOPIC_ENTRIES[0]?.id ?? ''}`;
    case 'frequency':
      return 'frequency-weekly';
    case 'language':
      return `language-${DEFAULT_LANGUAGE}`;
    case 'consentVersion':
      return 'consent';
    case 'digestWeekday':
    case 'digestHour':
      return field;
    default:
      return field;
  }
}

const FIELD_ORDER: readonly FieldName[] = [
  'email',
  'regions',
  'topics',
  'frequency',
  'timeZone',
  'language',
  'digestWeekday',
  'digestHour',
  'paused',
  'consentVersion',
];

/** Whether a form came back with any field's error. */
export const hasFieldErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0;

export function renderErrorSummary(errors: FieldErrors, t: Messages): SafeHtml {
  const fields = FIELD_ORDER.filter((field) => errors[field]);
  if (!fields.length) return html``;
  // autofocus: after a failed submit, focus starts at the list of problems, with no script needed.
  return html`<div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${t.errorSummaryTitle}</h2>
<ul>${fields.map((field) => html`<li><a href="#${fieldAnchor(field)}">${errors[field]}</a></li>`)}</ul>
</div>`;
}

function errorLine(id: string, message: string | undefined, t: Messages): SafeHtml {
  return message ? html`<p class="error" id="${id}"><span class="visually-hidden">${t.errorPrefix}</span> ${message}</p>` : html``;
}

function describedBy(...ids: (string | false | undefined)[]): string {
  return ids.filter(Boolean).join(' ');
}

export function renderEmailField(value: string, error: string | undefined, t: Messages): SafeHtml {
  return html`<div class="field">
<label for="email">${t.emailLabel}</label>
<p class="hint" id="email-hint">${t.emailHint}</p>
${errorLine('email-error', error, t)}
<input type="email" id="email" name="email" value="${value}" autocomplete="email" spellcheck="false" inputmode="email"
  aria-describedby="${describedBy('email-hint', error && 'email-error')}"${error ? html` aria-invalid="true"` : ''}>
</div>`;
}

function checkbox(name: string, id: string, value: string, label: string, checked: boolean, detail?: string): SafeHtml {
  const detailId = `${id}-detail`;
  return html`<div class="choice">
<input type="checkbox" id="${id}" name="${name}" value="${value}"${checked ? html` checked` : ''}${detail ? html` aria-describedby="${detailId}"` : ''}>
<div><label for="${id}">${label}</label>${detail ? html`<small id="${detailId}">${detail}</small>` : ''}</div>
</div>`;
}

interface RegionSection {
  /** A region group's id, or undefined for the whole-regions and other-jurisdictions sections. */
  readonly groupId?: string;
  readonly kind: 'groups' | 'group' | 'rest';
  readonly regions: readonly Region[];
}

/**
 * Whole regions first, then every jurisdiction once, under the first region group that holds
 * it; jurisdictions in no group come last. Derived from the taxonomy, however large it grows.
 */
function regionSections(): RegionSection[] {
  // "Everything, worldwide" has a place of its own, above the sections.
  const groups = REGIONS.filter((region) => region.kind === 'group' && region.id !== EVERYWHERE_REGION_ID);
  const jurisdictions = REGIONS.filter((region) => region.kind === 'jurisdiction');
  const placed = new Set<string>();
  const sections: RegionSection[] = [{ kind: 'groups', regions: groups }];
  for (const group of groups) {
    const members = jurisdictions.filter((region) => !placed.has(region.id) && region.jurisdictions.some((code) => group.jurisdictions.includes(code)));
    members.forEach((region) => placed.add(region.id));
    if (members.length) sections.push({ kind: 'group', groupId: group.id, regions: members });
  }
  const rest = jurisdictions.filter((region) => !placed.has(region.id));
  if (rest.length) sections.push({ kind: 'rest', regions: rest });
  return sections.filter((section) => section.regions.length);
}

const REGION_SECTIONS = regionSections();

const NAMED_MEMBERS = 5;

/** "Hong Kong, Macao, …": a hint of what a group covers, short even for a large group. */
function memberNames(region: Region, t: Messages): string {
  const { language } = t;
  const names = region.jurisdictions.filter((code) => findJurisdictionEntry(code)).map((code) => jurisdictionName(code, language));
  if (names.length <= NAMED_MEMBERS + 1) return names.join(t.listSeparator);
  return t.memberNamesMore({ names: names.slice(0, NAMED_MEMBERS).join(t.listSeparator), more: names.length - NAMED_MEMBERS });
}

function sectionLegend(section: RegionSection, t: Messages): string {
  const { language } = t;
  if (section.kind === 'groups') return t.wholeRegions;
  if (section.kind === 'group') return regionName(section.groupId ?? '', language);
  return t.otherJurisdictions;
}

export function renderRegionsField(selected: readonly string[], error: string | undefined, t: Messages): SafeHtml {
  const { language } = t;
  const chosen = new Set(selected);
  return html`<fieldset id="regions" aria-describedby="${describedBy('regions-hint', error && 'regions-error')}"${error ? html` class="invalid"` : ''}>
<legend>${t.regionsLegend}</legend>
<p class="hint" id="regions-hint">${t.regionsHint}</p>
${errorLine('regions-error', error, t)}
<div class="choices-first">${checkbox('regions', `region-${EVERYWHERE_REGION_ID}`, EVERYWHERE_REGION_ID, regionName(EVERYWHERE_REGION_ID, language), chosen.has(EVERYWHERE_REGION_ID), t.everywhereDetail)}</div>
${REGION_SECTIONS.map((section, index) => {
  const legend = sectionLegend(section, t);
  const choices = html`<div class="choices">${section.regions.map((region) =>
    checkbox(
      'regions',
      `region-${region.id}`,
      region.id,
      regionName(region.id, language),
      chosen.has(region.id),
      region.kind === 'group' ? memberNames(region, t) : undefined,
    ),
  )}</div>`;
  if (index === 0)
    return html`<fieldset>
<legend>${legend}</legend>
${choices}
</fieldset>`;
  // Long lists of single jurisdictions fold away, so the page stays short on a phone; a
  // section with something chosen opens by itself. <details> needs no script.
  const chosenHere = section.regions.filter((region) => chosen.has(region.id)).length;
  const count = t.jurisdictionCount({ count: section.regions.length, chosen: chosenHere });
  return html`<details class="section"${chosenHere ? html` open` : ''}>
<summary>${legend} <span class="count">(${count})</span></summary>
<fieldset>
<legend class="visually-hidden">${legend}</legend>
${choices}
</fieldset>
</details>`;
})}
</fieldset>`;
}

export function renderTopicsField(selected: readonly string[], error: string | undefined, t: Messages): SafeHtml {
  const { language } = t;
  const chosen = new Set(selected);
  return html`<fieldset id="topics" aria-describedby="${describedBy('topics-hint', error && 'topics-error')}"${error ? html` class="invalid"` : ''}>
<legend>${t.topicsLegend}</legend>
<p class="hint" id="topics-hint">${t.topicsHint}</p>
${errorLine('topics-error', error, t)}
<div class="choices">${TOPIC_ENTRIES.map((topic) => checkbox('topics', `topic-${topic.id}`, topic.id, topicName(topic.id, language), chosen.has(topic.id)))}</div>
</fieldset>`;
}

function frequencyChoices(t: Messages) {
  return [
    { value: 'weekly', label: t.frequencyWeekly, detail: t.frequencyWeeklyDetail },
    { value: 'instant', label: t.frequencyInstant, detail: t.frequencyInstantDetail },
    { value: 'both', label: t.frequencyBoth, detail: t.frequencyBothDetail },
  ] as const;
}

export function renderFrequencyField(value: string, error: string | undefined, t: Messages): SafeHtml {
  return html`<fieldset id="frequency" aria-describedby="${describedBy(error && 'frequency-error')}"${error ? html` class="invalid"` : ''}>
<legend>${t.frequencyLegend}</legend>
${errorLine('frequency-error', error, t)}
${frequencyChoices(t).map(
  (choice) => html`<div class="choice">
<input type="radio" id="frequency-${choice.value}" name="frequency" value="${choice.value}" aria-describedby="frequency-${choice.value}-detail"${value === choice.value ? html` checked` : ''}>
<div><label for="frequency-${choice.value}">${choice.label}</label><small id="frequency-${choice.value}-detail">${choice.detail}</small></div>
</div>`,
)}
</fieldset>`;
}

export function renderTimeZoneField(value: string, fromBrowser: boolean, error: string | undefined, t: Messages): SafeHtml {
  return html`<div class="field">
<label for="timeZone">${t.timeZoneLabel}</label>
<p class="hint" id="timeZone-hint">${t.timeZoneHint}</p>
${errorLine('timeZone-error', error, t)}
<input type="text" id="timeZone" name="timeZone" value="${value}" list="time-zones" autocomplete="off" spellcheck="false" autocapitalize="none"
  aria-describedby="${describedBy('timeZone-hint', error && 'timeZone-error')}"${error ? html` aria-invalid="true"` : ''}${fromBrowser ? html` data-prefill` : ''}>
<datalist id="time-zones">${TIME_ZONES.map((zone) => html`<option value="${zone}">`)}</datalist>
</div>`;
}

/** Weekday names in the page's language: 1 = Monday, as the slots count them. */
function weekdayNames(language: Language): string[] {
  const format = new Intl.DateTimeFormat(localeTag(language), { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))));
}

function option(value: string, label: string, selected: string): SafeHtml {
  return html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;
}

/** The day and hour the weekly digest arrives, in the reader's own time zone. */
export function renderDigestTimeField(weekday: string, hour: string, errors: FieldErrors, t: Messages): SafeHtml {
  const { language } = t;
  const error = errors.digestWeekday ?? errors.digestHour;
  return html`<fieldset id="digestTime" aria-describedby="${describedBy('digestTime-hint', error && 'digestTime-error')}"${error ? html` class="invalid"` : ''}>
<legend>${t.digestTimeLegend}</legend>
<p class="hint" id="digestTime-hint">${t.digestTimeHint}</p>
${errorLine('digestTime-error', error, t)}
<div class="field"><label for="digestWeekday">${t.digestDayLabel}</label>
<select id="digestWeekday" name="digestWeekday"${errors.digestWeekday ? html` aria-invalid="true"` : ''}>${weekdayNames(language).map((name, index) => option(String(index + 1), name, weekday))}</select></div>
<div class="field"><label for="digestHour">${t.digestHourLabel}</label>
<select id="digestHour" name="digestHour"${errors.digestHour ? html` aria-invalid="true"` : ''}>${Array.from({ length: 24 }, (_, h) => option(String(h), `${String(h).padStart(2, '0')}:00`, hour))}</select></div>
</fieldset>`;
}

/** Each language is named in itself, so a reader finds theirs whatever the page is in. */
export function renderLanguageField(value: Language, error: string | undefined, t: Messages): SafeHtml {
  return html`<fieldset id="language" aria-describedby="${describedBy('language-hint', error && 'language-error')}"${error ? html` class="invalid"` : ''}>
<legend>${t.languageLegend}</legend>
<p class="hint" id="language-hint">${t.languageHint}</p>
${errorLine('language-error', error, t)}
${LANGUAGES.map(
  (choice) => html`<div class="choice">
<input type="radio" id="language-${choice}" name="language" value="${choice}"${value === choice ? html` checked` : ''}>
<div><label for="language-${choice}" lang="${choice}">${LANGUAGE_NAMES[choice]}</label></div>
</div>`,
)}
</fieldset>`;
}

export function renderPausedField(paused: boolean, t: Messages): SafeHtml {
  return html`<fieldset>
<legend>${t.pauseLegend}</legend>
<div class="choice">
<input type="checkbox" id="paused" name="paused" value="on" aria-describedby="paused-detail"${paused ? html` checked` : ''}>
<div><label for="paused">${t.pauseLabel}</label><small id="paused-detail">${t.pauseDetail}</small></div>
</div>
</fieldset>`;
}

/** A short, readable account of someone's choices, for confirmation pages, in the words of `t`. */
export function renderChoicesSummary(subscriber: Pick<Subscriber, 'regions' | 'topics' | 'frequency' | 'timeZone' | 'language'>, t: Messages): SafeHtml {
  const lines = describeChoices(subscriber, t);
  return html`<dl>${lines.map(
    ([term, value]) => html`
<dt>${term}</dt><dd>${value}</dd>`,
  )}
</dl>`;
}

/** The same account as term and value pairs, so an email's HTML and text parts say the same. */
export function describeChoices(subscriber: Pick<Subscriber, 'regions' | 'topics' | 'frequency' | 'timeZone' | 'language'>, t: Messages): [string, string][] {
  const { language } = t;
  const regionNames = subscriber.regions.map((id) => regionName(id, language)).join(t.listSeparator);
  const topicNames = subscriber.topics.length ? subscriber.topics.map((id) => topicName(id, language)).join(t.listSeparator) : t.everyTopic;
  const frequency = frequencyChoices(t).find((choice) => choice.value === subscriber.frequency)?.label ?? subscriber.frequency;
  return [
    [t.summaryRegions, regionNames],
    [t.summaryTopics, topicNames],
    [t.summaryFrequency, frequency],
    [t.summaryTimeZone, subscriber.timeZone],
    [t.summaryLanguage, LANGUAGE_NAMES[languageOf(subscriber)]],
  ];
}
