import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../../functions/domain/feeds/errors.js';
import { feedIdFor, storyIdFor } from '../../../functions/domain/feeds/identity.js';
import { InMemoryFeedStateRepository } from '../../support/in-memory-feed-state-repository.js';
import { ingestFeed, type IngestFeedDeps } from '../../../functions/domain/feeds/ingest-feed.js';
import type { FeedSource } from '../../../functions/domain/feeds/types.js';
import { classifyByKeyword, CountingStoryRepository, fetched, rssDocument, ScriptedFetcher } from './support/fakes.js';

const url = 'https://news.example/feed';
const source: FeedSource = { feedId: feedIdFor(url), name: 'Example News', url, kind: 'rss', jurisdiction: 'HK', language: 'en' };
const items = [
  { title: 'Privacy regulator fines bank', link: 'https://news.example/1', pubDate: 'Mon, 05 Jan 2026 10:00:00 +0800' },
  { title: 'Weather turns cold', link: 'https://news.example/2', pubDate: 'Mon, 05 Jan 2026 11:00:00 +0800' },
  { title: 'Data protection bill passes', link: 'https://news.example/3' },
];

function setUp(script: ConstructorParameters<typeof ScriptedFetcher>[0], now = new Date('2026-01-05T12:00:00Z')) {
  const fetcher = new ScriptedFetcher(script);
  const feedStates = new InMemoryFeedStateRepository();
  const stories = new CountingStoryRepository();
  const metrics: { name: string; value: number }[] = [];
  let clock = now;
  const deps: IngestFeedDeps = {
    fetcher,
    feedStates,
    stories,
    classify: classifyByKeyword,
    now: () => clock,
    metrics: { addMetric: (name, _unit, value) => metrics.push({ name, value }) },
  };
  return { deps, fetcher, feedStates, stories, metrics, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

describe('ingestFeed', () => {
  it('stores every item as a classified story and reports what it did', async () => {
    const { deps, stories, feedStates } = setUp(() => fetched(rssDocument(items), { etag: '"v1"' }));
    const report = await ingestFeed(source, deps);
    expect(report).toMatchObject({ status: 'ok', itemsSeen: 3, created: 3, updated: 0, unchanged: 0, jurisdictions: { HK: 2 } });
    const stored = [...stories.stories.values()];
    expect(stored.map((story) => [story.title, story.inScope, story.source, story.feedId])).toEqual([
      ['Privacy regulator fines bank', true, 'Example News', source.feedId],
      ['Weather turns cold', false, 'Example News', source.feedId],
      ['Data protection bill passes', true, 'Example News', source.feedId],
    ]);
    expect(stored[0].publishedAt).toBe('2026-01-05T02:00:00.000Z');
    expect(await feedStates.getFeedState(source.feedId)).toMatchObject({ etag: '"v1"', consecutiveFailures: 0, lastSuccessAt: '2026-01-05T12:00:00.000Z' });
  });

  it('sends the stored validators back, and a 304 costs no parse, no story write and no state write', async () => {
    let calls = 0;
    const { deps, fetcher, stories, feedStates, advance } = setUp((_url, validators) =>
      calls++ === 0
        ? fetched(rssDocument(items), { etag: '"v1"', lastModified: 'Mon, 05 Jan 2026 11:00:00 GMT' })
        : validators.etag === '"v1"'
          ? { kind: 'not-modified' }
          : new Error('validators missing'),
    );
    await ingestFeed(source, deps);
    const [storyWrites, stateWrites] = [stories.saveCalls, feedStates.writes];
    advance(30 * 60_000);
    const report = await ingestFeed(source, deps);
    expect(report).toMatchObject({ status: 'not-modified', itemsSeen: 0 });
    expect(fetcher.calls[1].validators).toEqual({ etag: '"v1"', lastModified: 'Mon, 05 Jan 2026 11:00:00 GMT' });
    expect(stories.saveCalls - storyWrites).toBe(0);
    expect(feedStates.writes - stateWrites).toBe(0);
  });

  it('writes nothing when a server without validators sends the same bytes again', async () => {
    const { deps, stories, feedStates } = setUp(() => fetched(rssDocument(items)));
    await ingestFeed(source, deps);
    const [saveCalls, stateWrites] = [stories.saveCalls, feedStates.writes];
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'not-modified' });
    expect([stories.saveCalls - saveCalls, feedStates.writes - stateWrites]).toEqual([0, 0]);
  });

  it('updates a story whose title changed, leaves the others unchanged, and never creates a second record', async () => {
    let version = 0;
    const { deps, stories } = setUp(() =>
      fetched(rssDocument(version++ === 0 ? items : [{ ...items[0], title: 'Privacy regulator fines bank HK$1m' }, ...items.slice(1)])),
    );
    await ingestFeed(source, deps);
    const report = await ingestFeed(source, deps);
    expect(report).toMatchObject({ status: 'ok', created: 0, updated: 1, unchanged: 2 });
    expect(stories.stories.size).toBe(3);
  });

  it('classifies only what it stores: a new item and a changed one, not the items already stored', async () => {
    let version = 0;
    const later = [
      { ...items[0], title: 'Privacy regulator fines bank HK$1m' },
      ...items.slice(1),
      { title: 'Biometric privacy law tabled', link: 'https://news.example/4' },
    ];
    const { deps } = setUp(() => fetched(rssDocument(version++ === 0 ? items : later)));
    const classified: string[] = [];
    const counting: IngestFeedDeps = { ...deps, classify: (input) => (classified.push(input.title), classifyByKeyword(input)) };
    await ingestFeed(source, counting);
    expect(classified).toHaveLength(3);
    classified.length = 0;
    const report = await ingestFeed(source, counting);
    expect(report).toMatchObject({ status: 'ok', created: 1, updated: 1, unchanged: 2, jurisdictions: { HK: 2 } });
    expect(classified).toEqual(['Privacy regulator fines bank HK$1m', 'Biometric privacy law tabled']);
  });

  it('stores the other items when one cannot be stored, and offers that one again on the next fetch', async () => {
    const { deps, stories } = setUp(() => fetched(rssDocument(items), { etag: '"v1"' }));
    stories.failingIds.add(storyIdFor({ url: items[0].link, feedId: source.feedId }));
    const report = await ingestFeed(source, deps);
    expect(report).toMatchObject({ status: 'ok', created: 2, failedItems: 1 });
    expect(report.error).toMatch(/storage refused/);
    stories.failingIds.clear();
    // The etag was not kept, so the next fetch is unconditional and the item gets its chance.
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 1, unchanged: 2 });
  });

  it('stores the other items when the classifier throws on one', async () => {
    const { deps, stories } = setUp(() => fetched(rssDocument(items)));
    const report = await ingestFeed(source, {
      ...deps,
      classify: (input) => {
        if (input.title.startsWith('Weather')) throw new Error('classifier choked');
        return classifyByKeyword(input);
      },
    });
    expect(report).toMatchObject({ status: 'ok', created: 2, failedItems: 1 });
    expect(stories.stories.size).toBe(2);
  });

  it('cuts a document with more than 300 items to its newest 300, and reports the cut in the report and the feed state', async () => {
    // Oldest first, as an archive dump might be: the cut must go by date, not by position.
    const many = Array.from({ length: 350 }, (_, i) => ({
      title: `Item ${i}`,
      link: `https://news.example/many/${i}`,
      pubDate: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString(),
    }));
    let document = rssDocument(many);
    const { deps, stories, feedStates } = setUp(() => fetched(document));

    const report = await ingestFeed(source, deps);

    expect(report).toMatchObject({ status: 'ok', itemsSeen: 300, created: 300, itemsCut: 50 });
    expect(stories.stories.size).toBe(300);
    const titles = new Set([...stories.stories.values()].map((story) => story.title));
    expect(titles.has('Item 349')).toBe(true);
    expect(titles.has('Item 50')).toBe(true);
    expect(titles.has('Item 49')).toBe(false);
    expect((await feedStates.getFeedState(source.feedId))?.lastItemsCut).toBe(50);

    document = rssDocument(items);
    const next = await ingestFeed(source, deps);
    expect(next.itemsCut).toBeUndefined();
    expect((await feedStates.getFeedState(source.feedId))?.lastItemsCut).toBeUndefined();
  });

  it('reports a fetch failure without throwing, records it, backs off and counts it', async () => {
    const { deps, feedStates, metrics } = setUp(() => new FeedFetchError('HTTP 404 Not Found', { reason: 'http-status', status: 404 }));
    const report = await ingestFeed(source, deps);
    expect(report).toMatchObject({ status: 'failed', error: 'HTTP 404 Not Found', itemsSeen: 0 });
    expect(await feedStates.getFeedState(source.feedId)).toMatchObject({
      consecutiveFailures: 1,
      lastError: 'HTTP 404 Not Found',
      nextAttemptAt: '2026-01-05T12:30:00.000Z',
    });
    expect(metrics).toContainEqual({ name: 'FeedFailures', value: 1 });
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'skipped', error: 'backing off until 2026-01-05T12:30:00.000Z' });
  });

  it('reports a document that is not a feed as a failure with the reason', async () => {
    const { deps } = setUp(() => fetched('<html><body>Moved</body></html>'));
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'failed', error: 'not a feed: got an HTML document' });
  });

  it('emits DeadFeeds once a feed has failed for a week', async () => {
    const { deps, feedStates, metrics } = setUp(() => new FeedFetchError('could not resolve news.example', { reason: 'network' }));
    await feedStates.saveFeedState({
      feedId: source.feedId,
      url,
      consecutiveFailures: 20,
      failingSince: '2025-12-29T00:00:00.000Z',
      nextAttemptAt: '2026-01-05T00:00:00.000Z',
    });
    await ingestFeed(source, deps);
    expect((await feedStates.getFeedState(source.feedId))?.deadSince).toBe('2026-01-05T12:00:00.000Z');
    expect(metrics).toContainEqual({ name: 'DeadFeeds', value: 1 });
  });

  it('skips disabled sources of either kind without fetching', async () => {
    const { deps, fetcher } = setUp(() => fetched(rssDocument(items)));
    expect(await ingestFeed({ ...source, enabled: false }, deps)).toMatchObject({ status: 'skipped', error: 'source is disabled' });
    const page: FeedSource = { ...source, kind: 'press-page', itemSelector: 'li.release', enabled: false };
    expect(await ingestFeed(page, deps)).toMatchObject({ status: 'skipped', error: 'source is disabled' });
    expect(fetcher.calls).toHaveLength(0);
  });

  it('lets a failure of its own storage propagate, so the queue retries the job', async () => {
    const { deps } = setUp(() => fetched(rssDocument(items)));
    const broken = { ...deps, feedStates: { getFeedState: () => Promise.reject(new Error('table unreachable')), saveFeedState: () => Promise.resolve() } };
    await expect(ingestFeed(source, broken)).rejects.toThrow('table unreachable');
  });
});
