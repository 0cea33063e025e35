/**
 * A feed an editor proposes, fetched once through the same SSRF-safe fetcher and parser that
 * ingestion uses, so the editor sees the items it would bring before anyone adds it.
 */
import { decodeFeedBody } from '../domain/feeds/decode.js';
import { describeError } from '../domain/feeds/feed-health.js';
import { parseFeed } from '../domain/feeds/parse-feed.js';
import type { FeedFetcher } from '../domain/feeds/ports.js';

export type FeedPreview =
  | { readonly kind: 'items'; readonly url: string; readonly name: string; readonly items: readonly { title: string; url: string; publishedAt?: string }[] }
  | { readonly kind: 'problem'; readonly message: string };

const MAX_URL_LENGTH = 2_048;
const MAX_NAME_LENGTH = 120;

export async function previewFeed(fetcher: FeedFetcher, proposed: { url: string; name: string }, now: Date): Promise<FeedPreview> {
  const url = proposed.url.trim();
  const name = proposed.name.trim();
  if (!name) return { kind: 'problem', message: 'Give the feed a name.' };
  if (name.length > MAX_NAME_LENGTH) return { kind: 'problem', message: `A feed's name is at most ${MAX_NAME_LENGTH} characters.` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'problem', message: `"${url.slice(0, 100)}" is not a web address.` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'problem', message: 'A feed address starts with https:// or http://.' };
  if (url.length > MAX_URL_LENGTH) return { kind: 'problem', message: `A feed address is at most ${MAX_URL_LENGTH} characters.` };
  try {
    const outcome = await fetcher.fetchFeed(parsed.toString(), {});
    if (outcome.kind !== 'fetched') return { kind: 'problem', message: 'The server answered "not modified" to a first request.' };
    const feed = await parseFeed(decodeFeedBody(outcome.body, outcome.contentType), { feedUrl: parsed.toString(), fetchedAt: now, baseUrl: outcome.finalUrl });
    return { kind: 'items', url: parsed.toString(), name, items: feed.items.map((item) => ({ title: item.title, url: item.url, publishedAt: item.publishedAt })) };
  } catch (error) {
    return { kind: 'problem', message: `The feed could not be read: ${describeError(error)}` };
  }
}
