/**
 * Editors' corrections against dynalite through the real SDK client: applied to the story at
 * once and logged, safe against concurrent editors and re-ingestion, promoted to rules that the
 * next ingestion uses, and exported as labelled stories.
 */
import { ConditionalCheckFailedException, GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEditorialRepository } from '../../functions/adapters/dynamo/editorial-repository.js';
import { DynamoFeedStateRepository } from '../../functions/adapters/dynamo/feed-state-repository.js';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { HttpFeedFetcher } from '../../functions/adapters/http/http-feed-fetcher.js';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import type { PromotedRule } from '../../functions/domain/classify/corrections.js';
import { StoryNotFoundError } from '../../functions/domain/classify/errors.js';
import { correctStory, exportCorrectionLog, promoteRules } from '../../functions/domain/classify/editorial-service.js';
import type { LabelledStory } from '../../functions/domain/classify/types.js';
import { feedIdFor, storyIdFor } from '../../functions/domain/feeds/identity.js';
import { ingestFeed } from '../../functions/domain/feeds/ingest-feed.js';
import type { FeedSource } from '../../functions/domain/feeds/types.js';
import type { Story } from '../../functions/domain/stories.js';
import { createLocalApp } from '../../functions/local/local-app.js';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { rssDocument } from '../unit/feeds/support/fakes.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

const SHORE = {
  title: 'Jersey Shore towns adopt licence-plate readers',
  summary:
    'Several Jersey Shore boroughs will install cameras that read licence plates, and privacy advocates warned the location data could be kept for years.',
};
const BADGES = {
  title: 'Jersey Shore beach badges go digital, collecting visitors’ phone numbers',
  summary: 'Privacy advocates say the Jersey Shore beach badge app keeps personal data on every visitor with no deletion policy.',
};

let stack: LocalStack;
let feeds: FeedServer;
/** Feed bodies by path; a test changes one to make the next fetch see new text. */
const feedBodies = new Map<string, string>();
let storyCounter = 0;

beforeAll(async () => {
  stack = await startLocalStack();
  const route = (path: string) => ({
    handler: (_request: unknown, response: import('node:http').ServerResponse) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedBodies.get(path) ?? '');
    },
  });
  feeds = await startFeedServer({ '/shore.xml': route('/shore.xml'), '/badges.xml': route('/badges.xml'), '/reingest.xml': route('/reingest.xml') });
});

afterAll(async () => {
  await feeds?.close();
  await stack?.stop();
});

function repositories(client: DynamoDBClient = stack.dynamo) {
  return {
    stories: new DynamoStoryRepository(client, stack.tables.Stories),
    editorial: new DynamoEditorialRepository(client, stack.tables.Editorial),
  };
}

/** A story as ingestion stores it: the classifier's own result on its text. */
async function storeStory(text: { title: string; summary: string }): Promise<Story> {
  storyCounter += 1;
  const url = `https://shore.example/${storyCounter}`;
  const story: Story = {
    storyId: storyIdFor({ url, feedId: 'test' }),
    url,
    ...text,
    categories: [],
    publishedAt: '2026-06-01T08:00:00.000Z',
    publishedEstimated: false,
    ...classifyStory(text),
    feedId: 'test',
    source: 'Shore Gazette',
    storedAt: '2026-06-01T09:00:00.000Z',
    revision: 0,
  };
  expect(await saveIngestedStory(repositories().stories, story)).toBe('created');
  return story;
}

async function rawItem(storyId: string): Promise<ReturnType<typeof unmarshall>> {
  const result = await stack.dynamo.send(new GetItemCommand({ TableName: stack.tables.Stories, Key: marshall({ storyId }), ConsistentRead: true }));
  return unmarshall(result.Item!);
}

/**
 * A client whose first `parties` story reads are held until all of them have read: every
 * writer then starts from the same version, as two editors pressing save together would.
 * Counts the conditional writes that lost.
 */
function readingTogether(client: DynamoDBClient, parties: number) {
  let arrived = 0;
  let release!: () => void;
  const allRead = new Promise<void>((resolve) => (release = resolve));
  const counts = { conflicts: 0 };
  const gated = {
    send: async (command: Parameters<DynamoDBClient['send']>[0]) => {
      try {
        const output = await client.send(command as never);
        if (command instanceof GetItemCommand && arrived < parties) {
          arrived += 1;
          if (arrived === parties) release();
          await allRead;
        }
        return output;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) counts.conflicts += 1;
        throw error;
      }
    },
  } as unknown as DynamoDBClient;
  return { client: gated, counts };
}

