/**
 * The editor console's pages, server-rendered with the `html` tag: every value from a feed, a
 * story or an editor is escaped on the way in, so markup can only come from this code.
 */
import type { Evidence } from '../domain/classify/types.js';
import type { SeenEdition } from '../domain/digest/ports.js';
import type { EditionItem } from '../domain/digest/edition.js';
import type { WeekView } from '../domain/console/edition-desk.js';
import type { Story } from '../domain/stories.js';
import { REGIONS } from '../taxonomy/regions.js';
import { TOPICS } from '../domain/classify/types.js';
import { html, safeHttpUrl, type SafeHtml } from './html.js';
import { renderConsolePage } from './console-layout.js';

export interface EditorContext {
  readonly email: string;
  readonly csrfToken: string;
}

export interface Flash {
  readonly kind: 'notice' | 'problem';
  readonly text: string;
}

export function flashHtml(flash: Flash | undefined): SafeHtml | '' {
  if (!flash) return '';
  return flash.kind === 'problem'
    ? html`<div class="problem" role="alert" id="flash">${flash.text}</div>`
    : html`<div class="notice" role="status" id="flash">${flash.text}</div>`;
}

export function csrfField(editor: EditorContext): SafeHtml {
  return html`<input type="hidden" name="csrf" value="${editor.csrfToken}">`;
}

