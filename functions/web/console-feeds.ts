/**
 * A feed an editor adds: checked by the same rules as the configured feed list, fetched once
 * through the same SSRF-safe fetcher and parser that ingestion uses so the editor sees the items
 * it would bring, and saved only when the editor confirms what they saw.
 *
 * The console imports this module with the first feed form; the charset tables and the feed
 * parser load with the first preview (confirming a feed does not parse it again).
 */
import { InvalidSourcesError, parseSources } from '../config/sources.js';
import { loadOnFirstUse, PartUnavailableError } from '../domain/load-on-first-use.js';
import { describeError } from '../domain/feeds/feed-health.js';
import type { FeedFetcher } from '../domain/feeds/ports.js';
import type { FeedSource } from '../domain/feeds/types.js';
import { DuplicateFeedError } from '../domain/feeds/errors.js';
import { renderConsolePage } from './console-layout.js';
import { csrfField, feedHealth, flashHtml, storyLink, when, type EditorContext, type FeedRow, type Flash } from './console-pages.js';
import { html } from './html.js';

/** What adding a feed throws when another editor added the same address first. */
export { DuplicateFeedError };

export interface ProposedFeed {
  readonly url: string;
  readonly name: string;
  readonly jurisdiction: string;
}

export type ProposedFeedCheck = { readonly kind: 'valid'; readonly source: FeedSource } | { readonly kind: 'problem'; readonly message: string };

export type FeedPreview =
  | { readonly kind: 'items'; readonly source: FeedSource; readonly items: readonly { title: string; url: string; publishedAt?: string }[] }
  | { readonly kind: 'problem'; readonly message: string };

const feedReader = loadOnFirstUse('feed parser', () => Promise.all([import('../domain/feeds/decode.js'), import('../domain/feeds/parse-feed.js')]));

const MAX_URL_LENGTH = 2_048;
const MAX_NAME_LENGTH = 120;

/** The editor's form as one entry of the feed list, or what is wrong with it, said for people. */
export function checkProposedFeed(proposed: ProposedFeed, known: readonly FeedSource[]): ProposedFeedCheck {
  const name = proposed.name.trim();
  const url = proposed.url.trim();
  const jurisdiction = proposed.jurisdiction.trim().toUpperCase();
  if (name.length > MAX_NAME_LENGTH) return { kind: 'problem', message: `A feed's name is at most ${MAX_NAME_LENGTH} characters.` };
  if (url.length > MAX_URL_LENGTH) return { kind: 'problem', message: `A feed address is at most ${MAX_URL_LENGTH} characters.` };
  let source: FeedSource;
  try {
    [source] = parseSources([{ kind: 'rss', name, url, ...(jurisdiction ? { jurisdiction } : {}) }], 'the new feed');
  } catch (error) {
    if (!(error instanceof InvalidSourcesError)) throw error;
    // The list's messages name an entry number, which means nothing on a form of one feed.
    const messages = error.problems.map((problem) => problem.replace(/^entry 1( \([^)]*\))?: /, ''));
    return { kind: 'problem', message: `The feed was not added: ${messages.join('; ')}.` };
  }
  const same = known.find((feed) => feed.feedId === source.feedId);
  if (same) return { kind: 'problem', message: `That address is already read, as "${same.name}".` };
  return { kind: 'valid', source };
}

export async function previewFeed(fetcher: FeedFetcher, source: FeedSource, now: Date): Promise<FeedPreview> {
  try {
    const outcome = await fetcher.fetchFeed(source.url, {});
    if (outcome.kind !== 'fetched') return { kind: 'problem', message: 'The server answered "not modified" to a first request.' };
    const [{ decodeFeedBody }, { parseFeed }] = await feedReader();
    const feed = await parseFeed(await decodeFeedBody(outcome.body, outcome.contentType), { feedUrl: source.url, fetchedAt: now, baseUrl: outcome.finalUrl });
    return { kind: 'items', source, items: feed.items.map((item) => ({ title: item.title, url: item.url, publishedAt: item.publishedAt })) };
  } catch (error) {
    // The console's own part missing is not the feed's fault: the request fails as unavailable.
    if (error instanceof PartUnavailableError) throw error;
    return { kind: 'problem', message: `The feed could not be read: ${describeError(error)}` };
  }
}

