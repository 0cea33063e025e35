/**
 * Every document of the shared feed corpus, served over local HTTP and read the way production
 * reads a feed: HttpFeedFetcher, then decodeFeedBody, then parseFeed; and then all of them
 * ingested in one run.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFeedFetcher } from '../../../functions/adapters/http/http-feed-fetcher.js';
import { decodeFeedBody } from '../../../functions/domain/feeds/decode.js';
import { FeedFetchError, FeedFormatError } from '../../../functions/domain/feeds/errors.js';
import { feedIdFor } from '../../../functions/domain/feeds/identity.js';
import { InMemoryFeedStateRepository } from '../../support/in-memory-feed-state-repository.js';
import { ingestFeed, type FeedIngestReport } from '../../../functions/domain/feeds/ingest-feed.js';
import { parseFeed } from '../../../functions/domain/feeds/parse-feed.js';
import type { ParsedFeed } from '../../../functions/domain/feeds/types.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { classifyByKeyword, CountingStoryRepository, FEED_CORPUS_DIRECTORY, FEED_CORPUS_PRESENT } from '../../unit/feeds/support/fakes.js';

/** Documents that must be refused, and how the refusal must read. */
const MUST_BE_REFUSED: Readonly<Record<string, RegExp>> = {
  'not-a-feed-html-document-moved.rss': /^not a feed: got an HTML document$/,
  'rss-internal-entity-declaration.xml': /^DOCTYPE declares entities, refused$/,
  'rdf-doctype-parameter-entity.xml': /^DOCTYPE declares entities, refused$/,
  'dc-date-unix-epoch.xml': /^truncated XML/,
};

/** Well-formed feeds that simply carry no items. */
const WITHOUT_ITEMS = new Set(['big5-atom-no-encoding-decl.xml', 'greek-iso-8859-7-pubdate.xml', 'rss-with-xhtml-doctype.xml', 'rss091-netscape-doctype.xml']);

const files = FEED_CORPUS_PRESENT
  ? readdirSync(FEED_CORPUS_DIRECTORY)
      .filter((file) => file !== 'SOURCES.md')
      .sort()
  : [];
if (!FEED_CORPUS_PRESENT) console.warn('corpus tests skipped: ../shared/fixtures not found');

