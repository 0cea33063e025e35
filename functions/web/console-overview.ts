/**
 * The console's overview: the coming editions, twelve weeks of in-scope stories per
 * jurisdiction, the feeds' health and the subscribers per region and topic. It reads every
 * subscriber and twelve weeks of stories, so its code loading with the first overview (a chunk
 * of its own in the bundle) costs nothing beside the reads, and a cold start that signs an
 * editor in or opens a week's desk does not carry it.
 */
import { TOPICS } from '../domain/classify/types.js';
import { comingWeekFor, loadWeek, type EditionDeskDeps } from '../domain/console/edition-desk.js';
import { isoWeekOf, startOfIsoWeek } from '../domain/digest/iso-week.js';
import type { EditionRepository } from '../domain/digest/ports.js';
import type { StoryRepository } from '../domain/ports.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { REGIONS } from '../taxonomy/regions.js';
import { renderConsolePage } from './console-layout.js';
import { feedHealth, type EditorContext, type FeedRow } from './console-pages.js';
import { html } from './html.js';

export interface OverviewData {
  readonly weeks: readonly string[];
  /** Jurisdiction → in-scope stories per week, in the order of `weeks`. */
  readonly perJurisdiction: readonly { code: string; counts: readonly number[] }[];
  readonly feeds: readonly FeedRow[];
  readonly subscribersByRegion: readonly { id: string; name: string; count: number }[];
  readonly subscribersByTopic: readonly { topic: string; count: number }[];
  readonly editions: readonly { regionId: string; regionName: string; week: string; status: string; items: number; held: boolean }[];
}

/** What the overview reads. */
export interface OverviewSources {
  readonly stories: Pick<StoryRepository, 'listStoredBetween'>;
  readonly subscribers: { readonly listDigestSubscribers: () => Promise<Subscriber[]>; readonly listAlertSubscribers: () => Promise<Subscriber[]> };
  readonly desk: EditionDeskDeps;
  readonly editions: EditionRepository;
}

export async function overviewOf(deps: OverviewSources, at: Date, feeds: readonly FeedRow[]): Promise<OverviewData> {
  const weeks = Array.from({ length: 12 }, (_, i) => isoWeekOf(new Date(at.getTime() - (11 - i) * 7 * 86_400_000)));
  const from = startOfIsoWeek(weeks[0]).toISOString();
  const stories = (await deps.stories.listStoredBetween(from, at.toISOString())).filter((s) => s.inScope);
  const counts = new Map<string, number[]>();
  for (const story of stories) {
    const index = weeks.indexOf(isoWeekOf(new Date(story.storedAt)));
    if (index === -1) continue;
    for (const code of story.jurisdictions) {
      const row = counts.get(code) ?? new Array<number>(weeks.length).fill(0);
      row[index] += 1;
      counts.set(code, row);
    }
  }
  const perJurisdiction = [...counts.entries()]
    .map(([code, row]) => ({ code, counts: row }))
    .sort((a, b) => b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0) || a.code.localeCompare(b.code))
    .slice(0, 15);
  const subscribers = [
    ...new Map(
      [...(await deps.subscribers.listDigestSubscribers()), ...(await deps.subscribers.listAlertSubscribers())].map((s) => [s.subscriberId, s]),
    ).values(),
  ];
  const subscribersByRegion = REGIONS.map((r) => ({ id: r.id, name: r.name, count: subscribers.filter((s) => s.regions.includes(r.id)).length })).filter(
    (r) => r.count > 0,
  );
  const subscribersByTopic = [
    { topic: 'every topic', count: subscribers.filter((s) => s.topics.length === 0).length },
    ...TOPICS.map((t) => ({ topic: t, count: subscribers.filter((s) => s.topics.includes(t)).length })),
  ];
  const regionIds = [...new Set(subscribers.flatMap((s) => s.regions))];
  const editions = [];
  for (const regionId of regionIds) {
    const view = await loadWeek(deps.desk, regionId, await comingWeekFor(deps.editions, regionId, at)).catch(() => undefined);
    if (view)
      editions.push({
        regionId,
        regionName: view.region.name,
        week: view.week,
        status: view.edition.status,
        items: view.edition.items.length,
        held: view.held,
      });
  }
  return { weeks, perJurisdiction, feeds, subscribersByRegion, subscribersByTopic, editions };
}

/**
 * The chart's weeks, newest first: an editor reads the latest weeks first, and on a phone the
 * table scrolls sideways, so the columns on screen at first are the ones that matter now.
 */
function newestFirst<T>(values: readonly T[]): T[] {
  return [...values].reverse();
}

export function overviewPage(editor: EditorContext, data: OverviewData): string {
  const max = Math.max(1, ...data.perJurisdiction.flatMap((row) => row.counts));
  const unhealthy = data.feeds.filter((feed) => feedHealth(feed) !== 'healthy');
  return renderConsolePage({
    title: 'Overview',
    editor,
    main: html`<h1>Overview</h1>
<h2>Coming editions</h2>
<table><thead><tr><th>Region</th><th>Week</th><th>Status</th><th>Stories</th><th></th></tr></thead><tbody>
${data.editions.map((e) => html`<tr><td>${e.regionName}</td><td>${e.week}</td><td><span class="status">${e.status}</span>${e.held ? html` <span class="muted">waits for approval</span>` : ''}</td><td>${e.items}</td><td><a href="/console/week?region=${encodeURIComponent(e.regionId)}">Open</a></td></tr>`)}
</tbody></table>
<h2 id="chart-heading">In-scope stories per jurisdiction, last ${data.weeks.length} weeks</h2>
<p class="narrow-only muted" id="chart-hint">Newest week first: swipe the table sideways for older weeks.</p>
<div class="scroll-x" role="region" aria-labelledby="chart-heading" aria-describedby="chart-hint" tabindex="0">
<table class="chart"><thead><tr><th scope="col">Jurisdiction</th><th scope="col">Total</th>${newestFirst(data.weeks).map((w) => html`<th scope="col">${w.slice(5)}</th>`)}</tr></thead><tbody>
${data.perJurisdiction.map((row) => html`<tr><th scope="row">${row.code}</th><td>${row.counts.reduce((a, b) => a + b, 0)}</td>${newestFirst(row.counts).map((n) => html`<td><meter min="0" max="${max}" value="${n}" title="${n} stories"></meter> ${n}</td>`)}</tr>`)}
</tbody></table></div>
<h2>Feed health</h2>
<p>${data.feeds.length - unhealthy.length} of ${data.feeds.length} feeds healthy. <a href="/console/feeds">All feeds</a></p>
${unhealthy.length ? html`<ul>${unhealthy.map((f) => html`<li>${f.name}: ${feedHealth(f)}${f.lastError ? html` <span class="muted">(${f.lastError})</span>` : ''}</li>`)}</ul>` : ''}
<h2>Subscribers</h2>
<p class="muted">Counts of confirmed subscribers only; the console never shows an address.</p>
<div class="columns"><table><thead><tr><th>Region</th><th>Subscribers</th></tr></thead><tbody>${data.subscribersByRegion.map((r) => html`<tr><td>${r.name}</td><td>${r.count}</td></tr>`)}</tbody></table>
<table><thead><tr><th>Topic</th><th>Subscribers</th></tr></thead><tbody>${data.subscribersByTopic.map((t) => html`<tr><td>${t.topic}</td><td>${t.count}</td></tr>`)}</tbody></table></div>`,
  });
}
