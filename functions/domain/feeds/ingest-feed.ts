/**
 * Ingests one feed: conditional fetch, parse, normalise, classify, store, remember. Problems
 * with the feed (unreachable, refused, not a feed) end in a report with status 'failed' and a
 * recorded back-off, never in an exception; one item that cannot be classified or stored never
 * costs the others. Errors of our own storage do propagate, so that the queue retries the job.
 */
import { createHash } from 'node:crypto';
import type { Classification, ClassifyInput } from '../classify/types.js';
import type { StoryRepository } from '../ports.js';
import type { Story } from '../stories.js';
import { decodeFeedBody } from './decode.js';
import {
  DEFAULT_FEED_HEALTH_POLICY,
  describeError,
  initialFeedState,
  needsSaving,
  recordFetchFailure,
  recordFetchSuccess,
  type FeedHealthPolicy,
} from './feed-health.js';
import { parseFeed } from './parse-feed.js';
import type { FeedFetcher, FeedState, FeedStateRepository, FetchOutcome } from './ports.js';
import type { PressPageReading } from '../press/ingest-press-page.js';
import type { FeedSource, NormalisedItem } from './types.js';

/** The slice of a structured logger ingestion uses (the Powertools Logger fits). */
export interface IngestLogger {
  info(message: string, attributes: Record<string, unknown>): void;
  warn(message: string, attributes: Record<string, unknown>): void;
  error(message: string, attributes: Record<string, unknown>): void;
}

/** The slice of a metrics client ingestion uses (the Powertools Metrics fits). */
export interface IngestMetrics {
  addMetric(name: string, unit: 'Count', value: number): void;
}

export interface IngestFeedDeps {
  readonly fetcher: FeedFetcher;
  // A fetch records outcomes; only editors disable a feed.
  readonly feedStates: Pick<FeedStateRepository, 'getFeedState' | 'saveFeedState'>;
  readonly stories: StoryRepository;
  readonly classify: (input: ClassifyInput) => Classification;
  readonly now: () => Date;
  readonly policy?: FeedHealthPolicy;
  /** Default: no logging. Handlers pass the Powertools logger from observability.ts. */
  readonly logger?: IngestLogger;
  /** Default: no metrics. Handlers pass the Powertools metrics from observability.ts. */
  readonly metrics?: IngestMetrics;
  /** Pace, robots.txt and release budget for press pages; defaults to a pace of their own. */
  readonly pressPages?: PressPageReading;
}

export type FeedIngestStatus = 'ok' | 'not-modified' | 'failed' | 'skipped';

export interface FeedIngestReport {
  readonly feedId: string;
  readonly feedUrl: string;
  readonly name: string;
  readonly status: FeedIngestStatus;
  readonly itemsSeen: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Items that could not be classified or stored; they are offered again on the next fetch. */
  readonly failedItems?: number;
  /** Press releases left for the next runs, to keep a polite pace; the listing is read again then. */
  readonly deferredItems?: number;
  readonly error?: string;
  /** After a failure: when the feed will next be tried. */
  readonly nextAttemptAt?: string;
  /** After a failure: since when the feed counts as dead, if it does (a `DeadFeeds` alarm can watch this). */
  readonly deadSince?: string;
  /** Older items left out because the document carried more than the cap per document. */
  readonly itemsCut?: number;
  /** In-scope stories created or updated by this fetch, per jurisdiction tag. */
  readonly jurisdictions?: Record<string, number>;
}

