/**
 * Ingests one press page: the listing through the same conditional GET, back-off and dead-source
 * bookkeeping as a feed, then each release not yet stored, fetched once at a polite pace and
 * only where robots.txt allows, through the same normalise → classify → store path as a feed
 * item. A listing whose selectors find nothing is a failure of its own kind
 * (`PressPageLayoutChanged`), since only new selectors will fix it.
 */
import { describeError, recordFetchSuccess } from '../feeds/feed-health.js';
import { storyIdFor } from '../feeds/identity.js';
import {
  FEED_METRICS,
  fetchIfChanged,
  openSource,
  recordFailure,
  saveIfNeeded,
  storeItem,
  type FeedIngestReport,
  type SourceDeps,
} from '../feeds/source-steps.js';
import type { PressPageSource } from '../feeds/types.js';
import { decodeHtmlBody } from './decode-html.js';
import { FeedFetchError } from '../feeds/errors.js';
import { DisallowedByRobotsError, PressPageLayoutError } from './errors.js';
import { HostPace } from './host-pace.js';
import { readPressListing, type ListingEntry } from './read-listing.js';
import { readRelease } from './read-release.js';
import { RobotsTxtRules, type RobotsRules } from './robots.js';

/** What reading press pages needs besides what every source needs; shared across sources in a process. */
export interface PressPageReading {
  readonly pace: HostPace;
  readonly robots: RobotsRules;
  /**
   * Releases fetched per run at most: at four pages a minute a run must end well inside the
   * worker's time limit; the rest are fetched on the next runs.
   */
  readonly maxReleasesPerRun: number;
}

export const DEFAULT_MAX_RELEASES_PER_RUN = 3;

/** The reading a worker uses when given none: its own pace and robots.txt cache. */
export function pressPageReadingFor(deps: Pick<SourceDeps, 'fetcher'>, pace = new HostPace()): PressPageReading {
  return {
    pace,
    // robots.txt is not paced: one small file a day per site, read before the pages it governs.
    robots: new RobotsTxtRules(deps.fetcher),
    maxReleasesPerRun: DEFAULT_MAX_RELEASES_PER_RUN,
  };
}

/** What reading a press page needs: what every source needs, and the shared pace and robots.txt. */
export interface PressPageDeps extends SourceDeps {
  readonly pressPages?: PressPageReading;
}