describe('a correction', () => {
  it('changes the story’s tags at once and is logged with who and when', async () => {
    const story = await storeStory(SHORE);
    expect(story.jurisdictions).toEqual(['JE']);
    const { stories, editorial } = repositories();

    const outcome = await correctStory(
      { stories, editorial },
      {
        storyId: story.storyId,
        editor: 'mei',
        at: '2026-06-01T10:00:00.000Z',
        removeJurisdictions: ['JE'],
        addJurisdictions: ['us-nj'],
        note: 'the New Jersey coast',
      },
    );

    expect(outcome.before.jurisdictions).toEqual(['JE']);
    const stored = await stories.getStory(story.storyId);
    expect(stored).toMatchObject({ jurisdictions: ['US-NJ'], mentions: ['JE'], revision: 0, storedAt: story.storedAt });
    expect(stored!.evidence).toContainEqual(expect.objectContaining({ kind: 'jurisdiction', tag: 'US-NJ', rule: 'editor:mei' }));
    // Storage keeps the classifier's result beside the corrections; readers see neither.
    expect(stored).not.toHaveProperty('corrections');
    const item = await rawItem(story.storyId);
    expect(item.machine.jurisdictions).toEqual(['JE']);
    expect(item.corrections.map((c: { action: string }) => c.action)).toEqual(['remove-jurisdiction', 'add-jurisdiction']);

    const log = await editorial.listCorrections(story.storyId);
    expect(log.map((entry) => entry.correction)).toEqual([
      expect.objectContaining({
        action: 'remove-jurisdiction',
        jurisdiction: 'JE',
        editor: 'mei',
        at: '2026-06-01T10:00:00.000Z',
        note: 'the New Jersey coast',
      }),
      expect.objectContaining({ action: 'add-jurisdiction', jurisdiction: 'US-NJ', editor: 'mei', at: '2026-06-01T10:00:00.000Z' }),
    ]);
    expect(log[0].story).toMatchObject({
      storyId: story.storyId,
      title: SHORE.title,
      url: story.url,
      source: 'Shore Gazette',
      machine: { jurisdictions: ['JE'] },
    });
  });

  it('of a story that is not stored fails and logs nothing', async () => {
    const { stories, editorial } = repositories();
    const request = { storyId: 'no-such-story', editor: 'mei', at: '2026-06-01T10:00:00.000Z', addTopics: ['consent'] };
    await expect(correctStory({ stories, editorial }, request)).rejects.toBeInstanceOf(StoryNotFoundError);
    expect(await editorial.listCorrections('no-such-story')).toEqual([]);
  });

  it('made by two editors at the same moment keeps both', async () => {
    const story = await storeStory(SHORE);
    const { client, counts } = readingTogether(stack.dynamo, 2);
    const { stories, editorial } = repositories(client);

    await Promise.all([
      correctStory({ stories, editorial }, { storyId: story.storyId, editor: 'mei', at: '2026-06-01T10:00:00.000Z', addTopics: ['consent'] }),
      correctStory({ stories, editorial }, { storyId: story.storyId, editor: 'sam', at: '2026-06-01T10:00:01.000Z', addTopics: ['enforcement'] }),
    ]);

    // One write lost the race and was retried from a fresh read, not dropped.
    expect(counts.conflicts).toBeGreaterThanOrEqual(1);
    const stored = await repositories().stories.getStory(story.storyId);
    expect(stored!.topics).toEqual(expect.arrayContaining(['consent', 'enforcement']));
    expect((await rawItem(story.storyId)).correctionCount).toBe(2);
    expect((await editorial.listCorrections(story.storyId)).map((entry) => entry.correction.editor)).toEqual(['mei', 'sam']);
  });
});