/** Metric names an alarm can watch. */
export const FEED_METRICS = {
  feedFailures: 'FeedFailures',
  deadFeeds: 'DeadFeeds',
  storiesIngested: 'StoriesIngested',
  /** A press page's selectors found no releases: its layout changed and the source needs new ones. */
  pressPageLayoutChanged: 'PressPageLayoutChanged',
} as const;

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

  const stored = await deps.feedStates.getFeedState(source.feedId);
  if (stored?.nextAttemptAt !== undefined && Date.parse(stored.nextAttemptAt) > now.getTime()) {
    return { ...base, ...empty, status: 'skipped', error: `backing off until ${stored.nextAttemptAt}` };
  }
  const previous = stored ?? initialFeedState(source.feedId, source.url);
  const policy = deps.policy ?? DEFAULT_FEED_HEALTH_POLICY;

  let items: readonly NormalisedItem[];
  let validators: { etag?: string; lastModified?: string; bodyHash: string; itemsCut?: number };
  try {
    const changed = await fetchIfChanged(deps, source.url, stored, previous, now, policy);
    if (!changed) return { ...base, ...empty, status: 'not-modified' };
    const { outcome, bodyHash } = changed;
    const text = decodeFeedBody(outcome.body, outcome.contentType, { language: source.language });
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

export async function recordFailure(
  source: FeedSource,
  deps: IngestFeedDeps,
  previous: FeedState,
  error: unknown,
  now: Date,
  policy: FeedHealthPolicy,
): Promise<FeedIngestReport> {
  const next = recordFetchFailure(previous, error, now, policy);
  await deps.feedStates.saveFeedState(next);
  deps.metrics?.addMetric(FEED_METRICS.feedFailures, 'Count', 1);
  if (next.deadSince !== undefined) deps.metrics?.addMetric(FEED_METRICS.deadFeeds, 'Count', 1);
  deps.logger?.warn('feed failed', {
    feedId: source.feedId,
    feedUrl: source.url,
    error: next.lastError,
    consecutiveFailures: next.consecutiveFailures,
    nextAttemptAt: next.nextAttemptAt,
    deadSince: next.deadSince,
  });
  return {
    feedId: source.feedId,
    feedUrl: source.url,
    name: source.name,
    status: 'failed',
    itemsSeen: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    error: next.lastError,
    nextAttemptAt: next.nextAttemptAt,
    ...(next.deadSince === undefined ? {} : { deadSince: next.deadSince }),
  };
}

/**
 * Stores one item of a source, counting the outcome and, when it is in scope, its
 * jurisdictions. It is classified only when the repository is about to write it: most items of
 * a changed feed or listing are ones already stored, and their text has not changed.
 */
export async function storeItem(
  deps: Pick<IngestFeedDeps, 'stories' | 'classify'>,
  source: FeedSource,
  item: NormalisedItem,
  now: Date,
  tally: Record<'created' | 'updated' | 'unchanged', number>,
  jurisdictions: Record<string, number>,
): Promise<void> {
  let classification: Classification | undefined;
  const make = (): Story => {
    classification = deps.classify({
      id: item.storyId,
      title: item.title,
      summary: item.summary,
      body: item.content,
      url: item.url,
      feed: { jurisdiction: source.jurisdiction, language: item.language ?? source.language, name: source.name },
    });
    // A regulator's own feed or press page carries its statements, which lead the news reports about them.
    const kind = item.kind ?? (source.publisherType === 'regulator' ? 'press-release' : 'news');
    return { ...item, kind, ...classification, feedId: source.feedId, source: source.name, storedAt: now.toISOString(), revision: 0 };
  };
  tally[await deps.stories.saveStory({ text: item, make })] += 1;
  if (classification?.inScope) {
    for (const code of classification.jurisdictions) jurisdictions[code] = (jurisdictions[code] ?? 0) + 1;
  }
}

/**
 * Fetches a source with the validators stored for it. When nothing changed (a 304, or the same
 * bytes as last time from a server without working validators) the success is recorded and
 * `undefined` returned: nothing to parse or store.
 */
export async function fetchIfChanged(
  deps: Pick<IngestFeedDeps, 'fetcher' | 'feedStates'>,
  url: string,
  stored: FeedState | undefined,
  previous: FeedState,
  now: Date,
  policy: FeedHealthPolicy,
): Promise<{ outcome: Extract<FetchOutcome, { kind: 'fetched' }>; bodyHash: string } | undefined> {
  const outcome = await deps.fetcher.fetchFeed(url, { etag: previous.etag, lastModified: previous.lastModified });
  const bodyHash = outcome.kind === 'fetched' ? createHash('sha256').update(outcome.body).digest('hex').slice(0, 32) : undefined;
  if (outcome.kind === 'not-modified' || bodyHash === previous.bodyHash) {
    await saveIfNeeded(deps, stored, recordFetchSuccess(previous, now), now, policy);
    return undefined;
  }
  return { outcome, bodyHash: bodyHash! };
}

export async function saveIfNeeded(
  deps: Pick<IngestFeedDeps, 'feedStates'>,
  before: FeedState | undefined,
  after: FeedState,
  now: Date,
  policy: FeedHealthPolicy,
): Promise<void> {
  if (needsSaving(before, after, now, policy)) await deps.feedStates.saveFeedState(after);
}
