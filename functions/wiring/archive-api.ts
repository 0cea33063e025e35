/** Composition of the public archive's Lambda: editions, story pages, search and the feeds out. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../adapters/aws-clients.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import { DynamoSearchIndex } from '../adapters/dynamo/search-index.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { ENV, requireEnv } from '../config/env.js';
import type { ArchiveApiDeps } from '../web/archive-routes.js';
import { tableNamesFromEnvironment, type TableNames } from './inputs.js';

export interface ArchiveApiInputs {
  readonly clients: { readonly dynamo: DynamoDBClient };
  readonly tables: Pick<TableNames, 'stories' | 'editions'>;
  readonly config: { readonly publicBaseUrl: string };
}

export function composeArchiveApi({ clients, tables, config }: ArchiveApiInputs): ArchiveApiDeps {
  return {
    editions: new DynamoEditionRepository(clients.dynamo, tables.editions),
    publicBaseUrl: config.publicBaseUrl,
    stories: new DynamoStoryRepository(clients.dynamo, tables.stories),
    searchIndex: new DynamoSearchIndex(clients.dynamo, tables.stories),
  };
}

export function archiveApiFromEnvironment(env: NodeJS.ProcessEnv = process.env): ArchiveApiDeps {
  return composeArchiveApi({
    clients: { dynamo: dynamoClient() },
    tables: tableNamesFromEnvironment(['editions', 'stories'], env),
    config: { publicBaseUrl: requireEnv(ENV.publicBaseUrl, env) },
  });
}
