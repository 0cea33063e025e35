/**
 * Ingestion figures over the shared feed corpus served on loopback (a generated feed when the
 * corpus is absent): throughput of fetch + decode + parse + normalise, and the table writes that
 * new stories and unchanged feeds cost, counted by in-memory repositories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HttpFeedFetcher } from '../../functions/adapters/http/http-feed-fetcher.js';
import { decodeFeedBody } from '../../functions/domain/feeds/decode.js';
import { feedIdFor } from '../../functions/domain/feeds/identity.js';
import { InMemoryFeedStateRepository } from '../support/in-memory-feed-state-repository.js';
import { ingestFeed } from '../../functions/domain/feeds/ingest-feed.js';
import { parseFeed } from '../../functions/domain/feeds/parse-feed.js';
import type { FeedSource } from '../../functions/domain/feeds/types.js';
import { startFeedServer, type FeedRoute } from '../support/feed-server.js';
import { classifyByKeyword, CountingStoryRepository, FEED_CORPUS_DIRECTORY, FEED_CORPUS_PRESENT, rssDocument } from '../unit/feeds/support/fakes.js';

const PASSES = 3;

function corpusBodies(): Map<string, Buffer> {
  const bodies = new Map<string, Buffer>();
  if (FEED_CORPUS_PRESENT) {
    for (const file of readdirSync(FEED_CORPUS_DIRECTORY).filter((name) => name !== 'SOURCES.md')) {
      bodies.set(file, readFileSync(path.join(FEED_CORPUS_DIRECTORY, file)));
    }
  } else {
    const items = Array.from({ length: 200 }, (_, index) => ({
      title: `Regulator publishes guidance number ${index} on personal data`,
      link: `https://generated.example/story/${index}`,
      description: `<p>Paragraph about data protection and <b>privacy</b> rules, item ${index}.</p>`.repeat(5),
      pubDate: 'Mon, 05 Jan 2026 10:00:00 GMT',
    }));
    bodies.set('generated.xml', Buffer.from(rssDocument(items)));
  }
  return bodies;
}

export async function benchIngest(): Promise<Record<string, number>> {
  const bodies = corpusBodies();
  const routes: Record<string, FeedRoute> = {};
  for (const [file, body] of bodies) {
    routes[`/etag/${file}`] = { body, etag: `"${file}"`, headers: { 'content-type': 'application/xml' } };
    routes[`/plain/${file}`] = { body, headers: { 'content-type': 'application/xml' } };
  }
  const server = await startFeedServer(routes);
  try {
    const fetcher = new HttpFeedFetcher({ loopbackOrigins: [server.url] });
    const fetchedAt = new Date('2026-01-05T12:00:00Z');

    // Throughput: every readable feed, fetched, decoded, parsed and normalised, several times.
    let items = 0;
    let readable = 0;
    let refusals = 0;
    const feedMs: number[] = [];
    const started = performance.now();
    for (let pass = 0; pass < PASSES; pass += 1) {
      for (const file of bodies.keys()) {
        const url = `${server.url}/plain/${file}`;
        const feedStarted = performance.now();
        try {
          const outcome = await fetcher.fetchFeed(url, {});
          if (outcome.kind !== 'fetched') continue;
          const feed = await parseFeed(await decodeFeedBody(outcome.body, outcome.contentType), { feedUrl: url, fetchedAt });
          items += feed.items.length;
          if (pass === 0) readable += 1;
        } catch {
          // The corpus holds documents that must be refused: their cost belongs in the timing.
          refusals += 1;
        }
        feedMs.push(performance.now() - feedStarted);
      }
    }
    const seconds = (performance.now() - started) / 1000;

    // Writes: a first ingestion of everything, then the same feeds again (304s), then again from a server without validators.
    const writesOf = async (prefix: string, stories: CountingStoryRepository, feedStates: InMemoryFeedStateRepository, now: Date) => {
      // Writes of feeds that failed are left out: a failure must be recorded, and is not what is measured.
      let writes = 0;
      let created = 0;
      let feeds = 0;
      for (const file of bodies.keys()) {
        const url = `${server.url}/${prefix}/${file}`;
        const source: FeedSource = { feedId: feedIdFor(url), name: file, url, kind: 'rss' };
        const before = stories.writes + feedStates.writes;
        const report = await ingestFeed(source, { fetcher, feedStates, stories, classify: classifyByKeyword, now: () => now });
        if (report.status === 'failed' || report.status === 'skipped') continue;
        writes += stories.writes + feedStates.writes - before;
        created += report.created;
        feeds += 1;
      }
      return { writes, created, feeds };
    };
    const later = new Date(fetchedAt.getTime() + 30 * 60_000);
    const withValidators = { stories: new CountingStoryRepository(), feedStates: new InMemoryFeedStateRepository() };
    const first = await writesOf('etag', withValidators.stories, withValidators.feedStates, fetchedAt);
    const unchanged = await writesOf('etag', withValidators.stories, withValidators.feedStates, later);
    const withoutValidators = { stories: new CountingStoryRepository(), feedStates: new InMemoryFeedStateRepository() };
    await writesOf('plain', withoutValidators.stories, withoutValidators.feedStates, fetchedAt);
    const unchangedPlain = await writesOf('plain', withoutValidators.stories, withoutValidators.feedStates, later);

    feedMs.sort((a, b) => a - b);
    return {
      feeds: bodies.size,
      readableFeeds: readable,
      refusedFeeds: refusals / PASSES,
      itemsPerPass: items / PASSES,
      itemsPerSecondFetchParseNormalise: Math.round(items / seconds),
      medianFeedMs: round(feedMs[Math.floor(feedMs.length / 2)]),
      slowestFeedMs: round(feedMs[feedMs.length - 1]),
      tableWritesPerNewStory: round(first.writes / Math.max(1, first.created)),
      tableWritesPerUnchangedFeed: round(unchanged.writes / Math.max(1, unchanged.feeds)),
      tableWritesPerUnchangedFeedWithoutValidators: round(unchangedPlain.writes / Math.max(1, unchangedPlain.feeds)),
    };
  } finally {
    await server.close();
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