describe('a corrected story ingested again', () => {
  const url = () => `${feeds.url}/reingest.xml`;
  const source = (): FeedSource => ({ feedId: feedIdFor(url()), name: 'Shore Gazette', url: url(), kind: 'rss' });
  const link = 'https://shore.example/reingest';
  let clock = new Date('2026-06-01T09:00:00Z');
  const deps = (client: DynamoDBClient = stack.dynamo) => ({
    fetcher: new HttpFeedFetcher({ loopbackOrigins: [feeds.url] }),
    feedStates: new DynamoFeedStateRepository(stack.dynamo, stack.tables.Feeds),
    stories: new DynamoStoryRepository(client, stack.tables.Stories),
    classify: (input: Parameters<typeof classifyStory>[0]) => classifyStory(input),
    now: () => clock,
  });

  it('keeps its corrections, applied to the classification of the new text', async () => {
    feedBodies.set('/reingest.xml', rssDocument([{ title: SHORE.title, link, description: SHORE.summary }]));
    expect(await ingestFeed(source(), deps())).toMatchObject({ status: 'ok', created: 1 });
    const storyId = storyIdFor({ url: link, feedId: '' });
    const { stories, editorial } = repositories();
    await correctStory(
      { stories, editorial },
      { storyId, editor: 'mei', at: '2026-06-01T10:00:00.000Z', removeJurisdictions: ['JE'], addJurisdictions: ['US-NJ'], addTopics: ['consent'] },
    );

    // The outlet rewrites the summary: the classifier sees new text and changes its mind on topics.
    const rewritten = `${SHORE.summary} Drivers can opt out by registering with the borough.`;
    feedBodies.set('/reingest.xml', rssDocument([{ title: SHORE.title, link, description: rewritten }]));
    clock = new Date('2026-06-01T11:00:00Z');
    expect(await ingestFeed(source(), deps())).toMatchObject({ status: 'ok', updated: 1 });

    const stored = await stories.getStory(storyId);
    expect(stored).toMatchObject({ summary: rewritten, revision: 1, jurisdictions: ['US-NJ'], mentions: ['JE'] });
    expect(stored!.topics).toContain('consent');
    const item = await rawItem(storyId);
    const fresh = classifyStory({ title: SHORE.title, summary: rewritten });
    expect(item.machine).toMatchObject({ inScope: fresh.inScope, jurisdictions: fresh.jurisdictions, topics: fresh.topics });
    expect(item.correctionCount).toBe(3);
  });

  it('while an editor corrects it loses neither the new text nor the correction', async () => {
    const story = await storeStory(SHORE);
    // Both read the story before either writes.
    const { client, counts } = readingTogether(stack.dynamo, 2);
    const rewritten = `${SHORE.summary} The county will review the policy.`;
    const { stories, editorial } = repositories(client);
    const [outcome] = await Promise.all([
      saveIngestedStory(new DynamoStoryRepository(client, stack.tables.Stories), {
        ...story,
        summary: rewritten,
        ...classifyStory({ title: SHORE.title, summary: rewritten }),
      }),
      correctStory(
        { stories, editorial },
        { storyId: story.storyId, editor: 'mei', at: '2026-06-01T10:00:00.000Z', removeJurisdictions: ['JE'], addJurisdictions: ['US-NJ'] },
      ),
    ]);
    expect(outcome).toBe('updated');
    expect(counts.conflicts).toBeGreaterThanOrEqual(1);
    expect(await repositories().stories.getStory(story.storyId)).toMatchObject({ summary: rewritten, revision: 1, jurisdictions: ['US-NJ'] });
  });
});

