/** Feeds editors add in the console, against dynalite: saved once, planned beside the configured list, checked like it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAddedFeedRepository } from '../../../functions/adapters/dynamo/added-feed-repository.js';
import { DynamoFeedStateRepository } from '../../../functions/adapters/dynamo/feed-state-repository.js';
import { parseSources } from '../../../functions/config/sources.js';
import { DuplicateFeedError } from '../../../functions/domain/feeds/errors.js';
import type { FeedJob } from '../../../functions/domain/feeds/ports.js';
import { createPlanIngestHandler } from '../../../functions/handlers/plan-ingest.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/local-stack.js';
import { checkProposedFeed } from '../../../functions/web/console-feeds.js';

let stack: LocalStack;
let added: DynamoAddedFeedRepository;
let states: DynamoFeedStateRepository;
const NOW = new Date('2026-11-29T12:00:00.000Z');
const CONFIGURED = parseSources([{ kind: 'rss', name: 'Harbour City News', url: 'https://harbour-news.example/feed.xml' }]);

beforeAll(async () => {
  stack = await startLocalStack();
  added = new DynamoAddedFeedRepository(stack.dynamo, stack.tables.Feeds);
  states = new DynamoFeedStateRepository(stack.dynamo, stack.tables.Feeds);
});

afterAll(async () => {
  await stack?.stop();
});

function checked(url: string, name = 'Island Ledger', jurisdiction = '') {
  const result = checkProposedFeed({ url, name, jurisdiction }, CONFIGURED);
  if (result.kind !== 'valid') throw new Error(result.message);
  return result.source;
}

describe('a feed added in the console', () => {
  it("is refused in the feed list's own words when the form is wrong, and when its address is already read", () => {
    expect(checkProposedFeed({ url: 'ftp://island-ledger.example/feed', name: 'Island Ledger', jurisdiction: '' }, CONFIGURED)).toEqual({
      kind: 'problem',
      message: 'The feed was not added: url: must be an absolute http(s) URL.',
    });
    expect(checkProposedFeed({ url: 'https://island-ledger.example/feed', name: ' ', jurisdiction: '' }, CONFIGURED)).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining('name: must not be empty'),
    });
    expect(checkProposedFeed({ url: 'https://island-ledger.example/feed', name: 'Island Ledger', jurisdiction: 'Hong Kong' }, CONFIGURED)).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining('jurisdiction: must be a jurisdiction code'),
    });
    // The same feed behind a tracking parameter is the same feed.
    expect(checkProposedFeed({ url: 'https://harbour-news.example/feed.xml?utm_source=x', name: 'Again', jurisdiction: '' }, CONFIGURED)).toEqual({
      kind: 'problem',
      message: 'That address is already read, as "Harbour City News".',
    });
  });

  it('is saved once with who and when, and a second save of the same address is refused', async () => {
    const source = checked('https://island-ledger.example/feed.xml', 'Island Ledger', 'hk');
    expect(source.jurisdiction).toBe('HK');
    await added.addFeed({ source, addedAt: NOW.toISOString(), addedBy: 'desk.editor@newsdesk.example' });
    await expect(
      added.addFeed({ source: { ...source, name: 'Other name' }, addedAt: NOW.toISOString(), addedBy: 'second.editor@newsdesk.example' }),
    ).rejects.toBeInstanceOf(DuplicateFeedError);
    expect(await added.listAddedFeeds()).toEqual([{ source, addedAt: NOW.toISOString(), addedBy: 'desk.editor@newsdesk.example' }]);
  });

  it('is planned beside the configured list, survives its feed state being written, and is skipped once disabled', async () => {
    const enqueued: FeedJob[][] = [];
    const plan = createPlanIngestHandler(
      () => ({ sources: CONFIGURED, addedFeeds: added, feedStates: states, feedJobs: { enqueue: async (jobs) => void enqueued.push([...jobs]) } }),
      () => NOW,
    );
    const [newFeed] = await added.listAddedFeeds();
    // A fetch writes the feed's state under the feed's own id: the added entry is a different item.
    await states.saveFeedState({ feedId: newFeed.source.feedId, url: newFeed.source.url, consecutiveFailures: 0, lastSuccessAt: NOW.toISOString() });

    expect(await plan()).toEqual({ feeds: 2, due: 2 });
    expect(enqueued[0].map((job) => job.source.name)).toEqual(['Harbour City News', 'Island Ledger']);

    await states.setFeedDisabled(newFeed.source.feedId, newFeed.source.url, { at: NOW.toISOString(), by: 'desk.editor@newsdesk.example' });
    expect(await plan()).toEqual({ feeds: 2, due: 1 });
    expect(enqueued[1].map((job) => job.source.name)).toEqual(['Harbour City News']);
  });
});
