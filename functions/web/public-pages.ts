/**
 * The public pages of the archive function that are about one story or about Newsdesk itself:
 * a page per story, with why it is there (its evidence highlighted in its own text), its tags,
 * the other reports of the event, the editions it appeared in; and the privacy notice.
 */
import type { Evidence, EvidenceField } from '../domain/classify/types.js';
import type { Edition, EditionItem } from '../domain/digest/edition.js';
import { whyLine } from '../domain/digest/digest-view.js';
import { STORED_ABOUT_SUBSCRIBERS } from '../domain/subscriptions/stored-data.js';
import type { Story } from '../domain/stories.js';
import { formatDate } from '../i18n/format.js';
import { localeTag } from '../i18n/languages.js';
import type { Messages } from '../i18n/messages.js';
import { jurisdictionName, regionName, topicName } from '../i18n/names.js';
import { detectLanguage } from '../i18n/detect-language.js';
import { storyReasons } from '../domain/digest/story-reasons.js';
import { findRegion, regionIdForJurisdiction, REGIONS, TOPIC_ENTRIES } from '../taxonomy/regions.js';
import { feedPath } from './feeds-out.js';
import { html, safeHttpUrl, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';

/** Ranges of `text` that evidence points at, merged where they overlap. */
function evidenceRanges(text: string, evidence: readonly Evidence[], field: EvidenceField): [number, number][] {
  const ranges: [number, number][] = [];
  for (const item of evidence) {
    // Evidence that points at no text (an editor's, the publisher's home) marks nothing.
    if (item.field !== field || item.effect === 'removes' || !item.term || item.offset < 0) continue;
    // The offset is trusted only where the term stands there; text edited since falls back to a search.
    const start = text.slice(item.offset, item.offset + item.term.length) === item.term ? item.offset : text.indexOf(item.term);
    if (start >= 0) ranges.push([start, start + item.term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The text with each piece of evidence in a <mark>; every character of the text is escaped. */
export function highlightEvidence(text: string, evidence: readonly Evidence[], field: EvidenceField): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const [start, end] of evidenceRanges(text, evidence, field)) {
    parts.push(html`${text.slice(at, start)}<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

export interface StoryAppearance {
  readonly edition: Edition;
  readonly item: EditionItem;
}

export function storyPage(story: Story, appearances: readonly StoryAppearance[], reasons: readonly string[], t: Messages, switchFrom?: string): string {
  const { language } = t;
  const storyLanguage = detectLanguage(`${story.title} ${story.summary}`);
  const lang = storyLanguage ? localeTag(storyLanguage) : undefined;
  const link = safeHttpUrl(story.url);
  const first = appearances[0];
  const reports = first?.item.alsoReportedBy ?? [];
  const blurbs = appearances
    .map(({ item }) => ('blurb' in item && typeof item.blurb === 'string' ? item.blurb : undefined))
    .filter((blurb): blurb is string => Boolean(blurb));
  const why = whyLine({ reasons, jurisdictions: story.jurisdictions, topics: story.topics }, language);
  const published = Date.parse(story.publishedAt);
  return renderPage({
    title: story.title,
    messages: t,
    switchFrom,
    main: html`<article>
<h1${lang ? html` lang="${lang}"` : ''}>${highlightEvidence(story.title, story.evidence, 'title')}</h1>
<p class="hint">${story.source}${Number.isNaN(published) ? '' : html` · ${t.publishedOn({ date: formatDate(language, new Date(published)) })}`}</p>
<h2>${t.whyHeading}</h2>
<p class="why">${why}</p>
<p class="hint">${t.evidenceHint}</p>
<p${lang ? html` lang="${lang}"` : ''}>${highlightEvidence(story.summary, story.evidence, 'summary')}</p>
${link ? html`<p><a href="${link}">${t.readAtSource({ source: story.source })}</a></p>` : ''}
${blurbs.length ? html`<h2>${t.editorsNote}</h2>${blurbs.map((blurb) => html`<p>${blurb}</p>`)}` : ''}
<h2>${t.tagsHeading}</h2>
<ul class="tags">${story.jurisdictions.map((code) => html`<li>${jurisdictionName(code, language)}</li>`)}${story.topics.map((topic) => html`<li>${topicName(topic, language)}</li>`)}</ul>
<h2>${t.reportsHeading}</h2>
${
  reports.length
    ? html`<ul>${reports.map((report) => {
        const href = safeHttpUrl(report.url);
        const label = report.title ? `${report.source}: ${report.title}` : report.source;
        return html`<li${report.language ? html` lang="${localeTag(report.language)}"` : ''}>${href ? html`<a href="${href}">${label}</a>` : label}</li>`;
      })}</ul>`
    : html`<p>${t.noOtherReports}</p>`
}
<h2>${t.editionsHeading}</h2>
${
  appearances.length
    ? html`<ul>${appearances.map(({ edition }) => html`<li><a href="/archive/${encodeURIComponent(edition.regionId)}/${encodeURIComponent(edition.week)}">${t.editionLink({ region: regionName(edition.regionId, language), week: edition.week })}</a></li>`)}</ul>`
    : html`<p>${t.notInEditions}</p>`
}
${storyFeeds(story, t)}
</article>`,
  });
}

/** Feeds that carry stories like this one: its places' regions, each of its topics. */
function storyFeeds(story: Pick<Story, 'jurisdictions' | 'topics'>, t: Messages): SafeHtml {
  const { language } = t;
  const regions = story.jurisdictions
    .map(regionIdForJurisdiction)
    .filter((id) => findRegion(id))
    .slice(0, 3);
  if (!regions.length) return html``;
  return html`<h2>${t.feedsHeading}</h2>
<ul class="feeds">${regions.map((regionId) => {
    const region = regionName(regionId, language);
    return html`<li>${t.feedAllTopics({ region })}: <a href="${feedPath(regionId, 'rss')}">RSS</a> · <a href="${feedPath(regionId, 'json')}">JSON Feed</a></li>${story.topics.map(
      (topic) =>
        html`<li>${t.feedOneTopic({ region, topic: topicName(topic, language) })}: <a href="${feedPath(regionId, 'rss', topic)}">RSS</a> · <a href="${feedPath(regionId, 'json', topic)}">JSON Feed</a></li>`,
    )}`;
  })}</ul>`;
}

export function privacyPage(t: Messages, switchFrom?: string): string {
  const { language } = t;
  return renderPage({
    title: t.privacyTitle,
    messages: t,
    switchFrom,
    main: html`<h1>${t.privacyTitle}</h1>
<p>${t.privacyIntro}</p>
<table>
<thead><tr><th scope="col">${t.privacyField}</th><th scope="col">${t.privacyKept}</th></tr></thead>
<tbody>${STORED_ABOUT_SUBSCRIBERS.map((datum) => html`<tr><td>${datum.what[language]}</td><td>${datum.kept[language]}</td></tr>`)}</tbody>
</table>
<p>${t.privacyRights}</p>`,
  });
}

export interface SearchForm {
  readonly text: string;
  readonly regionId: string;
  readonly topic: string;
  readonly from: string;
  readonly to: string;
}

export function searchPage(form: SearchForm, results: readonly Story[] | undefined, t: Messages, switchFrom?: string): string {
  const { language } = t;
  return renderPage({
    title: t.searchTitle,
    messages: t,
    switchFrom,
    main: html`<h1>${t.searchTitle}</h1>
<form method="get" action="/search" role="search">
<div class="field"><label for="q">${t.searchWords}</label><input type="text" id="q" name="q" value="${form.text}"></div>
<div class="field"><label for="region">${t.searchRegion}</label><select id="region" name="region"><option value="">${t.searchAny}</option>${REGIONS.map(
      (region) => html`<option value="${region.id}"${region.id === form.regionId ? html` selected` : ''}>${regionName(region.id, language)}</option>`,
    )}</select></div>
<div class="field"><label for="topic">${t.searchTopic}</label><select id="topic" name="topic"><option value="">${t.searchAny}</option>${TOPIC_ENTRIES.map(
      (topic) => html`<option value="${topic.id}"${topic.id === form.topic ? html` selected` : ''}>${topicName(topic.id, language)}</option>`,
    )}</select></div>
<div class="field"><label for="from">${t.searchFrom}</label><input type="date" id="from" name="from" value="${form.from}"></div>
<div class="field"><label for="to">${t.searchTo}</label><input type="date" id="to" name="to" value="${form.to}"></div>
<p class="hint">${t.searchHint}</p>
<button type="submit">${t.searchButton}</button>
</form>
${
  results === undefined
    ? ''
    : results.length
      ? html`<h2 role="status">${t.searchResults({ count: results.length })}</h2><ol class="results">${results.map((story) => {
          const storyLanguage = detectLanguage(`${story.title} ${story.summary}`);
          const published = Date.parse(story.publishedAt);
          return html`<li><a href="/stories/${encodeURIComponent(story.storyId)}"${storyLanguage ? html` lang="${localeTag(storyLanguage)}"` : ''}>${story.title}</a>
<p class="hint">${whyLine({ reasons: storyReasons(story.evidence), jurisdictions: story.jurisdictions, topics: story.topics }, language)}${Number.isNaN(published) ? '' : html` · ${formatDate(language, new Date(published))}`}</p></li>`;
        })}</ol>`
      : html`<p role="status">${t.searchNothing}</p>`
}`,
  });
}
