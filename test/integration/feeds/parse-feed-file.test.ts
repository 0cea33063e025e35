/** The command line's feed reader: items from a file or a URL, or one `<feed>: <reason>` error. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedFile } from '../../../functions/adapters/http/parse-feed-file.js';
import { FeedReadError } from '../../../functions/domain/feeds/errors.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { rssDocument } from '../../unit/feeds/support/fakes.js';

const directory = mkdtempSync(path.join(tmpdir(), 'parse-feed-file-'));
const feedFile = path.join(directory, 'feed.xml');
const htmlFile = path.join(directory, 'page.rss');
writeFileSync(feedFile, rssDocument([{ title: 'Privacy bill', link: '/bill', pubDate: 'Mon, 05 Jan 2026 10:00:00 GMT' }]));
writeFileSync(htmlFile, '<html><body>Moved</body></html>');

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({ '/feed.xml': { file: feedFile, headers: { 'content-type': 'application/rss+xml' } } });
});
afterAll(async () => {
  await server?.close();
});

const readError = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(FeedReadError);
  return (error as FeedReadError).message;
};

describe('parseFeedFile', () => {
  it('reads a file, resolving relative links against the feed', async () => {
    const feed = await parseFeedFile(feedFile);
    expect(feed.items.map((item) => [item.title, item.url, item.publishedAt])).toEqual([
      ['Privacy bill', 'https://news.example/bill', '2026-01-05T10:00:00.000Z'],
    ]);
  });

  it('reads a URL', async () => {
    const feed = await parseFeedFile(`${server.url}/feed.xml`, { allowLoopback: true });
    expect(feed.items[0].title).toBe('Privacy bill');
  });

  it('explains in one line why a feed cannot be read', async () => {
    expect(await readError(parseFeedFile(htmlFile))).toBe(`${htmlFile}: not a feed: got an HTML document`);
    expect(await readError(parseFeedFile(path.join(directory, 'absent.xml')))).toBe(`${path.join(directory, 'absent.xml')}: no such file`);
    expect(await readError(parseFeedFile(`${server.url}/nothing.xml`, { allowLoopback: true }))).toBe(`${server.url}/nothing.xml: HTTP 404 Not Found`);
    expect(await readError(parseFeedFile(`${server.url}/feed.xml`, { allowLoopback: false }))).toMatch(
      /: refused to connect to 127\.0\.0\.1: 127\.0\.0\.1 is a loopback address$/,
    );
  });
});
