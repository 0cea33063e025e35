/**
 * The public archive of sent editions: an index, a page per region, a page per edition; in the
 * reader's language, with places and topics by name and a feed per region and per region ×
 * topic.
 */
import type { Edition, EditionItem } from '../domain/digest/edition.js';
import { localeTag } from '../i18n/languages.js';
import { detectLanguage } from '../i18n/detect-language.js';
import type { Messages } from '../i18n/messages.js';
import { jurisdictionName, regionName, topicName } from '../i18n/names.js';
import { TOPIC_ENTRIES, type Region } from '../taxonomy/regions.js';
import { feedPath } from './feeds-out.js';
import { html, safeHttpUrl, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';

/** Editions are public once sending has begun; drafts and held editions never are. */
export function isPublished(edition: Edition): boolean {
  return edition.status === 'sending' || edition.status === 'sent';
}

function itemHtml(item: EditionItem, t: Messages): SafeHtml {
  const { language } = t;
  const link = safeHttpUrl(item.url);
  const storyLanguage = detectLanguage(`${item.title} ${item.summary}`);
  const lang = storyLanguage ? html` lang="${localeTag(storyLanguage)}"` : '';
  const tags = [...item.jurisdictions.map((code) => jurisdictionName(code, language)), ...item.topics.map((topic) => topicName(topic, language))];
  return html`<li class="story">
<h3${lang}>${link ? html`<a href="${link}">${item.title}</a>` : item.title}</h3>
<p class="tags">${tags.join(t.listSeparator)}</p>
<p${lang}>${item.summary}</p>
<p class="hint">${item.source}${item.alsoReportedBy.length ? html` · ${t.alsoReportedBy({ sources: item.alsoReportedBy.map((o) => o.source).join(t.listSeparator) })}` : ''} · <a href="/stories/${encodeURIComponent(item.storyId)}">${t.storyPageLink}</a></p>
</li>`;
}

/** A region's feeds, and one per topic, as a list of links a feed reader can take. */
export function renderFeedLinks(regionId: string, t: Messages): SafeHtml {
  const { language } = t;
  const region = regionName(regionId, language);
  return html`<h2>${t.feedsHeading}</h2>
<p>${t.feedsIntro}</p>
<ul class="feeds">
<li>${t.feedAllTopics({ region })}: <a href="${feedPath(regionId, 'rss')}">RSS</a> · <a href="${feedPath(regionId, 'json')}">JSON Feed</a></li>
${TOPIC_ENTRIES.map(
  (topic) =>
    html`<li>${t.feedOneTopic({ region, topic: topicName(topic.id, language) })}: <a href="${feedPath(regionId, 'rss', topic.id)}">RSS</a> · <a href="${feedPath(regionId, 'json', topic.id)}">JSON Feed</a></li>`,
)}
</ul>`;
}

export function editionPage(edition: Edition, t: Messages, switchFrom?: string): string {
  const { language } = t;
  const base = `/archive/${encodeURIComponent(edition.regionId)}`;
  const region = regionName(edition.regionId, language);
  return renderPage({
    title: t.editionTitle({ region, week: edition.week }),
    messages: t,
    switchFrom,
    main: html`<h1>${t.editionTitle({ region, week: edition.week })}</h1>
${edition.blurb ? html`<p>${edition.blurb}</p>` : ''}
${edition.items.length ? html`<ol class="stories">${edition.items.map((item) => itemHtml(item, t))}</ol>` : html`<p>${t.nothingNewLine({ region })}</p>`}
<p><a href="${base}">${t.allRegionEditions({ region })}</a> · <a href="${feedPath(edition.regionId, 'rss')}">RSS</a> · <a href="${feedPath(edition.regionId, 'json')}">JSON Feed</a></p>`,
  });
}

export function regionArchivePage(region: Region, editions: readonly Edition[], t: Messages, switchFrom?: string): string {
  const { language } = t;
  const id = encodeURIComponent(region.id);
  const name = regionName(region.id, language);
  return renderPage({
    title: t.regionArchiveTitle({ region: name }),
    messages: t,
    switchFrom,
    main: html`<h1>${t.regionArchiveTitle({ region: name })}</h1>
${
  editions.length
    ? html`<ul>${editions.map((e) => html`<li><a href="/archive/${id}/${encodeURIComponent(e.week)}">${t.weekLink({ week: e.week })}</a> (${t.storyCount({ count: e.items.length })})</li>`)}</ul>`
    : html`<p>${t.noRegionEditionYet({ region: name })}</p>`
}
<p><a href="/subscribe">${t.followByEmail({ region: name })}</a></p>
${renderFeedLinks(region.id, t)}`,
  });
}

export function archiveIndexPage(entries: readonly { region: Region; latest: Edition }[], t: Messages, switchFrom?: string): string {
  const { language } = t;
  return renderPage({
    title: t.archiveTitle,
    messages: t,
    switchFrom,
    main: html`<h1>${t.archiveTitle}</h1>
${
  entries.length
    ? html`<ul>${entries.map(({ region, latest }) => html`<li><a href="/archive/${encodeURIComponent(region.id)}">${regionName(region.id, language)}</a> · <a href="/archive/${encodeURIComponent(region.id)}/${encodeURIComponent(latest.week)}">${t.latestWeekLink({ week: latest.week })}</a></li>`)}</ul>`
    : html`<p>${t.noEditionYet}</p>`
}`,
  });
}
