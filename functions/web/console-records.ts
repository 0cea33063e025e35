/**
 * The console's records: a story with its evidence, tags and corrections (and the form that
 * corrects them), the corrections log and the editors' activity log. Imported with the first
 * request for one of them, a chunk of its own in the bundle: signing in, the overview and the
 * week's desk do not need them.
 */
import type { CorrectionRecord } from '../domain/classify/ports.js';
import { TOPICS } from '../domain/classify/types.js';
import type { AuditEntry } from '../domain/console/ports.js';
import type { Story } from '../domain/stories.js';
import { renderConsolePage } from './console-layout.js';
import { alertControls, csrfField, flashHtml, highlightEvidence, tagsHtml, when, type EditorContext, type Flash } from './console-pages.js';
import { html, safeHttpUrl, type SafeHtml } from './html.js';

export function storyPage(editor: EditorContext, story: Story, records: readonly CorrectionRecord[], flash?: Flash): string {
  return renderConsolePage({
    title: story.title.slice(0, 80),
    editor,
    main: html`<h1>${story.title}</h1>
${flashHtml(flash)}
<p class="meta">${story.source} · ${when(story.publishedAt)} · score ${story.score.toFixed(2)} · ${story.inScope ? 'in scope' : 'out of scope'} · <a href="${safeHttpUrl(story.url) ?? '#'}" rel="noopener noreferrer">original</a></p>
<p>Tags: <span id="story-tags">${tagsHtml(story)}</span></p>
<h2>Evidence</h2>
<p><strong>Title:</strong> ${highlightEvidence(story.title, story.evidence, 'title')}</p>
<p><strong>Summary:</strong> ${highlightEvidence(story.summary, story.evidence, 'summary')}</p>
<table class="cards"><thead><tr><th>Tag</th><th>Term</th><th>Where</th><th>Rule</th></tr></thead><tbody>
${story.evidence.map((e) => html`<tr><td>${e.tag}${e.effect === 'removes' ? ' (removed)' : ''}</td><td data-label="Term">${e.term}</td><td data-label="Where">${e.field}</td><td data-label="Rule">${e.rule}</td></tr>`)}
</tbody></table>
<h2>Correct the tags</h2>
<form method="post" action="/console/correct" class="stack">${csrfField(editor)}<input type="hidden" name="storyId" value="${story.storyId}">
<div class="row"><label for="addJurisdictions">Add jurisdictions</label><input id="addJurisdictions" name="addJurisdictions" type="text" placeholder="HK, US-CA"></div>
<div class="row"><label for="removeJurisdictions">Remove jurisdictions</label><input id="removeJurisdictions" name="removeJurisdictions" type="text"></div>
<div class="row"><label for="addTopics">Add topics</label><input id="addTopics" name="addTopics" type="text" placeholder="${TOPICS.slice(0, 3).join(', ')}"></div>
<div class="row"><label for="removeTopics">Remove topics</label><input id="removeTopics" name="removeTopics" type="text"></div>
<div class="row"><label for="scope">Scope</label><select id="scope" name="scope"><option value="">unchanged</option><option value="in">in scope</option><option value="out">out of scope</option></select></div>
<div class="row"><label for="correction-note">Note</label><input id="correction-note" name="note" type="text"></div>
<div class="row"><label for="promoteTerm">Promote to a rule on the words</label><input id="promoteTerm" name="promoteTerm" type="text" placeholder="leave empty to correct this story only"></div>
<button type="submit">Save correction</button></form>
<h2>Alerts</h2>
<div class="controls">${alertControls(editor, story, `/console/story?id=${encodeURIComponent(story.storyId)}`)}</div>
<h2>Corrections of this story</h2>
${correctionsTable(records)}`,
  });
}

function correctionsTable(records: readonly CorrectionRecord[]): SafeHtml {
  if (records.length === 0) return html`<p>None yet.</p>`;
  return html`<table class="cards"><thead><tr><th>When</th><th>Editor</th><th>Story</th><th>Change</th><th>Rule</th><th>Note</th></tr></thead><tbody>
${records.map(({ correction: c, story }) => {
  const change = 'jurisdiction' in c ? `${c.action} ${c.jurisdiction}` : 'topic' in c ? `${c.action} ${c.topic}` : c.action;
  return html`<tr><td>${when(c.at)}</td><td data-label="Editor">${c.editor}</td><td data-label="Story"><a href="/console/story?id=${encodeURIComponent(story.storyId)}">${story.title.slice(0, 80)}</a></td><td data-label="Change">${change}</td><td data-label="Rule">${c.term ?? ''}</td><td data-label="Note">${c.note ?? ''}</td></tr>`;
})}</tbody></table>`;
}

export function correctionsPage(
  editor: EditorContext,
  records: readonly CorrectionRecord[],
  filters: { editor?: string; action?: string; q?: string },
): string {
  return renderConsolePage({
    title: 'Corrections',
    editor,
    main: html`<h1>Corrections log</h1>
<form class="filters" method="get" action="/console/corrections">
<div><label for="c-editor">Editor</label><input id="c-editor" name="editor" type="text" value="${filters.editor ?? ''}"></div>
<div><label for="c-action">Change</label><input id="c-action" name="action" type="text" value="${filters.action ?? ''}" placeholder="add-jurisdiction"></div>
<div><label for="c-q">Story title contains</label><input id="c-q" name="q" type="text" value="${filters.q ?? ''}"></div>
<button type="submit">Filter</button></form>
<p>${records.length === 1 ? '1 correction.' : `${records.length} corrections.`}</p>
${correctionsTable(records)}`,
  });
}
export function activityPage(editor: EditorContext, entries: readonly AuditEntry[]): string {
  return renderConsolePage({
    title: 'Activity',
    editor,
    main: html`<h1>Editors' activity</h1>
<table class="cards"><thead><tr><th>When</th><th>Editor</th><th>Action</th><th>On</th><th>Detail</th></tr></thead><tbody>
${entries.map((e) => html`<tr><td>${when(e.at)}</td><td data-label="Editor">${e.editor}</td><td data-label="Action">${e.action}</td><td data-label="On">${e.target}</td><td data-label="Detail">${e.detail ?? ''}</td></tr>`)}
</tbody></table>`,
  });
}
