/** HttpFeedFetcher against a local server that misbehaves on purpose. */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFeedFetcher } from '../../../functions/adapters/http/http-feed-fetcher.js';
import { BlockedAddressError, FeedFetchError } from '../../../functions/domain/feeds/errors.js';
import type { FetchOutcome } from '../../../functions/domain/feeds/ports.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';

const FEED =
  '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local</title><item><title>Hello</title><link>https://local.example/1</link></item></channel></rss>';
const bodyText = (outcome: FetchOutcome) => (outcome.kind === 'fetched' ? Buffer.from(outcome.body).toString('utf8') : outcome.kind);

let server: FeedServer;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
  server = await startFeedServer({
    '/feed.xml': { body: FEED, headers: { 'content-type': 'application/rss+xml' }, etag: '"abc"', lastModified: 'Mon, 05 Jan 2026 10:00:00 GMT' },
    '/gzip.xml': { body: gzipSync(FEED), headers: { 'content-encoding': 'gzip' } },
    '/brotli.xml': { body: brotliCompressSync(FEED), headers: { 'content-encoding': 'br' } },
    '/bomb.xml': { body: bomb, headers: { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' } },
    '/big.xml': { body: Buffer.alloc(300 * 1024, 0x20), headers: { 'content-length': String(300 * 1024) } },
    '/big-chunked.xml': {
      handler: (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        for (let chunk = 0; chunk < 40; chunk += 1) response.write(Buffer.alloc(16 * 1024, 0x20));
        response.end();
      },
    },
    '/drip.xml': {
      handler: (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        const timer = setInterval(() => response.write(' '), 50);
        timers.add(timer);
        response.on('close', () => clearInterval(timer));
      },
    },
    '/silent.xml': { handler: () => undefined },
    '/loop-a': { handler: (_q, r) => r.writeHead(302, { location: '/loop-b' }).end() },
    '/loop-b': { handler: (_q, r) => r.writeHead(301, { location: '/loop-a' }).end() },
    // /hop-N is N redirects away from the feed.
    '/hop-0': { body: FEED },
    ...Object.fromEntries(
      Array.from({ length: 6 }, (_, index) => [`/hop-${index + 1}`, { handler: (_q, r) => r.writeHead(307, { location: `/hop-${index}` }).end() }]),
    ),
    '/to-metadata': { handler: (_q, r) => r.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end() },
    '/to-private': { handler: (_q, r) => r.writeHead(302, { location: 'http://10.0.0.7/feed' }).end() },
    '/to-mapped': { handler: (_q, r) => r.writeHead(302, { location: 'http://[::ffff:7f00:1]/feed' }).end() },
    '/throttled': { body: 'slow down', status: 429, headers: { 'retry-after': '120' } },
    '/unavailable': { body: 'maintenance', status: 503, headers: { 'retry-after': 'Thu, 01 Jan 2099 00:00:00 GMT' } },
    '/missing': { body: 'nope', status: 404 },
  });
});

afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  await server?.close();
});

const fetcher = (options: ConstructorParameters<typeof HttpFeedFetcher>[0] = {}) => new HttpFeedFetcher({ loopbackOrigins: [server.url], ...options });
const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FeedFetchError);
  return error as FeedFetchError;
};

