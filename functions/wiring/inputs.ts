/**
 * What every composition is built from: SDK clients, table names and settings. The Lambdas read
 * them from their environment; the local stack passes its own clients (dynalite, the SES
 * emulator) and table names, so both run the same `compose…` functions. Only types and table
 * names here: a Lambda that sends no mail must not bundle the SES client through this file.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { ENV, requireEnv } from '../config/env.js';

export interface AwsClients {
  readonly dynamo: DynamoDBClient;
  readonly ses: SESv2Client;
}

/** The tables, by what they hold; a composition asks only for those its Lambda is granted. */
export interface TableNames {
  readonly stories: string;
  readonly editions: string;
  readonly editorial: string;
  readonly feeds: string;
  readonly subscribers: string;
  readonly deliveries: string;
}

const TABLE_ENV = {
  stories: ENV.storiesTable,
  editions: ENV.editionsTable,
  editorial: ENV.editorialTable,
  feeds: ENV.feedsTable,
  subscribers: ENV.subscribersTable,
  deliveries: ENV.deliveriesTable,
} as const satisfies Record<keyof TableNames, string>;

/** Reads the named tables' variables; a missing one throws at cold start. */
export function tableNamesFromEnvironment<Name extends keyof TableNames>(names: readonly Name[], env: NodeJS.ProcessEnv = process.env): Pick<TableNames, Name> {
  return Object.fromEntries(names.map((name) => [name, requireEnv(TABLE_ENV[name], env)])) as Pick<TableNames, Name>;
}
