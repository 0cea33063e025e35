/**
 * The form controls shared by the sign-up and preferences pages: regions grouped as the
 * taxonomy groups them, topics, frequency, time zone. Each error sits inside its field and is
 * tied to it with aria-describedby; the form re-renders with exactly what was sent.
 */
import { findJurisdiction, REGIONS, TOPIC_ENTRIES, type Region } from '../taxonomy/taxonomy.js';
import { TIME_ZONES } from '../domain/subscriptions/time-zones.js';
import type { FieldErrors, FieldName, RawFormInput } from '../domain/subscriptions/validation.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { sendTimeOf } from '../domain/digest/digest-slots.js';
import { DEFAULT_SEND_TIME } from '../domain/digest/send-time.js';
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
  paused: false,
  timeZoneFromBrowser: true,
};

function strings(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as string];
}

/** What the person sent, to show it back unchanged next to the errors. */
export function formValuesFrom(raw: RawFormInput): FormValues {
  return {
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
  return { ...subscriber, digestWeekday: String(sendTime.weekday), digestHour: String(sendTime.hour), timeZoneFromBrowser: false };
}

/** Where the error summary sends focus for each field. */
export function fieldAnchor(field: FieldName): string {
  switch (field) {
    case 'regions':
      return `region-${REGIONS[0]?.id ?? ''}`;
    case 'topics':
      return `topic-${TOPIC_ENTRIES[0]?.id ?? ''}`;
    case 'frequency':
      return 'frequency-weekly';
    case 'consentVersion':
      return 'consent';
    case 'digestWeekday':
    case 'digestHour':
      return field;
    default:
      return field;
  }
}

const FIELD_ORDER: readonly FieldName[] = ['email', 'regions', 'topics', 'frequency', 'timeZone', 'digestWeekday', 'digestHour', 'paused', 'consentVersion'];

export function renderErrorSummary(errors: FieldErrors): SafeHtml {
  const fields = FIELD_ORDER.filter((field) => errors[field]);
  if (!fields.length) return html``;
  // autofocus: after a failed submit, focus starts at the list of problems, with no script needed.
  return html`<div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">There is a problem</h2>
<ul>${fields.map((field) => html`<li><a href="#${fieldAnchor(field)}">${errors[field]}</a></li>`)}</ul>
</div>`;
}

function errorLine(id: string, message: string | undefined): SafeHtml {
  return message ? html`<p class="error" id="${id}"><span class="visually-hidden">Error:</span> ${message}</p>` : html``;
}

function describedBy(...ids: (string | false | undefined)[]): string {
  return ids.filter(Boolean).join(' ');
}

export function renderEmailField(value: string, error: string | undefined): SafeHtml {
  return html`<div class="field">
<label for="email">Email address</label>
<p class="hint" id="email-hint">We send a link to this address to confirm it is yours.</p>
${errorLine('email-error', error)}
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
  readonly legend: string;
  readonly regions: readonly Region[];
}

/**
 * Whole regions first, then every jurisdiction once, under the first region group that holds
 * it; jurisdictions in no group come last. Derived from the taxonomy, however large it grows.
 */
function regionSections(): RegionSection[] {
  const groups = REGIONS.filter((region) => region.kind === 'group');
  const jurisdictions = REGIONS.filter((region) => region.kind === 'jurisdiction');
  const placed = new Set<string>();
  const sections: RegionSection[] = [{ legend: 'Whole regions', regions: groups }];
  for (const group of groups) {
    const members = jurisdictions.filter((region) => !placed.has(region.id) && region.jurisdictions.some((code) => group.jurisdictions.includes(code)));
    members.forEach((region) => placed.add(region.id));
    if (members.length) sections.push({ legend: group.name, regions: members });
  }
  const rest = jurisdictions.filter((region) => !placed.has(region.id));
  if (rest.length) sections.push({ legend: groups.length ? 'Other jurisdictions' : 'Jurisdictions', regions: rest });
  return sections.filter((section) => section.regions.length);
}

const REGION_SECTIONS = regionSections();

const NAMED_MEMBERS = 5;

/** "Hong Kong, Macao, …": a hint of what a group covers, short even for a large group. */
function memberNames(region: Region): string {
  const names = region.jurisdictions.map((code) => findJurisdiction(code)?.name ?? code);
  if (names.length <= NAMED_MEMBERS + 1) return names.join(', ');
  return `${names.slice(0, NAMED_MEMBERS).join(', ')} and ${names.length - NAMED_MEMBERS} more`;
}

export function renderRegionsField(selected: readonly string[], error: string | undefined): SafeHtml {
  const chosen = new Set(selected);
  return html`<fieldset id="regions" aria-describedby="${describedBy('regions-hint', error && 'regions-error')}"${error ? html` class="invalid"` : ''}>
<legend>Regions</legend>
<p class="hint" id="regions-hint">Choose whole regions, single jurisdictions, or both. You get the stories about any of them.</p>
${errorLine('regions-error', error)}
${REGION_SECTIONS.map((section, index) => {
  const choices = html`<div class="choices">${section.regions.map((region) =>
    checkbox('regions', `region-${region.id}`, region.id, region.name, chosen.has(region.id), region.kind === 'group' ? memberNames(region) : undefined),
  )}</div>`;
  if (index === 0) return html`<fieldset>
<legend>${section.legend}</legend>
${choices}
</fieldset>`;
  // Long lists of single jurisdictions fold away, so the page stays short on a phone; a
  // section with something chosen opens by itself. <details> needs no script.
  const chosenHere = section.regions.filter((region) => chosen.has(region.id)).length;
  const count = `${section.regions.length} ${section.regions.length === 1 ? 'jurisdiction' : 'jurisdictions'}${chosenHere ? `, ${chosenHere} chosen` : ''}`;
  return html`<details class="section"${chosenHere ? html` open` : ''}>
<summary>${section.legend} <span class="count">(${count})</span></summary>
<fieldset>
<legend class="visually-hidden">${section.legend}</legend>
${choices}
</fieldset>
</details>`;
})}
</fieldset>`;
}

export function renderTopicsField(selected: readonly string[], error: string | undefined): SafeHtml {
  const chosen = new Set(selected);
  return html`<fieldset id="topics" aria-describedby="${describedBy('topics-hint', error && 'topics-error')}"${error ? html` class="invalid"` : ''}>
<legend>Topics</legend>
<p class="hint" id="topics-hint">Leave them all unticked to get every topic.</p>
${errorLine('topics-error', error)}
<div class="choices">${TOPIC_ENTRIES.map((topic) => checkbox('topics', `topic-${topic.id}`, topic.id, topic.label, chosen.has(topic.id)))}</div>
</fieldset>`;
}

const FREQUENCY_CHOICES = [
  { value: 'weekly', label: 'Weekly digest', detail: 'One email a week per region you choose' },
  { value: 'instant', label: 'Instant alerts', detail: 'An email soon after an important story' },
  { value: 'both', label: 'Both', detail: 'The weekly digest and instant alerts' },
] as const;

export function renderFrequencyField(value: string, error: string | undefined): SafeHtml {
  return html`<fieldset id="frequency" aria-describedby="${describedBy(error && 'frequency-error')}"${error ? html` class="invalid"` : ''}>
<legend>How often</legend>
${errorLine('frequency-error', error)}
${FREQUENCY_CHOICES.map(
  (choice) => html`<div class="choice">
<input type="radio" id="frequency-${choice.value}" name="frequency" value="${choice.value}" aria-describedby="frequency-${choice.value}-detail"${value === choice.value ? html` checked` : ''}>
<div><label for="frequency-${choice.value}">${choice.label}</label><small id="frequency-${choice.value}-detail">${choice.detail}</small></div>
</div>`,
)}
</fieldset>`;
}

export function renderTimeZoneField(value: string, fromBrowser: boolean, error: string | undefined): SafeHtml {
  return html`<div class="field">
<label for="timeZone">Time zone</label>
<p class="hint" id="timeZone-hint">The weekly digest arrives by this time zone's clock: Monday at 08:00 unless you choose another time. Type to search, for example Asia/Hong_Kong.</p>
${errorLine('timeZone-error', error)}
<input type="text" id="timeZone" name="timeZone" value="${value}" list="time-zones" autocomplete="off" spellcheck="false" autocapitalize="none"
  aria-describedby="${describedBy('timeZone-hint', error && 'timeZone-error')}"${error ? html` aria-invalid="true"` : ''}${fromBrowser ? html` data-prefill` : ''}>
<datalist id="time-zones">${TIME_ZONES.map((zone) => html`<option value="${zone}">`)}</datalist>
</div>`;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function option(value: string, label: string, selected: string): SafeHtml {
  return html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;
}

/** The day and hour the weekly digest arrives, in the reader's own time zone. */
export function renderDigestTimeField(weekday: string, hour: string, errors: FieldErrors): SafeHtml {
  const error = errors.digestWeekday ?? errors.digestHour;
  return html`<fieldset id="digestTime" aria-describedby="${describedBy('digestTime-hint', error && 'digestTime-error')}"${error ? html` class="invalid"` : ''}>
<legend>When the weekly digest arrives</legend>
<p class="hint" id="digestTime-hint">In your time zone. Most readers keep Monday at 08:00.</p>
${errorLine('digestTime-error', error)}
<div class="field"><label for="digestWeekday">Day</label>
<select id="digestWeekday" name="digestWeekday"${errors.digestWeekday ? html` aria-invalid="true"` : ''}>${WEEKDAY_NAMES.map((name, index) => option(String(index + 1), name, weekday))}</select></div>
<div class="field"><label for="digestHour">Hour</label>
<select id="digestHour" name="digestHour"${errors.digestHour ? html` aria-invalid="true"` : ''}>${Array.from({ length: 24 }, (_, h) => option(String(h), `${String(h).padStart(2, '0')}:00`, hour))}</select></div>
</fieldset>`;
}

export function renderPausedField(paused: boolean): SafeHtml {
  return html`<fieldset>
<legend>Pause</legend>
<div class="choice">
<input type="checkbox" id="paused" name="paused" value="on" aria-describedby="paused-detail"${paused ? html` checked` : ''}>
<div><label for="paused">Pause all emails</label><small id="paused-detail">Nothing is sent while paused; your choices stay. Untick to resume.</small></div>
</div>
</fieldset>`;
}

/** A short, readable account of someone's choices, for confirmation pages. */
export function renderChoicesSummary(subscriber: Pick<Subscriber, 'regions' | 'topics' | 'frequency' | 'timeZone'>): SafeHtml {
  const regionNames = subscriber.regions.map((id) => REGIONS.find((region) => region.id === id)?.name ?? id);
  const topicNames = subscriber.topics.length
    ? subscriber.topics.map((id) => TOPIC_ENTRIES.find((topic) => topic.id === id)?.label ?? id).join(', ')
    : 'Every topic';
  const frequency = FREQUENCY_CHOICES.find((choice) => choice.value === subscriber.frequency)?.label ?? subscriber.frequency;
  return html`<dl>
<dt>Regions</dt><dd>${regionNames.join(', ')}</dd>
<dt>Topics</dt><dd>${topicNames}</dd>
<dt>How often</dt><dd>${frequency}</dd>
<dt>Time zone</dt><dd>${subscriber.timeZone}</dd>
</dl>`;
}
