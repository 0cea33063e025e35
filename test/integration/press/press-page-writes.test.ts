/** The table writes a press page costs in DynamoDB (dynalite through the real SDK client), read over local HTTP. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoFeedStateRepository } from '../../../functions/adapters/dynamo/feed-state-repository.js';
import { DynamoStoryRepository } from '../../../functions/adapters/dynamo/story-repository.js';
import { HttpFeedFetcher } from '../../../functions/adapters/http/http-feed-fetcher.js';
import { feedIdFor } from '../../../functions/domain/feeds/identity.js';
import { ingestFeed } from '../../../functions/domain/feeds/ingest-feed.js';
import type { PressPageSource } from '../../../functions/domain/feeds/types.js';
import { HostPace } from '../../../functions/domain/press/host-pace.js';
import { RobotsTxtRules } from '../../../functions/domain/press/robots.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/local-stack.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { releasePage, statementParagraphs, tableListing, type ListedRelease } from '../../support/press-pages.js';
import { classifyByKeyword } from '../../unit/feeds/support/fakes.js';

const html = { 'content-type': 'text/html; charset=utf-8' };
const FIRST: ListedRelease[] = [
  { title: 'Privacy notice one', href: 'one.html', date: '14 October 2024' },
  { title: 'Privacy notice two', href: 'two.html', date: '15 October 2024' },
];
let listing = tableListing(FIRST);
let stack: LocalStack;
let server: FeedServer;

beforeAll(async () => {
  stack = await startLocalStack({ tablePrefix: 'press-writes-' });
  // No validators: the listing's unchanged bytes are what spares the writes.
  server = await startFeedServer({
    '/media/index.html': { handler: (_request, response) => void response.writeHead(200, html).end(listing) },
    ...Object.fromEntries(
      ['one', 'two', 'three'].map((name) => [
        `/media/${name}.html`,
        { body: releasePage({ title: name, paragraphs: statementParagraphs(`case ${name}`) }), headers: html },
      ]),
    ),
  });
});

afterAll(async () => {
  await server?.close();
  await stack?.stop();
});

/** Counts the commands that write to a table, whatever adapter sends them. */
function countingWrites(client: DynamoDBClient): { client: DynamoDBClient; writes: () => number } {
  let writes = 0;
  const counted = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { constructor: { name: string } }, ...rest: unknown[]) => {
        if (/^(Put|Update|Delete)Item|BatchWriteItem|TransactWriteItems/.test(command.constructor.name)) writes += 1;
        return (target.send as (...args: unknown[]) => unknown).call(target, command, ...rest);
      };
    },
  });
  return { client: counted, writes: () => writes };
}

describe('table writes of a press page against DynamoDB', () => {
  it('writes each new release once plus the state, nothing while the listing is unchanged, and only what a change adds', async () => {
    const { client, writes } = countingWrites(stack.dynamo);
    const url = `${server.url}/media/index.html`;
    const source: PressPageSource = {
      feedId: feedIdFor(url),
      name: 'Commissioner',
      url,
      kind: 'press-page',
      itemSelector: 'tr.release-row',
      timeZone: 'Asia/Hong_Kong',
    };
    const fetcher = new HttpFeedFetcher({ allowLoopback: true });
    let clock = new Date('2024-10-16T00:00:00Z');
    const deps = {
      fetcher,
      feedStates: new DynamoFeedStateRepository(client, stack.tables.Feeds),
      stories: new DynamoStoryRepository(client, stack.tables.Stories),
      classify: classifyByKeyword,
      now: () => clock,
      pressPages: { pace: new HostPace({ minIntervalMs: 0 }), robots: new RobotsTxtRules(fetcher), maxReleasesPerRun: 5 },
    };

    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 2 });
    expect(writes()).toBe(3);

    clock = new Date('2024-10-16T00:30:00Z');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'not-modified' });
    expect(writes()).toBe(3);

    listing = tableListing([{ title: 'Privacy notice three', href: 'three.html', date: '16 October 2024' }, ...FIRST]);
    clock = new Date('2024-10-16T01:00:00Z');
    expect(await ingestFeed(source, deps)).toMatchObject({ status: 'ok', created: 1, unchanged: 2 });
    expect(writes()).toBe(5);
    expect(
      server.requests
        .filter((request) => /\/media\/(one|two|three)\.html$/.test(request.path))
        .map((request) => request.path)
        .sort(),
    ).toEqual(['/media/one.html', '/media/three.html', '/media/two.html']);
  });
});
