/**
 * A segment's digest as its subscribers will receive it, and the preview page that shows it and
 * sends the editor a test. Imported with the first preview: the page, the email renderer and the
 * English catalogue it reads are for these requests only, not for the rest of the console.
 */
import { loadWeek, type EditionDeskDeps } from '../domain/console/edition-desk.js';
import { assembleDigest } from '../domain/digest/personal-digest.js';
import type { RenderedEmail } from './emails.js';
import { personalise, renderDigest } from './email/digest-email.js';
import { englishMessages } from '../i18n/messages.js';
import { TOPICS } from '../domain/classify/types.js';
import { REGIONS } from '../taxonomy/regions.js';
import { renderConsolePage } from './console-layout.js';
import { csrfField, flashHtml, type EditorContext, type Flash } from './console-pages.js';
import { html } from './html.js';

export interface SegmentChoice {
  readonly weekLabel: string;
  /** The regions whose editions the digest carries, in order. */
  readonly regions: readonly string[];
  /** Empty: every topic. */
  readonly topics: readonly string[];
}

/** The email a subscriber of those regions and topics gets that week, with the links made for them. */
export async function composeSegmentEmail(desk: EditionDeskDeps, publicBaseUrl: string, segment: SegmentChoice): Promise<RenderedEmail> {
  const editions = [];
  for (const id of segment.regions) editions.push((await loadWeek(desk, id, segment.weekLabel)).edition);
  const base = publicBaseUrl.replace(/\/+$/, '');
  const rendered = renderDigest(assembleDigest(segment.weekLabel, editions, segment.topics), { publicBaseUrl: base, messages: englishMessages });
  return personalise(rendered, { preferences: `${base}/preferences`, unsubscribe: `${base}/unsubscribe` });
}

export interface PreviewData {
  readonly regionId: string;
  readonly week: string;
  readonly regions: readonly string[];
  readonly topics: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly emailUrl: string;
}

export function previewPage(editor: EditorContext, data: PreviewData, flash?: Flash): string {
  return renderConsolePage({
    title: `Preview ${data.week}`,
    editor,
    main: html`<h1>Preview: ${data.subject}</h1>
${flashHtml(flash)}
<p><a href="/console/week?region=${encodeURIComponent(data.regionId)}&amp;week=${encodeURIComponent(data.week)}">Back to the edition</a></p>
<form class="filters" method="get" action="/console/preview" aria-label="Segment">
<input type="hidden" name="region" value="${data.regionId}"><input type="hidden" name="week" value="${data.week}">
<details><summary>Segment: ${data.regions.join(', ')}${data.topics.length ? html` × ${data.topics.join(', ')}` : ' × every topic'}</summary>
<fieldset><legend>Regions of the segment</legend>${REGIONS.map((r) => html`<label class="muted"><input type="checkbox" name="regions" value="${r.id}" ${data.regions.includes(r.id) ? html`checked` : ''}> ${r.name}</label> `)}</fieldset>
<fieldset><legend>Topics (none: all)</legend>${TOPICS.map((t) => html`<label class="muted"><input type="checkbox" name="topics" value="${t}" ${data.topics.includes(t) ? html`checked` : ''}> ${t}</label> `)}</fieldset>
<button type="submit">Show this segment</button></details></form>
<form method="post" action="/console/preview/test" class="row">${csrfField(editor)}<input type="hidden" name="region" value="${data.regionId}"><input type="hidden" name="week" value="${data.week}">
${data.regions.map((r) => html`<input type="hidden" name="regions" value="${r}">`)}${data.topics.map((t) => html`<input type="hidden" name="topics" value="${t}">`)}
<button type="submit">Send a test to ${editor.email}</button></form>
<h2>HTML</h2>
<iframe class="preview" title="The email as HTML" src="${data.emailUrl}" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>
<h2>Text</h2>
<pre class="preview" id="preview-text">${data.text}</pre>`,
  });
}
