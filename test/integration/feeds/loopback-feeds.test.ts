/**
 * The local commands reach loopback only where they must: the sample feed server's own origin,
 * or any loopback address when NEWSDESK_ALLOW_LOOPBACK_FEEDS=1 asks for it. A feed that
 * redirects to 127.0.0.1:<another port> (a database, an admin page) is not followed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../../functions/config/env.js';
import { feedIdFor } from '../../../functions/domain/feeds/identity.js';
import type { FeedSource } from '../../../functions/domain/feeds/types.js';
import { createLocalApp } from '../../../functions/local/local-app.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/local-stack.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { rssDocument } from '../../unit/feeds/support/fakes.js';

let stack: LocalStack;
let publisher: FeedServer;
let internal: FeedServer;

beforeAll(async () => {
  stack = await startLocalStack();
  // Stands for a service on this machine that no feed may reach.
  internal = await startFeedServer({ '/secret.xml': { body: rssDocument([{ title: 'Internal admin page', link: 'https://internal.example/1' }]) } });
  publisher = await startFeedServer({
    '/feed.xml': { body: rssDocument([{ title: 'Watchdog fines a clinic over patient files', link: 'https://news.example/clinic' }]) },
    '/moved.xml': { handler: (_request, response) => response.writeHead(302, { location: `${internal.url}/secret.xml` }).end() },
  });
});

afterAll(async () => {
  await publisher?.close();
  await internal?.close();
  await stack?.stop();
});

afterEach(() => {
  delete process.env[ENV.allowLoopbackFeeds];
});

const sourceAt = (url: string): FeedSource => ({ feedId: feedIdFor(url), name: url, url, kind: 'rss' });

async function ingest(url: string, loopbackFeedOrigins?: string[]) {
  const app = createLocalApp(stack, { sources: [sourceAt(url)], publicBaseUrl: 'http://localhost', loopbackFeedOrigins });
  const [report] = await app.ingest();
  return report;
}

describe('loopback feeds on the local stack', () => {
  it('reads a feed from the one loopback origin it was given', async () => {
    const report = await ingest(`${publisher.url}/feed.xml`, [publisher.url]);
    expect(report).toMatchObject({ status: 'ok', created: 1 });
  });

  it('does not follow a redirect from that origin to another port on 127.0.0.1', async () => {
    const before = internal.requests.length;
    const report = await ingest(`${publisher.url}/moved.xml`, [publisher.url]);
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(internal.requests.length).toBe(before);
  });

  it('reaches no loopback address at all with the real feed list, where no origin is given', async () => {
    const report = await ingest(`${publisher.url}/feed.xml`);
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/loopback address/);
  });

  it('follows it only when NEWSDESK_ALLOW_LOOPBACK_FEEDS=1 asks for every loopback address', async () => {
    process.env[ENV.allowLoopbackFeeds] = '1';
    // Another address for the same route: the earlier refusal put the first one in back-off.
    const report = await ingest(`${publisher.url}/moved.xml?explicit`);
    expect(report).toMatchObject({ status: 'ok', created: 1 });
    expect(internal.requests.at(-1)?.path).toBe('/secret.xml');
  });
});
