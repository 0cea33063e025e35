/**
 * The steps every source shares, feed or press page: the conditional fetch, the feed-health
 * bookkeeping of a failure or a success, and storing one item through classification. Both
 * `feeds/ingest-feed.ts` and `press/ingest-press-page.ts` build on these; neither imports the other's steps.
 */
import { createHash } from 'node:crypto';
import type { Classification, ClassifyInput } from '../classify/types.js';
import type { StoryRepository } from '../ports.js';
import type { Story } from '../stories.js';
import { saveIngestedStory } from '../stories/save-story.js';
import { DEFAULT_FEED_HEALTH_POLICY, initialFeedState, needsSaving, recordFetchFailure, recordFetchSuccess, type FeedHealthPolicy } from './feed-health.js';
import type { FeedFetcher, FeedState, FeedStateRepository, FetchOutcome } from './ports.js';
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

/** What ingesting any source (a feed or a press page) needs. */
export interface SourceDeps {
  readonly fetcher: FeedFetcher;
  // A fetch records outcomes; only editors disable a feed.
  readonly feedStates: Pick<FeedStateRepository, 'getFeedState' | 'saveFeedState'>;
  readonly stories: StoryRepository;
  /** May be asynchronous: the deployed worker loads the classifier on the first story it classifies. */
  readonly classify: (input: ClassifyInput) => Classification | Promise<Classification>;
  readonly now: () => Date;
  readonly policy?: FeedHealthPolicy;
  /** Default: no logging. Handlers pass the Powertools logger from observability.ts. */
  readonly logger?: IngestLogger;
  /** Default: no metrics. Handlers pass the Powertools metrics from observability.ts. */
  readonly metrics?: IngestMetrics;
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

export async function recordFailure(
  source: FeedSource,
  deps: SourceDeps,
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
  deps: Pick<SourceDeps, 'stories' | 'classify'>,
  source: FeedSource,
  item: NormalisedItem,
  now: Date,
  tally: Record<'created' | 'updated' | 'unchanged', number>,
  jurisdictions: Record<string, number>,
): Promise<void> {
  let classification: Classification | undefined;
  const make = async (): Promise<Story> => {
    classification = await deps.classify({
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
  tally[await saveIngestedStory(deps.stories, { text: item, make })] += 1;
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
  deps: Pick<SourceDeps, 'fetcher' | 'feedStates'>,
  url: string,
  stored: FeedState | undefined,
  previous: FeedState,
  now: Date,
  policy: FeedHealthPolicy,
): Promise<{ outcome: Extract<FetchOutcome, { kind: 'fetched' }>; bodyHash: string } | undefined> {
  const outcome = await deps.fetcher.fetchFeed(url, { etag: previous.etag, lastModified: previous.lastModified });
  const bodyHash = outcome.kind === 'fetched' ? createHash('sha256').update(outcome.body).digest('hex').slice(0, 32) : undefined;
  if (outcome.kind === 'not-modified' || bodyHash === undefined || bodyHash === previous.bodyHash) {
    await saveIfNeeded(deps, stored, recordFetchSuccess(previous, now), now, policy);
    return undefined;
  }
  return { outcome, bodyHash };
}

export async function saveIfNeeded(
  deps: Pick<SourceDeps, 'feedStates'>,
  before: FeedState | undefined,
  after: FeedState,
  now: Date,
  policy: FeedHealthPolicy,
): Promise<void> {
  if (needsSaving(before, after, now, policy)) await deps.feedStates.saveFeedState(after);
}

/**
 * Where every source's run starts: its stored state (a fresh one the first time), the health
 * policy, and until when it is still backing off after failures, if it is.
 */
export async function openSource(source: Pick<FeedSource, 'feedId' | 'url'>, deps: SourceDeps, now: Date) {
  const stored = await deps.feedStates.getFeedState(source.feedId);
  const backingOffUntil = stored?.nextAttemptAt !== undefined && Date.parse(stored.nextAttemptAt) > now.getTime() ? stored.nextAttemptAt : undefined;
  return {
    stored,
    previous: stored ?? initialFeedState(source.feedId, source.url),
    policy: deps.policy ?? DEFAULT_FEED_HEALTH_POLICY,
    backingOffUntil,
  };
}
