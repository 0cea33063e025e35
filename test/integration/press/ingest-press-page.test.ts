/**
 * Press pages end to end over local HTTP: the feed fetcher, real pages in the shapes regulators
 * use, and the misbehaviour a reader must survive (a redirect to another host, private
 * addresses, a huge page, a slow page, a layout that changes), with reads and writes counted.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFeedFetcher } from '../../../functions/adapters/http/http-feed-fetcher.js';
import { feedIdFor } from '../../../functions/domain/feeds/identity.js';
import { InMemoryFeedStateRepository } from '../../support/in-memory-feed-state-repository.js';
import { ingestFeed, type IngestFeedDeps } from '../../../functions/domain/feeds/ingest-feed.js';
import type { PressPageSource } from '../../../functions/domain/feeds/types.js';
import { HostPace } from '../../../functions/domain/press/host-pace.js';
import { RobotsTxtRules } from '../../../functions/domain/press/robots.js';
import { startFeedServer, type FeedRoute, type FeedServer } from '../../support/feed-server.js';
import { listListing, releasePage, statementParagraphs, tableListing, type ListedRelease } from '../../support/press-pages.js';
import { classifyByKeyword, CountingStoryRepository } from '../../unit/feeds/support/fakes.js';

const MIRROR_HOST = 'mirror.press.test';
const html = { 'content-type': 'text/html; charset=utf-8' };

let server: FeedServer;
const routes: Record<string, FeedRoute> = {};
let basicVersion = 1;
let changedLayout = false;

function release(path: string, title: string): void {
  routes[path] = { body: releasePage({ title, paragraphs: statementParagraphs(title.toLowerCase()) }), headers: html };
}

const BASIC: ListedRelease[] = [
  { title: 'Privacy inquiry into a loyalty scheme', href: 'r-2.html', date: '16 October 2024' },
  { title: 'Privacy guidance for schools', href: 'r-1.html', date: '15 October 2024' },
];

beforeAll(async () => {
  routes['/robots.txt'] = { body: 'User-agent: *\nDisallow: /private/\nDisallow: /closed/\n', headers: { 'content-type': 'text/plain' } };
  // A listing with an ETag that changes when a release is added.
  routes['/basic/index.html'] = {
    handler: (request, response) => {
      const etag = `"v${basicVersion}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
      const releases = basicVersion === 1 ? BASIC : [{ title: 'Privacy notice on a new data breach', href: 'r-3.html', date: '17 October 2024' }, ...BASIC];
      response.writeHead(200, { ...html, etag }).end(tableListing(releases));
    },
  };
  release('/basic/r-1.html', 'Privacy guidance for schools');
  release('/basic/r-2.html', 'Privacy inquiry into a loyalty scheme');
  release('/basic/r-3.html', 'Privacy notice on a new data breach');

  routes['/hostile/index.html'] = { body: '', headers: html }; // filled in once the port is known
  release('/hostile/good.html', 'Privacy statement that reads well');
  release('/archive/moved.html', 'Privacy statement that moved house');
  routes['/hostile/moved.html'] = { handler: (_request, response) => redirect(response, `http://${MIRROR_HOST}:${port()}/archive/moved.html`) };
  routes['/hostile/to-private.html'] = { handler: (_request, response) => redirect(response, 'http://192.168.7.7/release.html') };
  routes['/hostile/huge.html'] = {
    body: releasePage({ title: 'Huge', paragraphs: Array(4000).fill('Privacy words that go on and on and on. '.repeat(5)) }),
    headers: html,
  };
  routes['/hostile/slow.html'] = {
    handler: (_request, response) => {
      response.writeHead(200, html);
      response.write('<!DOCTYPE html><html><body><p>The Commissioner');
      // Never finishes: the fetcher's deadline must end it.
    },
  };
  release('/private/secret.html', 'Privacy secret');
  routes['/hostile/notice.pdf'] = { body: '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj', headers: { 'content-type': 'application/pdf' } };

  routes['/throttling/index.html'] = {
    body: tableListing([1, 2, 3].map((n) => ({ title: `Privacy release ${n}`, href: `t-${n}.html`, date: `1${n}/10/2024` }))),
    headers: html,
  };
  release('/throttling/t-1.html', 'Privacy release 1');
  routes['/throttling/t-2.html'] = { body: 'slow down', status: 429, headers: { 'retry-after': '600' } };
  release('/throttling/t-3.html', 'Privacy release 3');

  routes['/changing/index.html'] = {
    handler: (_request, response) => {
      const releases = [{ title: 'Privacy statement before the redesign', href: 'before.html', date: '15/10/2024' }];
      response.writeHead(200, html).end(changedLayout ? listListing(releases) : tableListing(releases));
    },
  };
  release('/changing/before.html', 'Privacy statement before the redesign');

  routes['/many/index.html'] = {
    body: tableListing([1, 2, 3, 4, 5].map((n) => ({ title: `Privacy release number ${n}`, href: `m-${n}.html`, date: `${10 + n}/10/2024` }))),
    headers: html,
  };
  for (const n of [1, 2, 3, 4, 5]) release(`/many/m-${n}.html`, `Privacy release number ${n}`);

  routes['/throttled/index.html'] = { body: 'slow down', status: 429, headers: { 'retry-after': '7200' } };
  routes['/closed/index.html'] = { body: tableListing(BASIC), headers: html };

  server = await startFeedServer(routes);
  routes['/hostile/index.html'] = {
    body: listListing([
      { title: 'Privacy statement that reads well', href: 'good.html', date: '15/10/2024' },
      { title: 'Privacy statement that moved house', href: 'moved.html', date: '15/10/2024' },
      { title: 'Privacy statement on a private address', href: 'http://10.20.30.40/release.html', date: '15/10/2024' },
      { title: 'Privacy statement that redirects inside', href: 'to-private.html', date: '15/10/2024' },
      { title: 'Privacy statement far too long', href: 'huge.html', date: '15/10/2024' },
      { title: 'Privacy statement that never ends', href: 'slow.html', date: '15/10/2024' },
      { title: 'Privacy statement robots keep out', href: '/private/secret.html', date: '15/10/2024' },
      { title: 'Privacy notice published as a PDF', href: 'notice.pdf', date: '15/10/2024' },
    ]),
    headers: html,
  };
});

afterAll(async () => {
  await server?.close();
});

function port(): string {
  return new URL(server.url).port;
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location }).end();
}

function requestsTo(path: string): number {
  return server.requests.filter((request) => request.path === path).length;
}

function setUp(
  path: string,
  selectors: Partial<PressPageSource> = { itemSelector: 'tr.release-row' },
  options: { maxReleasesPerRun?: number; pace?: HostPace } = {},
) {
  const url = `${server.url}${path}`;
  const source: PressPageSource = {
    feedId: feedIdFor(url),
    name: `Commissioner ${path}`,
    url,
    kind: 'press-page',
    itemSelector: 'tr.release-row',
    timeZone: 'Asia/Hong_Kong',
    jurisdiction: 'HK',
    language: 'en',
    publisherType: 'regulator',
    ...selectors,
  };
  const stories = new CountingStoryRepository();
  const feedStates = new InMemoryFeedStateRepository();
  const metrics: { name: string; value: number }[] = [];
  const fetcher = new HttpFeedFetcher({
    allowLoopback: true,
    timeoutMs: 1_500,
    maxBytes: 256 * 1024,
    // The mirror is another host name; it lives on the same loopback server.
    resolveHost: async (name) => [{ address: name === MIRROR_HOST ? '127.0.0.1' : name, family: 4 }],
  });
  let clock = new Date('2024-10-17T12:00:00Z');
  const deps: IngestFeedDeps = {
    fetcher,
    feedStates,
    stories,
    classify: classifyByKeyword,
    now: () => clock,
    metrics: { addMetric: (name, _unit, value) => void metrics.push({ name, value }) },
    pressPages: {
      pace: options.pace ?? new HostPace({ minIntervalMs: 0 }),
      robots: new RobotsTxtRules(fetcher),
      maxReleasesPerRun: options.maxReleasesPerRun ?? 10,
    },
  };
  return { source, stories, feedStates, deps, metrics, advance: (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000)) };
}

describe('ingesting a press page over HTTP', () => {
  it('stores each release once as a press release, then costs nothing while the listing is unchanged', async () => {
    const { source, stories, feedStates, deps, advance } = setUp('/basic/index.html');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', itemsSeen: 2, created: 2 });
    const stored = [...stories.stories.values()];
    expect(stored.map((s) => [s.title, s.kind, s.publishedAt, s.source])).toEqual([
      ['Privacy inquiry into a loyalty scheme', 'press-release', '2024-10-15T16:00:00.000Z', 'Commissioner /basic/index.html'],
      ['Privacy guidance for schools', 'press-release', '2024-10-14T16:00:00.000Z', 'Commissioner /basic/index.html'],
    ]);
    expect(stored[0].content).toContain('enforcement notice');
    expect(stored[0].url).toBe(`${server.url}/basic/r-2.html`);

    const before = { saves: stories.saveCalls, writes: stories.writes, states: feedStates.writes };
    advance(30);
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'not-modified', itemsSeen: 0 });
    expect(server.requests.filter((r) => r.path === '/basic/index.html').at(-1)?.status).toBe(304);
    expect({ saves: stories.saveCalls, writes: stories.writes, states: feedStates.writes }).toEqual(before);

    // A new release appears: only it is fetched; the others are never fetched again.
    basicVersion = 2;
    advance(30);
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', itemsSeen: 3, created: 1, unchanged: 2 });
    expect(['/basic/r-1.html', '/basic/r-2.html', '/basic/r-3.html'].map(requestsTo)).toEqual([1, 1, 1]);
    expect(stories.writes).toBe(3);
  });

  it('survives a hostile listing: follows a redirect to another host, refuses private addresses, huge and slow pages, and robots.txt', async () => {
    const { source, stories, deps, feedStates, advance } = setUp('/hostile/index.html', {
      itemSelector: 'ul.releases > li',
      linkSelector: 'a.headline',
      dateSelector: '.when',
    });
    const failures: string[] = [];
    const logger = {
      info: () => {},
      warn: () => {},
      error: (_message: string, attributes: Record<string, unknown>) => void failures.push(`${String(attributes.url)}: ${String(attributes.error)}`),
    };
    const report = await ingestFeed(source, { ...deps, logger });
    expect(report).toMatchObject({ status: 'ok', itemsSeen: 8, created: 3, failedItems: 4 });
    expect(failures).toEqual([
      'http://10.20.30.40/release.html: robots.txt could not be read: refused to connect to 10.20.30.40: 10.20.30.40 is a private address',
      `${server.url}/hostile/to-private.html: refused to connect to 192.168.7.7: 192.168.7.7 is a private address`,
      `${server.url}/hostile/huge.html: the body is larger than 262144 bytes (on the wire)`,
      `${server.url}/hostile/slow.html: timed out after 1500 ms`,
    ]);
    const byTitle = new Map([...stories.stories.values()].map((s) => [s.title, s]));
    expect(byTitle.get('Privacy statement that moved house')?.url).toBe(`http://${MIRROR_HOST}:${port()}/archive/moved.html`);
    expect(byTitle.has('Privacy statement that reads well')).toBe(true);
    // A PDF is stored by its listing entry alone, never read as if it were HTML.
    expect(byTitle.get('Privacy notice published as a PDF')).toMatchObject({
      summary: 'Privacy notice published as a PDF',
      content: undefined,
      publishedAt: '2024-10-14T16:00:00.000Z',
    });
    expect(requestsTo('/private/secret.html')).toBe(0);
    expect(requestsTo('/hostile/slow.html')).toBe(0); // it never finished, so the server never logged it as served

    // The failures are left for the next run: the listing is read again, stored releases are not.
    expect((await feedStates.getFeedState(source.feedId))?.bodyHash).toBeUndefined();
    advance(30);
    const again = await ingestFeed(source, deps);
    expect(again).toMatchObject({ status: 'ok', created: 0, unchanged: 3, failedItems: 4 });
    expect([requestsTo('/hostile/good.html'), requestsTo('/archive/moved.html'), requestsTo('/hostile/notice.pdf')]).toEqual([1, 1, 1]);
    expect(again.error).toMatch(/^release http:\/\/10\.20\.30\.40\/release\.html: .*10\.20\.30\.40 is a private address/);
  }, 20_000);

  it('turns a listing whose layout changed into a failure with its own metric, and stores nothing', async () => {
    const { source, stories, feedStates, deps, metrics, advance } = setUp('/changing/index.html');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 1 });
    changedLayout = true;
    advance(30);
    const report = await ingestFeed(source, deps);
    expect(report).toMatchObject({ status: 'failed', error: 'layout changed: the item selector "tr.release-row" matched nothing on the page' });
    expect(metrics).toContainEqual({ name: 'PressPageLayoutChanged', value: 1 });
    expect(metrics).toContainEqual({ name: 'FeedFailures', value: 1 });
    expect(await feedStates.getFeedState(source.feedId)).toMatchObject({ consecutiveFailures: 1, lastError: report.error });
    expect(stories.writes).toBe(1);
  });

  it('fetches a few releases a run at four pages a minute, and the rest on the next runs', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const pace = new HostPace({ now: () => clock, sleep: async (ms) => void (sleeps.push(ms), (clock += ms)) });
    const { source, stories, deps, advance } = setUp('/many/index.html', undefined, { maxReleasesPerRun: 2, pace });
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 2, deferredItems: 3 });
    expect(sleeps).toEqual([15_000, 15_000]);
    advance(30);
    expect(await ingestFeed(source, deps)).toMatchObject({ created: 2, unchanged: 2, deferredItems: 1 });
    advance(30);
    expect(await ingestFeed(source, deps)).toMatchObject({ created: 1, unchanged: 4 });
    advance(30);
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'not-modified' });
    expect([1, 2, 3, 4, 5].map((n) => requestsTo(`/many/m-${n}.html`))).toEqual([1, 1, 1, 1, 1]);
    expect(stories.writes).toBe(5);
  });

  it('stops at a release the host throttles and waits as long as its Retry-After asks', async () => {
    const { source, stories, deps, advance } = setUp('/throttling/index.html');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 1, deferredItems: 2, nextAttemptAt: '2024-10-17T12:10:00.000Z' });
    expect(requestsTo('/throttling/t-3.html')).toBe(0);
    advance(5);
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'skipped', error: 'backing off until 2024-10-17T12:10:00.000Z' });
    expect(requestsTo('/throttling/index.html')).toBe(1);
    expect(stories.writes).toBe(1);
  });

  it("honours the listing's Retry-After and a robots.txt that closes it", async () => {
    const throttled = setUp('/throttled/index.html');
    expect(await ingestFeed(throttled.source, throttled.deps)).toMatchObject({ status: 'failed', nextAttemptAt: '2024-10-17T14:00:00.000Z' });
    const closed = setUp('/closed/index.html');
    expect(await ingestFeed(closed.source, closed.deps)).toMatchObject({ status: 'failed', error: `robots.txt disallows ${server.url}/closed/index.html` });
    expect(requestsTo('/closed/index.html')).toBe(0);
  });
});