describe('a promoted rule', () => {
  it('changes the classification of the next story ingested', async () => {
    // Without the rule, the classifier makes the same mistake on a new story.
    expect(classifyStory(BADGES).jurisdictions).toEqual(['JE']);
    const feedUrl = (path: string) => `${feeds.url}${path}`;
    const sourceFor = (path: string, name: string): FeedSource => ({ feedId: feedIdFor(feedUrl(path)), name, url: feedUrl(path), kind: 'rss' });
    feedBodies.set('/shore.xml', rssDocument([{ title: SHORE.title, link: 'https://shore.example/readers', description: SHORE.summary }]));
    feedBodies.set('/badges.xml', rssDocument([{ title: BADGES.title, link: 'https://shore.example/badges', description: BADGES.summary }]));

    const before = createLocalApp(stack, {
      sources: [sourceFor('/shore.xml', 'Shore Gazette')],
      publicBaseUrl: 'http://localhost',
      loopbackFeedOrigins: [feeds.url],
    });
    await before.ingest();
    const readers = storyIdFor({ url: 'https://shore.example/readers', feedId: '' });
    expect((await before.repositories.stories.getStory(readers))!.jurisdictions).toEqual(['JE']);

    const { stories, editorial } = repositories();
    const outcome = await correctStory(
      { stories, editorial },
      {
        storyId: readers,
        editor: 'mei',
        at: '2026-06-01T10:00:00.000Z',
        removeJurisdictions: ['JE'],
        addJurisdictions: ['US-NJ'],
        promoteTerm: 'Jersey Shore',
      },
    );
    expect(outcome.promoted.map((rule) => [rule.effect, rule.term, rule.target])).toEqual([
      ['suppress', 'Jersey Shore', { jurisdiction: 'JE' }],
      ['signal', 'Jersey Shore', { jurisdiction: 'US-NJ' }],
    ]);

    // A fresh worker (a cold start) reads the rules before it classifies.
    const after = createLocalApp(stack, {
      sources: [sourceFor('/badges.xml', 'Shore Gazette')],
      publicBaseUrl: 'http://localhost',
      loopbackFeedOrigins: [feeds.url],
    });
    expect(await after.ingest()).toEqual([expect.objectContaining({ status: 'ok', created: 1 })]);
    const badges = await after.repositories.stories.getStory(storyIdFor({ url: 'https://shore.example/badges', feedId: '' }));
    expect(badges).toMatchObject({ inScope: true, jurisdictions: ['US-NJ'] });
    expect(badges!.jurisdictions).not.toContain('JE');
    expect(badges!.evidence).toContainEqual(expect.objectContaining({ kind: 'jurisdiction', tag: 'US-NJ', term: 'Jersey Shore' }));
  });

  it('promoted by two editors at once keeps both, one version each', async () => {
    const editorial = new DynamoEditorialRepository(stack.dynamo, stack.tables.Editorial);
    const start = (await editorial.getRules()).version;
    const rule = (term: string, editor: string): PromotedRule => ({
      effect: 'signal',
      term,
      target: { topic: 'children' },
      editor,
      storyId: 's',
      at: '2026-06-01T10:00:00.000Z',
    });
    await Promise.all([
      promoteRules(editorial, [rule('under-13s', 'mei')], '2026-06-01T10:00:00.000Z'),
      promoteRules(editorial, [rule('pupils', 'sam')], '2026-06-01T10:00:00.000Z'),
    ]);
    const { rules, version } = await editorial.getRules();
    expect(version).toBe(start + 2);
    expect(rules.rules.map((r) => r.term)).toEqual(expect.arrayContaining(['under-13s', 'pupils']));
    // A save against a version that has moved on writes nothing.
    expect(await editorial.saveRules({ rules: [] }, start, '2026-06-01T10:00:00.000Z')).toBe(false);
    expect((await editorial.getRules()).rules.rules.length).toBe(rules.rules.length);
  });
});

describe('the exported corrections', () => {
  it('are JSON Lines in the labelled-story format, one line per corrected story', async () => {
    const { stories, editorial } = repositories();
    const shore = await storeStory(SHORE);
    const badges = await storeStory(BADGES);
    await correctStory(
      { stories, editorial },
      {
        storyId: shore.storyId,
        editor: 'mei',
        at: '2026-07-01T10:00:00.000Z',
        removeJurisdictions: ['JE'],
        addJurisdictions: ['US-NJ'],
        note: 'New Jersey coast',
      },
    );
    await correctStory({ stories, editorial }, { storyId: badges.storyId, editor: 'ana', at: '2026-07-01T11:00:00.000Z', scope: 'out', note: 'a beach story' });
    await correctStory({ stories, editorial }, { storyId: shore.storyId, editor: 'sam', at: '2026-07-01T12:00:00.000Z', addTopics: ['consent'] });

    const text = exportCorrectionLog(await editorial.listCorrections());
    expect(text.endsWith('\n')).toBe(true);
    const rows = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as LabelledStory);
    const shoreRow = rows.find((row) => row.id === shore.storyId)!;
    const badgesRow = rows.find((row) => row.id === badges.storyId)!;
    expect(rows.filter((row) => row.id === shore.storyId)).toHaveLength(1);
    expect(shoreRow).toEqual({
      id: shore.storyId,
      url: shore.url,
      source: 'Shore Gazette',
      date: '2026-06-01',
      title: SHORE.title,
      summary: SHORE.summary,
      in_scope: true,
      scope_ambiguous: false,
      jurisdictions: ['US-NJ'],
      acceptable: [],
      topics: expect.arrayContaining(['privacy', 'consent']),
      notes: 'New Jersey coast; corrected by mei, sam',
    });
    expect(badgesRow).toMatchObject({ in_scope: false, jurisdictions: [], topics: [], notes: 'a beach story; corrected by ana' });
    // Ordered by each story's latest correction.
    expect(rows.findIndex((row) => row.id === badges.storyId)).toBeLessThan(rows.findIndex((row) => row.id === shore.storyId));
  });
});