export function when(iso: string | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function storyLink(title: string, url: string): SafeHtml {
  const href = safeHttpUrl(url);
  return href
    ? html`<a class="item-title" href="${href}" rel="noopener noreferrer" target="_blank">${title}</a>`
    : html`<span class="item-title">${title}</span>`;
}

/** Marks each piece of evidence where it stands in the text, escaping everything else. */
export function highlightEvidence(text: string, evidence: readonly Evidence[], field: Evidence['field']): SafeHtml {
  const ranges = evidence
    .filter((e) => e.field === field && e.offset >= 0 && e.effect !== 'removes')
    .map((e) => ({ start: e.offset, end: e.offset + e.term.length, label: `${e.tag}: ${e.rule}` }))
    .filter((r) => r.end <= text.length && r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: SafeHtml[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    parts.push(html`${text.slice(cursor, range.start)}<mark title="${range.label}">${text.slice(range.start, range.end)}</mark>`);
    cursor = range.end;
  }
  parts.push(html`${text.slice(cursor)}`);
  return html`${parts}`;
}

export function tagsHtml(story: Pick<Story, 'jurisdictions' | 'topics'> & { mentions?: readonly string[] }): SafeHtml {
  return html`${story.jurisdictions.map((j) => html`<span class="tag" title="about">${j}</span>`)}${(story.mentions ?? []).map((j) => html`<span class="tag muted" title="mentioned">(${j})</span>`)}${story.topics.map((t) => html`<span class="tag">${t}</span>`)}`;
}

export function signInPage(options: { email?: string; problem?: string; next?: string; formToken: string }): string {
  return renderConsolePage({
    title: 'Sign in',
    main: html`<h1>Sign in to the editor console</h1>
${options.problem ? html`<div class="problem" role="alert">${options.problem}</div>` : ''}
<form method="post" action="/console/sign-in">
<input type="hidden" name="next" value="${options.next ?? '/console'}">
<input type="hidden" name="csrf" value="${options.formToken}">
<div class="field"><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required value="${options.email ?? ''}"></div>
<div class="field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
<button type="submit">Sign in</button>
</form>`,
  });
}

export interface FeedRow {
  readonly feedId: string;
  readonly name: string;
  readonly url: string;
  readonly enabled: boolean;
  readonly lastSuccessAt?: string;
  readonly consecutiveFailures: number;
  readonly nextAttemptAt?: string;
  readonly deadSince?: string;
  readonly lastError?: string;
  readonly addedBy?: string;
  readonly addedAt?: string;
}

export function feedHealth(feed: FeedRow): string {
  if (!feed.enabled) return 'disabled';
  if (feed.deadSince) return 'dead';
  if (feed.consecutiveFailures > 0) return `failing (${feed.consecutiveFailures})`;
  return feed.lastSuccessAt ? 'healthy' : 'not read yet';
}

export interface WeekFilters {
  readonly topic?: string;
  readonly feed?: string;
  readonly minScore?: number;
  readonly show: 'all' | 'in' | 'out';
}

function hiddenEdition(editor: EditorContext, view: WeekView): SafeHtml {
  return html`${csrfField(editor)}<input type="hidden" name="region" value="${view.region.id}"><input type="hidden" name="week" value="${view.week}"><input type="hidden" name="version" value="${view.seen.version}"><input type="hidden" name="status" value="${view.seen.status ?? ''}">`;
}

function actionButton(
  editor: EditorContext,
  view: WeekView,
  action: string,
  label: string,
  fields: Record<string, string>,
  options: { className?: string; disabled?: boolean; name?: string } = {},
): SafeHtml {
  return html`<form class="inline" method="post" action="/console/curate">${hiddenEdition(editor, view)}<input type="hidden" name="action" value="${action}">${Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}<button type="submit" class="${options.className ?? 'quiet'}" ${options.disabled ? html`disabled` : ''} aria-label="${options.name ?? label}">${label}</button></form>`;
}

export function alertControls(editor: EditorContext, story: Story | undefined, back: string): SafeHtml {
  if (!story) return html``;
  const flag = story.alertFlag ?? 'none';
  const button = (value: string, label: string) =>
    html`<form class="inline" method="post" action="/console/alert">${csrfField(editor)}<input type="hidden" name="storyId" value="${story.storyId}"><input type="hidden" name="flag" value="${value}"><input type="hidden" name="back" value="${back}"><button type="submit" class="quiet">${label}</button></form>`;
  return html`<span class="meta">Alerts: ${flag === 'flag' ? 'flagged' : flag === 'hold' ? 'held back' : 'by score'}</span>
${flag !== 'flag' ? button('flag', 'Flag for instant alert') : ''}${flag !== 'hold' ? button('hold', 'Hold back from alerts') : ''}${flag !== 'none' ? button('none', 'Alerts by score') : ''}`;
}

function itemHtml(
  editor: EditorContext,
  view: WeekView,
  item: EditionItem,
  index: number,
  count: number,
  byId: ReadonlyMap<string, Story>,
  back: string,
): SafeHtml {
  const story = byId.get(item.storyId);
  const evidence = story?.evidence ?? [];
  const frozen = view.frozen;
  const label = `“${item.title.slice(0, 60)}”`;
  return html`<li data-story-id="${item.storyId}">
<div class="item-head"><span class="pos">${index + 1}.</span><div>
${storyLink(item.title, item.url)} ${item.pinned ? html`<span class="status">pinned</span>` : ''}
<div class="meta">${item.source} · ${when(item.publishedAt)} · score ${item.score.toFixed(2)} · ${tagsHtml(item)}</div>
<div>${highlightEvidence(item.summary, evidence, 'summary')}</div>
${evidence.some((e) => e.field === 'title' && e.offset >= 0) ? html`<div class="meta">Title evidence: ${highlightEvidence(item.title, evidence, 'title')}</div>` : ''}
${item.alsoReportedBy.length ? html`<div class="meta">Also reported by ${item.alsoReportedBy.map((o, i) => html`${i ? ', ' : ''}${o.source}`)}</div>` : ''}
</div></div>
${
  frozen
    ? item.blurb
      ? html`<p class="blurb"><strong>Blurb:</strong> ${item.blurb}</p>`
      : ''
    : html`<div class="controls">
${actionButton(editor, view, 'move', 'Up', { storyId: item.storyId, direction: 'up' }, { disabled: index === 0, name: `Move ${label} up` })}
${actionButton(editor, view, 'move', 'Down', { storyId: item.storyId, direction: 'down' }, { disabled: index === count - 1, name: `Move ${label} down` })}
${item.pinned ? actionButton(editor, view, 'unpin', 'Unpin', { storyId: item.storyId }, { name: `Unpin ${label}` }) : actionButton(editor, view, 'pin', 'Pin', { storyId: item.storyId }, { name: `Pin ${label}` })}
${actionButton(editor, view, 'drop', 'Drop', { storyId: item.storyId }, { name: `Drop ${label}` })}
<a href="/console/story?id=${encodeURIComponent(item.storyId)}">Correct tags</a>
${alertControls(editor, story, back)}
</div>
<form class="blurb" method="post" action="/console/curate">${hiddenEdition(editor, view)}<input type="hidden" name="action" value="blurb"><input type="hidden" name="storyId" value="${item.storyId}">
<label for="blurb-${item.storyId}">Blurb for ${label}</label>
<textarea id="blurb-${item.storyId}" name="text" maxlength="600">${item.blurb ?? ''}</textarea>
<button type="submit" class="quiet">Save blurb</button></form>`
}
</li>`;
}

function filtersForm(view: WeekView, filters: WeekFilters, feeds: readonly string[]): SafeHtml {
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}" ${selected ? html`selected` : ''}>${label}</option>`;
  return html`<form class="filters" method="get" action="/console/week" aria-label="Filters">
<div><label for="f-region">Region</label><select id="f-region" name="region">${REGIONS.map((r) => option(r.id, r.name, r.id === view.region.id))}</select></div>
<div><label for="f-topic">Topic</label><select id="f-topic" name="topic">${option('', 'any', !filters.topic)}${TOPICS.map((t) => option(t, t, t === filters.topic))}</select></div>
<div><label for="f-feed">Feed</label><select id="f-feed" name="feed">${option('', 'any', !filters.feed)}${feeds.map((f) => option(f, f, f === filters.feed))}</select></div>
<div><label for="f-score">Score at least</label><input id="f-score" name="minScore" type="number" min="0" max="1" step="0.05" value="${filters.minScore ?? ''}"></div>
<div><label for="f-show">Scope</label><select id="f-show" name="show">${option('all', 'in and out', filters.show === 'all')}${option('in', 'in scope', filters.show === 'in')}${option('out', 'out of scope', filters.show === 'out')}</select></div>
<button type="submit">Filter</button></form>`;
}

export function matchesFilters(story: Story, filters: WeekFilters): boolean {
  if (filters.topic && !story.topics.includes(filters.topic)) return false;
  if (filters.feed && story.source !== filters.feed) return false;
  if (filters.minScore !== undefined && story.score < filters.minScore) return false;
  if (filters.show === 'in' && !story.inScope) return false;
  if (filters.show === 'out' && story.inScope) return false;
  return true;
}

export function weekPage(editor: EditorContext, view: WeekView, filters: WeekFilters, flash?: Flash): string {
  const { edition } = view;
  const byId = new Map(view.stories.map((story) => [story.storyId, story]));
  const inEdition = new Set(edition.items.map((item) => item.storyId));
  const dropped = new Set(edition.curation?.drops ?? []);
  const back = `/console/week?region=${encodeURIComponent(view.region.id)}&week=${encodeURIComponent(view.week)}`;
  const others = view.stories
    .filter((story) => !inEdition.has(story.storyId) && !dropped.has(story.storyId) && matchesFilters(story, filters))
    .sort((a, b) => Number(b.inScope) - Number(a.inScope) || b.score - a.score);
  const feeds = [...new Set(view.stories.map((story) => story.source))].sort();
  const canUndo = (edition.curation?.history.length ?? 0) > 0;
  return renderConsolePage({
    title: `${view.region.name} ${view.week}`,
    editor,
    withReorderScript: !view.frozen,
    main: html`<h1>${view.region.name}: edition ${view.week}</h1>
${flashHtml(flash)}
<p><span class="status" id="edition-status">${edition.status}</span>
${view.frozen ? html` <strong>Sending has started: this edition is frozen.</strong>` : ''}
${view.held && edition.status === 'draft' ? html` This region waits for an editor's approval before it sends.` : ''}
${edition.approvedBy ? html` <span class="muted">Approved by ${edition.approvedBy}, ${when(edition.approvedAt)}.</span>` : ''}
<span class="muted">Version ${view.seen.version}.</span></p>
<div class="row">
<a href="/console/preview?region=${encodeURIComponent(view.region.id)}&amp;week=${encodeURIComponent(view.week)}">Preview as sent</a>
${!view.frozen && edition.status === 'draft' ? html`<form class="inline" method="post" action="/console/approve">${hiddenEdition(editor, view)}<button type="submit">Approve edition</button></form>` : ''}
${!view.frozen && edition.status === 'approved' ? html`<form class="inline" method="post" action="/console/unapprove">${hiddenEdition(editor, view)}<button type="submit" class="danger">Un-approve</button></form>` : ''}
${!view.frozen && canUndo ? actionButton(editor, view, 'undo', 'Undo last change', {}, { className: 'quiet' }) : ''}
</div>
${filtersForm(view, filters, feeds)}
<div class="columns"><section aria-labelledby="edition-heading">
<h2 id="edition-heading">In the edition (${edition.items.length})</h2>
${
  view.frozen
    ? edition.blurb
      ? html`<p><strong>Editor's note:</strong> ${edition.blurb}</p>`
      : ''
    : html`<form method="post" action="/console/curate">${hiddenEdition(editor, view)}<input type="hidden" name="action" value="note">
<label for="note">Editor's note</label><textarea id="note" name="text" maxlength="2000">${edition.blurb ?? ''}</textarea>
<button type="submit" class="quiet">Save note</button></form>
<form id="reorder-form" method="post" action="/console/curate" hidden>${hiddenEdition(editor, view)}<input type="hidden" name="action" value="reorder"><input type="hidden" name="order" value="${edition.items.map((i) => i.storyId).join(' ')}"></form>
<p class="muted">Drag a story to reorder, or use its Up and Down buttons.</p>`
}
${edition.items.length === 0 ? html`<p>No stories yet: the edition will say the week was quiet.</p>` : ''}
<ol class="items" ${view.frozen ? '' : html`data-reorder`} id="edition-items">
${edition.items.map((item, index) => itemHtml(editor, view, item, index, edition.items.length, byId, back))}
</ol>
${dropped.size ? html`<h2>Dropped</h2><ul>${[...dropped].map((id) => html`<li>${byId.get(id)?.title ?? id} ${view.frozen ? '' : actionButton(editor, view, 'restore', 'Restore', { storyId: id }, { name: `Restore ${byId.get(id)?.title ?? id}` })}</li>`)}</ul>` : ''}
</section>
<section aria-labelledby="others-heading"><h2 id="others-heading">Other stories this week (${others.length})</h2>
<p class="muted">Stories the classifier left out or ranked below the cut. Pin one to put it in the edition.</p>
<ol class="items" id="other-stories">${others.map(
      (story) => html`<li data-story-id="${story.storyId}">
${storyLink(story.title, story.url)}
<div class="meta">${story.source} · ${when(story.publishedAt)} · score ${story.score.toFixed(2)} · ${story.inScope ? 'in scope' : 'out of scope'} ${tagsHtml(story)}</div>
<div class="controls">${view.frozen ? '' : actionButton(editor, view, 'pin', 'Pin into edition', { storyId: story.storyId }, { name: `Pin “${story.title.slice(0, 60)}” into the edition` })}
<a href="/console/story?id=${encodeURIComponent(story.storyId)}">Correct tags</a></div></li>`,
    )}</ol>
</section></div>`,
  });
}

export function consoleProblemPage(editor: EditorContext | undefined, title: string, text: string): string {
  return renderConsolePage({
    title,
    editor,
    main: html`<h1>${title}</h1><div class="problem" role="alert">${text}</div><p><a href="/console">Back to the overview</a></p>`,
  });
}

export type { SeenEdition };
