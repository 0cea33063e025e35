/**
 * Ingests one feed: conditional fetch, parse, normalise, classify, store, remember. Problems
 * with the feed (unreachable, refused, not a feed) end in a report with status 'failed' and a
 * recorded back-off, never in an exception; one item that cannot be classified or stored never
 * costs the others. Errors of our own storage do propagate, so that the queue retries the job.
 */
import type { PressPageReading } from '../press/ingest-press-page.js';
import { decodeFeedBody } from './decode.js';
import { describeError, recordFetchSuccess } from './feed-health.js';
import { parseFeed } from './parse-feed.js';
import { fetchIfChanged, openSource, recordFailure, saveIfNeeded, storeItem, FEED_METRICS, type FeedIngestReport, type SourceDeps } from './source-steps.js';
import type { FeedSource, NormalisedItem } from './types.js';

// Where callers have always found them; they live with the steps both kinds of source share.
export { FEED_METRICS, type FeedIngestReport, type FeedIngestStatus, type IngestLogger, type IngestMetrics } from './source-steps.js';

export interface IngestFeedDeps extends SourceDeps {
  /** Pace, robots.txt and release budget for press pages; defaults to a pace of their own. */
  readonly pressPages?: PressPageReading;
}

export async function ingestFeed(source: FeedSource, deps: IngestFeedDeps): Promise<FeedIngestReport> {
  const now = deps.now();
  const base = { feedId: source.feedId, feedUrl: source.url, name: source.name };
  const empty = { itemsSeen: 0, created: 0, updated: 0, unchanged: 0 };

  if (source.enabled === false) return { ...base, ...empty, status: 'skipped', error: 'source is disabled' };
  if (source.kind === 'press-page') {
    // A path of its own; the HTML libraries it needs are imported only when a page is read.
    const { ingestPressPage } = await import('../press/ingest-press-page.js');
    return ingestPressPage(source, deps);
  }

  const { stored, previous, policy, backingOffUntil } = await openSource(source, deps, now);
  if (backingOffUntil) return { ...base, ...empty, status: 'skipped', error: `backing off until ${backingOffUntil}` };

  let items: readonly NormalisedItem[];
  let validators: { etag?: string; lastModified?: string; bodyHash: string; itemsCut?: number };
  try {
    const changed = await fetchIfChanged(deps, source.url, stored, previous, now, policy);
    if (!changed) return { ...base, ...empty, status: 'not-modified' };
    const { outcome, bodyHash } = changed;
    const text = await decodeFeedBody(outcome.body, outcome.contentType, { language: source.language });
    const feed = await parseFeed(text, {
      feedUrl: source.url,
      baseUrl: outcome.finalUrl,
      feedId: source.feedId,
      fetchedAt: now,
      language: source.language,
    });
    items = feed.items;
    validators = { etag: outcome.etag, lastModified: outcome.lastModified, bodyHash, itemsCut: feed.itemsCut };
    if (feed.itemsCut) deps.logger?.warn('feed cut to its newest items', { feedId: source.feedId, feedUrl: source.url, itemsCut: feed.itemsCut });
  } catch (error) {
    return recordFailure(source, deps, previous, error, now, policy);
  }

  const tally = { created: 0, updated: 0, unchanged: 0, failedItems: 0 };
  const jurisdictions: Record<string, number> = {};
  let firstItemError: string | undefined;
  for (const item of items) {
    try {
      await storeItem(deps, source, item, now, tally, jurisdictions);
    } catch (error) {
      tally.failedItems += 1;
      firstItemError ??= `item ${item.url}: ${describeError(error)}`;
      deps.logger?.error('feed item could not be stored', {
        feedId: source.feedId,
        feedUrl: source.url,
        storyId: item.storyId,
        error: describeError(error),
      });
    }
  }

  // With an item left behind, keep the old validators so the next fetch offers it again.
  const next =
    tally.failedItems === 0
      ? recordFetchSuccess(previous, now, validators)
      : { ...recordFetchSuccess(previous, now), ...(validators.itemsCut ? { lastItemsCut: validators.itemsCut } : {}) };
  await saveIfNeeded(deps, stored, next, now, policy);
  deps.metrics?.addMetric(FEED_METRICS.storiesIngested, 'Count', tally.created);
  deps.logger?.info('feed ingested', { feedId: source.feedId, feedUrl: source.url, itemsSeen: items.length, ...tally });

  return {
    ...base,
    status: 'ok',
    itemsSeen: items.length,
    created: tally.created,
    updated: tally.updated,
    unchanged: tally.unchanged,
    ...(tally.failedItems > 0 ? { failedItems: tally.failedItems, error: firstItemError } : {}),
    ...(validators.itemsCut ? { itemsCut: validators.itemsCut } : {}),
    jurisdictions,
  };
}
