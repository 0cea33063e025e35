/** The press-page path with scripted HTTP: dead sources, and robots.txt read as RFC 9309 says. */
import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../../functions/domain/feeds/errors.js';
import { InMemoryFeedStateRepository } from '../../support/in-memory-feed-state-repository.js';
import { ingestFeed, type IngestFeedDeps } from '../../../functions/domain/feeds/ingest-feed.js';
import type { FetchOutcome } from '../../../functions/domain/feeds/ports.js';
import type { PressPageSource } from '../../../functions/domain/feeds/types.js';
import { HostPace } from '../../../functions/domain/press/host-pace.js';
import { RobotsTxtRules } from '../../../functions/domain/press/robots.js';
import { releasePage, statementParagraphs, tableListing } from '../../support/press-pages.js';
import { classifyByKeyword, CountingStoryRepository, fetched, rssDocument, ScriptedFetcher } from '../feeds/support/fakes.js';

const LISTING = 'https://commissioner.example/media/index.html';
const source: PressPageSource = { feedId: 'press-1', name: 'Commissioner', url: LISTING, kind: 'press-page', itemSelector: 'tr.release-row' };
const page = tableListing([{ title: 'Privacy statement', href: 'r-1.html', date: '15 October 2024' }]);

function setUp(script: (url: string) => FetchOutcome | Error, feedStates = new InMemoryFeedStateRepository()) {
  const fetcher = new ScriptedFetcher(script);
  const metrics: { name: string; value: number }[] = [];
  const deps: IngestFeedDeps = {
    fetcher,
    feedStates,
    stories: new CountingStoryRepository(),
    classify: classifyByKeyword,
    now: () => new Date('2026-01-05T12:00:00Z'),
    metrics: { addMetric: (name, _unit, value) => void metrics.push({ name, value }) },
    pressPages: { pace: new HostPace({ minIntervalMs: 0 }), robots: new RobotsTxtRules(fetcher), maxReleasesPerRun: 3 },
  };
  return { deps, fetcher, metrics, feedStates };
}

const notFound = new FeedFetchError('HTTP 404 Not Found', { reason: 'http-status', status: 404 });

describe('a press page', () => {
  it('is declared dead after a week of failures, like a feed, and counted for the alarm', async () => {
    const feedStates = new InMemoryFeedStateRepository([
      { feedId: 'press-1', url: LISTING, consecutiveFailures: 40, failingSince: '2025-12-29T00:00:00.000Z', nextAttemptAt: '2026-01-05T00:00:00.000Z' },
    ]);
    const { deps, metrics } = setUp(
      (url) => (url.endsWith('/robots.txt') ? notFound : new FeedFetchError('HTTP 500 Internal Server Error', { reason: 'http-status', status: 500 })),
      feedStates,
    );
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'failed', deadSince: '2026-01-05T12:00:00.000Z' });
    expect(metrics).toContainEqual({ name: 'DeadFeeds', value: 1 });
  });

  it('is read as usual when the site has no robots.txt', async () => {
    const { deps, fetcher } = setUp((url) =>
      url.endsWith('/robots.txt')
        ? notFound
        : url === LISTING
          ? fetched(page, { finalUrl: LISTING })
          : fetched(releasePage({ title: 'x', paragraphs: statementParagraphs('a shop') }), { finalUrl: url }),
    );
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 1 });
    expect(fetcher.calls.map((call) => call.url)).toEqual(['https://commissioner.example/robots.txt', LISTING, 'https://commissioner.example/media/r-1.html']);
  });

  it('is not read at all while its robots.txt cannot be read (5xx), and tried again later', async () => {
    const { deps, fetcher, feedStates } = setUp((url) =>
      url.endsWith('/robots.txt') ? new FeedFetchError('HTTP 503 Service Unavailable', { reason: 'http-status', status: 503 }) : fetched(page),
    );
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'failed', error: 'robots.txt could not be read: HTTP 503 Service Unavailable' });
    expect(fetcher.calls.map((call) => call.url)).toEqual(['https://commissioner.example/robots.txt']);
    expect((await feedStates.getFeedState('press-1'))?.nextAttemptAt).toBeDefined();
  });

  it('keeps out of what robots.txt closes to Newsdesk in particular', async () => {
    const robots = 'User-agent: *\nAllow: /\n\nUser-agent: Newsdesk\nDisallow: /media/r-\n';
    const { deps, fetcher } = setUp((url) =>
      url.endsWith('/robots.txt') ? fetched(robots, { contentType: 'text/plain' }) : fetched(page, { finalUrl: LISTING }),
    );
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', itemsSeen: 1, created: 0 });
    expect(fetcher.calls.map((call) => call.url)).not.toContain('https://commissioner.example/media/r-1.html');
  });
});

describe("a feed's kind of story", () => {
  it("records a regulator's own feed items as press releases and a newspaper's as news", async () => {
    const document = rssDocument([{ title: 'Privacy statement of the day', link: 'https://regulator.example/1' }]);
    const { deps } = setUp(() => fetched(document));
    const stories = deps.stories as CountingStoryRepository;
    await ingestFeed({ feedId: 'reg', name: 'Regulator feed', url: 'https://regulator.example/feed', kind: 'rss', publisherType: 'regulator' }, deps);
    await ingestFeed(
      { feedId: 'news', name: 'Newspaper', url: 'https://paper.example/feed', kind: 'rss', publisherType: 'news' },
      { ...deps, fetcher: new ScriptedFetcher(() => fetched(rssDocument([{ title: 'Privacy story', link: 'https://paper.example/1' }]))) },
    );
    expect([...stories.stories.values()].map((story) => [story.source, story.kind])).toEqual([
      ['Regulator feed', 'press-release'],
      ['Newspaper', 'news'],
    ]);
  });
});
