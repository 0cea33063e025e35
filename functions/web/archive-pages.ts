/** The public archive of sent editions: an index, a page per region, a page per edition. */
import type { Edition, EditionItem } from '../domain/digest/edition.js';
import type { Region } from '../taxonomy/taxonomy.js';
import { html, safeHttpUrl, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';

/** Editions are public once sending has begun; drafts and held editions never are. */
export function isPublished(edition: Edition): boolean {
  return edition.status === 'sending' || edition.status === 'sent';
}

function itemHtml(item: EditionItem): SafeHtml {
  const link = safeHttpUrl(item.url);
  return html`<li class="story">
<h3>${link ? html`<a href="${link}">${item.title}</a>` : item.title}</h3>
<p class="tags">${[...item.jurisdictions, ...item.topics].map((tag) => html`<span class="tag">${tag}</span> `)}</p>
<p>${item.summary}</p>
<p class="hint">${item.source}${item.alsoReportedBy.length ? html` · also reported by ${item.alsoReportedBy.map((o) => o.source).join(', ')}` : ''}</p>
</li>`;
}

export function editionPage(edition: Edition): string {
  const base = `/archive/${encodeURIComponent(edition.regionId)}`;
  return renderPage({
    title: `${edition.regionName}, ${edition.week}`,
    main: html`<h1>${edition.regionName}: week ${edition.week}</h1>
${edition.blurb ? html`<p>${edition.blurb}</p>` : ''}
${edition.items.length ? html`<ol class="stories">${edition.items.map(itemHtml)}</ol>` : html`<p>Nothing new in ${edition.regionName} this week.</p>`}
<p><a href="${base}">All ${edition.regionName} editions</a> · <a href="/feeds/${encodeURIComponent(edition.regionId)}.rss">RSS</a> · <a href="/feeds/${encodeURIComponent(edition.regionId)}.json">JSON Feed</a></p>`,
  });
}

export function regionArchivePage(region: Region, editions: readonly Edition[]): string {
  const id = encodeURIComponent(region.id);
  return renderPage({
    title: `${region.name} archive`,
    main: html`<h1>${region.name}: past editions</h1>
${editions.length
  ? html`<ul>${editions.map((e) => html`<li><a href="/archive/${id}/${encodeURIComponent(e.week)}">Week ${e.week}</a> (${e.items.length} ${e.items.length === 1 ? 'story' : 'stories'})</li>`)}</ul>`
  : html`<p>No ${region.name} edition has been sent yet.</p>`}
<p>Follow this region: <a href="/feeds/${id}.rss">RSS</a> · <a href="/feeds/${id}.json">JSON Feed</a> · <a href="/subscribe">by email</a></p>`,
  });
}

export function archiveIndexPage(entries: readonly { region: Region; latest: Edition }[]): string {
  return renderPage({
    title: 'Archive',
    main: html`<h1>Archive</h1>
${entries.length
  ? html`<ul>${entries.map(({ region, latest }) => html`<li><a href="/archive/${encodeURIComponent(region.id)}">${region.name}</a>, latest: <a href="/archive/${encodeURIComponent(region.id)}/${encodeURIComponent(latest.week)}">week ${latest.week}</a></li>`)}</ul>`
  : html`<p>No edition has been sent yet.</p>`}`,
  });
}
