/** ingestFeed end to end over local HTTP: conditional GETs, throttling, bad content, and write counts. */
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFeedFetcher } from '../../../functions/adapters/http/http-feed-fetcher.js';
import { feedIdFor } from '../../../functions/domain/feeds/identity.js';
import { InMemoryFeedStateRepository } from '../../support/in-memory-feed-state-repository.js';
import { ingestFeed, type IngestFeedDeps } from '../../../functions/domain/feeds/ingest-feed.js';
import type { FeedSource } from '../../../functions/domain/feeds/types.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { classifyByKeyword, CountingStoryRepository, rssDocument } from '../../unit/feeds/support/fakes.js';

const FEED = rssDocument([
  { title: 'Privacy commissioner opens inquiry', link: 'https://news.example/1', pubDate: 'Mon, 05 Jan 2026 10:00:00 +0800' },
  { title: 'Ferry timetable changes', link: 'https://news.example/2', pubDate: 'Mon, 05 Jan 2026 11:00:00 +0800' },
]);
const CYRILLIC_FEED = iconv.encode(
  '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости</title><item><title>Защита персональных данных</title><link>https://ru.example/1</link></item></channel></rss>',
  'windows-1251',
);

let server: FeedServer;
let conditionalBodies = 0;

beforeAll(async () => {
  server = await startFeedServer({
    '/conditional.xml': {
      handler: (request, response) => {
        if (request.headers['if-none-match'] === '"v1"') {
          response.writeHead(304, { etag: '"v1"' }).end();
          return;
        }
        conditionalBodies += 1;
        response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(FEED);
      },
    },
    '/no-validators.xml': { body: FEED, headers: { 'content-type': 'application/rss+xml' } },
    '/throttled.xml': { body: 'Too many requests', status: 429, headers: { 'retry-after': '3600' } },
    '/html.xml': {
      body: '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please sign in</body></html>',
      headers: { 'content-type': 'text/html' },
    },
    '/mislabelled.xml': { body: CYRILLIC_FEED, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } },
  });
});

afterAll(async () => {
  await server?.close();
});

function setUp(path: string) {
  const url = `${server.url}${path}`;
  const source: FeedSource = { feedId: feedIdFor(url), name: path, url, kind: 'rss', jurisdiction: 'HK' };
  const stories = new CountingStoryRepository();
  const feedStates = new InMemoryFeedStateRepository();
  let clock = new Date('2026-01-05T12:00:00Z');
  const deps: IngestFeedDeps = {
    fetcher: new HttpFeedFetcher({ loopbackOrigins: [server.url] }),
    feedStates,
    stories,
    classify: classifyByKeyword,
    now: () => clock,
  };
  return { source, stories, feedStates, deps, advance: (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000)) };
}

describe('ingesting over HTTP', () => {
  it('answers a 304 with no parse, no story write and no state write', async () => {
    const { source, stories, feedStates, deps, advance } = setUp('/conditional.xml');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 2 });
    const before = { bodies: conditionalBodies, saves: stories.saveCalls, states: feedStates.writes };
    advance(30);
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'not-modified', itemsSeen: 0 });
    expect(server.requests.at(-1)).toMatchObject({ path: '/conditional.xml', status: 304 });
    expect({ bodies: conditionalBodies, saves: stories.saveCalls, states: feedStates.writes }).toEqual(before);
  });

  it('writes nothing when a server without validators sends the same feed again', async () => {
    const { source, stories, feedStates, deps, advance } = setUp('/no-validators.xml');
    await ingestFeed(source, deps);
    const before = { writes: stories.writes, saves: stories.saveCalls, states: feedStates.writes };
    advance(30);
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'not-modified' });
    expect({ writes: stories.writes, saves: stories.saveCalls, states: feedStates.writes }).toEqual(before);
  });

  it('honours 429 Retry-After: the next attempt waits as long as the server asked', async () => {
    const { source, feedStates, deps, advance } = setUp('/throttled.xml');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'failed', error: 'HTTP 429 Too Many Requests (retry after 3600 s)' });
    expect(await feedStates.getFeedState(source.feedId)).toMatchObject({ nextAttemptAt: '2026-01-05T13:00:00.000Z', consecutiveFailures: 1 });
    advance(59);
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'skipped' });
    expect(server.requests.filter((request) => request.path === '/throttled.xml')).toHaveLength(1);
  });

  it('reports an HTML page served in place of the feed', async () => {
    const { source, deps } = setUp('/html.xml');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'failed', error: 'not a feed: got an HTML document' });
  });

  it('reads a feed whose charset header is wrong by the charset its bytes declare', async () => {
    const { source, stories, deps } = setUp('/mislabelled.xml');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 1 });
    expect([...stories.stories.values()][0].title).toBe('Защита персональных данных');
  });
});
