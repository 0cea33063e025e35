/**
 * The Stories table as ingestion and editors' corrections write it: every write keeps the search
 * index (items of the same table) in step with the story.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoSearchIndex } from '../adapters/dynamo/search-index.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { indexingStories } from '../domain/search/indexing-stories.js';

export function indexedStoryRepository(dynamo: DynamoDBClient, storiesTable: string): DynamoStoryRepository {
  return indexingStories(new DynamoStoryRepository(dynamo, storiesTable), new DynamoSearchIndex(dynamo, storiesTable));
}