describe.skipIf(!FEED_CORPUS_PRESENT)('the shared feed corpus over HTTP', () => {
  let server: FeedServer;
  let fetcher: HttpFeedFetcher;
  const fetchedAt = new Date('2026-11-29T12:00:00Z');
  const outcomes = new Map<string, ParsedFeed | Error>();

  beforeAll(async () => {
    const contentType = (file: string) => (file.endsWith('.atom') ? 'application/atom+xml' : file.endsWith('.rss') ? 'application/rss+xml' : 'text/xml');
    server = await startFeedServer(
      Object.fromEntries(
        files.map((file) => [`/${file}`, { file: path.join(FEED_CORPUS_DIRECTORY, file), headers: { 'content-type': contentType(file) }, etag: `"${file}"` }]),
      ),
    );
    fetcher = new HttpFeedFetcher({ loopbackOrigins: [server.url] });
    for (const file of files) {
      const url = `${server.url}/${file}`;
      try {
        const outcome = await fetcher.fetchFeed(url, {});
        if (outcome.kind !== 'fetched') throw new Error(`unexpected ${outcome.kind}`);
        outcomes.set(file, await parseFeed(await decodeFeedBody(outcome.body, outcome.contentType), { feedUrl: url, baseUrl: outcome.finalUrl, fetchedAt }));
      } catch (error) {
        outcomes.set(file, error as Error);
      }
    }
  });

  afterAll(async () => {
    await server?.close();
  });

  it('has fixtures to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(files)('%s: is read or refused with a specific reason, never a crash', (file) => {
    const outcome = outcomes.get(file);
    const expectedRefusal = MUST_BE_REFUSED[file];
    if (expectedRefusal) {
      expect(outcome).toBeInstanceOf(FeedFormatError);
      expect((outcome as Error).message).toMatch(expectedRefusal);
      return;
    }
    if (outcome instanceof Error) throw outcome;
    const feed = outcome as ParsedFeed;
    if (WITHOUT_ITEMS.has(file)) {
      expect(feed.items).toHaveLength(0);
      return;
    }
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.title.trim()).not.toBe('');
      expect(item.url).toMatch(/^https?:\/\/[^/]+/);
      // Links never point at the test server: relative links resolve against the publisher.
      expect(item.url).not.toContain('127.0.0.1');
      expect(item.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      // Decoded right: no replacement characters, no UTF-8 read as Windows-1252.
      expect(`${item.title} ${item.summary}`).not.toMatch(/\uFFFD|â€|Ã[\u0080-\u00BF]|Ð[\u0080-\u00BF]/);
    }
  });

  const titlesOf = (file: string) => {
    const feed = outcomes.get(file) as ParsedFeed;
    return [feed.title ?? '', ...feed.items.map((item) => item.title)].join('\n');
  };

  it('decodes Big5, GB2312 and windows-1251 text into the right characters', () => {
    expect(titlesOf('big5-atom-no-encoding-decl.xml')).toContain('我希望');
    expect(titlesOf('big5-atom-no-encoding-decl.xml')).toContain('中文');
    expect(titlesOf('kc0011-gb2312-forum-slash-dates.rss')).toContain('建国35周年纪念');
    expect(titlesOf('kc0011-gb2312-forum-slash-dates.rss')).toContain('投资资讯网');
    expect(titlesOf('oren-ru-windows-1251-default-ns.xml')).toContain('Новости Оренбурга');
    expect(titlesOf('oren-ru-windows-1251-default-ns.xml')).toContain('Бузулуке');
  });

  it('decodes Latin-1 declared and undeclared, and repairs double-encoded UTF-8', () => {
    expect(titlesOf('jn-pt-iso-8859-1-feedburner.rss')).toContain('Notícias');
    expect(titlesOf('uol-noticias-latin1-undeclared.rss')).toContain('simulações');
    expect(titlesOf('yandex-news-double-encoded-utf8.xml')).toContain('Москве');
    expect(titlesOf('japantoday-zend.xml')).toContain('National › Publisher');
  });

  it('reads slashed dates as UTC and a feed with undated items as estimated', () => {
    const forum = outcomes.get('kc0011-gb2312-forum-slash-dates.rss') as ParsedFeed;
    expect(forum.items[0].publishedAt).toBe('2020-01-10T14:33:00.000Z');
    const schools = outcomes.get('rss2sample-ddmmyyyy-dates.xml') as ParsedFeed;
    expect(schools.items[0].publishedAt.slice(0, 10)).toBe('2013-02-08');
    const undated = outcomes.get('japantimes-wordpress.xml') as ParsedFeed;
    expect(undated.items.every((item) => item.publishedEstimated && item.publishedAt === fetchedAt.toISOString())).toBe(true);
  });

  it('resolves relative Atom links against the feed, and keeps every item of a feed with a bare ampersand', () => {
    const blog = outcomes.get('intertwingly-relative-urls-xhtml.atom') as ParsedFeed;
    expect(blog.items[0].url).toBe('http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend');
    const sax = outcomes.get('unescaped-ampersand-in-link.xml') as ParsedFeed;
    expect(sax.items.map((item) => item.url)).toEqual(['http://example.com/good', 'http://example.com/bad?bar=2&foo=1', 'http://example.com/after']);
  });

  it('keeps one story per guid in a feed that repeats one', () => {
    const puzzles = outcomes.get('braingle-duplicate-guids.xml') as ParsedFeed;
    expect(puzzles.items).toHaveLength(1);
    expect(puzzles.items[0].url).toBe('http://www.braingle.com/50366.html');
  });

  it('ingests every fixture in one run: the good ones all stored, the bad ones reported, nothing thrown', async () => {
    const stories = new CountingStoryRepository();
    const feedStates = new InMemoryFeedStateRepository();
    const deps = { fetcher, feedStates, stories, classify: classifyByKeyword, now: () => fetchedAt };
    const reports: FeedIngestReport[] = [];
    for (const file of files) {
      const url = `${server.url}/${file}`;
      reports.push(await ingestFeed({ feedId: feedIdFor(url), name: file, url, kind: 'rss' }, deps));
    }
    const failed = reports.filter((report) => report.status === 'failed').map((report) => report.name);
    expect(failed.sort()).toEqual(Object.keys(MUST_BE_REFUSED).sort());
    for (const report of reports.filter((each) => each.status !== 'failed')) {
      const parsed = outcomes.get(report.name) as ParsedFeed;
      expect(report, report.name).toMatchObject({ status: 'ok', itemsSeen: parsed.items.length });
      expect(report.created + report.unchanged, report.name).toBe(parsed.items.length);
    }
    const storedIds = new Set(stories.stories.keys());
    for (const file of files.filter((each) => !MUST_BE_REFUSED[each])) {
      for (const item of (outcomes.get(file) as ParsedFeed).items) expect(storedIds.has(item.storyId), `${file}: ${item.title}`).toBe(true);
    }

    // The same run again: every server answers 304 and nothing is written anywhere.
    const [storyWrites, storyCalls, stateWrites] = [stories.writes, stories.saveCalls, feedStates.writes];
    for (const file of files.filter((each) => !MUST_BE_REFUSED[each])) {
      const url = `${server.url}/${file}`;
      const again = await ingestFeed(
        { feedId: feedIdFor(url), name: file, url, kind: 'rss' },
        { ...deps, now: () => new Date(fetchedAt.getTime() + 30 * 60_000) },
      );
      expect(again.status).toBe('not-modified');
    }
    expect([stories.writes - storyWrites, stories.saveCalls - storyCalls, feedStates.writes - stateWrites]).toEqual([0, 0, 0]);
  });

  it('refuses the corpus through a production fetcher, which never reaches loopback', async () => {
    const error = await new HttpFeedFetcher().fetchFeed(`${server.url}/${files[0]}`, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedFetchError);
  });
});
