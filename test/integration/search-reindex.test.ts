/**
 * An editor's correction of a story's tags moves the story in the search index, against
 * dynalite through the real SDK client: found by its new region, no longer by the old one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEditorialRepository } from '../../functions/adapters/dynamo/editorial-repository.js';
import { DynamoSearchIndex } from '../../functions/adapters/dynamo/search-index.js';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { correctStory } from '../../functions/domain/classify/editorial-service.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';
import { indexingStories } from '../../functions/domain/search/indexing-stories.js';
import { searchStories } from '../../functions/domain/search/search-service.js';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack.js';
import { aStory } from '../support/digest-fixtures.js';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startLocalStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('a correction re-indexes search', () => {
  it('finds a story by its corrected region and topic, and no longer by the ones taken off', async () => {
    const index = new DynamoSearchIndex(stack.dynamo, stack.tables.Stories);
    const stories = indexingStories(new DynamoStoryRepository(stack.dynamo, stack.tables.Stories), index);
    const editorial = new DynamoEditorialRepository(stack.dynamo, stack.tables.Editorial);
    const story = aStory({ storyId: 'reindex-1', title: 'Lighthouse clinic leaks patient records', jurisdictions: ['HK'], topics: ['privacy'] });
    await saveIngestedStory(stories, story);
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const titlesFor = async (query: { text: string; regionId?: string; topic?: string }) =>
      (await searchStories(index, stories, { ...query, ...range })).map((found) => found.storyId);
    expect(await titlesFor({ text: 'lighthouse', regionId: 'greater-china' })).toEqual(['reindex-1']);
    expect(await titlesFor({ text: 'lighthouse', regionId: 'jp' })).toEqual([]);

    await correctStory(
      { stories, editorial },
      { storyId: 'reindex-1', editor: 'Mei', at: '2026-11-26T10:00:00Z', removeJurisdictions: ['HK'], addJurisdictions: ['JP'], addTopics: ['breach'] },
    );

    expect(await titlesFor({ text: 'lighthouse', regionId: 'jp' })).toEqual(['reindex-1']);
    expect(await titlesFor({ text: 'lighthouse', regionId: 'greater-china' })).toEqual([]);
    expect(await titlesFor({ text: '', regionId: 'hk' })).toEqual([]);
    expect(await titlesFor({ text: 'clinic', topic: 'breach' })).toEqual(['reindex-1']);
    // Its words still find it: only the tags moved.
    expect(await titlesFor({ text: 'patient records' })).toEqual(['reindex-1']);

    await correctStory({ stories, editorial }, { storyId: 'reindex-1', editor: 'Mei', at: '2026-11-26T11:00:00Z', scope: 'out' });
    expect(await titlesFor({ text: 'lighthouse' })).toEqual([]);
    expect(await titlesFor({ text: '', regionId: 'jp' })).toEqual([]);
  });
});
