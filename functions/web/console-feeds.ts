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