export async function ingestPressPage(source: PressPageSource, deps: PressPageDeps): Promise<FeedIngestReport> {
  const now = deps.now();
  const base = { feedId: source.feedId, feedUrl: source.url, name: source.name };
  const empty = { itemsSeen: 0, created: 0, updated: 0, unchanged: 0 };
  const reading = deps.pressPages ?? pressPageReadingFor(deps);

  const { stored, previous, policy, backingOffUntil } = await openSource(source, deps, now);
  if (backingOffUntil) return { ...base, ...empty, status: 'skipped', error: `backing off until ${backingOffUntil}` };

  let entries: ListingEntry[];
  let validators: { etag?: string; lastModified?: string; bodyHash: string };
  try {
    await politely(reading, source.url);
    const changed = await fetchIfChanged(deps, source.url, stored, previous, now, policy);
    if (!changed) return { ...base, ...empty, status: 'not-modified' };
    const { outcome, bodyHash } = changed;
    const html = await decodeHtmlBody(outcome.body, outcome.contentType, { language: source.language });
    entries = await readPressListing(html, { ...source, baseUrl: outcome.finalUrl });
    validators = { etag: outcome.etag, lastModified: outcome.lastModified, bodyHash };
  } catch (error) {
    if (error instanceof PressPageLayoutError) deps.metrics?.addMetric(FEED_METRICS.pressPageLayoutChanged, 'Count', 1);
    return recordFailure(source, deps, previous, layoutAware(error), now, policy);
  }

  const tally = { created: 0, updated: 0, unchanged: 0, failedItems: 0, deferred: 0, disallowed: 0 };
  const jurisdictions: Record<string, number> = {};
  let firstItemError: string | undefined;
  let fetched = 0;
  /** Set when the host asked us to wait (429, 503 with Retry-After): no more pages this run. */
  let waitUntil: Date | undefined;
  for (const entry of entries) {
    const storyId = storyIdFor({ url: entry.url, feedId: source.feedId });
    try {
      // A release already stored is never fetched again: regulators rarely revise them, and
      // re-reading every release on every run is what would make us a burden.
      if (await deps.stories.getStory(storyId)) {
        tally.unchanged += 1;
        continue;
      }
      if (fetched >= reading.maxReleasesPerRun || waitUntil) {
        tally.deferred += 1;
        continue;
      }
      const verdict = await reading.robots.check(entry.url);
      if (!verdict.allowed) {
        tally.disallowed += 1;
        deps.logger?.info('press release not fetched: robots.txt disallows it', { feedId: source.feedId, feedUrl: source.url, url: entry.url });
        continue;
      }
      fetched += 1;
      await reading.pace.wait(entry.url, verdict.crawlDelayMs);
      const outcome = await deps.fetcher.fetchFeed(entry.url, {});
      if (outcome.kind === 'not-modified') throw new Error('the server answered 304 to an unconditional request');
      // A release published as a PDF or an image is stored by its listing entry alone.
      const html = isHtml(outcome.contentType) ? await decodeHtmlBody(outcome.body, outcome.contentType, { language: source.language }) : '';
      const item = await readRelease(html, {
        feedId: source.feedId,
        entry,
        finalUrl: outcome.finalUrl,
        timeZone: source.timeZone,
        language: source.language,
        fetchedAt: now,
      });
      await storeItem(deps, source, item, now, tally, jurisdictions);
    } catch (error) {
      if (error instanceof FeedFetchError && error.retryAfterSeconds !== undefined) {
        // The host asked for a pause: honour it for the whole source, as for a listing.
        waitUntil = new Date(now.getTime() + Math.min(error.retryAfterSeconds * 1000, policy.maxRetryAfterMs));
        tally.deferred += 1;
        deps.logger?.warn('press page host asked to wait', {
          feedId: source.feedId,
          feedUrl: source.url,
          url: entry.url,
          nextAttemptAt: waitUntil.toISOString(),
        });
        continue;
      }
      tally.failedItems += 1;
      firstItemError ??= `release ${entry.url}: ${describeError(error)}`;
      deps.logger?.error('press release could not be stored', {
        feedId: source.feedId,
        feedUrl: source.url,
        storyId,
        url: entry.url,
        error: describeError(error),
      });
    }
  }

  // With a release left for later or failed, keep the old validators so the next run reads the listing again.
  const complete = tally.failedItems === 0 && tally.deferred === 0;
  const next = complete ? recordFetchSuccess(previous, now, validators) : recordFetchSuccess(previous, now);
  await saveIfNeeded(deps, stored, waitUntil ? { ...next, nextAttemptAt: waitUntil.toISOString() } : next, now, policy);
  deps.metrics?.addMetric(FEED_METRICS.storiesIngested, 'Count', tally.created);
  deps.logger?.info('press page ingested', { feedId: source.feedId, feedUrl: source.url, itemsSeen: entries.length, ...tally });

  return {
    ...base,
    status: 'ok',
    itemsSeen: entries.length,
    created: tally.created,
    updated: tally.updated,
    unchanged: tally.unchanged,
    ...(tally.failedItems > 0 ? { failedItems: tally.failedItems, error: firstItemError } : {}),
    ...(tally.deferred > 0 ? { deferredItems: tally.deferred } : {}),
    ...(waitUntil ? { nextAttemptAt: waitUntil.toISOString() } : {}),
    jurisdictions,
  };
}

function isHtml(contentType: string | undefined): boolean {
  // No type at all is read as HTML: that is what such a server almost always sends.
  return contentType === undefined || /html|xml/i.test(contentType);
}

/** Waits for the host's pace, after robots.txt allowed the address. */
async function politely(reading: PressPageReading, url: string): Promise<void> {
  const verdict = await reading.robots.check(url);
  if (!verdict.allowed) throw new DisallowedByRobotsError(url);
  await reading.pace.wait(url, verdict.crawlDelayMs);
}

/** Feed health shows the last error's text: a layout change says so in its first words. */
function layoutAware(error: unknown): unknown {
  return error instanceof PressPageLayoutError ? new PressPageLayoutError(`layout changed: ${error.message}`, error.selector) : error;
}