/** The add-a-feed form as the editor filled it, and the items a fetch of it read, once previewed. */
export interface FeedProposal {
  readonly proposed: { readonly url: string; readonly name: string; readonly jurisdiction: string };
  readonly items?: readonly { title: string; url: string; publishedAt?: string }[];
}

export function feedsPage(editor: EditorContext, feeds: readonly FeedRow[], flash?: Flash, proposal?: FeedProposal): string {
  const proposed = proposal?.proposed;
  const items = proposal?.items;
  return renderConsolePage({
    title: 'Feeds',
    editor,
    main: html`<h1>Feeds</h1>
${flashHtml(flash)}
<table class="cards"><thead><tr><th>Feed</th><th>Health</th><th>Last success</th><th>Failures</th><th>Next attempt</th><th></th></tr></thead><tbody>
${feeds.length === 0 ? html`<tr><td colspan="6" class="muted">No feeds yet: add one below.</td></tr>` : ''}
${feeds.map(
  (
    f,
  ) => html`<tr><td>${f.name}<div class="meta">${f.url}</div>${f.addedBy ? html`<div class="meta">added by ${f.addedBy}, ${when(f.addedAt)}</div>` : ''}${f.lastError ? html`<div class="meta">${f.lastError}</div>` : ''}</td><td data-label="Health">${feedHealth(f)}${f.deadSince ? html`<div class="meta">since ${when(f.deadSince)}</div>` : ''}</td><td data-label="Last success">${when(f.lastSuccessAt)}</td><td data-label="Failures">${f.consecutiveFailures}</td><td data-label="Next attempt">${when(f.nextAttemptAt)}</td>
<td><form class="inline" method="post" action="/console/feeds/toggle">${csrfField(editor)}<input type="hidden" name="feedId" value="${f.feedId}"><input type="hidden" name="enabled" value="${f.enabled ? 'false' : 'true'}"><button type="submit" class="quiet" aria-label="${f.enabled ? 'Disable' : 'Re-enable'} ${f.name}">${f.enabled ? 'Disable' : 'Re-enable'}</button></form></td></tr>`,
)}
</tbody></table>
<h2>Add a feed</h2>
<form method="post" action="/console/feeds/add" class="stack">${csrfField(editor)}
<div class="row"><label for="feed-url">Feed URL</label><input id="feed-url" name="url" type="url" required value="${proposed?.url ?? ''}" size="50"></div>
<div class="row"><label for="feed-name">Name</label><input id="feed-name" name="name" type="text" required value="${proposed?.name ?? ''}"></div>
<div class="row"><label for="feed-jurisdiction">Home jurisdiction</label><input id="feed-jurisdiction" name="jurisdiction" type="text" placeholder="HK" value="${proposed?.jurisdiction ?? ''}"></div>
<div class="row"><button type="submit" name="step" value="preview">Fetch and preview</button></div></form>
${
  proposed && items
    ? html`<h2>What ${proposed.name} would bring (${items.length} ${items.length === 1 ? 'item' : 'items'})</h2><ol id="feed-preview">${items.slice(0, 20).map((i) => html`<li>${storyLink(i.title, i.url)} <span class="meta">${when(i.publishedAt)}</span></li>`)}</ol>
<form method="post" action="/console/feeds/add">${csrfField(editor)}<input type="hidden" name="url" value="${proposed.url}"><input type="hidden" name="name" value="${proposed.name}"><input type="hidden" name="jurisdiction" value="${proposed.jurisdiction}"><button type="submit" name="step" value="confirm">Add this feed</button></form>`
    : ''
}`,
  });
}
