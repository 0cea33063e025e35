import { BatchGetItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { SearchIndex } from '../../domain/search/ports.js';

/** BatchGetItem reads at most 100 keys a call. */
const BATCH = 100;

/**
 * The search index as items of the Stories table, `storyId` = `search#<term>#<week>`, each
 * holding a string set of story ids. They carry no `storedDay`, so they stay out of the
 * table's index of stories. A week's entry for a common term holds a few thousand ids at most,
 * far below the item size limit.
 */
export class DynamoSearchIndex implements SearchIndex {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async addStory(storyId: string, terms: readonly string[], week: string): Promise<void> {
    // ADD to a set is idempotent, so a retried ingest writes nothing twice.
    await this.updateEntries('ADD', storyId, terms, week);
  }

  async removeStory(storyId: string, terms: readonly string[], week: string): Promise<void> {
    // DELETE from a set is idempotent too; an entry left empty keeps only its key, which no search minds.
    await this.updateEntries('DELETE', storyId, terms, week);
  }

  async storyIdsFor(terms: readonly string[], weeks: readonly string[]): Promise<Set<string>> {
    const keys = terms.flatMap((term) => weeks.map((week) => entryKey(term, week)));
    const ids = new Set<string>();
    for (let at = 0; at < keys.length; at += BATCH) {
      let request: Record<string, { Keys: Record<string, { S: string }>[] }> | undefined = {
        [this.tableName]: { Keys: keys.slice(at, at + BATCH).map((key) => ({ storyId: { S: key } })) },
      };
      // Unprocessed keys are read again until none is left.
      while (request && Object.keys(request).length) {
        const result = await this.client.send(new BatchGetItemCommand({ RequestItems: request }));
        for (const item of result.Responses?.[this.tableName] ?? []) {
          for (const id of (unmarshall(item).storyIds as Set<string> | undefined) ?? []) ids.add(id);
        }
        request = result.UnprocessedKeys as typeof request;
      }
    }
    return ids;
  }

  private async updateEntries(action: 'ADD' | 'DELETE', storyId: string, terms: readonly string[], week: string): Promise<void> {
    await Promise.all(
      terms.map((term) =>
        this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: marshall({ storyId: entryKey(term, week) }),
            UpdateExpression: `${action} storyIds :id`,
            ExpressionAttributeValues: { ':id': { SS: [storyId] } },
          }),
        ),
      ),
    );
  }
}

function entryKey(term: string, week: string): string {
  return `search#${term}#${week}`;
}