describe('HttpFeedFetcher on a well-behaved server', () => {
  it('fetches a feed with its validators, identifying itself with a contact URL', async () => {
    const outcome = await fetcher().fetchFeed(`${server.url}/feed.xml`, {});
    expect(outcome).toMatchObject({ kind: 'fetched', etag: '"abc"', lastModified: 'Mon, 05 Jan 2026 10:00:00 GMT', finalUrl: `${server.url}/feed.xml` });
    expect(bodyText(outcome)).toBe(FEED);
    const headers = server.requests.at(-1)!.headers;
    expect(headers['user-agent']).toMatch(/Newsdesk\/[\d.]+.*\+https:\/\//);
    expect(headers['accept-encoding']).toContain('gzip');
    expect(headers['accept-encoding']).toContain('br');
  });

  it('sends the validators back and reports 304 as not modified', async () => {
    expect(await fetcher().fetchFeed(`${server.url}/feed.xml`, { etag: '"abc"' })).toEqual({ kind: 'not-modified' });
    expect(server.requests.at(-1)).toMatchObject({ status: 304 });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"abc"');
  });

  it('decompresses gzip and brotli', async () => {
    expect(bodyText(await fetcher().fetchFeed(`${server.url}/gzip.xml`, {}))).toBe(FEED);
    expect(bodyText(await fetcher().fetchFeed(`${server.url}/brotli.xml`, {}))).toBe(FEED);
  });

  it('follows up to five redirects and reports where it ended', async () => {
    const outcome = await fetcher().fetchFeed(`${server.url}/hop-5`, {});
    expect(outcome).toMatchObject({ kind: 'fetched', finalUrl: `${server.url}/hop-0` });
    const tooFar = await failureOf(fetcher().fetchFeed(`${server.url}/hop-6`, {}));
    expect(tooFar.message).toBe('too many redirects (more than 5)');
  });
});

describe('HttpFeedFetcher limits', () => {
  it('cuts off a server that drips a byte at a time, at the deadline', async () => {
    const error = await failureOf(fetcher({ timeoutMs: 1000 }).fetchFeed(`${server.url}/drip.xml`, {}));
    expect(error).toMatchObject({ reason: 'timeout', message: 'timed out after 1000 ms' });
  });

  it('gives up on a server that never answers', async () => {
    expect(await failureOf(fetcher({ timeoutMs: 500 }).fetchFeed(`${server.url}/silent.xml`, {}))).toMatchObject({ reason: 'timeout' });
  });

  it('refuses a body over the cap, declared or streamed', async () => {
    const small = fetcher({ maxBytes: 64 * 1024 });
    expect((await failureOf(small.fetchFeed(`${server.url}/big.xml`, {}))).message).toMatch(/larger than 65536 bytes \(declared/);
    expect((await failureOf(small.fetchFeed(`${server.url}/big-chunked.xml`, {}))).message).toMatch(/larger than 65536 bytes \(on the wire\)/);
  });

  it('stops a gzip bomb once the decompressed size passes the cap', async () => {
    const error = await failureOf(fetcher().fetchFeed(`${server.url}/bomb.xml`, {}));
    expect(error).toMatchObject({ reason: 'too-large' });
    expect(error.message).toContain('after decompression');
  });

  it('detects a redirect loop', async () => {
    const error = await failureOf(fetcher().fetchFeed(`${server.url}/loop-a`, {}));
    expect(error).toMatchObject({ reason: 'too-many-redirects' });
    expect(error.message).toMatch(/^redirect loop/);
  });

  it('passes on 429 and 503 with the wait the server asked for', async () => {
    expect(await failureOf(fetcher().fetchFeed(`${server.url}/throttled`, {}))).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    const unavailable = await failureOf(fetcher().fetchFeed(`${server.url}/unavailable`, {}));
    expect(unavailable.status).toBe(503);
    expect(unavailable.retryAfterSeconds).toBeGreaterThan(86_400);
    expect(await failureOf(fetcher().fetchFeed(`${server.url}/missing`, {}))).toMatchObject({ status: 404, message: 'HTTP 404 Not Found' });
  });
});

describe('HttpFeedFetcher address policy', () => {
  it('refuses a redirect to the cloud metadata address or a private network, even in test mode', async () => {
    const metadata = await failureOf(fetcher().fetchFeed(`${server.url}/to-metadata`, {}));
    expect(metadata).toBeInstanceOf(BlockedAddressError);
    expect(metadata.message).toContain('cloud metadata');
    expect((await failureOf(fetcher().fetchFeed(`${server.url}/to-private`, {}))).message).toContain('private address');
    expect((await failureOf(fetcher().fetchFeed(`${server.url}/to-mapped`, {}))).message).toContain('IPv4-mapped');
  });

  it('refuses a host name that resolves to loopback when loopback is not allowed', async () => {
    const production = new HttpFeedFetcher({ resolveHost: async () => [{ address: '127.0.0.1', family: 4 }] });
    const error = await failureOf(production.fetchFeed('http://innocent.example/feed', {}));
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect(error.message).toBe('refused to connect to innocent.example: 127.0.0.1 is a loopback address');
    expect(await failureOf(new HttpFeedFetcher().fetchFeed('http://localhost/feed', {}))).toBeInstanceOf(BlockedAddressError);
  });

  it('refuses a host name with any private address among its answers, even in test mode', async () => {
    const mixed = fetcher({
      resolveHost: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '192.168.0.10', family: 4 },
      ],
    });
    expect((await failureOf(mixed.fetchFeed('http://mixed.example/feed', {}))).message).toContain('192.168.0.10 is a private address');
  });

  it('refuses loopback literals, other ports and other schemes in production', async () => {
    const production = new HttpFeedFetcher();
    expect(await failureOf(production.fetchFeed(`${server.url}/feed.xml`, {}))).toBeInstanceOf(BlockedAddressError);
    expect((await failureOf(production.fetchFeed('http://feeds.example:8080/feed', {}))).message).toBe('only ports 80 and 443 are fetched, not 8080');
    expect((await failureOf(production.fetchFeed('file:///etc/passwd', {}))).message).toBe('only http and https are fetched, not file:');
  });
});
